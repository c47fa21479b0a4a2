/**
 * The report sheet of the annotated copy, rendered with ExcelJS from the shared report rows
 * (src/report/rows.ts: the add-in writes the same rows through Office.js). Every text is written
 * as a plain string value: ExcelJS stores strings as shared strings, never formulas, so a message
 * beginning with = + - @ stays text (tests check the written XML has no formula on this sheet).
 */
import type * as ExcelJS from "exceljs";
import type { AuditResult } from "../core/api";
import type { Lang } from "../core/settings";
import {
  GENERAL_FORMAT,
  MESSAGE_COLUMN,
  REPORT_LABELS,
  SEVERITY_COLUMN,
  TEXT_FORMAT,
  freeSheetName,
  reportRows,
} from "../report/rows";
import { SEVERITY_FILL } from "./fills";

/** Column widths in characters, A:H. */
const WIDTHS = [8, 10, 22, 12, 30, 80, 16, 16];
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF0563C1" }, underline: true };

/** An in-workbook link target: `#'Sheet name'!E5` (apostrophes in the name doubled). */
export function internalLink(sheet: string, cell: string): string {
  return `#'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** Adds the report sheet (under a free name) and returns its name. */
export function addReportSheet(
  wb: ExcelJS.Workbook,
  result: AuditResult,
  lang: Lang,
  fileLabel: string,
  linkable: (sheet: string) => boolean
): string {
  const name = freeSheetName(REPORT_LABELS[lang].sheet, wb.worksheets.map((w) => w.name));
  const ws = wb.addWorksheet(name);
  ws.columns = WIDTHS.map((width) => ({ width }));
  let freezeRows = 0;
  reportRows(result, lang, { file: fileLabel, linkable }).forEach((line, i) => {
    const r = i + 1;
    if (line.findingsHead) freezeRows = r;
    line.values.forEach((v, c) => {
      if (v === "") return;
      const cell = ws.getCell(r, c + 1);
      cell.value = v; // strings stay strings: ExcelJS writes a formula only from { formula }
      const fmt = line.formats[c];
      if (typeof v === "number" && fmt !== GENERAL_FORMAT && fmt !== TEXT_FORMAT) cell.numFmt = fmt;
      if (line.title) cell.font = { bold: true, size: 14 };
      else if (line.bold) cell.font = { bold: true };
      if (line.severity && c === SEVERITY_COLUMN) cell.fill = SEVERITY_FILL[line.severity];
      if (line.finding && c === MESSAGE_COLUMN) cell.alignment = { wrapText: true, vertical: "top" };
    });
    if (line.link) {
      const cell = ws.getCell(r, line.link.col + 1);
      cell.value = { text: line.link.text, hyperlink: internalLink(line.link.sheet, line.link.cell) };
      cell.font = LINK_FONT;
    }
  });
  ws.views = [{ state: "frozen", ySplit: freezeRows, xSplit: 0 }];
  return name;
}
