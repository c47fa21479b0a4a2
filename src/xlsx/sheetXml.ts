/**
 * One worksheet's XML (xl/worksheets/sheetN.xml) to a SheetGrid, straight from the tokenizer's
 * tags: only what the core reads is kept (values, number formats, merges as ranges, hidden
 * rows), rows sparse until the grid is built. Cell and row numbers outside Excel's grid, too
 * many merges or too large a grid end the read with a LimitError before memory grows.
 */
import type { Cell, CellRange, SheetGrid } from "../core/grid";
import { isoToSerial } from "../core/dates";
import { LIMITS, LimitError } from "./limits";
import { decodeExcelEscapes } from "./parts";
import { intOf, type Attrs, type XmlHandler } from "./xmlScan";

/** What the workbook-level parts give every sheet. */
export interface SheetContext {
  sharedStrings: readonly string[];
  /** Number format of a style id ("0.00%"), null for General / none. */
  numFmt(styleId: number): string | null;
  /** True when the number format shows a date (its serial then needs no unit reading). */
  isDateFormat(styleId: number): boolean;
  date1904: boolean;
  /** Cells all sheets may still store (LIMITS.maxGridCells): counted as they are read. */
  cellBudget: { left: number };
}

/** Days between the 1904 and 1900 date systems. */
const DATE1904_OFFSET = 1462;

/** One shared, frozen empty row for every row of the grid that holds nothing. */
const EMPTY_ROW: Cell[] = Object.freeze([]) as unknown as Cell[];
const EMPTY_FORMATS: (string | null)[] = Object.freeze([]) as unknown as (string | null)[];

/** "AB12" → column (0-based) and row (0-based); false when malformed. Past the grid: LimitError. */
export function parseRef(ref: string, out: { row: number; col: number }): boolean {
  return parseRefAt(ref, 0, ref.length, out);
}

/** parseRef over ref[from, to), read in place. */
export function parseRefAt(ref: string, from: number, to: number, out: { row: number; col: number }): boolean {
  let i = from;
  let col = 0;
  const n = to;
  if (i < n && ref.charCodeAt(i) === 36) i++;
  const c0 = i;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
    if (col > LIMITS.maxCols) throw new LimitError("cols", LIMITS.maxCols);
  }
  if (i === c0) return false;
  if (i < n && ref.charCodeAt(i) === 36) i++;
  const r0 = i;
  let row = 0;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    row = row * 10 + (c - 48);
    if (row > LIMITS.maxRows) throw new LimitError("rows", LIMITS.maxRows);
  }
  if (i === r0 || row === 0) return false;
  out.row = row - 1;
  out.col = col - 1;
  return true;
}

export class SheetReader implements XmlHandler {
  private readonly rows: (Cell[] | undefined)[] = [];
  private readonly formats: ((string | null)[] | undefined)[] = [];
  private readonly merges: CellRange[] = [];
  private readonly hiddenRows: number[] = [];
  private minRow = Infinity;
  private minCol = Infinity;
  private maxRow = -1;
  private anyFormat = false;

  private inSheetData = false;
  private rowIndex = -1;
  private colIndex = -1;
  private cCol = -1;
  private cType = "";
  private cStyle = 0;
  /** The <v> text: a range of vSrc while it is one piece, else vText. */
  private vText: string | null = null;
  private vSrc = "";
  private vStart = -1;
  private vEnd = -1;
  private isText: string | null = null;
  private capture = 0; // 1: <v>, 2: <t> of an inline string
  private inPhonetic = false;
  private inCell = false;
  private readonly pos = { row: 0, col: 0 };

  constructor(
    private readonly name: string,
    private readonly ctx: SheetContext
  ) {}

