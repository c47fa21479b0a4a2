/**
 * The report sheet, rendered with Office.js from the shared report rows (src/report/rows.ts: the
 * command line's annotated copy has the same rows): header lines, the tables found, a summary by
 * rule and severity, one row per finding with a link to its cell. Text cells get the text format
 * "@" before their values are written, so a message beginning with = + - @ stays text and never
 * becomes a formula.
 * The sheet is the add-in's own only when the state sheet names it by id and name (ids alone
 * can change between sessions: https://github.com/OfficeDev/office-js/issues/1390); a user's sheet
 * with the same name is never touched (the report then takes "审核报告 (2)").
 *
 * At scale: rows go in blocks (number formats then values), the links of a block in one
 * Range.setCellProperties, bold rows and severity fills per address list over getRanges; requests
 * are sized with the measured costs of ops.ts and split when Excel refuses one.
 */
import type { AuditResult } from "../core/api";
import type { Severity } from "../core/findings";
import type { Lang } from "../core/settings";
import { LINK_COLUMN, MESSAGE_COLUMN, REPORT_COLUMNS, SEVERITY_COLUMN, type ReportRow, freeSheetName, reportRows } from "../report/rows";
import { addressLists, sheetRef } from "./address";
import { RequestBatcher } from "./batcher";
import { PAYLOAD_BUDGET } from "./chunking";
import { SEVERITY_COLOR } from "./highlight";
import { argBytes, opCost, ops } from "./ops";
import { SheetIndex, loadSheets } from "./sheets";
import { META_REPORT_ID, META_REPORT_NAME, StateTarget, finishStateRead, probeState, queueStateRead, writeState } from "./state-sheet";
import { strings } from "./strings";

/** Column letter of a 0-based column inside A:H. */
const colLetter = (c: number): string => String.fromCharCode(65 + c);
const LAST_COL = colLetter(REPORT_COLUMNS - 1);
const LINK = colLetter(LINK_COLUMN);

/** The add-in's own report sheet, if the state names one that still exists. */
function ownReport(index: SheetIndex, meta: Record<string, string>): Excel.Worksheet | undefined {
  const id = meta[META_REPORT_ID];
  if (!id) return undefined;
  const byId = index.items.find((s) => s.id === id);
  // v1 states kept only the id; v2 also the name, and both must match.
  if (meta[META_REPORT_NAME] === undefined) return byId;
  return byId && byId.name === meta[META_REPORT_NAME] ? byId : undefined;
}

export async function writeReport(context: Excel.RequestContext, result: AuditResult, lang: Lang): Promise<string> {
  const sheets = loadSheets(context);
  const probe = probeState(context);
  await context.sync();
  const index = SheetIndex.after(context, sheets);
  const read = queueStateRead(probe);
  if (read) await context.sync();
  const state = await finishStateRead(context, read, lang);
  const own = ownReport(index, state.meta);
  index.assertWritable(own ? [own] : [], lang, !own || probe.isNullObject);

  const names = index.items.map((s) => s.name);
  const batch = new RequestBatcher(context, { lang, suspendScreen: true });
  const target = new StateTarget(context, probe);
  await target.ensure(batch);
  let ws!: Excel.Worksheet;
  let name: string;
  if (own) {
    name = own.name; // keep a name the user gave our report
    ws = own;
    await batch.add({ request: opCost("other"), queue: () => own.getRange().clear() });
  } else {
    name = freeSheetName(strings(lang).reportSheet, names);
    const sheetName = name;
    await batch.add({
      request: opCost("other", sheetName) * 2,
      queue: () => {
        ws = context.workbook.worksheets.add(sheetName);
        ws.load("id");
      },
    });
    await batch.flush(); // the new sheet's id goes into the state
  }
  await writeState(target, { ...state, meta: { ...state.meta, [META_REPORT_ID]: ws.id, [META_REPORT_NAME]: name } }, batch);

  const existing = new Set(names);
  const lines = reportRows(result, lang, { linkable: (s) => existing.has(s) });
  await writeRows(batch, () => ws, lines);
  await batch.add({
    request: opCost("other") * 10,
    queue: () => {
      const widths = [40, 60, 130, 70, 190, 420, 100, 100];
      widths.forEach((w, i) => {
        const col = colLetter(i);
        ws.getRange(`${col}:${col}`).format.columnWidth = w;
      });
      const message = colLetter(MESSAGE_COLUMN);
      ws.getRange(`${message}1:${message}${lines.length}`).format.wrapText = true;
      ws.activate();
    },
  });
  await batch.flush();
  return name;
}

/** The rows in blocks of a quarter of the budget, each block's links in one call; then bold rows and fills. */
async function writeRows(batch: RequestBatcher, sheet: () => Excel.Worksheet, lines: readonly ReportRow[]): Promise<void> {
  let start = 0;
  while (start < lines.length) {
    let end = start;
    let bytes = 0;
    while (end < lines.length && (end === start || bytes < PAYLOAD_BUDGET / 4)) {
      bytes += argBytes(lines[end].values, lines[end].formats, linkOf(lines[end])) + 16;
      end++;
    }
    const block = lines.slice(start, end);
    const address = `A${start + 1}:${LAST_COL}${end}`;
    const formats = block.map((l) => l.formats);
    const values = block.map((l) => l.values);
    await batch.add({ request: opCost("writeBlock", address, formats, values), queue: () => ops.writeBlock(sheet(), address, formats, values) });
    if (block.some((l) => l.link)) {
      const links: Excel.SettableCellProperties[][] = block.map((l) => [linkOf(l) ?? {}]);
      const linkAddress = `${LINK}${start + 1}:${LINK}${end}`;
      await batch.add({ request: opCost("setCellProps", linkAddress, links), queue: () => ops.setCellProps(sheet(), linkAddress, links) });
    }
    start = end;
  }
  const rowRange = (i: number) => ({ r0: i, c0: 0, r1: i, c1: REPORT_COLUMNS - 1 });
  for (const address of addressLists(lines.flatMap((l, i) => (l.bold ? [rowRange(i)] : [])))) {
    await batch.add({ request: opCost("boldAreas", address), queue: () => ops.boldAreas(sheet(), address) });
  }
  const bySeverity = new Map<Severity, { r0: number; c0: number; r1: number; c1: number }[]>();
  lines.forEach((l, i) => {
    if (!l.severity) return;
    const runs = bySeverity.get(l.severity) ?? [];
    const last = runs[runs.length - 1];
    if (last && last.r1 + 1 === i) last.r1 = i;
    else runs.push({ r0: i, c0: SEVERITY_COLUMN, r1: i, c1: SEVERITY_COLUMN });
    bySeverity.set(l.severity, runs);
  });
  for (const [severity, runs] of bySeverity) {
    const color = SEVERITY_COLOR[severity];
    for (const address of addressLists(runs)) {
      await batch.add({ request: opCost("fillAreas", address, color, "Solid"), queue: () => ops.fillAreas(sheet(), address, color) });
    }
  }
}

/** A row's link as cell properties (the link column), or undefined. */
function linkOf(l: ReportRow): Excel.SettableCellProperties | undefined {
  if (!l.link) return undefined;
  return { hyperlink: { documentReference: sheetRef(l.link.sheet, l.link.cell), textToDisplay: l.link.text } };
}
