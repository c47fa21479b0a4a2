/**
 * The add-in's memory inside the workbook: a very hidden sheet "__subsidy_audit_state".
 * Why a sheet and not document settings: it travels with the file, it is read fresh through
 * Excel.run by every runtime (the ribbon's function file and the task pane each hold their own
 * in-memory copy of document settings, and the last saveAsync wins), and it has no size quota.
 *
 * Layout (all text): A1 a version line; from row 2 one row per changed cell:
 *   A sheet id | B sheet name | C cell | D previous fill | E fill we applied | F note we added
 * H:I from row 1: key | value (the report sheet's id).
 */
import { PAYLOAD_BUDGET } from "./chunking";
import type { WriteBatcher } from "./batcher";
import { opBytes } from "./batcher";

export const STATE_SHEET = "__subsidy_audit_state";
export const STATE_VERSION = "subsidy-audit state v1";
export const META_REPORT_ID = "reportSheetId";
/** Cells highlighted at most in one run (most severe first): bounds the state and each request. */
export const MAX_HIGHLIGHT_CELLS = 10000;

/** A cell's fill before the add-in touched it. "none" = No Fill. */
export type SavedFill =
  | { none: true }
  | { none: false; color: string; pattern: string | null; patternColor: string | null; tintAndShade: number | null; patternTintAndShade: number | null };

export interface SavedCell {
  sheetId: string;
  sheetName: string;
  cell: string;
  fill: SavedFill;
  /** The colour the add-in applied (so a fill the user changed since is left alone). */
  applied: string;
  /** The note text the add-in added, "" when it added none. */
  note: string;
}

export interface StateData {
  cells: SavedCell[];
  meta: Record<string, string>;
  /** Rows the state occupies now (to clear before rewriting). */
  usedRows: number;
}

export function encodeFill(f: SavedFill): string {
  if (f.none) return "none";
  return [f.color, f.pattern ?? "", f.patternColor ?? "", f.tintAndShade ?? "", f.patternTintAndShade ?? ""].join("|");
}

export function decodeFill(s: string): SavedFill {
  if (s === "none" || s === "") return { none: true };
  const [color, pattern, patternColor, tint, ptint] = s.split("|");
  const num = (x: string | undefined) => (x === undefined || x === "" ? null : Number(x));
  return { none: false, color, pattern: pattern || null, patternColor: patternColor || null, tintAndShade: num(tint), patternTintAndShade: num(ptint) };
}

/** Queues the look-up of the state sheet (a null object when the workbook has none yet). */
export function probeState(context: Excel.RequestContext): Excel.Worksheet {
  return context.workbook.worksheets.getItemOrNullObject(STATE_SHEET);
}

/** After the probe's sync: queues the load of its content, if it exists. */
export function loadState(probe: Excel.Worksheet): Excel.Range | null {
  if (probe.isNullObject) return null;
  const used = probe.getUsedRangeOrNullObject(true);
  used.load("values,rowIndex,columnIndex");
  return used;
}

export function parseState(range: Excel.Range | null): StateData {
  const out: StateData = { cells: [], meta: {}, usedRows: 0 };
  if (!range || range.isNullObject) return out;
  const values = range.values as unknown[][];
  const off = range.columnIndex; // the layout starts at column A; tolerate a trimmed used range
  const at = (row: unknown[], col: number) => {
    const v = row[col - off];
    return v === undefined || v === null ? "" : String(v);
  };
  out.usedRows = range.rowIndex + values.length;
  values.forEach((row, i) => {
    const r = range.rowIndex + i;
    if (r >= 1 && at(row, 0) !== "")
      out.cells.push({ sheetId: at(row, 0), sheetName: at(row, 1), cell: at(row, 2), fill: decodeFill(at(row, 3)), applied: at(row, 4), note: at(row, 5) });
    if (at(row, 7) !== "") out.meta[at(row, 7)] = at(row, 8);
  });
  return out;
}

/**
 * Creates the state sheet when missing (very hidden, so users do not stumble on it). Needs an
 * unprotected workbook structure; callers check that first.
 */
export function ensureStateSheet(context: Excel.RequestContext, probe: Excel.Worksheet): Excel.Worksheet {
  if (!probe.isNullObject) return probe;
  const ws = context.workbook.worksheets.add(STATE_SHEET);
  ws.visibility = "VeryHidden";
  return ws;
}

/** Rewrites the whole state: text format first so nothing written can turn into a formula. */
export async function writeState(ws: Excel.Worksheet, state: StateData, batch: WriteBatcher): Promise<void> {
  if (state.usedRows > 0) {
    await batch.reserve(opBytes(null));
    ws.getRange(`A1:I${state.usedRows}`).clear();
  }
  const rows: string[][] = [[STATE_VERSION, "", "", "", "", ""]];
  for (const c of state.cells) rows.push([c.sheetId, c.sheetName, c.cell, encodeFill(c.fill), c.applied, c.note]);
  // Row blocks sized to the budget: a long run of notes must not make one oversized request.
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let bytes = 0;
    while (end < rows.length && (end === start || bytes + opBytes(rows[end]) < PAYLOAD_BUDGET / 2)) bytes += opBytes(rows[end++]);
    const block = rows.slice(start, end);
    await batch.reserve(bytes + opBytes(null));
    const range = ws.getRange(`A${start + 1}:F${end}`);
    range.numberFormat = block.map((r) => r.map(() => "@"));
    range.values = block;
    start = end;
  }
  const meta = Object.entries(state.meta);
  if (meta.length) {
    await batch.reserve(opBytes(meta) * 2);
    const range = ws.getRange(`H1:I${meta.length}`);
    range.numberFormat = meta.map(() => ["@", "@"]);
    range.values = meta.map(([k, v]) => [k, v]);
  }
  state.usedRows = Math.max(rows.length, meta.length);
}
