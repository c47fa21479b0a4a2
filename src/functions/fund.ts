/**
 * The FUND.* functions as pure logic over argument matrices: thin wrappers over src/core (the
 * arithmetic lives in core/measures.ts so a cell formula and a report never disagree).
 * Nothing here touches the CustomFunctions global; functions.ts adds the Excel boundary.
 * CAP / CAPCHECK / ALLOWED / PAID live in fundTables.ts: their table arguments go through the
 * recogniser, which loads on first use, not with the page.
 */
import { isValidCreditCode } from "../core/creditCode";
import { yearOf } from "../core/dates";
import {
  executionRate,
  executionScore,
  lineGap,
  roundFen,
  shortfallPoints,
  spendingStatus,
  timeProgress,
} from "../core/measures";
import { statusLabel } from "../core/i18n/messages";
import type { Lang } from "../core/settings";
import { toHalfWidth } from "../core/text";
import { fromYuan, toYuan } from "../core/units";
import { readAmount } from "../core/amount";
import { placeInArea, type Geography } from "../core/geo/geography";
import type { PlaceVerdict } from "../core/geo/place";
import {
  inCommonUnit,
  moneyToYuan,
  readAsOf,
  isEmptyCell,
  readMethodArg,
  readMoney,
  readToleranceArg,
  readUnitArg,
} from "./args";
import { districtName, loadDistricts, type GeographyLoader } from "./districtArg";
import { divError, isFnError, naError, valueError, type FnError } from "./errors";
import { asMatrix, broadcastShape, elementAt, OUTSIDE } from "./matrix";
import { basicValue, spill, type Out, type OutMatrix } from "./spill";

// ---- budget lines ----------------------------------------------------------------------------

function readQuantity(v: unknown): number | FnError {
  const read = readAmount(typeof v === "number" || typeof v === "string" ? v : v === null || v === undefined ? null : String(v));
  if (read.kind === "nothing") return 0;
  if (read.kind === "unreadable" || read.percent || read.unit) {
    return valueError("unreadableQuantity", { text: String(v).trim() });
  }
  return read.value;
}

/**
 * FUND.LINECHECK: amount − unit x quantity when that is more than rounding of the unit amount
 * allows (quantity x half a unit of its last shown digit), else 0. In the amount's unit.
 */
export function lineCheck(amount: unknown, unitAmount: unknown, quantity: unknown): OutMatrix {
  return spill([asMatrix(amount), asMatrix(unitAmount), asMatrix(quantity)], 3, ([a, ua, q]) => {
    const am = readMoney(a);
    if (isFnError(am)) return am;
    const um = readMoney(ua);
    if (isFnError(um)) return um;
    const qty = readQuantity(q);
    if (isFnError(qty)) return qty;
    const { values, scales } = inCommonUnit([am, um]);
    // Decimals as shown, carried into the common unit (2 decimals of 万元 are 元 to the hundred).
    const shown = um === "nothing" ? 0 : um.decimals;
    const decimals = shown - Math.round(Math.log10(scales[1]));
    const g = lineGap(values[0], values[1], qty, decimals);
    return g.verdict === "mismatch" ? g.gap : 0;
  });
}

// ---- execution -------------------------------------------------------------------------------

function actualAndBudget(a: unknown, b: unknown): [number, number] | FnError {
  const am = readMoney(a);
  if (isFnError(am)) return am;
  const bm = readMoney(b);
  if (isFnError(bm)) return bm;
  const { values } = inCommonUnit([am, bm]);
  return [values[0], values[1]];
}

/** FUND.EXECRATE: actual / budget; #DIV/0! for a zero or missing budget. */
export function execRate(actual: unknown, budget: unknown): OutMatrix {
  return spill([asMatrix(actual), asMatrix(budget)], 2, ([a, b]) => {
    const ab = actualAndBudget(a, b);
    if (isFnError(ab)) return ab;
    return executionRate(ab[0], ab[1]) ?? divError();
  });
}

/** FUND.PROGRESS: time progress of the as-of date's year, by month (default) or by day. */
export function progress(asOf: unknown, method: unknown): OutMatrix {
  const m = readMethodArg(method);
  return spill([asMatrix(asOf)], 1, ([d]) => {
    const iso = readAsOf(d);
    if (isFnError(iso)) return iso;
    return timeProgress(iso, yearOf(iso), m);
  });
}

