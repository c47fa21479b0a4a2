/**
 * The add-in's memory inside the workbook: a very hidden sheet "__subsidy_audit_state".
 * Why a sheet and not document settings: it travels with the file, it is read fresh through
 * Excel.run by every runtime, and it has no size quota.
 *
 * Layout (all text): A1 a version line; from row 2 one row per changed cell, or per run of cells
 * of one column that share a previous fill and carry no note of ours:
 *   A sheet id | B sheet name | C cell or run ("H2:H40") | D previous fill | E fill we applied | F note
 * F is "" when we added no note, else "#" + a hash of the note text we wrote (v1 kept the text).
 * H:I from row 1: key | value (the report sheet's id and name).
 *
 * A sheet is found again by id and name, then by name, then by id: Worksheet.id survives renames
 * and moves (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-id-member)
 * but has been seen to change when a file is opened again or in another client
 * (https://github.com/OfficeDev/office-js/issues/1390). Cells whose sheet is found neither way
 * are reported, never dropped silently.
 */
import type { CellRange } from "../core/grid";
import type { Lang } from "../core/settings";
import { localA1, parseLocal } from "./address";
import { RequestBatcher } from "./batcher";
import { PAYLOAD_BUDGET } from "./chunking";
import { type FillProps, opCost, ops } from "./ops";

export const STATE_SHEET = "__subsidy_audit_state";
export const STATE_VERSION = "subsidy-audit state v2";
export const META_REPORT_ID = "reportSheetId";
export const META_REPORT_NAME = "reportSheetName";
/** Cells highlighted at most in one run (most severe first): bounds the state and the work. */
export const MAX_HIGHLIGHT_CELLS = 100_000;
/** Rows read in the first look at the state (the same request that finds it). */
const FIRST_BLOCK_ROWS = 1000;
/** Rows per later read, and a generous bound of a state row's JSON in the answer. */
const BLOCK_ROWS = 8000;
const ROW_BYTES = 250;

/** A cell's fill before the add-in touched it. "none" = No Fill. */
export type SavedFill = { none: true } | ({ none: false } & FillProps);

export interface SavedCell {
  sheetId: string;
  sheetName: string;
  /** One cell ("H7"), or a run of one column ("H2:H40") when there is no note. */
  cell: string;
  fill: SavedFill;
  /** The colour the add-in applied (so a fill the user changed since is left alone). */
  applied: string;
  /** "" when the add-in added no note; else "#" + noteHash(text), or (v1) the text itself. */
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

/** A short, stable hash of a note's text (two 32-bit FNV-1a passes): what the state keeps. */
export function noteHash(text: string): string {
  const fnv = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, "0");
  };
  return `#${fnv(0x811c9dc5)}${fnv(0x050c5d1f)}`;
}

/** Is this note text the one the state recorded (a hash in v2, the text in v1)? */
export function isOurNote(recorded: string, content: string): boolean {
  if (recorded === "") return false;
  return recorded.startsWith("#") ? noteHash(content) === recorded : content === recorded;
}

/** The cells of a record: one, or every cell of its run. */
export function recordCells(rec: SavedCell): { row: number; col: number }[] {
  const r = parseLocal(rec.cell);
  if (!r) return [];
  const out: { row: number; col: number }[] = [];
  for (let row = r.r0; row <= r.r1; row++) for (let col = r.c0; col <= r.c1; col++) out.push({ row, col });
  return out;
}

/** Queues the look-up of the state sheet (a null object when the workbook has none yet). */
export function probeState(context: Excel.RequestContext): Excel.Worksheet {
  return context.workbook.worksheets.getItemOrNullObject(STATE_SHEET);
}

export interface StateRead {
  probe: Excel.Worksheet;
  used: Excel.Range;
  first: Excel.Range;
}

/** After the probe's sync: queues the state's size and its first rows (null when there is none). */
export function queueStateRead(probe: Excel.Worksheet): StateRead | null {
  if (probe.isNullObject) return null;
  const used = probe.getUsedRangeOrNullObject(true);
  used.load("rowIndex,rowCount");
  const first = probe.getRange(`A1:I${FIRST_BLOCK_ROWS}`);
  first.load("values");
  return { probe, used, first };
}

/** After that sync: the whole state, reading further rows in budget-sized requests if needed. */
export async function finishStateRead(context: Excel.RequestContext, read: StateRead | null, lang: Lang): Promise<StateData> {
  if (!read || read.used.isNullObject) return { cells: [], meta: {}, usedRows: 0 };
  const usedRows = read.used.rowIndex + read.used.rowCount;
  const rows: unknown[][] = (read.first.values as unknown[][]).slice(0, usedRows);
  if (usedRows > FIRST_BLOCK_ROWS) {
    const blocks: Excel.Range[] = [];
    const batch = new RequestBatcher(context, { lang, reads: true });
    for (let start = FIRST_BLOCK_ROWS + 1; start <= usedRows; start += BLOCK_ROWS) {
      const end = Math.min(usedRows, start + BLOCK_ROWS - 1);
      const i = blocks.length;
      blocks.push(null as unknown as Excel.Range);
      const address = `A${start}:I${end}`;
      await batch.add({
        request: opCost("loadRange", address, "values"),
        response: (end - start + 1) * ROW_BYTES,
        queue: () => {
          blocks[i] = read.probe.getRange(address);
          blocks[i].load("values");
        },
      });
    }
    await batch.flush();
    for (const b of blocks) rows.push(...(b.values as unknown[][]));
  }
  return parseRows(rows, usedRows);
}

