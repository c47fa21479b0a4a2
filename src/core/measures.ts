/**
 * The arithmetic of the checks, shared by the rules and the FUND.* functions so that a cell
 * formula and a report can never disagree.
 */
import { dayOfYear, isLeap, monthOf, yearOf, type IsoDate } from "./dates";
import type { ProgressMethod } from "./settings";

/** Float noise guard for comparisons of amounts in 元 (a thousandth of a fen). */
const EPS = 1e-5;

/** Actual / budget; null for a zero or missing budget (FUND.EXECRATE shows #DIV/0!). */
export function executionRate(actual: number, budget: number): number | null {
  if (!budget) return null;
  return actual / budget;
}

/**
 * Time progress (序时进度) of `year` at `asOf`, as a fraction. By month, month m counts as done
 * (the usual reading of "1-8 月": 8/12); by day, days elapsed including the as-of day.
 * A year already over is 1; a year not begun is 0.
 */
export function timeProgress(asOf: IsoDate, year: number, method: ProgressMethod = "month"): number {
  const y = yearOf(asOf);
  if (year < y) return 1;
  if (year > y) return 0;
  if (method === "day") return dayOfYear(asOf) / (isLeap(y) ? 366 : 365);
  return monthOf(asOf) / 12;
}

/**
 * Percentage points by which `rate` is behind `progress`, when that is more than `tolerance`
 * points; 0 when on pace. (Both fractions in, points out: 0.1611 vs 0.6667 → 50.56.)
 */
export function shortfallPoints(rate: number, progress: number, tolerance: number): number {
  const gap = (progress - rate) * 100;
  return gap > tolerance + 1e-9 ? gap : 0;
}

export type SpendingStatus = "normal" | "behind" | "overspent" | "no-spending";

/**
 * One status per budget line, most serious first: overspent, then no spending at all,
 * then behind time progress beyond the tolerance. No budget and no spending is normal.
 */
export function spendingStatus(
  actual: number,
  budget: number,
  progress: number,
  tolerance: number
): SpendingStatus {
  if (actual > budget + EPS) return "overspent";
  if (budget <= 0) return "normal";
  if (Math.abs(actual) <= EPS) return progress > 0 ? "no-spending" : "normal";
  return shortfallPoints(actual / budget, progress, tolerance) > 0 ? "behind" : "normal";
}

/**
 * Rounding allowance of a line whose unit amount is a rounded average: half a unit of the unit
 * amount's last shown digit, times the quantity (555,556 x 18 may be off by 9 元).
 */
export function roundingAllowance(quantity: number, unitDecimals: number): number {
  return Math.abs(quantity) * 0.5 * Math.pow(10, -unitDecimals);
}

export interface LineGap {
  /** amount − unit x quantity, in 元. */
  gap: number;
  expected: number;
  allowance: number;
  /** "exact", "rounded" (within the allowance) or "mismatch". */
  verdict: "exact" | "rounded" | "mismatch";
}

export function lineGap(amount: number, unitAmount: number, quantity: number, unitDecimals: number): LineGap {
  const expected = roundFen(unitAmount * quantity);
  const gap = roundFen(amount - expected);
  const allowance = roundingAllowance(quantity, unitDecimals);
  return { gap, expected, allowance, verdict: gapVerdict(gap, allowance) };
}

/** A line's gap judged against the rounding it may carry: none, within the allowance, or past it (`tolerance` on top). */
export function gapVerdict(gap: number, allowance: number, tolerance = EPS): LineGap["verdict"] {
  const abs = Math.abs(gap);
  return abs <= tolerance ? "exact" : abs <= allowance + tolerance ? "rounded" : "mismatch";
}

/** Whether a stated rate agrees with the computed one at the stated precision (percent decimals). */
export function rateAgrees(stated: number, computed: number, percentDecimals: number): boolean {
  const scale = Math.pow(10, percentDecimals);
  return Math.round(computed * 100 * scale + 1e-9) === Math.round(stated * 100 * scale + 1e-9);
}

/** How much an amount is above its limit (0 when within, or when there is no limit), to the fen. */
export function capExcess(amount: number, limit: number | null): number {
  return limit === null ? 0 : roundFen(Math.max(0, amount - limit));
}

/** The amount a limit allows: the amount itself, or the limit when the amount is above it. */
export function allowedAmount(amount: number, limit: number | null): number {
  return limit === null ? amount : Math.min(amount, limit);
}

/** Whether two amounts in 元 are equal to the fen. */
export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.005;
}

export function roundFen(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * Whether a stated rate can be actual / budget once every figure's display rounding is allowed
 * for: the stated rate stands for ±half a unit of its last percent decimal, and actual and budget
 * for ±their own half units (`halfActual`, `halfBudget`, in 元). A 2-decimal 万元 table never gives
 * a false mismatch; a real one still shows.
 */
export function rateConsistent(
  stated: number,
  percentDecimals: number,
  actual: number,
  budget: number,
  halfActual: number,
  halfBudget: number,
): boolean {
  if (rateAgrees(stated, actual / budget, percentDecimals)) return true;
  const halfStated = 0.5 * Math.pow(10, -percentDecimals) / 100;
  const lowBudget = budget - halfBudget;
  const highBudget = budget + halfBudget;
  if (lowBudget <= 0) return true; // a budget that rounds to nothing gives no rate to compare
  const low = Math.min((actual - halfActual) / highBudget, (actual - halfActual) / lowBudget);
  const high = Math.max((actual + halfActual) / lowBudget, (actual + halfActual) / highBudget);
  return stated + halfStated >= low - 1e-12 && stated - halfStated <= high + 1e-12;
}

/**
 * The execution score of the national self-evaluation form (项目支出绩效自评表): 分值 × 执行率,
 * at most the 分值; null without a budget above 0.
 */
export function executionScore(actual: number, budget: number, weight: number): number | null {
  if (!(budget > 0)) return null;
  return Math.min(weight * (actual / budget), weight);
}
