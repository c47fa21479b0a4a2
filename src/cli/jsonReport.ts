/** The --format json document, exactly contract.md's shape (one file, or several). */
import type { AuditResult } from "../core/api";
import type { Finding, FindingSummary } from "../core/findings";
import type { CrossFileFinding } from "../core/crossFile";
import { rangeA1 } from "../core/grid";
import type { TableKind } from "../core/tables/types";
import type { Unit } from "../core/units";
import type { ExplainedTable } from "../core/explain";
import type { TargetIndicatorView } from "../core/targetsView";
import { safeJson } from "./safeText";

type JsonFinding = Pick<Finding, "rule" | "severity" | "sheet" | "cell" | "message" | "actual" | "expected">;

export interface JsonReport {
  file: string;
  asOf: string;
  tables: { sheet: string; range: string; kind: TableKind; unit: Unit }[];
  findings: JsonFinding[];
  summary: FindingSummary;
  /** Only when the engine decided something for the user (a shared district name taken as one district). */
  notices?: { about: string; message: string }[];
  /** Only with --explain: how every table and near miss was read. */
  explain?: ExplainedTable[];
}

export interface JsonMultiReport {
  files: (JsonReport | { file: string; error: string; explain?: ExplainedTable[] })[];
  crossFile: (JsonFinding & { file: string; otherFile: string; otherSheet: string; otherCell: string })[];
  summary: FindingSummary;
}

function jsonFinding(f: Finding): JsonFinding {
  const out: JsonFinding = { rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message };
  // A number JSON cannot hold (1e999 read as Infinity) is left out, never printed as null.
  if (f.actual !== undefined && Number.isFinite(f.actual)) out.actual = f.actual;
  if (f.expected !== undefined && Number.isFinite(f.expected)) out.expected = f.expected;
  return out;
}

/** `file` is the workbook's base name (one file), so reports compare across machines and folders. */
export function jsonReport(file: string, result: AuditResult, explained?: ExplainedTable[]): JsonReport {
  const doc: JsonReport = {
    file,
    asOf: result.asOf,
    tables: result.tables.map((t) => ({ sheet: t.sheet, range: rangeA1(t.range), kind: t.kind, unit: t.unit })),
    findings: result.findings.map(jsonFinding),
    summary: { error: result.summary.error, warning: result.summary.warning, info: result.summary.info },
  };
  if (result.notices?.length) doc.notices = result.notices.map((n) => ({ about: n.about, message: n.message }));
  if (explained) doc.explain = explained;
  return doc;
}

export function renderJson(file: string, result: AuditResult, explained?: ExplainedTable[]): string {
  return safeJson(JSON.stringify(jsonReport(file, result, explained), null, 2)) + "\n";
}

export type MultiEntry =
  | { file: string; result: AuditResult; explained?: ExplainedTable[]; indicators?: TargetIndicatorView[] }
  | { file: string; error: string; explained?: ExplainedTable[] };

export function renderMultiJson(entries: readonly MultiEntry[], cross: readonly CrossFileFinding[]): string {
  const summary: FindingSummary = { error: 0, warning: 0, info: 0 };
  const files = entries.map((e) => {
    if ("error" in e) return e.explained ? { file: e.file, error: e.error, explain: e.explained } : { file: e.file, error: e.error };
    const doc = jsonReport(e.file, e.result, e.explained);
    summary.error += doc.summary.error;
    summary.warning += doc.summary.warning;
    summary.info += doc.summary.info;
    return doc;
  });
  for (const f of cross) summary[f.severity]++;
  const doc: JsonMultiReport = {
    files,
    crossFile: cross.map((f) => ({ file: f.file, ...jsonFinding(f), otherFile: f.otherFile, otherSheet: f.otherSheet, otherCell: f.otherCell })),
    summary,
  };
  return safeJson(JSON.stringify(doc, null, 2)) + "\n";
}
