/**
 * What a workbook may hold before any work is done on it. Each limit is checked as early as it
 * can be (most from the zip's central directory, before a byte is inflated), and a breach ends
 * the check with one line naming the limit (exit 2), in bounded time and memory.
 * README ("Limits") documents them; tests/fuzz holds a file breaching each.
 */
export const LIMITS = {
  /** Excel's grid: rows 1..1,048,576, columns A..XFD. */
  maxRows: 1_048_576,
  maxCols: 16_384,
  /** Entries in the zip. */
  maxParts: 10_000,
  /** Bytes one part may inflate to, and all parts together. */
  maxPartBytes: 1024 * 1024 * 1024,
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
  /** Inflated / compressed size of a part larger than ratioFloorBytes (zip bombs). */
  maxRatio: 250,
  ratioFloorBytes: 16 * 1024 * 1024,
  /** Shared strings (two text columns of a full-height register need 2,097,152). */
  maxSharedStrings: 4_000_000,
  /** Merged areas per sheet (each kept as one range, whatever its size). */
  maxMerges: 100_000,
  /** Cells of the grids handed to the engine: the sum over rows of used columns. */
  maxGridCells: 40_000_000,
  /** One XML tag, and one text node (Excel's own cell limit is 32,767 characters). */
  maxTagChars: 1024 * 1024,
  maxTextChars: 8 * 1024 * 1024,
  /** Nesting depth of XML elements. */
  maxDepth: 256,
} as const;

export type LimitKey =
  | "rows"
  | "cols"
  | "parts"
  | "part-bytes"
  | "total-bytes"
  | "ratio"
  | "shared-strings"
  | "merges"
  | "grid-cells"
  | "tag"
  | "text"
  | "depth";

/** A limit breached: which one, and the limit value (for the message). */
export class LimitError extends Error {
  constructor(
    readonly key: LimitKey,
    readonly limit: number,
    readonly part?: string
  ) {
    super(`limit ${key} (${limit})${part ? ` in ${part}` : ""}`);
    this.name = "LimitError";
  }
}

/** The package is damaged: a CRC mismatch, XML that does not close, a size that lies. */
export class DamagedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DamagedError";
  }
}
