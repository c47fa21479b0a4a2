/**
 * What a row under a header is: data, a total (合计 / 小计), a note that ends the table, or blank.
 * Only the table's own columns count, so a remark typed to the right of a table is not data.
 */
import { isBlank, type Cell, type GridReader } from "../grid";
import { headerKey } from "../text";

/** Cheap first test before folding the text: a total label starts with one of these. */
const TOTAL_START = /^[\s\u3000]*[合总小共tTsSgG]/;
const TOTAL = /^(总合计|合计|总计|小计|共计|total|subtotal|grandtotal)(\(.*\)|（.*）|[:：])?$/;

/** `合计` / `合 计` / `小计：` → the label as written; null when the text is no total label. */
export function totalWord(text: string): "table" | "category" | null {
  const k = headerKey(text);
  if (!TOTAL.test(k)) return null;
  return k.startsWith("小计") || k.startsWith("subtotal") ? "category" : "table";
}

/**
 * Notes start with 注 / 说明 / 备注 / 数据来源 followed by a delimiter (an enterprise called
 * 注塑科技 is data), or are one long sentence alone in the row.
 */
const NOTE_START = /^(注|注释|备注|说明|填表说明|填报说明)([:：、.．\d①-⑩(（]|$)|^(数据来源|资料来源|来源[:：])|^[*※]|^(note|source)[:：]/i;

export function isNoteText(text: string): boolean {
  return NOTE_START.test(text.trim());
}

/** A sentence rather than a value: long, or punctuated like prose or a caption. */
export function isSentence(text: string): boolean {
  const t = text.trim();
  return t.length >= 25 || /[。：:]$|[。；;，,].*[。：:]|单位[:：]/.test(t) || /^[(（][0-9一二三四五六七八九十]+[)）]/.test(t);
}

export type RowClass =
  | { kind: "blank" }
  | { kind: "note" }
  /** `col` is the array index of the label's cell within the row. */
  | { kind: "total"; label: string; scope: "table" | "category"; col: number }
  | { kind: "data" };

const BLANK: RowClass = { kind: "blank" };
const NOTE: RowClass = { kind: "note" };
const DATA: RowClass = { kind: "data" };

/**
 * Classifies a row within columns c0..c1, reading raw values (merges are the caller's concern).
 * A total's `col` is a sheet column here.
 */
export function classifyRow(reader: GridReader, row: number, c0: number, c1: number): RowClass {
  const values = reader.grid.values[row - reader.grid.top];
  if (!values) return BLANK;
  const left = reader.grid.left;
  const cls = classifyValues(values, c0 - left, c1 - left);
  return cls.kind === "total" ? { ...cls, col: cls.col + left } : cls;
}

/** The same on a row array, with array indexes i0..i1 (used by the register's tight loop). */
export function classifyValues(values: Cell[], i0: number, i1: number): RowClass {
  const end = Math.min(i1, values.length - 1);
  let head = -1;
  let seen = 0;
  for (let i = Math.max(0, i0); i <= end; i++) {
    const v = values[i];
    if (v === null || v === undefined || v === "") continue;
    if (typeof v === "string") {
      // A total label sits in one of the first three filled cells (after a 序号, say).
      if (seen < 3 && v.length <= 12 && TOTAL_START.test(v)) {
        const scope = totalWord(v);
        if (scope) return { kind: "total", label: v.trim(), scope, col: i };
      }
      if (head < 0 && v.trim() === "") continue;
    }
    if (head < 0) head = i;
    if (++seen >= 3) break;
  }
  if (head < 0) return BLANK;
  const first = values[head];
  if (typeof first !== "string") return DATA;
  if (isNoteText(first)) return NOTE;
  // One sentence alone in the row is a note or the next table's caption, not data.
  if (isSentence(first)) {
    for (let i = head + 1; i <= end; i++) if (!isBlank(values[i])) return DATA;
    return NOTE;
  }
  return DATA;
}

/** Strips a leading list number: `1. 支持…`, `2、`, `（三）`, `一、`. */
export function stripNumbering(text: string): string {
  return text
    .trim()
    .replace(/^([(（]\s*[0-9一二三四五六七八九十]+\s*[)）]|[0-9一二三四五六七八九十]+\s*[.．、)）])\s*/, "")
    .trim();
}

/** A cell that only numbers a row: 1, `1.`, `（一）`, `一、`. */
export function isNumbering(v: Cell): boolean {
  if (typeof v === "number") return Number.isInteger(v) && v >= 0 && v < 100000;
  if (typeof v !== "string") return false;
  return /^\s*([(（]?\s*[0-9一二三四五六七八九十]+\s*[.．、)）]?)\s*$/.test(v);
}
