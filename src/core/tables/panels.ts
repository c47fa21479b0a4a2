/**
 * One list printed in blocks side by side under the same header repeated across (单位 | 金额 | 单位 | 金额 |
 * 单位 | 金额), read down the first block and on into the next: a province's allocation with its 合计 first,
 * then each city's 小计 over its lines, wrapped into the next block where the first runs out. The blocks are
 * read as one table: stacked one under another in a view of the sheet, read once, and every cell read mapped
 * back to where it stands.
 */
import { a1, GridReader, parseA1, type Cell, type CellRange, type SheetGrid } from "../grid";
import type { UnreadableCell } from "./base";
import type { TableSpec } from "./spec";
import type { RecognisedTable } from "./types";

/**
 * Blocks of one header (each read alike, the same headings in the same order) are one list read down and on
 * when the first opens with the table's 合计 above all its lines and no other block states a 合计 of its own:
 * side-by-side lists that are separate each close with their own total (or none states one).
 */
export function readsOn(specs: readonly TableSpec[], tables: readonly RecognisedTable[]): boolean {
  if (specs.length < 2 || tables.length !== specs.length) return false;
  const [s0] = specs;
  const heads = (s: TableSpec) => s.columns.map((c) => `${c.field ?? ""}|${c.header}`).join("\u0001");
  for (const s of specs) {
    if (s.kind !== "composition" || s.headerTop !== s0.headerTop || s.headerRows !== s0.headerRows) return false;
    if (s.c1 - s.c0 !== s0.c1 - s0.c0 || heads(s) !== heads(s0)) return false;
  }
  const [first, ...rest] = tables;
  if (first.kind !== "composition" || rest.some((t) => t.kind !== "composition" || t.lines.length === 0)) return false;
  const whole = first.totals.filter((x) => x.scope === "table");
  if (whole.length !== 1 || first.lines.some((l) => l.row < whole[0].row)) return false;
  return rest.every((t) => t.kind === "composition" && !t.totals.some((x) => x.scope === "table"));
}

/** Where a cell of the stacked view stands on the sheet. */
type Place = (row: number, col: number) => { row: number; col: number };

/**
 * The view: the sheet as it is down to the blocks' last row `end`, then each further block's body rows
 * (from `body`) moved under the first block's columns, then the rest of the sheet.
 */
export function stackedPanels(reader: GridReader, specs: readonly TableSpec[], body: number, end: number): { reader: GridReader; place: Place; limit: number } {
  const n = end - body + 1;
  const extra = (specs.length - 1) * n;
  const c0 = specs[0].c0;
  const place: Place = (row, col) => {
    if (row <= end) return { row, col };
    if (row > end + extra) return { row: row - extra, col };
    const k = row - end - 1;
    const s = specs[1 + Math.floor(k / n)];
    return { row: body + (k % n), col: col - c0 + s.c0 };
  };
  // The sheet row and the column shift each view row is read from, for the first block's columns.
  const source = (row: number, col: number): { row: number; col: number } => {
    const p = place(row, col);
    return row > end && row <= end + extra && (col < c0 || col > specs[0].c1) ? { row: -1, col } : p;
  };
  const { grid } = reader;
  const values: Cell[][] = [];
  const formats: (string | null)[][] = [];
  for (let row = grid.top; row <= reader.lastRow + extra; row++) {
    const vs: Cell[] = [];
    const fs: (string | null)[] = [];
    for (let col = grid.left; col <= reader.lastCol; col++) {
      const at = source(row, col);
      vs.push(at.row < 0 ? null : reader.raw(at.row, at.col));
      fs.push(at.row < 0 ? null : reader.numberFormat(at.row, at.col));
    }
    values.push(vs);
    formats.push(fs);
  }
  const merges: CellRange[] = [];
  for (const m of grid.merges) {
    if (m.r1 < body || m.r0 < body || (m.r0 <= end && m.r1 > end)) merges.push(m);
    else if (m.r0 > end) merges.push({ ...m, r0: m.r0 + extra, r1: m.r1 + extra });
    else {
      // A merge inside the blocks' rows goes with its block.
      const k = specs.findIndex((s) => m.c0 >= s.c0 && m.c1 <= s.c1);
      const shift = end + 1 + (k - 1) * n - body;
      if (k <= 0) merges.push(m);
      else merges.push({ r0: m.r0 + shift, r1: m.r1 + shift, c0: m.c0 - specs[k].c0 + c0, c1: m.c1 - specs[k].c0 + c0 });
    }
  }
  const hidden = (grid.hiddenRows ?? []).filter((r) => r <= end).concat((grid.hiddenRows ?? []).filter((r) => r > end).map((r) => r + extra));
  const view: SheetGrid = { name: grid.name, top: grid.top, left: grid.left, values, merges, numberFormats: formats, hiddenRows: hidden };
  return { reader: new GridReader(view), place, limit: Math.min(specs[0].limit, end) + extra };
}

/**
 * Every cell a table read in the view names, named where it stands on the sheet: figures (their cell, row and
 * column) and the lines' cells. A line's `row` stays its place in the list (past the sheet's rows for a later
 * block), which is what orders and ties the lines; findings stand on the figures' own rows.
 */
export function placeCells(t: RecognisedTable, place: Place, unreadable: UnreadableCell[]): void {
  const seen = new Set<object>();
  const visit = (o: unknown): void => {
    if (!o || typeof o !== "object" || seen.has(o)) return;
    seen.add(o);
    if (Array.isArray(o)) {
      for (const x of o) visit(x);
      return;
    }
    const r = o as Record<string, unknown>;
    if (typeof r.cell === "string" && typeof r.row === "number" && typeof r.col === "number") {
      const p = place(r.row, r.col);
      r.row = p.row;
      r.col = p.col;
      r.cell = a1(p.row, p.col);
    }
    if (typeof r.itemCell === "string") {
      const at = parseA1(r.itemCell);
      if (at) {
        const p = place(at.row, at.col);
        r.itemCell = a1(p.row, p.col);
      }
    }
    for (const v of Object.values(r)) if (v && typeof v === "object") visit(v);
  };
  if (t.kind === "composition") {
    visit(t.lines);
    visit(t.totals);
  }
  for (const u of unreadable) {
    const at = parseA1(u.cell);
    if (!at) continue;
    const p = place(at.row, at.col);
    u.row = p.row;
    u.cell = a1(p.row, p.col);
  }
}
