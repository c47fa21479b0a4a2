/**
 * Reading one argument element as the functions need it. Cells arrive as numbers, text, booleans,
 * "" or null (an empty cell or an omitted optional); dates as Excel serials or text.
 *
 * Choices (see src/functions/README.md):
 * - an empty cell is "no input" — when all of an element's data arguments are empty the element
 *   stays empty, so a spill over a table with blank rows stays clean;
 * - `—`, `-`, `无` in an amount cell mean "nothing" and count as 0 (nothing spent / asked);
 * - a cell's own unit (`5,170.28万元`) wins over the `unit` argument.
 */
import { readAmount } from "../core/amount";
import { readDate, readYear, type IsoDate } from "../core/dates";
import type { ProgressMethod } from "../core/settings";
import { toHalfWidth } from "../core/text";
import { parseUnit, toYuan, UNIT_FACTOR, type Unit } from "../core/units";
import { CallError, valueError, type FnError } from "./errors";

export function isEmptyCell(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** An amount as written: its value in its own unit (if the cell states one) and its decimals. */
export interface Money {
  value: number;
  decimals: number;
  unit: Unit | null;
}

/** `nothing` for blank or a dash; an FnError for text that is no amount (or a percentage). */
export function readMoney(v: unknown): Money | "nothing" | FnError {
  if (isEmptyCell(v)) return "nothing";
  const cell = typeof v === "number" || typeof v === "string" || typeof v === "boolean" ? v : String(v);
  const read = readAmount(cell);
  if (read.kind === "nothing") return "nothing";
  if (read.kind === "unreadable") return valueError("unreadableAmount", { text: read.text });
  if (read.percent) return valueError("percentNotAmount", { text: String(v).trim() });
  return { value: read.value, decimals: read.decimals, unit: read.unit ?? null };
}

/** An amount in 元 (to the fen, as the core converts), reading a unitless value in `unit`; "nothing" counts as 0. */
export function moneyToYuan(m: Money | "nothing", unit: Unit): number {
  return m === "nothing" ? 0 : toYuan(m.value, m.unit ?? unit);
}

/**
 * Amounts of a function without a `unit` argument, in one unit: a value whose cell states no unit
 * is read in the unit another cell states (as if from the header); when cells state different
 * units everything goes to 元 (a unitless value then counts as 元). `scales` is what each value
 * was multiplied by, to carry its shown decimals along.
 */
export function inCommonUnit(ms: ReadonlyArray<Money | "nothing">): { values: number[]; scales: number[] } {
  let unit: Unit | null = null;
  let mixed = false;
  for (const m of ms) {
    if (m === "nothing" || !m.unit) continue;
    if (unit && unit !== m.unit) mixed = true;
    unit = unit ?? m.unit;
  }
  const target: Unit = mixed || !unit ? "元" : unit;
  const scales = ms.map((m) => {
    if (m === "nothing") return 1;
    const from: Unit = m.unit ?? (mixed ? "元" : target);
    return UNIT_FACTOR[from] / UNIT_FACTOR[target];
  });
  const values = ms.map((m, i) => (m === "nothing" ? 0 : m.value * scales[i]));
  return { values, scales };
}

/** A policy item reference (name or code); null when blank. */
export function readItem(v: unknown): string | null {
  if (isEmptyCell(v)) return null;
  return String(v).trim();
}

/** An as-of date; an FnError when blank or unreadable. */
export function readAsOf(v: unknown): IsoDate | FnError {
  if (isEmptyCell(v)) return valueError("noDate");
  const cell = typeof v === "number" || typeof v === "string" ? v : String(v);
  const d = readDate(cell);
  if (d.kind === "date") return d.iso;
  if (d.kind === "nothing") return valueError("noDate");
  return valueError("badDate", { text: d.text });
}

/** A year (2021, "2021", "2021年"); null when blank. */
export function readYearArg(v: unknown): number | null | FnError {
  if (isEmptyCell(v)) return null;
  const y = typeof v === "number" || typeof v === "string" ? readYear(v) : null;
  return y ?? valueError("badYear", { text: String(v).trim() });
}

// ---- whole-call options: a wrong one fails the call ---------------------------------------

const FACTOR_UNIT = new Map<number, Unit>([
  [1, "元"],
  [10_000, "万元"],
  [100_000_000, "亿元"],
]);

/** 元 / 万元 / 亿元 (also yuan, 万, 亿, or the factor 1 / 10000 / 100000000); blank is 元. */
export function readUnitArg(v: unknown): Unit {
  const s = scalarOf(v);
  if (isEmptyCell(s)) return "元";
  if (typeof s === "number" && FACTOR_UNIT.has(s)) return FACTOR_UNIT.get(s) as Unit;
  const u = parseUnit(toHalfWidth(String(s)).replace(/[()（）\s]/g, "").replace(/^单位[:：]?/, ""));
  if (!u) throw new CallError(valueError("badUnit", { text: String(s).trim() }));
  return u;
}

const METHODS: Record<string, ProgressMethod> = {
  month: "month",
  months: "month",
  m: "month",
  月: "month",
  按月: "month",
  day: "day",
  days: "day",
  d: "day",
  日: "day",
  天: "day",
  按日: "day",
  按天: "day",
};

export function readMethodArg(v: unknown): ProgressMethod {
  const s = scalarOf(v);
  if (isEmptyCell(s)) return "month";
  const m = METHODS[toHalfWidth(String(s)).trim().toLowerCase()];
  if (!m) throw new CallError(valueError("badMethod", { text: String(s).trim() }));
  return m;
}

/** Percentage points, default 5; `5%` is read as 5 points. */
export function readToleranceArg(v: unknown, fallback = 5): number {
  const s = scalarOf(v);
  if (isEmptyCell(s)) return fallback;
  const read = typeof s === "number" || typeof s === "string" ? readAmount(s) : null;
  if (read?.kind === "number" && !read.unit) {
    const points = read.percent ? read.value * 100 : read.value;
    if (points >= 0) return points;
  }
  throw new CallError(valueError("badTolerance", { text: String(s).trim() }));
}

/** An option given as a range: its first cell. */
function scalarOf(v: unknown): unknown {
  if (Array.isArray(v)) return scalarOf(v[0]);
  return v;
}
