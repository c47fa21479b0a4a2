/**
 * FUND.* custom functions. This file is what custom-functions-metadata-plugin reads: the JSDoc
 * below becomes dist/functions.json (English, the default), and the plugin's loader appends the
 * CustomFunctions.associate calls itself — so none are written here. zh-CN names and help come
 * from src/functions/locale/zh-CN.json (scripts/functions-locale.js → functions.zh-CN.json).
 *
 * Data arguments are `unknown[][]` (a matrix of any type): a single value arrives as a 1x1
 * matrix, a range as its values, and the result has the broadcast shape — one cell for scalars,
 * a spilled array for ranges. Options (unit, method, tolerance) are single values.
 */
import { runFunction } from "./boundary";
import * as fund from "./fund";

/**
 * The cap (补贴上限) of a policy item: its fixed standard or maximum amount, in the unit asked for.
 * @customfunction CAP CAP
 * @param item Policy item name or policy code, e.g. "区级专精特新中小企业"; a range gives one cap per cell.
 * @param [catalog] Range holding a catalog table (header row: 政策项, 上限类型, 上限金额, ...). Omit to use the built-in catalog.
 * @param [year] Year the cap applies to, e.g. 2022. Omit for the cap that applies every year.
 * @param [unit] Unit of the result: 元 (default), 万元 or 亿元.
 * @returns The cap; #N/A with a message for an item not in the catalog or without a cap.
 */
export function cap(item: unknown[][], catalog?: unknown[][], year?: unknown[][], unit?: unknown): unknown[][] {
  return runFunction(() => fund.cap(item, catalog, year, unit));
}

/**
 * How much an amount is above its policy item's cap (0 when within the cap).
 * @customfunction CAPCHECK CAPCHECK
 * @param amount Requested or approved amount, in the unit argument's unit (text such as "5,170.28万元" is read too).
 * @param item Policy item name or policy code.
 * @param [base] Calculation base (计算基数, e.g. new-equipment investment) for items capped at a rate of a base.
 * @param [catalog] Range holding a catalog table. Omit to use the built-in catalog.
 * @param [unit] Unit of the amounts and of the result: 元 (default), 万元 or 亿元.
 * @returns The amount above the cap, 0 when within it.
 */
export function capcheck(
  amount: unknown[][],
  item: unknown[][],
  base?: unknown[][],
  catalog?: unknown[][],
  unit?: unknown
): unknown[][] {
  return runFunction(() => fund.capCheck(amount, item, base, catalog, unit));
}

/**
 * The amount the cap allows: the smallest of the amount, the cap and rate x base.
 * @customfunction ALLOWED ALLOWED
 * @param amount Requested amount, in the unit argument's unit.
 * @param item Policy item name or policy code.
 * @param [base] Calculation base (计算基数) for items capped at a rate of a base.
 * @param [catalog] Range holding a catalog table. Omit to use the built-in catalog.
 * @param [unit] Unit of the amounts and of the result: 元 (default), 万元 or 亿元.
 * @returns The allowed amount.
 */
export function allowed(
  amount: unknown[][],
  item: unknown[][],
  base?: unknown[][],
  catalog?: unknown[][],
  unit?: unknown
): unknown[][] {
  return runFunction(() => fund.allowed(amount, item, base, catalog, unit));
}

/**
 * Checks a budget line: the gap between the amount and unit amount x quantity when it is larger than rounding of the unit amount explains (0 when consistent).
 * @customfunction LINECHECK LINECHECK
 * @param amount Budget amount of the line (预算金额).
 * @param unitAmount Unit amount or rounded average (单价/均价), in the same unit as the amount.
 * @param quantity Quantity (数量).
 * @returns Amount minus unit amount x quantity beyond rounding; 0 when consistent.
 */
export function linecheck(amount: unknown[][], unitAmount: unknown[][], quantity: unknown[][]): unknown[][] {
  return runFunction(() => fund.lineCheck(amount, unitAmount, quantity));
}

/**
 * Budget execution rate (预算执行率): actual spending / adjusted budget.
 * @customfunction EXECRATE EXECRATE
 * @param actual Actual spending (实际支出).
 * @param budget Adjusted budget (调整后预算), in the same unit as actual.
 * @returns The rate as a fraction (0.3447 = 34.47%); #DIV/0! for a zero budget.
 */
export function execrate(actual: unknown[][], budget: unknown[][]): unknown[][] {
  return runFunction(() => fund.execRate(actual, budget));
}

/**
 * Time progress (序时进度) of the year at a date: the share of the year gone, by month (default) or by day.
 * @customfunction PROGRESS PROGRESS
 * @param asOf As-of date: a date cell or text such as "2021-08-31" or "2021年8月31日".
 * @param [method] "month" (默认, 8/12 at the end of August) or "day" (days elapsed / days in the year).
 * @returns The time progress as a fraction.
 */
export function progress(asOf: unknown[][], method?: unknown): unknown[][] {
  return runFunction(() => fund.progress(asOf, method));
}

/**
 * Percentage points by which spending is behind time progress, beyond the tolerance (0 when on pace).
 * @customfunction SHORTFALL SHORTFALL
 * @param actual Actual spending (实际支出).
 * @param budget Adjusted budget (调整后预算), in the same unit as actual.
 * @param asOf As-of date: a date cell or text such as "2021-08-31".
 * @param [tolerance] Percentage points below time progress still counted as on pace (default 5).
 * @returns Percentage points behind (50.56 = 50.56 points); 0 when on pace.
 */
export function shortfall(actual: unknown[][], budget: unknown[][], asOf: unknown[][], tolerance?: unknown): unknown[][] {
  return runFunction(() => fund.shortfall(actual, budget, asOf, tolerance));
}

/**
 * Spending status of a budget line: Normal, Behind (time progress), Overspent or No spending.
 * @customfunction STATUS STATUS
 * @param actual Actual spending (实际支出).
 * @param budget Adjusted budget (调整后预算), in the same unit as actual.
 * @param asOf As-of date: a date cell or text such as "2021-08-31".
 * @param [tolerance] Percentage points below time progress still counted as on pace (default 5).
 * @returns 正常 / 滞后 / 超支 / 未支出 (Normal / Behind / Overspent / No spending).
 */
export function status(actual: unknown[][], budget: unknown[][], asOf: unknown[][], tolerance?: unknown): unknown[][] {
  return runFunction((lang) => fund.status(actual, budget, asOf, tolerance, lang));
}

/**
 * An amount in 元 from a number or text such as "5,170.28万元" or "7,000,000.00".
 * @customfunction YUAN YUAN
 * @param value Amount as a number or text; a unit written in the text (万元, 亿元) wins over the unit argument.
 * @param [unit] Unit of a plain number: 元 (default), 万元 or 亿元.
 * @returns The amount in 元.
 */
export function yuan(value: unknown[][], unit?: unknown): unknown[][] {
  return runFunction(() => fund.yuan(value, unit));
}

/**
 * Checks a unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters and the check character.
 * @customfunction CREDITCODE CREDITCODE
 * @param code The 18-character code.
 * @returns TRUE for a valid code, FALSE otherwise.
 */
export function creditcode(code: unknown[][]): unknown[][] {
  return runFunction(() => fund.creditCode(code));
}
