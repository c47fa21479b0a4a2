/**
 * The audit report's rows, shared by the two places that write it: the annotated copy of the
 * command line (src/xlsx/reportSheet.ts, ExcelJS) and the add-in's report sheet
 * (src/office/report.ts, Office.js). Pure (no Office.js, DOM or Node): each adapter only renders
 * these rows, so both reports have one layout, one wording and one set of number formats.
 *
 * Layout (columns A:H): title; file (when given), as-of date, catalog; the tables found; a summary
 * by rule and severity with a total line; the fund's performance targets beside what the workbook's
 * data gives (when it holds a target table the data can measure); one row per finding (No., severity, sheet, cell, rule,
 * message, actual, expected) with a link to its cell.
 */
import type { AuditResult } from "../core/api";
import type { Finding, RuleId, Severity } from "../core/findings";
import { SEVERITIES, severityRank } from "../core/findings";
import { rangeA1 } from "../core/grid";
import type { Lang } from "../core/settings";
import { formatMessage, kindLabel, ruleTitle, severityLabel } from "../core/i18n/messages";
import { targetIndicators } from "../core/targetsView";

export type ReportValue = string | number;

/** Columns A:H. */
export const REPORT_COLUMNS = 8;
/** Text format: a text cell written after it stays text (never a formula, never a number). */
export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";
export const AMOUNT_FORMAT = "#,##0.00";
export const RATE_FORMAT = "0.00%";
/** Column of the severity label (its cell takes the severity's fill) and of the cell links. */
export const SEVERITY_COLUMN = 1;
export const LINK_COLUMN = 3;
/** Column of the finding's message (wrapped). */
export const MESSAGE_COLUMN = 5;

/** Rules whose actual/expected are rates (fractions), shown as percentages. */
const RATE_RULES = new Set<RuleId>(["execution.rate-mismatch", "execution.behind-schedule"]);

export const REPORT_LABELS = {
  "zh-CN": {
    sheet: "审核报告",
    title: "专项资金审核报告",
    file: "文件",
    asOf: "截至日期",
    asOfSource: { setting: "（参数指定）", table: "（据表格推断）", today: "（当天）" },
    catalog: "政策目录",
    tables: "识别的表格",
    tableHead: ["工作表", "区域", "类型", "单位"],
    summary: "按规则汇总",
    summaryHead: ["级别", "规则", "规则名称", "数量"],
    total: "合计",
    findings: "审核发现",
    findingHead: ["序号", "级别", "工作表", "单元格", "规则", "说明", "实际值", "应为"],
    none: "未发现问题。",
    targets: "绩效目标（据工作簿数据计算）",
    targetHead: ["判断", "工作表", "单元格", "目标名称", "目标值", "据数据计算", "填报值"],
    verdict: { contradicted: "与数据不符", missed: "未达目标", met: "达到目标", "so-far": "截至目前，尚未定论" },
  },
  "en-US": {
    sheet: "Audit report",
    title: "Special fund audit report",
    file: "File",
    asOf: "As of",
    asOfSource: { setting: "(given)", table: "(from the tables)", today: "(today)" },
    catalog: "Catalog",
    tables: "Tables found",
    tableHead: ["Sheet", "Range", "Kind", "Unit"],
    summary: "Summary by rule",
    summaryHead: ["Severity", "Rule", "Title", "Count"],
    total: "Total",
    findings: "Findings",
    findingHead: ["No.", "Severity", "Sheet", "Cell", "Rule", "Message", "Actual", "Expected"],
    none: "No findings.",
    targets: "Performance targets (from this workbook's data)",
    targetHead: ["Verdict", "Sheet", "Cell", "Target", "Target value", "From the data", "Stated"],
    verdict: { contradicted: "contradicted by the data", missed: "target missed", met: "target met", "so-far": "so far, not final" },
  },
} as const;

export interface ReportRow {
  /** Always REPORT_COLUMNS values; "" for an empty cell. */
  values: ReportValue[];
  /** Number format per cell: TEXT_FORMAT for text, so nothing written turns into a formula. */
  formats: string[];
  bold?: boolean;
  /** The report's title line. */
  title?: boolean;
  /** The findings' header line (a writer may freeze the rows above and including it). */
  findingsHead?: boolean;
  /** A finding line (its message may be long: wrap it). */
  finding?: boolean;
  /** Fill of the severity cell (SEVERITY_COLUMN). */
  severity?: Severity;
  /** A link in column `col` to `cell` on `sheet`, showing `text`. */
  link?: { col: number; sheet: string; cell: string; text: string };
}

export interface ReportOptions {
  /** Shown on a "File" line when given (the command line's input file name). */
  file?: string;
  /** Whether a sheet exists in the written workbook (else no link to it). */
  linkable: (sheet: string) => boolean;
}