  open(n: string, a: Attrs, selfClosing: boolean): void {
    switch (n) {
      case "c": {
        if (!this.inSheetData) return;
        const ri = a.index("r");
        const d = ri < 0 ? null : a.decoded[ri];
        const found = ri < 0 ? false : d !== null ? parseRef(d, this.pos) : parseRefAt(a.src, a.starts[ri], a.ends[ri], this.pos);
        if (found) this.cCol = this.pos.col;
        else {
          this.cCol = this.colIndex + 1;
          if (this.cCol >= LIMITS.maxCols) throw new LimitError("cols", LIMITS.maxCols);
        }
        this.colIndex = this.cCol;
        this.cType = a.get("t") ?? "";
        const si = a.int("s");
        this.cStyle = si > 0 ? si : si === -1 && a.index("s") >= 0 ? parseInt(a.get("s") as string, 10) || 0 : 0;
        this.vText = null;
        this.vStart = -1;
        this.isText = null;
        this.inCell = !selfClosing;
        if (selfClosing) this.finishCell();
        return;
      }
      case "v":
        if (!this.inCell) return;
        this.vText = "";
        this.vStart = -1;
        if (!selfClosing) this.capture = 1;
        return;
      case "t":
        if (this.inCell && !this.inPhonetic && this.cType === "inlineStr" && !selfClosing) {
          this.capture = 2;
          if (this.isText === null) this.isText = "";
        }
        return;
      case "rPh":
        if (!selfClosing) this.inPhonetic = true;
        return;
      case "row": {
        if (!this.inSheetData) return;
        const rs = a.get("r");
        let r = this.rowIndex + 1;
        if (rs !== undefined) {
          const v = Number(rs);
          if (Number.isInteger(v) && v >= 1) r = v - 1;
        }
        if (r >= LIMITS.maxRows) throw new LimitError("rows", LIMITS.maxRows);
        this.rowIndex = r;
        this.colIndex = -1;
        const h = a.get("hidden");
        if (h === "1" || h === "true") this.hiddenRows.push(r);
        return;
      }
      case "sheetData":
        this.inSheetData = !selfClosing;
        return;
      case "mergeCell": {
        const ref = a.get("ref");
        if (!ref) return;
        const [p, q] = ref.split(":");
        const a0 = { row: 0, col: 0 };
        if (!parseRef(p, a0)) return;
        const b0 = { row: a0.row, col: a0.col };
        if (q !== undefined && !parseRef(q, b0)) return;
        if (this.merges.length >= LIMITS.maxMerges) throw new LimitError("merges", LIMITS.maxMerges);
        this.merges.push({ r0: Math.min(a0.row, b0.row), c0: Math.min(a0.col, b0.col), r1: Math.max(a0.row, b0.row), c1: Math.max(a0.col, b0.col) });
        return;
      }
    }
  }

  text(t: string): void {
    if (this.capture === 1) this.vText = this.v() + t;
    else if (this.capture === 2) this.isText += t;
  }

  textAt(src: string, from: number, to: number): void {
    if (this.capture === 1) {
      if (this.vStart < 0 && this.vText === "") {
        this.vSrc = src;
        this.vStart = from;
        this.vEnd = to;
      } else this.vText = this.v() + src.slice(from, to);
    } else if (this.capture === 2) this.isText += src.slice(from, to);
  }

  /** The <v> text as a string (vText null: no <v>). */
  private v(): string {
    if (this.vStart >= 0) {
      this.vText = this.vSrc.slice(this.vStart, this.vEnd);
      this.vStart = -1;
    }
    return this.vText as string;
  }

  close(n: string): void {
    switch (n) {
      case "v":
      case "t":
        this.capture = 0;
        return;
      case "rPh":
        this.inPhonetic = false;
        return;
      case "c":
        if (this.inCell) {
          this.inCell = false;
          this.finishCell();
        }
        return;
      case "sheetData":
        this.inSheetData = false;
        return;
    }
  }

