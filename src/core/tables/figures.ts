/**
 * Reading one number cell into a Figure: amounts to 元, rates to fractions, counts as they are.
 * Text that is neither a number nor "nothing" is recorded as unreadable, never guessed at.
 */
import { formatDecimals, readAmount, type AmountRead } from "../amount";
import { meansNothing, toHalfWidth } from "../text";
import { a1, type Cell, type GridReader } from "../grid";
import { priceInYuan, toYuan, type Unit } from "../units";
import type { Field, TableKind } from "../kinds/index";
import type { Figure, UnreadableCell } from "./base";
import type { TableSpec } from "./spec";

/** rate: an execution rate (may pass 100%); share: a subsidy share of a base (at most 100%). */
/**
 * `points`: a count of points (分值, 权重) where a percent is that many points of 100 (权重 30% is 30 of
 * the form's 100 points), not a rate.
 */
/** price: an amount per unit (单价, 补贴标准), kept past the fen. */
export type NumberKind = "amount" | "price" | "rate" | "share" | "count" | "points";

/** Where unreadable cells are collected while a sheet is read. */
export interface ReadContext {
  sheet: string;
  unreadable: UnreadableCell[];
}

export function unreadableText(v: Cell): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v).trim();
}

export function noteUnreadable(ctx: ReadContext, row: number, col: number, field: Field, text: string, kind?: TableKind): void {
  const u: UnreadableCell = { sheet: ctx.sheet, cell: a1(row, col), row, field, text };
  if (kind) u.kind = kind;
  ctx.unreadable.push(u);
}

/** Counts may carry a measure word: `140家`, `5 项`. */
const COUNT_WORD = /\s*(个|家|户|项|人|次|台|套|件)$/;

/**
 * Reads a value as a number of the given kind; null for "nothing". A percent in an amount or
 * count column is not an amount: it is unreadable there.
 */
function readNumber(
  v: Cell,
  format: string | null,
  kind: NumberKind,
  unit: Unit,
): { value: number; decimals: number; read: AmountRead & { kind: "number" } } | "nothing" | "unreadable" {
  if ((kind === "count" || kind === "points") && typeof v === "string") v = v.replace(COUNT_WORD, "");
  const r = readAmount(v, format);
  if (r.kind === "nothing") return "nothing";
  if (r.kind === "unreadable") return "unreadable";
  if (kind === "rate" || kind === "share") {
    if (r.percent) return { value: r.value, decimals: r.decimals, read: r };
    // A plain 34.47 in a rate column is percentage points; 0.3447 or 1.65 a fraction.
    // A share of a base never passes 1, so there any plain number above 1 is points (10 → 10%).
    if (Math.abs(r.value) > (kind === "share" ? 1 : 3)) return { value: r.value / 100, decimals: r.decimals, read: r };
    return { value: r.value, decimals: Math.max(0, r.decimals - 2), read: r };
  }
  if (r.percent && kind === "points") return { value: Math.round(r.value * 100 * 1e9) / 1e9, decimals: r.decimals, read: r };
  if (r.percent) return "unreadable";
  if (kind === "count" || kind === "points") return { value: r.value, decimals: r.decimals, read: r };
  return { value: kind === "price" ? priceInYuan(r.value, r.unit ?? unit) : toYuan(r.value, r.unit ?? unit), decimals: r.decimals, read: r };
}

/**
 * Reads the figure at (row, col). A cell inside a merge spanning several rows is one value for
 * the group: it is not a per-row figure, so rows get null (the caller records the group).
 */
export function readFigure(
  reader: GridReader,
  ctx: ReadContext,
  row: number,
  col: number,
  field: Field,
  kind: NumberKind,
  unit: Unit,
  table?: TableKind,
): { figure: Figure | null; read?: AmountRead & { kind: "number" } } {
  const m = reader.merge(row, col);
  // A merge spanning rows is one value for the group; inside a merge across columns only its
  // first cell holds the value (a 合计 label merged over the amount columns is no amount).
  if (m && (m.r1 > m.r0 || m.c0 !== col)) return { figure: null };
  const v = m ? reader.raw(m.r0, m.c0) : reader.raw(row, col);
  return figureAt(reader, ctx, row, col, v, field, kind, unit, table);
}

/** Reads the value v as the figure of (row, col), without looking at merges. */
export function figureAt(
  reader: GridReader,
  ctx: ReadContext,
  row: number,
  col: number,
  v: Cell,
  field: Field,
  kind: NumberKind,
  unit: Unit,
  table?: TableKind,
): { figure: Figure | null; read?: AmountRead & { kind: "number" } } {
  const format = reader.numberFormat(row, col);
  const n = readNumber(v, format, kind, unit);
  if (n === "nothing") return { figure: null };
  if (n === "unreadable") {
    noteUnreadable(ctx, row, col, field, unreadableText(v), table);
    return { figure: null };
  }
  const figure: Figure = { value: n.value, cell: a1(row, col), row, col, decimals: n.decimals };
  if (typeof v === "number" && formatDecimals(format) !== null) figure.formatted = true;
  // A part written without a unit is in the whole's.
  const own = n.read.unit ?? unit;
  if (kind === "amount" && n.read.parts) figure.listed = n.read.parts.map((p) => ({ value: toYuan(p.value, p.unit ?? own), decimals: p.decimals, unit: p.unit ?? own }));
  return { figure, read: n.read };
}

/**
 * True for a cell marked as holding no figure (—, 无, 不适用), not left blank: a line a budget column marks so has
 * no budget to be measured against, which is not a budget of 0.
 */
export function marksNothing(v: Cell | undefined): boolean {
  return typeof v === "string" && meansNothing(toHalfWidth(v).replace(/[\s\u00a0]+/g, " ").trim());
}

/** Trimmed text of a text cell; null for blank (or TRUE/FALSE). Numbers keep their plain form. */
export function textOf(v: Cell | undefined): string | null {
  if (typeof v === "string") {
    const t = v.trim();
    return t === "" ? null : t;
  }
  return typeof v === "number" ? String(v) : null;
}

/**
 * The row's classification code: the code column, joined with the 款 and 项 columns that follow
 * it when the code is split into 类 | 款 | 项 (`201` `01` `01` → 2010101).
 */
export function codeText(spec: TableSpec, row: number): string | null {
  const i = spec.columns.findIndex((c) => c.field === "code");
  if (i < 0) return null;
  let out = textOf(spec.reader.value(row, spec.columns[i].col));
  for (let j = i + 1; j < spec.columns.length; j++) {
    const c = spec.columns[j];
    if ((c.field !== null && c.field !== "code") || !/(^|\/ )(款|项)$/.test(c.header)) break;
    const part = textOf(spec.reader.value(row, c.col));
    if (part === null) break;
    out = (out ?? "") + part;
  }
  return out;
}
