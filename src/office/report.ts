/**
 * The report sheet, rendered with Office.js from the shared report rows (src/report/rows.ts: the
 * command line's annotated copy has the same rows): header lines, the tables found, a summary by
 * rule and severity, one row per finding with a link to its cell. Text cells get the text format
 * "@" before their values are written, so a message beginning with = + - @ stays text and never
 * becomes a formula.
 * The sheet is the add-in's own only when the state sheet names its id; a user's sheet with the
 * same name is never touched (the report then takes "审核报告 (2)").
 */
import type { AuditResult } from "../core/api";
import type { Lang } from "../core/settings";
import { MESSAGE_COLUMN, REPORT_COLUMNS, SEVERITY_COLUMN, type ReportRow, freeSheetName, reportRows } from "../report/rows";
import { sheetRef } from "./address";
import { WriteBatcher, opBytes } from "./batcher";
import { PAYLOAD_BUDGET } from "./chunking";
import { SEVERITY_COLOR } from "./highlight";
import { assertUnprotected, probeProtection } from "./protection";
import { META_REPORT_ID, ensureStateSheet, loadState, parseState, probeState, writeState } from "./state-sheet";
import { strings } from "./strings";

/** Request size of one row: values and formats, plus its bold, fill and link operations. */
function rowBytes(l: ReportRow): number {
  return opBytes(l.values) + opBytes(l.formats) + (l.bold ? opBytes(null) : 0) + (l.severity ? opBytes(null) : 0) + (l.link ? opBytes(l.link) * 2 : 0);
}

/** Column letter of a 0-based column inside A:H. */
const colLetter = (c: number): string => String.fromCharCode(65 + c);
const LAST_COL = colLetter(REPORT_COLUMNS - 1);

export async function writeReport(context: Excel.RequestContext, result: AuditResult, lang: Lang): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  const probe = probeState(context);
  await context.sync();
  const stateRange = loadState(probe);
  const prot = probeProtection(context, sheets.items);
  await context.sync();
  const state = parseState(stateRange);
  const own = sheets.items.find((s) => s.id === state.meta[META_REPORT_ID]);
  assertUnprotected({ ...prot, sheets: own ? [own] : [] }, lang, !own || probe.isNullObject);

  const names = sheets.items.map((s) => s.name);
  const batch = new WriteBatcher(context);
  await batch.reserve(opBytes(null) * 4);
  let ws: Excel.Worksheet;
  let name: string;
  if (own) {
    ws = own;
    name = own.name; // keep a name the user gave our report
    ws.getRange().clear();
  } else {
    name = freeSheetName(strings(lang).reportSheet, names);
    ws = sheets.add(name);
    ws.load("id");
  }
  await batch.flush();
  const stateWs = ensureStateSheet(context, probe);
  await writeState(stateWs, { ...state, meta: { ...state.meta, [META_REPORT_ID]: ws.id } }, batch);

  const existing = new Set(names);
  const lines = reportRows(result, lang, { linkable: (s) => existing.has(s) });
  let start = 0;
  while (start < lines.length) {
    // A block of rows whose values fit comfortably in one request.
    let end = start;
    let bytes = 0;
    while (end < lines.length && (end === start || bytes < PAYLOAD_BUDGET / 4)) bytes += rowBytes(lines[end++]);
    await batch.reserve(bytes);
    const block = lines.slice(start, end);
    const range = ws.getRange(`A${start + 1}:${LAST_COL}${end}`);
    range.numberFormat = block.map((l) => l.formats);
    range.values = block.map((l) => l.values);
    for (let i = 0; i < block.length; i++) {
      const l = block[i];
      const row = start + i + 1;
      if (l.bold) ws.getRange(`A${row}:${LAST_COL}${row}`).format.font.bold = true;
      if (l.severity) ws.getRange(`${colLetter(SEVERITY_COLUMN)}${row}`).format.fill.color = SEVERITY_COLOR[l.severity];
      if (l.link) {
        ws.getRange(`${colLetter(l.link.col)}${row}`).hyperlink = { documentReference: sheetRef(l.link.sheet, l.link.cell), textToDisplay: l.link.text };
      }
    }
    start = end;
  }
  await batch.reserve(opBytes(null) * 10);
  const widths = [40, 60, 130, 70, 190, 420, 100, 100];
  widths.forEach((w, i) => {
    const col = colLetter(i);
    ws.getRange(`${col}:${col}`).format.columnWidth = w;
  });
  const message = colLetter(MESSAGE_COLUMN);
  ws.getRange(`${message}1:${message}${lines.length}`).format.wrapText = true;
  ws.activate();
  await batch.flush();
  return name;
}