  private finishCell(): void {
    const { cType, ctx } = this;
    let value: Cell = null;
    // Shared-string indexes and plain integers are read in place; anything else as text.
    const fast = this.vStart >= 0 ? intOf(this.vSrc, this.vStart, this.vEnd) : -1;
    if (cType === "s") {
      if (this.vText !== null) {
        const idx = fast >= 0 ? fast : parseInt(this.v(), 10);
        const s = ctx.sharedStrings[idx];
        value = s === undefined ? null : s;
      }
      this.store(value);
      return;
    }
    if (fast >= 0 && (cType === "" || cType === "n")) {
      value = fast;
      if (ctx.date1904 && this.cStyle && ctx.isDateFormat(this.cStyle)) value += DATE1904_OFFSET;
      this.store(value);
      return;
    }
    const vText = this.vText === null ? null : this.v();
    if (cType === "inlineStr") {
      const t = this.isText ?? vText;
      value = t === null ? null : decodeExcelEscapes(t);
    } else if (cType === "str") {
      value = vText === null ? null : decodeExcelEscapes(vText);
    } else if (cType === "e") {
      value = vText; // "#N/A", "#DIV/0!": the core reads these as unreadable text
    } else if (cType === "b") {
      value = vText === null ? null : vText.trim() === "1" || vText.trim().toLowerCase() === "true";
    } else if (cType === "d") {
      // ISO 8601 date cell (Strict OOXML writers, LibreOffice): to a serial like every other date.
      const m = vText ? /^(\d{4}-\d{2}-\d{2})/.exec(vText.trim()) : null;
      value = m ? isoToSerial(m[1]) : vText;
    } else if (vText !== null && vText !== "") {
      const num = Number(vText);
      // A number too large for a double (1e999) stays the text it is: unreadable, not Infinity.
      value = Number.isFinite(num) ? num : vText;
      if (typeof value === "number" && ctx.date1904 && this.cStyle && ctx.isDateFormat(this.cStyle)) value += DATE1904_OFFSET;
    }
    this.store(value);
  }

  private store(value: Cell): void {
    if (value === null || value === "") return;
    if (--this.ctx.cellBudget.left < 0) throw new LimitError("grid-cells", LIMITS.maxGridCells);
    const r = this.rowIndex < 0 ? 0 : this.rowIndex;
    let row = this.rows[r];
    if (!row) {
      row = this.rows[r] = [];
      if (r < this.minRow) this.minRow = r;
      if (r > this.maxRow) this.maxRow = r;
    }
    const col = this.cCol;
    row[col] = value;
    if (col < this.minCol) this.minCol = col;
    if (this.cStyle) {
      const f = this.ctx.numFmt(this.cStyle);
      if (f !== null) {
        let fr = this.formats[r];
        if (!fr) fr = this.formats[r] = [];
        fr[col] = f;
        this.anyFormat = true;
      }
    }
  }

  /** Cells the dense grid will take (rows from the first used column): checked against the limit. */
  denseCells(): number {
    if (this.minRow === Infinity) return 0;
    let n = 0;
    for (let r = this.minRow; r <= this.maxRow; r++) {
      const row = this.rows[r];
      if (row) n += Math.max(0, row.length - this.minCol) * (this.anyFormat && this.formats[r] ? 2 : 1);
    }
    return n;
  }

  /** Dense values from the used range's top-left corner; rows keep their own length. */
  grid(): SheetGrid {
    const { name, merges, hiddenRows, minRow, minCol } = this;
    if (minRow === Infinity) return { name, top: 0, left: 0, values: [], merges, hiddenRows };
    const values: Cell[][] = [];
    const numberFormats: (string | null)[][] | undefined = this.anyFormat ? [] : undefined;
    for (let r = minRow; r <= this.maxRow; r++) {
      values.push(denseRow(this.rows[r], minCol, null, EMPTY_ROW));
      this.rows[r] = undefined;
      if (numberFormats) numberFormats.push(denseRow(this.formats[r], minCol, null, EMPTY_FORMATS));
      this.formats[r] = undefined;
    }
    const grid: SheetGrid = { name, top: minRow, left: minCol, values, merges, hiddenRows };
    if (numberFormats) grid.numberFormats = numberFormats;
    return grid;
  }
}

function denseRow<T>(row: (T | undefined)[] | undefined, from: number, blank: T, empty: T[]): T[] {
  if (!row || row.length <= from) return empty;
  if (from === 0) {
    // Usually already dense from column A: fill the holes in place.
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = blank;
    return row as T[];
  }
  const out: T[] = new Array(row.length - from);
  for (let c = from; c < row.length; c++) {
    const v = row[c];
    out[c - from] = v === undefined ? blank : v;
  }
  return out;
}