function parseRows(values: unknown[][], usedRows: number): StateData {
  const out: StateData = { cells: [], meta: {}, usedRows };
  const at = (row: unknown[], col: number) => {
    const v = row[col];
    return v === undefined || v === null ? "" : String(v);
  };
  values.forEach((row, r) => {
    if (r >= 1 && at(row, 0) !== "" && at(row, 2) !== "")
      out.cells.push({ sheetId: at(row, 0), sheetName: at(row, 1), cell: at(row, 2), fill: decodeFill(at(row, 3)), applied: at(row, 4), note: at(row, 5) });
    if (at(row, 7) !== "") out.meta[at(row, 7)] = at(row, 8);
  });
  return out;
}

/** Where the state sheet is, or how to create it (very hidden) within a write request. */
export class StateTarget {
  ws: Excel.Worksheet | null;
  constructor(
    private readonly context: Excel.RequestContext,
    probe: Excel.Worksheet
  ) {
    this.ws = probe.isNullObject ? null : probe;
  }
  get missing(): boolean {
    return this.ws === null;
  }
  /** Adds the sheet when missing (needs an unprotected workbook structure: callers check first). */
  async ensure(batch: RequestBatcher): Promise<void> {
    if (this.ws) return;
    await batch.add({
      request: opCost("other", STATE_SHEET) * 2,
      queue: () => {
        const ws = this.context.workbook.worksheets.add(STATE_SHEET);
        ws.visibility = "VeryHidden";
        this.ws = ws;
      },
    });
    // The proxy must exist before other units use it, and a later split may not add it twice.
    await batch.flush();
  }
}

/** Records of one column with the same fill, colour and no note, merged into runs. */
export function compactRecords(cells: readonly SavedCell[]): SavedCell[] {
  const out: SavedCell[] = [];
  const runs = new Map<string, { rec: SavedCell; rect: CellRange }>();
  const sorted = cells
    .map((c) => ({ c, r: parseLocal(c.cell) }))
    .filter((x): x is { c: SavedCell; r: CellRange } => x.r !== null)
    .sort((a, b) => a.c.sheetId.localeCompare(b.c.sheetId) || a.r.c0 - b.r.c0 || a.r.r0 - b.r.r0);
  for (const { c, r } of sorted) {
    if (c.note !== "" || r.c0 !== r.c1) {
      out.push(c);
      continue;
    }
    const key = `${c.sheetId}\u0000${c.sheetName}\u0000${r.c0}\u0000${encodeFill(c.fill)}\u0000${c.applied}`;
    const run = runs.get(key);
    if (run && run.rect.r1 + 1 === r.r0) {
      run.rect.r1 = r.r1;
      run.rec.cell = localA1(run.rect);
    } else {
      const rec = { ...c };
      runs.set(key, { rec, rect: { ...r } });
      out.push(rec);
    }
  }
  return out;
}

/** Rewrites the whole state: text format first so nothing written can turn into a formula. */
export async function writeState(target: StateTarget, state: StateData, batch: RequestBatcher): Promise<void> {
  const ws = () => target.ws as Excel.Worksheet;
  if (state.usedRows > 0) {
    const address = `A1:I${state.usedRows}`;
    await batch.add({ request: opCost("other", address), queue: () => ws().getRange(address).clear() });
  }
  const rows: string[][] = [[STATE_VERSION, "", "", "", "", ""]];
  for (const c of compactRecords(state.cells)) rows.push([c.sheetId, c.sheetName, c.cell, encodeFill(c.fill), c.applied, c.note]);
  // Row blocks of a quarter of the budget: several share a request, none comes near the limit.
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let bytes = 0;
    while (end < rows.length && (end === start || bytes < PAYLOAD_BUDGET / 4)) bytes += rowBytes(rows[end++]);
    const block = rows.slice(start, end);
    const address = `A${start + 1}:F${end}`;
    const formats = block.map((r) => r.map(() => "@"));
    await batch.add({ request: opCost("writeBlock", address, formats, block), queue: () => ops.writeBlock(ws(), address, formats, block) });
    start = end;
  }
  const meta = Object.entries(state.meta).filter(([, v]) => v !== "");
  if (meta.length) {
    const address = `H1:I${meta.length}`;
    const formats = meta.map(() => ["@", "@"]);
    const values = meta.map(([k, v]) => [k, v]);
    await batch.add({ request: opCost("writeBlock", address, formats, values), queue: () => ops.writeBlock(ws(), address, formats, values) });
  }
  state.usedRows = Math.max(rows.length, meta.length);
}

function rowBytes(row: string[]): number {
  let n = 12;
  for (const v of row) n += v.length * 3 + 8;
  return n;
}