function row(cells: readonly (ReportValue | null | undefined)[], formats: readonly (string | null)[] = [], bold = false): ReportRow {
  const values: ReportValue[] = [];
  const fmts: string[] = [];
  for (let i = 0; i < REPORT_COLUMNS; i++) {
    const v = cells[i];
    values.push(v === null || v === undefined ? "" : v);
    fmts.push(formats[i] ?? (typeof v === "number" ? GENERAL_FORMAT : TEXT_FORMAT));
  }
  const r: ReportRow = { values, formats: fmts };
  if (bold) r.bold = true;
  return r;
}

/** Findings per rule, most severe rules first, then by rule id. */
export function countsByRule(findings: readonly Finding[]): { rule: RuleId; severity: Severity; count: number }[] {
  const counts = new Map<RuleId, { severity: Severity; count: number }>();
  for (const f of findings) {
    const c = counts.get(f.rule);
    if (c) c.count++;
    else counts.set(f.rule, { severity: f.severity, count: 1 });
  }
  return [...counts.entries()]
    .map(([rule, c]) => ({ rule, ...c }))
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

/** The report's rows, top to bottom from A1. */
export function reportRows(result: AuditResult, lang: Lang, opts: ReportOptions): ReportRow[] {
  const L = REPORT_LABELS[lang];
  const out: ReportRow[] = [];
  out.push({ ...row([L.title], [], true), title: true });
  if (opts.file !== undefined) out.push(row([L.file, null, opts.file]));
  out.push(row([L.asOf, null, `${result.asOf} ${L.asOfSource[result.asOfSource]}`]));
  out.push(row([L.catalog, null, result.catalog.name]));
  out.push(row([]));

  out.push(row([L.tables], [], true));
  out.push(row([null, null, ...L.tableHead], [], true));
  for (const t of result.tables) {
    const range = rangeA1(t.range);
    const r = row([null, null, t.sheet, range, kindLabel(t.kind, lang), t.unit]);
    if (opts.linkable(t.sheet)) r.link = { col: LINK_COLUMN, sheet: t.sheet, cell: range.split(":")[0], text: range };
    out.push(r);
  }
  out.push(row([]));

  out.push(row([L.summary], [], true));
  const [sevHead, ruleHead, titleHead, countHead] = L.summaryHead;
  out.push(row([null, sevHead, null, null, ruleHead, titleHead, countHead], [], true));
  for (const { rule, severity, count } of countsByRule(result.findings)) {
    out.push({ ...row([null, severityLabel(severity, lang), null, null, rule, ruleTitle(rule, lang), count]), severity });
  }
  const totals = SEVERITIES.map((s) => `${severityLabel(s, lang)} ${result.summary[s]}`).join(" / ");
  out.push(row([null, L.total, null, null, null, totals, result.findings.length], [], true));
  out.push(row([]));

  // The targets the data can measure: target, computed value, stated value and the verdict.
  const measured = targetIndicators(result).filter((t) => t.computed !== null || t.stated !== null);
  if (measured.length > 0) {
    out.push(row([L.targets], [], true));
    out.push(row([null, ...L.targetHead], [], true));
    for (const t of measured) {
      const verdict = t.verdict ? L.verdict[t.verdict] : "";
      const r = row(
        [null, verdict, t.sheet, t.nameCell, t.name, t.target ?? "", t.computed ?? "", t.stated ?? ""],
        [null, null, null, null, null, null, t.computed === null ? TEXT_FORMAT : RATE_FORMAT, null],
      );
      if (opts.linkable(t.sheet)) r.link = { col: LINK_COLUMN, sheet: t.sheet, cell: t.nameCell, text: t.nameCell };
      out.push(r);
    }
    out.push(row([]));
  }

  out.push(row([L.findings], [], true));
  out.push({ ...row([...L.findingHead], [], true), findingsHead: true });
  if (result.findings.length === 0) out.push(row([L.none]));
  result.findings.forEach((f, i) => {
    const numFmt = RATE_RULES.has(f.rule) ? RATE_FORMAT : AMOUNT_FORMAT;
    // The message in the report's language (the audit may have run in the other one).
    const message = lang === result.settings.lang ? f.message : formatMessage(f.rule, f.params, lang);
    const r = row(
      [i + 1, severityLabel(f.severity, lang), f.sheet, f.cell, f.rule, message, f.actual, f.expected],
      ["0", null, null, null, null, null, f.actual === undefined ? TEXT_FORMAT : numFmt, f.expected === undefined ? TEXT_FORMAT : numFmt]
    );
    r.severity = f.severity;
    r.finding = true;
    if (opts.linkable(f.sheet)) r.link = { col: LINK_COLUMN, sheet: f.sheet, cell: f.cell, text: f.cell };
    out.push(r);
  });
  return out;
}

/** A free sheet name: the base, else "base (2)", "base (3)"… (names compare case-blind, 31 characters at most). */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const names = new Set(taken.map((n) => n.toLowerCase()));
  if (!names.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const n = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    if (!names.has(n.toLowerCase())) return n;
  }
}