/**
 * SHORTFALL and STATUS share their reading: actual and budget (the data), as-of date (usually one
 * cell for the whole range), time progress by month of the as-of date's year.
 */
function paceEach(
  actual: unknown,
  budget: unknown,
  asOf: unknown,
  tolerance: unknown,
  f: (actual: number, budget: number, progress: number, tolerance: number) => Out
): OutMatrix {
  const tol = readToleranceArg(tolerance);
  return spill([asMatrix(actual), asMatrix(budget), asMatrix(asOf)], 2, ([a, b, d]) => {
    const iso = readAsOf(d);
    if (isFnError(iso)) return iso;
    const ab = actualAndBudget(a, b);
    if (isFnError(ab)) return ab;
    return f(ab[0], ab[1], timeProgress(iso, yearOf(iso), "month"), tol);
  });
}

/**
 * FUND.SHORTFALL: percentage points behind time progress beyond the tolerance, 0 on pace.
 * With no budget there is nothing to fall behind on: 0 (FUND.STATUS tells overspending).
 */
export function shortfall(actual: unknown, budget: unknown, asOf: unknown, tolerance: unknown): OutMatrix {
  return paceEach(actual, budget, asOf, tolerance, (a, b, p, tol) => {
    const rate = executionRate(a, b);
    return rate === null ? 0 : shortfallPoints(rate, p, tol);
  });
}

/** FUND.STATUS: 正常 / 滞后 / 超支 / 未支出 (Normal / Behind / Overspent / No spending). */
export function status(actual: unknown, budget: unknown, asOf: unknown, tolerance: unknown, lang: Lang): OutMatrix {
  return paceEach(actual, budget, asOf, tolerance, (a, b, p, tol) => statusLabel(spendingStatus(a, b, p, tol), lang));
}

// ---- conversions -----------------------------------------------------------------------------

/** FUND.YUAN: the amount in 元; the cell's own unit wins over `unit`; a dash is 0. */
export function yuan(value: unknown, unit: unknown): OutMatrix {
  const u = readUnitArg(unit);
  return spill([asMatrix(value)], 1, ([v]) => {
    const m = readMoney(v);
    if (isFnError(m)) return m;
    return m === "nothing" ? 0 : toYuan(m.value, m.unit ?? u);
  });
}

/** FUND.CREDITCODE: TRUE for a valid 统一社会信用代码 (GB 32100-2015), full-width tolerated. */
export function creditCode(code: unknown): OutMatrix {
  return spill([asMatrix(code)], 1, ([v]) => {
    if (typeof v !== "string" && typeof v !== "number") return false;
    return isValidCreditCode(toHalfWidth(String(v)));
  });
}

// ---- the self-evaluation form -----------------------------------------------------------------

/**
 * A weight (分值 / 权重) in points: a number or text (`10`, `10分`); a percentage is read as points
 * of 100 (`10%` → 10), as the tolerance is. Blank is no weight; a dash is 0.
 */
function readWeight(v: unknown): number | FnError {
  if (isEmptyCell(v)) return valueError("noWeight");
  const text = typeof v === "string" ? toHalfWidth(v).trim().replace(/\s*分$/, "") : v;
  const read = readAmount(typeof text === "number" || typeof text === "string" ? text : String(text));
  if (read.kind === "nothing") return 0;
  if (read.kind === "number" && !read.unit) {
    const points = read.percent ? read.value * 100 : read.value;
    if (points >= 0) return points;
  }
  return valueError("badWeight", { text: String(v).trim() });
}

/**
 * FUND.EXECSCORE: the execution score of the 项目支出绩效自评表, weight × actual / budget, at most the
 * weight (core executionScore, the one the selfeval check uses); #DIV/0! for a zero or dash budget.
 */
export function execScore(actual: unknown, budget: unknown, weight: unknown): OutMatrix {
  return spill([asMatrix(actual), asMatrix(budget), asMatrix(weight)], 3, ([a, b, w]) => {
    const ab = actualAndBudget(a, b);
    if (isFnError(ab)) return ab;
    const points = readWeight(w);
    if (isFnError(points)) return points;
    return executionScore(ab[0], ab[1], points) ?? divError();
  });
}

