/**
 * How much to read per request. Excel on the web refuses a request or response above 5 MB, so
 * reads are cut into row chunks whose estimated response stays under a 4 MB budget, and several
 * chunks share one context.sync() while their total stays under it. The estimate starts from a
 * cell-size bound and learns from what came back; a refused response halves the chunks.
 */
export const PAYLOAD_LIMIT = 5_000_000;
export const PAYLOAD_BUDGET = 4_000_000;
/** Start bound per cell: a value (number or short text) plus its number format, as JSON. */
export const DEFAULT_CELL_BYTES = 48;
/** Never assume cells smaller than this, whatever the first chunk showed. */
export const MIN_CELL_BYTES = 16;
/** Rows per range at most: keeps each answer (values, hidden-row areas) small. */
export const MAX_CHUNK_ROWS = 5000;

/**
 * Merged areas are asked for per window of rows, apart from the values: Range.
 * getMergedAreasOrNullObject fails when a range holds more than 512 merged areas
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
 * Windows start at MAX_CHUNK_ROWS rows and shrink to what the merges seen so far allow (aiming
 * at MERGE_TARGET per window); after a refused read they are cut to MERGE_SAFE_CELLS cells, which
 * cannot hold more than 512 merged areas (a merged area has at least two cells).
 */
export const MAX_MERGED_AREAS = 512;
export const MERGE_TARGET = 256;
export const MERGE_SAFE_CELLS = 2 * MAX_MERGED_AREAS;
/** Merge windows per request at most (each is two small operations). */
export const MAX_MERGE_WINDOWS = 200;

/** Rows of a merge window that can never hold more than 512 merged areas. */
export function safeMergeRows(cols: number): number {
  return Math.max(1, Math.floor(MERGE_SAFE_CELLS / Math.max(1, cols)));
}

/** Rows of the next merge window after `count` merged areas were found in `rows` rows. */
export function learnMergeRows(previous: number, rows: number, count: number, floor: number): number {
  const grown = Math.min(MAX_CHUNK_ROWS, previous * 4);
  if (count === 0) return grown;
  return Math.max(floor, Math.min(grown, Math.floor((rows * MERGE_TARGET) / count)));
}
/** Per row: brackets and commas of the two arrays, and the row's share of a visible-rows address. */
export const ROW_OVERHEAD = 24;
/** Per chunk: the merged-areas and visible-areas answers and the envelope. */
export const CHUNK_OVERHEAD = 4096;

export interface Span {
  target: number;
  r0: number;
  r1: number;
}

export function chunkBytes(rows: number, cols: number, cellBytes: number): number {
  return rows * (cols * cellBytes + ROW_OVERHEAD) + CHUNK_OVERHEAD;
}

export function rowsPerChunk(cols: number, cellBytes: number, budget = PAYLOAD_BUDGET): number {
  const fit = Math.floor((budget - CHUNK_OVERHEAD) / (cols * cellBytes + ROW_OVERHEAD));
  return Math.max(1, Math.min(MAX_CHUNK_ROWS, fit));
}

/**
 * The next batch: consecutive chunks from the cursors, as many as fit in the budget together
 * (always at least one chunk, which alone fits unless a single row is already too large).
 */
export function planBatch(
  targets: readonly { rows: number; cols: number }[],
  cursor: number[],
  cellBytes: number,
  budget = PAYLOAD_BUDGET,
  maxRows = Infinity,
  rowCap = Infinity
): Span[] {
  const out: Span[] = [];
  let total = 0;
  for (let t = 0; t < targets.length; t++) {
    const { rows, cols } = targets[t];
    let r = cursor[t];
    while (r < rows) {
      const n = Math.min(rowsPerChunk(cols, cellBytes, budget), rows - r, maxRows, rowCap);
      if (n <= 0) return out;
      const bytes = chunkBytes(n, cols, cellBytes);
      if (out.length > 0 && total + bytes > budget) return out;
      out.push({ target: t, r0: r, r1: r + n - 1 });
      if (maxRows !== Infinity) return out; // a probe: one small chunk alone
      total += bytes;
      r += n;
    }
  }
  return out;
}

/**
 * Rows of the first batch when the read is more than a quarter of a request at the assumed
 * cell size: a small sample teaches the real cell size before large chunks are asked for (long
 * texts would otherwise overflow a request). It costs no extra sync on a 10k-row sheet.
 */
export const PROBE_ROWS = 200;

export function needsProbe(targets: readonly { rows: number; cols: number }[], cellBytes: number, budget = PAYLOAD_BUDGET): boolean {
  return targets.reduce((n, t) => n + chunkBytes(t.rows, t.cols, cellBytes), 0) > budget / 4;
}

/** Learns the cell size from what a batch returned; never below the floor, with a margin. */
export function learnCellBytes(previous: number, observedBytes: number, cells: number): number {
  if (cells === 0) return previous;
  const observed = observedBytes / cells;
  return Math.max(MIN_CELL_BYTES, Math.ceil(observed * 1.5));
}
