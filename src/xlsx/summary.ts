/**
 * --summary: one workbook a reviewer can sort and filter, written with ExcelJS (loaded only
 * here): a sheet with a row per file (tables found, errors, warnings, infos, status) and a sheet
 * with a row per finding across all files (file, sheet, cell, rule, severity, message,
 * amounts), each an Excel table with filter buttons and a frozen header row. Text cells carry
 * the text format and are written as strings, never as formulas.
 */
import type { CrossFileFinding } from "../core/crossFile";
import type { Finding } from "../core/findings";
import type { Lang } from "../core/settings";
import { ruleTitle, severityLabel } from "../core/i18n/messages";
import type { MultiEntry } from "../cli/jsonReport";
import { writeFileSafely } from "./safeWrite";

const LABELS = {
  "zh-CN": {
    files: "文件",
    findings: "问题",
    fileHead: ["文件", "状态", "识别的表格", "错误", "警告", "提示", "说明"],
    findingHead: ["文件", "工作表", "单元格", "规则", "规则名称", "级别", "说明", "实际值", "应为"],
    ok: "已检查",
    failed: "无法检查",
  },
  "en-US": {
    files: "Files",
    findings: "Findings",
    fileHead: ["File", "Status", "Tables found", "Errors", "Warnings", "Info", "Note"],
    findingHead: ["File", "Sheet", "Cell", "Rule", "Title", "Severity", "Message", "Actual", "Expected"],
    ok: "checked",
    failed: "cannot be checked",
  },
} as const;

type Row = (string | number | null)[];

export async function writeSummaryWorkbook(
  file: string,
  entries: readonly MultiEntry[],
  cross: readonly CrossFileFinding[],
  lang: Lang,
  inputs: readonly string[]
): Promise<void> {
  const ExcelJS = await import("exceljs");
  const L = LABELS[lang];
  const wb = new ExcelJS.Workbook();
  const fileRows: Row[] = [];
  const findingRows: Row[] = [];
  const findingRow = (fileName: string, f: Finding): Row => [
    fileName,
    f.sheet,
    f.cell,
    f.rule,
    ruleTitle(f.rule, lang),
    severityLabel(f.severity, lang),
    f.message,
    f.actual !== undefined && Number.isFinite(f.actual) ? f.actual : null,
    f.expected !== undefined && Number.isFinite(f.expected) ? f.expected : null,
  ];
  for (const e of entries) {
    if ("error" in e) {
      fileRows.push([e.file, L.failed, 0, null, null, null, e.error]);
      continue;
    }
    const s = e.result.summary;
    const extra = cross.filter((f) => f.file === e.file);
    const errors = s.error + extra.filter((f) => f.severity === "error").length;
    fileRows.push([e.file, L.ok, e.result.tables.length, errors, s.warning, s.info, ""]);
    for (const f of e.result.findings) findingRows.push(findingRow(e.file, f));
    for (const f of extra) findingRows.push(findingRow(e.file, f));
  }
  addTableSheet(wb, L.files, "Files", [...L.fileHead], fileRows, [0, 1, 6]);
  addTableSheet(wb, L.findings, "Findings", [...L.findingHead], findingRows, [0, 1, 2, 3, 4, 5, 6]);
  const data = Buffer.from(await wb.xlsx.writeBuffer());
  writeFileSafely(file, data, inputs);
}

function addTableSheet(
  wb: import("exceljs").Workbook,
  name: string,
  tableName: string,
  head: string[],
  rows: Row[],
  textCols: number[]
): void {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
  ws.columns = head.map((h, i) => ({ width: i === 6 && head.length > 7 ? 80 : Math.max(10, h.length * 2 + 4) }));
  for (const c of textCols) ws.getColumn(c + 1).numFmt = "@";
  if (rows.length === 0) {
    ws.addRow(head).font = { bold: true };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: head.length } };
    return;
  }
  ws.addTable({
    name: tableName,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: head.map((h) => ({ name: h, filterButton: true })),
    // Strings stay strings: ExcelJS writes a formula only from a { formula } value.
    rows: rows.map((r) => r.map((v) => (v === null ? "" : v))),
  });
}
