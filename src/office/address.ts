/**
 * Addresses as Excel writes them in Range.address / RangeAreas.address: "Sheet1!A1:K50",
 * "'预算 构成'!B3", "Sheet1!5:9" (whole rows), several areas joined by commas.
 */
import type { CellRange } from "../core/grid";
import { columnLetters, parseA1 } from "../core/grid";

export const SHEET_ROWS = 1048576;
export const SHEET_COLS = 16384;

/** "'Name'!A1": always quoted, inner apostrophes doubled; Excel accepts this for every name. */
export function sheetRef(sheet: string, local: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${local}`;
}

/** A rectangle as a local A1 address ("A1:K5000"; a single cell stays "A1"). */
export function localA1(r: CellRange): string {
  const tl = `${columnLetters(r.c0)}${r.r0 + 1}`;
  return r.r0 === r.r1 && r.c0 === r.c1 ? tl : `${tl}:${columnLetters(r.c1)}${r.r1 + 1}`;
}

/** Parses one local address: cell, rectangle, whole rows ("5:9") or whole columns ("B:D"). */
export function parseLocal(address: string): CellRange | null {
  const parts = address.replace(/\$/g, "").trim().split(":");
  if (parts.length > 2) return null;
  const last = parts[parts.length - 1];
  if (/^\d+$/.test(parts[0]) && /^\d+$/.test(last)) {
    const a = Number(parts[0]) - 1;
    const b = Number(last) - 1;
    return a < 0 || b < 0 ? null : { r0: Math.min(a, b), c0: 0, r1: Math.max(a, b), c1: SHEET_COLS - 1 };
  }
  if (/^[A-Za-z]{1,3}$/.test(parts[0]) && /^[A-Za-z]{1,3}$/.test(last)) {
    const a = parseA1(`${parts[0]}1`)!.col;
    const b = parseA1(`${last}1`)!.col;
    return { r0: 0, c0: Math.min(a, b), r1: SHEET_ROWS - 1, c1: Math.max(a, b) };
  }
  const a = parseA1(parts[0]);
  const b = parseA1(last);
  if (!a || !b) return null;
  return { r0: Math.min(a.row, b.row), c0: Math.min(a.col, b.col), r1: Math.max(a.row, b.row), c1: Math.max(a.col, b.col) };
}

/** Splits "S!A1:B2,'x, y'!C3" into areas; commas inside quoted sheet names are kept. */
export function parseAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  let part = "";
  let quoted = false;
  const flush = () => {
    const local = part.includes("!") ? part.slice(part.lastIndexOf("!") + 1) : part;
    const r = parseLocal(local);
    if (r) out.push(r);
    part = "";
  };
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted; // a doubled '' toggles twice: stays quoted
    if (ch === "," && !quoted) flush();
    else part += ch;
  }
  if (part.trim()) flush();
  return out;
}

export function intersect(a: CellRange, b: CellRange): CellRange | null {
  const r = { r0: Math.max(a.r0, b.r0), c0: Math.max(a.c0, b.c0), r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1) };
  return r.r0 > r.r1 || r.c0 > r.c1 ? null : r;
}

/** UTF-8 length of a string: what a payload limit counts. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Address strings for Worksheet.getRange / getRanges stay under this many characters: Excel cuts
 * longer ones at 8192 and silently drops what follows
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-troubleshooting#range-return-character-limit).
 */
export const MAX_ADDRESS_CHARS = 8000;

/**
 * Cells (0-based row, col) as column runs of consecutive rows, in column then row order. With
 * `gap` > 0 a run also spans up to that many rows between two cells (a read then answers for a
 * few cells more, but needs one operation fewer).
 */
export function columnRuns(cells: readonly { row: number; col: number }[], gap = 0): CellRange[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const out: CellRange[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last.c0 === c.col && c.row <= last.r1) continue;
    if (last && last.c0 === c.col && c.row - last.r1 - 1 <= gap) last.r1 = c.row;
    else out.push({ r0: c.row, c0: c.col, r1: c.row, c1: c.col });
  }
  return out;
}

/** Rectangles joined into "A1:A9,C4,…" lists, each under MAX_ADDRESS_CHARS. */
export function addressLists(rects: readonly CellRange[], maxChars = MAX_ADDRESS_CHARS): string[] {
  const out: string[] = [];
  let cur = "";
  for (const r of rects) {
    const a = localA1(r);
    if (cur && cur.length + 1 + a.length > maxChars) {
      out.push(cur);
      cur = "";
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) out.push(cur);
  return out;
}

/** Every cell of a rectangle, row by row. */
export function cellsOf(r: CellRange): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (let row = r.r0; row <= r.r1; row++) for (let col = r.c0; col <= r.c1; col++) out.push({ row, col });
  return out;
}
