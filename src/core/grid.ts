/**
 * The grid: what every adapter (Office.js, xlsx file, in-memory preview) hands to the core.
 * Sheet coordinates are 0-based (row 0 = Excel row 1, col 0 = column A).
 */

/** A cell value as the adapters deliver it. Dates arrive as Excel serial numbers. */
export type Cell = string | number | boolean | null;

/** An inclusive rectangle in sheet coordinates. */
export interface CellRange {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface SheetGrid {
  /** Sheet name as the workbook shows it. */
  name: string;
  /** Sheet row and column of values[0][0] (the used range's top-left corner). */
  top: number;
  left: number;
  /** Values row by row. Rows may be shorter than others; missing cells are blank. */
  values: Cell[][];
  /**
   * Number formats in the same shape as values, where the adapter has them ("0.00%", "yyyy-mm-dd",
   * "#,##0.00"). They tell a percent from a plain number, a date from an amount, and the stated
   * precision of a number. Optional: without them the core reads values alone.
   */
  numberFormats?: (string | null)[][];
  /** Merged areas in sheet coordinates. Only the top-left cell of a merge holds the value. */
  merges: CellRange[];
  /** Sheet rows hidden by the user: read like any other row, but reported as hidden. */
  hiddenRows?: number[];
}

/** Letters of the first columns, worked out once: every figure read names its cell. */
const LETTERS: string[] = [];

/** Column index (0-based) to letters: 0 → A, 27 → AB. */
export function columnLetters(col: number): string {
  if (col < 256) return (LETTERS[col] ??= lettersOf(col));
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a 0-based sheet cell. */
export function a1(row: number, col: number): string {
  return columnLetters(col) + String(row + 1);
}

/** A1 address of a range ("A3:I14"; a single cell stays "A3"). */
export function rangeA1(r: CellRange): string {
  const tl = a1(r.r0, r.c0);
  return r.r0 === r.r1 && r.c0 === r.c1 ? tl : `${tl}:${a1(r.r1, r.c1)}`;
}

/** Parses "B7" or "$B$7" into 0-based row and column; null when it is not an address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

/** Parses "A3:I14" (or a single cell) into a range; null when it is not one. */
export function parseRangeA1(address: string): CellRange | null {
  const parts = address.split(":");
  if (parts.length > 2) return null;
  const a = parseA1(parts[0]);
  const b = parts.length === 2 ? parseA1(parts[1]) : a;
  if (!a || !b) return null;
  return {
    r0: Math.min(a.row, b.row),
    c0: Math.min(a.col, b.col),
    r1: Math.max(a.row, b.row),
    c1: Math.max(a.col, b.col),
  };
}

/**
 * Merged areas kept as ranges, never expanded cell by cell (a merge may span the whole sheet):
 * a static interval tree over rows finds the merges crossing a row; the merges of the last row
 * asked about are kept sorted by column, so a row read cell by cell costs one lookup per cell.
 */
interface MergeNode {
  center: number;
  /** Merges crossing `center`, by first row ascending and by last row descending. */
  byStart: CellRange[];
  byEnd: CellRange[];
  left?: MergeNode;
  right?: MergeNode;
}

function buildMergeTree(list: CellRange[]): MergeNode | undefined {
  if (list.length === 0) return undefined;
  const mids = list.map((m) => (m.r0 + m.r1) / 2).sort((a, b) => a - b);
  const center = mids[mids.length >> 1];
  const here: CellRange[] = [];
  const left: CellRange[] = [];
  const right: CellRange[] = [];
  for (const m of list) {
    if (m.r1 < center) left.push(m);
    else if (m.r0 > center) right.push(m);
    else here.push(m);
  }
  return {
    center,
    byStart: [...here].sort((a, b) => a.r0 - b.r0),
    byEnd: [...here].sort((a, b) => b.r1 - a.r1),
    left: buildMergeTree(left),
    right: buildMergeTree(right),
  };
}

class MergeIndex {
  private readonly root: MergeNode | undefined;
  private cachedRow = -1;
  private cached: CellRange[] = [];

  constructor(merges: readonly CellRange[]) {
    this.root = buildMergeTree(merges.filter((m) => m.r0 <= m.r1 && m.c0 <= m.c1));
  }

  at(row: number, col: number): CellRange | undefined {
    if (!this.root) return undefined;
    if (row !== this.cachedRow) {
      const out: CellRange[] = [];
      let node: MergeNode | undefined = this.root;
      while (node) {
        if (row < node.center) {
          for (const m of node.byStart) if (m.r0 <= row) out.push(m); else break;
          node = node.left;
        } else if (row > node.center) {
          for (const m of node.byEnd) if (m.r1 >= row) out.push(m); else break;
          node = node.right;
        } else {
          out.push(...node.byStart);
          node = undefined;
        }
      }
      this.cached = out.sort((a, b) => a.c0 - b.c0);
      this.cachedRow = row;
    }
    // The last merge starting at or before col; overlapping merges (Excel refuses them) may hide one another.
    const list = this.cached;
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].c0 <= col) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = found; i >= 0 && i > found - 8; i--) if (list[i].c1 >= col) return list[i];
    return undefined;
  }
}

/**
 * Random access to a grid in sheet coordinates, with merged areas resolved: every cell inside a
 * merge reports the merge, so callers can tell "one value for the group" from a value per row.
 */
export class GridReader {
  readonly grid: SheetGrid;
  private readonly merges: MergeIndex;
  private readonly hidden: Set<number>;
  /** Last sheet row and column holding anything. */
  readonly lastRow: number;
  readonly lastCol: number;

  constructor(grid: SheetGrid) {
    this.grid = grid;
    let width = 0;
    // Indexed, not for…of: a loop run once per reader is never optimised, and there each step of an
    // iterator is an object (a million-row sheet made a million of them).
    const rows = grid.values;
    for (let r = 0; r < rows.length; r++) if (rows[r].length > width) width = rows[r].length;
    this.lastRow = grid.top + grid.values.length - 1;
    this.lastCol = grid.left + width - 1;
    this.merges = new MergeIndex(grid.merges);
    this.hidden = new Set(grid.hiddenRows ?? []);
  }

  get name(): string {
    return this.grid.name;
  }
  get firstRow(): number {
    return this.grid.top;
  }
  get firstCol(): number {
    return this.grid.left;
  }

  /** The value stored in this very cell (blank inside a merge except its top-left). */
  raw(row: number, col: number): Cell {
    const r = this.grid.values[row - this.grid.top];
    if (!r) return null;
    const v = r[col - this.grid.left];
    return v === undefined ? null : v;
  }

  /** The value the user sees here: a merged area's value for every cell inside it. */
  value(row: number, col: number): Cell {
    const m = this.merge(row, col);
    return m ? this.raw(m.r0, m.c0) : this.raw(row, col);
  }

  numberFormat(row: number, col: number): string | null {
    const f = this.grid.numberFormats?.[row - this.grid.top]?.[col - this.grid.left];
    return f ?? null;
  }

  merge(row: number, col: number): CellRange | undefined {
    return this.merges.at(row, col);
  }

  isHidden(row: number): boolean {
    return this.hidden.has(row);
  }

  /** The row's values from firstCol to lastCol. */
  rowValues(row: number): Cell[] {
    const out: Cell[] = [];
    for (let c = this.firstCol; c <= this.lastCol; c++) out.push(this.value(row, c));
    return out;
  }

  isBlankRow(row: number): boolean {
    const r = this.grid.values[row - this.grid.top];
    if (!r) return true;
    for (const v of r) if (!isBlank(v)) return false;
    return true;
  }
}

export function isBlank(v: Cell | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}
