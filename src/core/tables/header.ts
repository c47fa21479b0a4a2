/**
 * Finding a header row (or two) and deciding the table kind from the fields it names.
 * A header is text only (years excepted); a second row counts when a merge from the first row
 * reaches into it, or when it is text naming fields too (调整后预算 / 实际支出 under `2021 年`).
 */
import type { Period } from "../amount";
import { isBlank, type Cell, type GridReader } from "../grid";
import { unitInText, type Unit } from "../units";
import type { ColumnRead, Field, TableKind } from "./types";
import { headerWords, isHeaderWord, matchField, yearHeader } from "./vocabulary";

/** A recognised header, before the body is read. */
export interface TableSpec {
  reader: GridReader;
  kind: TableKind;
  /** First header row and the number of header rows (0 for a hand-picked range without one). */
  headerTop: number;
  headerRows: number;
  c0: number;
  c1: number;
  /** One entry per column c0..c1. */
  columns: ColumnRead[];
  /** Period stated in a column's header (`1-8 月实际支出`), per column c0..c1. */
  periods: (Period | null)[];
  /** A unit stated in a header cell of its own (`单位：万元`), if any. */
  headerUnit: Unit | null;
  /** Last sheet row the body may reach (a picked range's end, else the sheet's last row). */
  limit: number;
  manual: boolean;
}

const KIND_ORDER: readonly TableKind[] = ["register", "execution", "composition", "catalog"];

function headerCellText(v: Cell): string {
  if (isBlank(v)) return "";
  return String(v).replace(/\s+/g, " ").trim();
}

