/**
 * The report sheet of the annotated copy: a summary by rule and severity, the tables found, and
 * one row per finding with a link to its cell. Every text is written as a plain string value:
 * ExcelJS stores strings as shared strings, never formulas, so a message beginning with = + - @
 * stays text (tests check the written XML has no formula on this sheet).
 */
import type * as ExcelJS from "exceljs";
import type { AuditResult } from "../core/api";
import type { Lang } from "../core/settings";
import type { RuleId, Severity } from "../core/findings";
import { SEVERITIES, severityRank } from "../core/findings";
import { rangeA1 } from "../core/grid";
import { ruleTitle, severityLabel } from "../core/i18n/messages";
import { SEVERITY_FILL } from "./fills";

const LABELS = {
  "zh-CN": {
    sheet: "审核报告",
    title: "专项资金审核报告",
    file: "文件",
    asOf: "截至日期",
    asOfSource: { setting: "（参数指定）", table: "（据表格推断）", today: "（当天）" },
    catalog: "政策目录",
    tables: "识别的表格",
    tableHead: ["工作表", "区域", "类型", "单位"],
    kinds: { composition: "预算构成", execution: "预算执行", register: "申报清单", catalog: "政策目录" },
    summary: "按规则汇总",
    summaryHead: ["级别", "规则", "规则名称", "数量"],
    total: "合计",
    findings: "审核发现",
    findingHead: ["序号", "级别", "工作表", "单元格", "规则", "说明", "实际值", "应为"],
    none: "未发现问题。",
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
    kinds: { composition: "Budget composition", execution: "Budget execution", register: "Register", catalog: "Catalog" },
    summary: "Summary by rule",
    summaryHead: ["Severity", "Rule", "Title", "Count"],
    total: "Total",
    findings: "Findings",
    findingHead: ["No.", "Severity", "Sheet", "Cell", "Rule", "Message", "Actual", "Expected"],
    none: "No findings.",
  },
} as const;

const INVALID_SHEET_CHARS = /[\\/?*[\]:]/g;

/** The report sheet's name, or the first free variant ("审核报告 (2)"); names compare case-blind. */
export function freeSheetName(existing: readonly string[], lang: Lang): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = LABELS[lang].sheet.replace(INVALID_SHEET_CHARS, "");
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`.slice(0, 31);
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** An in-workbook link target: `#'Sheet name'!E5` (apostrophes in the name doubled). */
export function internalLink(sheet: string, cell: string): string {
  return `#'${sheet.replace(/'/g, "''")}'!${cell}`;
}

export function addReportSheet(
  wb: ExcelJS.Workbook,
  result: AuditResult,
  lang: Lang,
  fileLabel: string,
  linkable: (sheet: string) => boolean
): string {
  const L = LABELS[lang];
  const name = freeSheetName(wb.worksheets.map((w) => w.name), lang);
  const ws = wb.addWorksheet(name);
  ws.columns = [
    { width: 8 },
    { width: 10 },
    { width: 22 },
    { width: 12 },
    { width: 30 },
    { width: 80 },
    { width: 16 },
    { width: 16 },
  ];
  const bold = { bold: true };
  let r = 1;
  const put = (row: number, col: number, v: string | number | null): ExcelJS.Cell => {
    const cell = ws.getCell(row, col);
    cell.value = v; // strings stay strings: ExcelJS writes a formula only from { formula }
    return cell;
  };

  put(r, 1, L.title).font = { bold: true, size: 14 };
  r += 1;
  put(r, 1, L.file).font = bold;
  put(r, 3, fileLabel);
  r += 1;
  put(r, 1, L.asOf).font = bold;
  put(r, 3, `${result.asOf} ${L.asOfSource[result.asOfSource]}`);
  r += 1;
  put(r, 1, L.catalog).font = bold;
  put(r, 3, result.catalog.name);
  r += 2;

  put(r, 1, L.tables).font = bold;
  r += 1;
  L.tableHead.forEach((h, i) => (put(r, i + 3, h).font = bold));
  r += 1;
  for (const t of result.tables) {
    put(r, 3, t.sheet);
    const link = put(r, 4, rangeA1(t.range));
    if (linkable(t.sheet)) link.value = { text: rangeA1(t.range), hyperlink: internalLink(t.sheet, rangeA1(t.range).split(":")[0]) };
    put(r, 5, L.kinds[t.kind]);
    put(r, 6, t.unit);
    r += 1;
  }
  r += 1;

  put(r, 1, L.summary).font = bold;
  r += 1;
  const summaryCols = [2, 5, 6, 7];
  L.summaryHead.forEach((h, i) => (put(r, summaryCols[i], h).font = bold));
  r += 1;
  const counts = new Map<RuleId, { severity: Severity; n: number }>();
  for (const f of result.findings) {
    const c = counts.get(f.rule);
    if (c) c.n++;
    else counts.set(f.rule, { severity: f.severity, n: 1 });
  }
  const byRule = [...counts.entries()].sort(
    (a, b) => severityRank(a[1].severity) - severityRank(b[1].severity) || (a[0] < b[0] ? -1 : 1)
  );
  for (const [rule, { severity, n }] of byRule) {
    put(r, 2, severityLabel(severity, lang)).fill = SEVERITY_FILL[severity];
    put(r, 5, rule);
    put(r, 6, ruleTitle(rule, lang));
    put(r, 7, n);
    r += 1;
  }
  const totals = SEVERITIES.map((s) => `${severityLabel(s, lang)} ${result.summary[s]}`).join(" / ");
  put(r, 2, L.total).font = bold;
  put(r, 6, totals).font = bold;
  put(r, 7, result.findings.length).font = bold;
  r += 2;

  put(r, 1, L.findings).font = bold;
  r += 1;
  const headRow = r;
  L.findingHead.forEach((h, i) => (put(r, i + 1, h).font = bold));
  r += 1;
  if (result.findings.length === 0) put(r, 1, L.none);
  result.findings.forEach((f, i) => {
    put(r, 1, i + 1);
    put(r, 2, severityLabel(f.severity, lang)).fill = SEVERITY_FILL[f.severity];
    put(r, 3, f.sheet);
    const cell = put(r, 4, f.cell);
    if (linkable(f.sheet)) {
      cell.value = { text: f.cell, hyperlink: internalLink(f.sheet, f.cell) };
      cell.font = { color: { argb: "FF0563C1" }, underline: true };
    }
    put(r, 5, f.rule);
    put(r, 6, f.message).alignment = { wrapText: true, vertical: "top" };
    if (f.actual !== undefined) put(r, 7, f.actual).numFmt = "#,##0.####";
    if (f.expected !== undefined) put(r, 8, f.expected).numFmt = "#,##0.####";
    r += 1;
  });
  ws.views = [{ state: "frozen", ySplit: headRow, xSplit: 0 }];
  return name;
}