// ---- money left -----------------------------------------------------------------------------

/**
 * FUND.REMAINING: budget − awards, or budget − paid when the `paid` argument is given (then a blank
 * paid cell is nothing paid yet, and `awards` does not enter). In `unit`; negative when overcommitted.
 */
export function remaining(budget: unknown, awards: unknown, paid: unknown, unit: unknown): OutMatrix {
  const u = readUnitArg(unit);
  const paidArg = asMatrix(paid);
  const byPaid = paidArg !== null;
  return spill([asMatrix(budget), asMatrix(awards), paidArg], 3, ([b, a, p]) => {
    const bm = readMoney(b);
    if (isFnError(bm)) return bm;
    const spent = readMoney(byPaid ? p : a);
    if (isFnError(spent)) return spent;
    return fromYuan(roundFen(moneyToYuan(bm, u) - moneyToYuan(spent, u)), u);
  });
}

// ---- places ----------------------------------------------------------------------------------

/** How INDISTRICT reaches the geography and the district setting (the add-in's in functions.ts, fakes in tests). */
export interface PlaceEnv {
  load: GeographyLoader;
  /** The district when the argument is blank: the add-in's setting, else 闵行. */
  defaultDistrict: () => string;
}

const UNKNOWN_MESSAGE = {
  broader: "placeBroader",
  spans: "placeSpans",
  ambiguous: "placeAmbiguous",
  conflict: "placeConflict",
} as const;

/**
 * Why a place cannot be told inside or outside, as #N/A with the reason: a cell formula must not
 * call "cannot tell" outside (FALSE would read as "not in the district" and reject an applicant the
 * report passes: register.ineligible-location reports nothing for an unknown place).
 */
function unknownPlace(place: string, verdicts: PlaceVerdict[], g: Geography): FnError {
  const v = verdicts.find((x) => x.verdict === "unknown") ?? verdicts[0];
  const units = [...new Set((v?.units ?? []).map((x) => x.name))].join("、");
  const key = v && v.reason in UNKNOWN_MESSAGE && units ? UNKNOWN_MESSAGE[v.reason as keyof typeof UNKNOWN_MESSAGE] : "placeUnrecognised";
  return naError(key, { place, units, district: g.scope.name });
}

/** A cell as spill hands it to an element (a data type's shown value). */
function plain(v: unknown): unknown {
  return v !== null && typeof v === "object" ? basicValue(v) : v;
}

/**
 * FUND.INDISTRICT: TRUE when the place is the district or lies in it (a town, street, development
 * area or an address there), FALSE when it lies elsewhere, #N/A with the reason when the place
 * cannot be told either way. `district` may be a single value or a range like `place`; blank → the
 * setting. Asynchronous: the geography is fetched from the add-in's own host on first use.
 */
export async function inDistrict(place: unknown, district: unknown, env: PlaceEnv): Promise<OutMatrix> {
  const places = asMatrix(place);
  const districts = asMatrix(district);
  let fallback: string | null = null;
  const nameAt = (v: unknown): string => districtName(v) ?? (fallback ??= env.defaultDistrict());
  // Only districts paired with a place are loaded: a spill over blank rows asks for nothing.
  const wanted = new Set<string>();
  const shape = broadcastShape([places, districts]);
  for (let r = 0; r < shape.rows; r++) {
    for (let c = 0; c < shape.cols; c++) {
      const p = plain(elementAt(places, r, c));
      const d = plain(elementAt(districts, r, c));
      if (p === OUTSIDE || d === OUTSIDE || isEmptyCell(p)) continue;
      wanted.add(nameAt(d));
    }
  }
  const geographies = await loadDistricts(wanted, env.load);
  return spill([places, districts], 1, ([p, d]) => {
    const g = geographies.get(nameAt(d));
    if (!g) return valueError("internal", { detail: "district not loaded" });
    if (isFnError(g)) return g;
    const text = String(p).trim();
    const { verdict, verdicts } = placeInArea(text, g);
    if (verdict === "inside") return true;
    if (verdict === "outside") return false;
    return unknownPlace(text, verdicts, g);
  });
}