const UNIT_NOTE = /^[(（]?\s*单位\s*[:：]/;
/** Prose or a numbered caption (`（2）2019-2021 各年度…`), never a header label. */
const CAPTION_LIKE = /[。；;]|^[(（][0-9一二三四五六七八九十]+[)）]|^[0-9一二三四五六七八九十]+、/;

/**
 * A row that could be a header: text (or years) only, no sentence, and at least two different
 * labels — a caption or title, even merged across the table, is one label and no header.
 */
function headerLike(reader: GridReader, row: number, texts: string[]): boolean {
  const distinct = new Set<string>();
  for (let c = reader.firstCol; c <= reader.lastCol; c++) {
    const v = reader.value(row, c);
    if (isBlank(v)) {
      texts.push("");
      continue;
    }
    if (typeof v === "boolean") return false;
    if (typeof v === "number" && yearHeader(String(v)) === null) return false;
    const t = headerCellText(v);
    texts.push(t);
    if (UNIT_NOTE.test(t)) continue; // `单位：万元` beside the labels states the unit, it is no label
    if (t.length > 40 || CAPTION_LIKE.test(t)) return false;
    distinct.add(t);
  }
  return distinct.size >= 2;
}

/** Columns labelled by the header rows, for one kind. */
export function readColumns(
  kind: TableKind,
  top: string[],
  bottom: string[] | null,
  firstCol: number,
  c0: number,
  c1: number,
): { columns: ColumnRead[]; periods: (Period | null)[]; fields: Set<Field>; tier: boolean } {
  const columns: ColumnRead[] = [];
  const periods: (Period | null)[] = [];
  const fields = new Set<Field>();
  let tier = false;
  for (let c = c0; c <= c1; c++) {
    const t = top[c - firstCol] ?? "";
    const b = bottom ? bottom[c - firstCol] ?? "" : "";
    const col: ColumnRead = { col: c, header: t && b && t !== b ? `${t} / ${b}` : t || b, field: null };
    const groupYear = b ? yearHeader(t) : null;
    let words = b ? headerWords(b) : headerWords(t);
    let field = matchField(kind, words);
    if (!field && b && groupYear === null) {
      words = headerWords(t);
      field = matchField(kind, words);
    }
    col.field = field;
    if (field) {
      fields.add(field);
      if (/^(二级|三级)/.test(words.key)) tier = true;
    }
    const year = groupYear ?? words.year ?? null;
    if (year !== null && field) col.year = year;
    const unit = unitInText(b) ?? unitInText(t);
    if (unit) col.unit = unit;
    periods.push(words.period ?? null);
    columns.push(col);
  }
  return { columns, periods, fields, tier };
}

/** Does the header name what this kind needs? */
export function satisfies(kind: TableKind, f: Set<Field>, tier: boolean, years: boolean): boolean {
  switch (kind) {
    case "register":
      return (f.has("enterprise") || f.has("creditCode")) && (f.has("item") || f.has("itemCode") || f.has("requested") || f.has("approved"));
    case "composition":
      return f.has("item") && f.has("amount") && (f.has("unitAmount") || f.has("quantity") || tier);
    case "execution":
      return (
        (f.has("budget") || f.has("initialBudget")) &&
        (f.has("actual") || f.has("rate")) &&
        (f.has("year") || f.has("category") || years)
      );
    case "catalog":
      return f.has("item") && (f.has("capType") || f.has("capAmount") || f.has("document"));
  }
}

function bestKind(
  top: string[],
  bottom: string[] | null,
  firstCol: number,
  c0: number,
  c1: number,
): { kind: TableKind; columns: ColumnRead[]; periods: (Period | null)[]; score: number } | null {
  let best: { kind: TableKind; columns: ColumnRead[]; periods: (Period | null)[]; score: number } | null = null;
  for (const kind of KIND_ORDER) {
    const r = readColumns(kind, top, bottom, firstCol, c0, c1);
    const years = r.columns.some((c) => c.year !== undefined);
    if (!satisfies(kind, r.fields, r.tier, years)) continue;
    const score = r.columns.filter((c) => c.field).length;
    if (!best || score > best.score) best = { kind, columns: r.columns, periods: r.periods, score };
  }
  return best;
}

function span(top: string[], bottom: string[] | null, firstCol: number): [number, number] | null {
  let c0 = -1;
  let c1 = -1;
  for (let i = 0; i < top.length; i++) {
    if (top[i] || (bottom && bottom[i])) {
      if (c0 < 0) c0 = i;
      c1 = i;
    }
  }
  return c0 < 0 ? null : [c0 + firstCol, c1 + firstCol];
}

/** Texts of the row under a header row, with cells merged down from it left blank. */
function secondRow(reader: GridReader, row: number): { texts: string[]; fromAbove: boolean } | null {
  if (row > reader.lastRow || reader.isBlankRow(row)) return null;
  const texts: string[] = [];
  let fromAbove = false;
  let filled = 0;
  let words = 0;
  for (let c = reader.firstCol; c <= reader.lastCol; c++) {
    const m = reader.merge(row, c);
    if (m && m.r0 < row) {
      fromAbove = true;
      texts.push("");
      continue;
    }
    const v = reader.value(row, c);
    if (isBlank(v)) {
      texts.push("");
      continue;
    }
    if (typeof v !== "string") return null;
    const t = headerCellText(v);
    texts.push(t);
    filled++;
    if (isHeaderWord(t)) words++;
  }
  if (filled === 0) return null;
  return fromAbove || words * 2 >= filled ? { texts, fromAbove } : null;
}

/** A unit written in a header cell of its own: `单位：万元`. */
function unitCell(texts: string[]): Unit | null {
  for (const t of texts) if (/^[(（]?\s*单位/.test(t)) return unitInText(t);
  return null;
}

/** The header starting at `row`, or null when the row is no header of any kind. */
export function detectHeader(reader: GridReader, row: number): TableSpec | null {
  const top: string[] = [];
  if (!headerLike(reader, row, top)) return null;
  const below = secondRow(reader, row + 1);
  const tries: { bottom: string[] | null; rows: number }[] = [];
  if (below) tries.push({ bottom: below.texts, rows: 2 });
  tries.push({ bottom: null, rows: 1 });
  for (const t of tries) {
    const s = span(top, t.bottom, reader.firstCol);
    if (!s) continue;
    const best = bestKind(top, t.bottom, reader.firstCol, s[0], s[1]);
    if (!best) continue;
    return {
      reader,
      kind: best.kind,
      headerTop: row,
      headerRows: t.rows,
      c0: s[0],
      c1: s[1],
      columns: best.columns,
      periods: best.periods,
      headerUnit: unitCell(top) ?? (t.bottom ? unitCell(t.bottom) : null),
      limit: reader.lastRow,
      manual: false,
    };
  }
  return null;
}

/** Header texts of rows [row, row + rows) for a hand-picked range. */
export function headerTexts(reader: GridReader, row: number, rows: number): { top: string[]; bottom: string[] | null } {
  const top: string[] = [];
  const bottom: string[] = [];
  for (let c = reader.firstCol; c <= reader.lastCol; c++) {
    top.push(rows >= 1 ? headerCellText(reader.value(row, c)) : "");
    if (rows >= 2) {
      const m = reader.merge(row + 1, c);
      bottom.push(m && m.r0 < row + 1 ? "" : headerCellText(reader.value(row + 1, c)));
    }
  }
  return { top, bottom: rows >= 2 ? bottom : null };
}
