/**
 * The report sheet of the annotated copy, written as worksheet XML from the shared report rows
 * (src/report/rows.ts: the add-in writes the same rows through Office.js). Every text is an
 * inline string with the text format, never a formula, so a message beginning with = + - @
 * stays text; links go to cells inside the workbook (no relationship, no external target).
 */
import type { AuditResult } from "../core/api";
import { a1 } from "../core/grid";
import type { Lang } from "../core/settings";
import {
  AMOUNT_FORMAT,
  GENERAL_FORMAT,
  MESSAGE_COLUMN,
  RATE_FORMAT,
  SEVERITY_COLUMN,
  TEXT_FORMAT,
  reportRows,
} from "../report/rows";
import { excelText } from "./notes";
import { xmlEscape, type ReportStyle, type StylesEditor } from "./stylesEdit";

/** Column widths in characters, A:H. */
const WIDTHS = [8, 10, 22, 12, 30, 80, 16, 16];

/** An in-workbook link target: `'Sheet name'!E5` (apostrophes in the name doubled). */
export function internalLocation(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

function numFmtId(fmt: string): number {
  if (fmt === TEXT_FORMAT) return 49;
  if (fmt === AMOUNT_FORMAT) return 4;
  if (fmt === RATE_FORMAT) return 10;
  return 0;
}

/** The sheet's XML, in pieces (a report of many findings is never one huge string). */
export function* reportSheetXml(
  result: AuditResult,
  lang: Lang,
  fileLabel: string,
  linkable: (sheet: string) => boolean,
  styles: StylesEditor
): Generator<string> {
  const rows = reportRows(result, lang, { file: fileLabel, linkable });
  let freeze = 0;
  rows.forEach((line, i) => {
    if (line.findingsHead) freeze = i + 1;
  });
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
  yield freeze > 0
    ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${freeze}" topLeftCell="A${freeze + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>`
    : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  yield `<sheetFormatPr defaultRowHeight="15"/><cols>${WIDTHS.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols><sheetData>`;
  const links: string[] = [];
  let piece = "";
  for (let i = 0; i < rows.length; i++) {
    const line = rows[i];
    const r = i + 1;
    let cells = "";
    line.values.forEach((v, c) => {
      const isLink = line.link !== undefined && line.link.col === c;
      if (v === "" && !isLink) return;
      const st: ReportStyle = {
        numFmtId: typeof v === "number" ? numFmtId(line.formats[c] ?? GENERAL_FORMAT) : 49,
        font: isLink ? "link" : line.title ? "title" : line.bold ? "bold" : "normal",
      };
      if (line.severity && c === SEVERITY_COLUMN) st.fill = line.severity;
      if (line.finding && c === MESSAGE_COLUMN) st.wrap = true;
      const s = styles.report(st);
      const ref = a1(i, c);
      if (isLink && line.link) {
        cells += `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${excelText(line.link.text)}</t></is></c>`;
        // Attributes are plain XML text (the _xHHHH_ escape is for cell text only).
        links.push(`<hyperlink ref="${ref}" location="${xmlEscape(internalLocation(line.link.sheet, line.link.cell))}" display="${xmlEscape(line.link.text)}"/>`);
      } else if (typeof v === "number") {
        cells += Number.isFinite(v) ? `<c r="${ref}" s="${s}"><v>${v}</v></c>` : `<c r="${ref}" s="${styles.report({ numFmtId: 49, font: st.font })}" t="inlineStr"><is><t>${String(v)}</t></is></c>`;
      } else {
        cells += `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${excelText(v)}</t></is></c>`;
      }
    });
    if (cells) piece += `<row r="${r}">${cells}</row>`;
    if (piece.length > 64 * 1024) {
      yield piece;
      piece = "";
    }
  }
  yield piece;
  yield "</sheetData>";
  if (links.length) yield `<hyperlinks>${links.join("")}</hyperlinks>`;
  yield '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
}
