/**
 * One worksheet's XML (xl/worksheets/sheetN.xml) to a SheetGrid, read straight from the SAX
 * events. ExcelJS's own row/cell objects cost more than the parse itself on 100k-row registers,
 * so the reader keeps only what the core reads: values, number formats, merges, hidden rows.
 */
import type { Cell, CellRange, SheetGrid } from "../core/grid";
import { parseA1, parseRangeA1 } from "../core/grid";
import { isoToSerial } from "../core/dates";
import { parseSax, type SaxNode } from "./exceljsInternals";

/** What the workbook-level parts give every sheet. */
export interface SheetContext {
  sharedStrings: readonly unknown[];
  /** Number format of a style id ("0.00%"), null for General / none. */
  numFmt(styleId: number): string | null;
  /** True when the number format shows a date (its serial then needs no unit reading). */
  isDateFormat(styleId: number): boolean;
  date1904: boolean;
}

/** Days between the 1904 and 1900 date systems. */
const DATE1904_OFFSET = 1462;

/** Local names: some generators write prefixed elements (`x:row`). */
function local(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

/** Excel escapes control characters in strings as _xHHHH_. */
export function decodeExcelEscapes(s: string): string {
  return s.indexOf("_x") < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** A shared string is plain text or `{ richText: [{ text }] }`: rich text is joined. */
export function sharedStringText(v: unknown): string {
  if (typeof v === "string") return decodeExcelEscapes(v);
  if (v && typeof v === "object" && Array.isArray((v as { richText?: unknown }).richText)) {
    return decodeExcelEscapes(
      (v as { richText: { text?: string | null }[] }).richText.map((r) => r.text ?? "").join("")
    );
  }
  return v === null || v === undefined ? "" : String(v);
}

export async function readSheetXml(
  name: string,
  xml: AsyncIterable<unknown>,
  ctx: SheetContext
): Promise<SheetGrid> {
  // Rows by sheet row (0-based); each a dense array of values and one of formats.
  const rows: (Cell[] | undefined)[] = [];
  const formats: ((string | null)[] | undefined)[] = [];
  const merges: CellRange[] = [];
  const hiddenRows: number[] = [];
  let minRow = Infinity;
  let minCol = Infinity;
  let anyFormat = false;

  let inSheetData = false;
  let rowIndex = -1; // current sheet row (0-based)
  let colIndex = -1; // last cell's column
  // Current cell.
  let cCol = -1;
  let cType = "";
  let cStyle = 0;
  let vText: string | null = null;
  let isText: string | null = null;
  let capture: "v" | "t" | null = null;
  let inPhonetic = false;

  const finishCell = (): void => {
    let value: Cell = null;
    if (cType === "s") {
      if (vText !== null) {
        const idx = parseInt(vText, 10);
        value = sharedStringText(ctx.sharedStrings[idx]);
      }
    } else if (cType === "inlineStr") {
      value = isText === null ? (vText === null ? null : decodeExcelEscapes(vText)) : decodeExcelEscapes(isText);
    } else if (cType === "str") {
      value = vText === null ? null : decodeExcelEscapes(vText);
    } else if (cType === "e") {
      value = vText; // "#N/A", "#DIV/0!": the core reads these as unreadable text
    } else if (cType === "b") {
      value = vText === null ? null : vText.trim() === "1" || vText.trim().toLowerCase() === "true";
    } else if (cType === "d") {
      // ISO 8601 date cell (rare; Strict OOXML writers): to a serial like every other date.
      const m = vText ? /^(\d{4}-\d{2}-\d{2})/.exec(vText) : null;
      value = m ? isoToSerial(m[1]) : vText;
    } else if (vText !== null && vText !== "") {
      const n = Number(vText);
      value = Number.isFinite(n) ? n : vText;
      if (typeof value === "number" && ctx.date1904 && cStyle && ctx.isDateFormat(cStyle)) value += DATE1904_OFFSET;
    }
    if (value === null || value === "") return;
    let row = rows[rowIndex];
    if (!row) {
      row = rows[rowIndex] = [];
      if (rowIndex < minRow) minRow = rowIndex;
    }
    row[cCol] = value;
    if (cCol < minCol) minCol = cCol;
    if (cStyle) {
      const f = ctx.numFmt(cStyle);
      if (f !== null) {
        let fr = formats[rowIndex];
        if (!fr) fr = formats[rowIndex] = [];
        fr[cCol] = f;
        anyFormat = true;
      }
    }
  };

  for await (const events of parseSax(xml)) {
    for (const ev of events) {
      if (ev.eventType === "opentag") {
        const node = ev.value as SaxNode;
        const n = local(node.name);
        const a = node.attributes;
        if (n === "c") {
          if (!inSheetData) continue;
          const ref = a.r;
          const pos = ref ? parseA1(ref) : null;
          cCol = pos ? pos.col : colIndex + 1;
          colIndex = cCol;
          cType = a.t ?? "";
          cStyle = a.s ? parseInt(a.s, 10) || 0 : 0;
          vText = null;
          isText = null;
        } else if (n === "v") {
          capture = "v";
          vText = "";
        } else if (n === "t") {
          if (!inPhonetic && cType === "inlineStr") {
            capture = "t";
            if (isText === null) isText = "";
          }
        } else if (n === "rPh") {
          inPhonetic = true;
        } else if (n === "row") {
          if (!inSheetData) continue;
          const r = a.r ? parseInt(a.r, 10) - 1 : rowIndex + 1;
          rowIndex = Number.isFinite(r) && r >= 0 ? r : rowIndex + 1;
          colIndex = -1;
          const h = a.hidden;
          if (h === "1" || h === "true") hiddenRows.push(rowIndex);
        } else if (n === "sheetData") {
          inSheetData = true;
        } else if (n === "mergeCell") {
          const range = a.ref ? parseRangeA1(a.ref) : null;
          if (range) merges.push({ r0: range.r0, c0: range.c0, r1: range.r1, c1: range.c1 });
        }
      } else if (ev.eventType === "text") {
        if (capture === "v") vText += ev.value as string;
        else if (capture === "t") isText += ev.value as string;
      } else {
        const n = local((ev.value as SaxNode).name);
        if (n === "v" || n === "t") capture = null;
        else if (n === "rPh") inPhonetic = false;
        else if (n === "c") {
          if (inSheetData) finishCell();
        } else if (n === "sheetData") inSheetData = false;
      }
    }
  }

  return toGrid(name, rows, anyFormat ? formats : null, merges, hiddenRows, minRow, minCol);
}

/** Dense values from the used range's top-left corner; rows keep their own length. */
function toGrid(
  name: string,
  rows: (Cell[] | undefined)[],
  formats: ((string | null)[] | undefined)[] | null,
  merges: CellRange[],
  hiddenRows: number[],
  minRow: number,
  minCol: number
): SheetGrid {
  if (minRow === Infinity) return { name, top: 0, left: 0, values: [], merges, hiddenRows };
  const values: Cell[][] = [];
  const numberFormats: (string | null)[][] | undefined = formats ? [] : undefined;
  for (let r = minRow; r < rows.length; r++) {
    values.push(denseRow(rows[r], minCol, null));
    if (numberFormats && formats) numberFormats.push(denseRow(formats[r], minCol, null));
  }
  const grid: SheetGrid = { name, top: minRow, left: minCol, values, merges, hiddenRows };
  if (numberFormats) grid.numberFormats = numberFormats;
  return grid;
}

function denseRow<T>(row: (T | undefined)[] | undefined, from: number, blank: T): T[] {
  if (!row) return [];
  const out: T[] = new Array(Math.max(0, row.length - from));
  for (let c = from; c < row.length; c++) {
    const v = row[c];
    out[c - from] = v === undefined ? blank : v;
  }
  return out;
}
