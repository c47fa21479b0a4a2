/** The --format json document, exactly contract.md's shape. */
import type { AuditResult } from "../core/api";
import type { Finding, FindingSummary } from "../core/findings";
import { rangeA1 } from "../core/grid";
import type { TableKind } from "../core/tables/types";
import type { Unit } from "../core/units";

export interface JsonReport {
  file: string;
  asOf: string;
  tables: { sheet: string; range: string; kind: TableKind; unit: Unit }[];
  findings: Pick<Finding, "rule" | "severity" | "sheet" | "cell" | "message" | "actual" | "expected">[];
  summary: FindingSummary;
}

/** `file` is the workbook's base name, so reports compare across machines and folders. */
export function jsonReport(file: string, result: AuditResult): JsonReport {
  return {
    file,
    asOf: result.asOf,
    tables: result.tables.map((t) => ({ sheet: t.sheet, range: rangeA1(t.range), kind: t.kind, unit: t.unit })),
    findings: result.findings.map((f) => {
      const out: JsonReport["findings"][number] = {
        rule: f.rule,
        severity: f.severity,
        sheet: f.sheet,
        cell: f.cell,
        message: f.message,
      };
      if (f.actual !== undefined) out.actual = f.actual;
      if (f.expected !== undefined) out.expected = f.expected;
      return out;
    }),
    summary: { error: result.summary.error, warning: result.summary.warning, info: result.summary.info },
  };
}

export function renderJson(file: string, result: AuditResult): string {
  return JSON.stringify(jsonReport(file, result), null, 2) + "\n";
}
