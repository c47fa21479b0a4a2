/**
 * Matrices as Excel hands them to `any[][]` parameters, and Excel's own broadcasting rules, so
 * one formula takes a single cell or a range: a scalar arrives as a 1x1 matrix, a 1-row or
 * 1-column argument is stretched across the other dimension, and an element outside a smaller
 * argument is #N/A (as Excel's built-in array arithmetic does).
 */

export type Matrix = unknown[][];

/** Any argument as a matrix: null/undefined (an omitted optional) stays null. */
export function asMatrix(v: unknown): Matrix | null {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) {
    if (v.length === 0) return [[null]];
    return Array.isArray(v[0]) ? (v as Matrix) : [v as unknown[]];
  }
  return [[v]];
}

export interface Shape {
  rows: number;
  cols: number;
}

/** Width of a matrix: its first row's (Excel ranges are rectangular; a short row reads as blanks). */
function widthOf(m: Matrix): number {
  return m[0]?.length ?? 0;
}

/** The broadcast shape of several arguments: the largest height and width (omitted ones ignored). */
export function broadcastShape(args: ReadonlyArray<Matrix | null>): Shape {
  let rows = 1;
  let cols = 1;
  for (const m of args) {
    if (!m) continue;
    if (m.length > rows) rows = m.length;
    const w = widthOf(m);
    if (w > cols) cols = w;
  }
  return { rows, cols };
}

/** Marks an element that falls outside a smaller argument (Excel shows #N/A there). */
export const OUTSIDE: unique symbol = Symbol("outside");

/**
 * The element of `m` that lines up with (r, c) of the broadcast result: a single row or column
 * repeats; beyond a larger-than-one dimension it is OUTSIDE. A missing cell of a ragged row is null.
 */
export function elementAt(m: Matrix | null, r: number, c: number): unknown {
  if (!m) return null;
  const rr = m.length === 1 ? 0 : r;
  if (rr >= m.length) return OUTSIDE;
  const row = m[rr] ?? [];
  const w = widthOf(m);
  const cc = w === 1 ? 0 : c;
  if (cc >= w) return OUTSIDE;
  const v = row[cc];
  return v === undefined ? null : v;
}

/** Builds a rows x cols matrix from a function of the position. */
export function buildMatrix<T>(shape: Shape, f: (r: number, c: number) => T): T[][] {
  const out: T[][] = new Array(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const row: T[] = new Array(shape.cols);
    for (let c = 0; c < shape.cols; c++) row[c] = f(r, c);
    out[r] = row;
  }
  return out;
}
