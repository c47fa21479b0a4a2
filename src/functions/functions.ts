/**
 * FUND.* custom functions. This file is what custom-functions-metadata-plugin reads: the JSDoc
 * below becomes dist/functions.json (English, the default), and the plugin's loader appends the
 * CustomFunctions.associate calls itself — so none are written here. zh-CN names and help come
 * from src/functions/locale/zh-CN.json (scripts/functions-locale.js → functions.zh-CN.json).
 *
 * Data arguments are `unknown[][]` (a matrix of any type): a single value arrives as a 1x1
 * matrix, a range as its values, and the result has the broadcast shape — one cell for scalars,
 * a spilled array for ranges. Options (unit, method, tolerance) are single values.
 *
 * Some functions return a Promise, which Excel allows of a custom function: it shows the value the
 * promise resolves to, and a rejection's CustomFunctions.Error as that error
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-web-reqs: "Return a
 * JavaScript Promise to Excel"). The metadata plugin reads the result type inside Promise<...>, so
 * functions.json is the same as for a synchronous function. INDISTRICT is asynchronous because it
 * fetches the geography on first use; CAP, CAPCHECK, ALLOWED and PAID because their logic
 * (fundTables.ts, with the table recogniser behind its catalog and ledger ranges) loads on the first
 * call, not with the page, whose initial JavaScript has a budget (webpack.config.js).
 */
import { loadGeography } from "../office/geography";
import { runFunction, runFunctionAsync } from "./boundary";
import { officeReady, settingDistrict } from "./district";
import * as fund from "./fund";

/** fundTables.ts and the recogniser, as one chunk loaded on the first call that needs them (then cached by webpack). */
function fundTables(): Promise<typeof import("./fundTables")> {
  return import(/* webpackChunkName: "recognise" */ "./fundTables");
}

/**
 * The cap (补贴上限) of a policy item: its fixed standard or maximum amount, in the unit asked for.
 * @customfunction CAP CAP
 * @param item Policy item name or policy code, e.g. "区级专精特新中小企业"; a range gives one cap per cell.
 * @param [catalog] Range holding a catalog table (header row: 政策项, 上限类型, 上限金额, ...). Omit to use the built-in catalog.
 * @param [year] Year the cap applies to, e.g. 2022. Omit for the cap that applies every year.
 * @param [unit] Unit of the result: 元 (default), 万元 or 亿元.
 * @returns The cap; #N/A with a message for an item not in the catalog or without a cap.
 */
export async function cap(item: unknown[][], catalog?: unknown[][], year?: unknown[][], unit?: unknown): Promise<unknown[][]> {
  return runFunctionAsync(async () => (await fundTables()).cap(item, catalog, year, unit));
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
export async function capcheck(
  amount: unknown[][],
  item: unknown[][],
  base?: unknown[][],
  catalog?: unknown[][],
  unit?: unknown
): Promise<unknown[][]> {
  return runFunctionAsync(async () => (await fundTables()).capCheck(amount, item, base, catalog, unit));
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
export async function allowed(
  amount: unknown[][],
  item: unknown[][],
  base?: unknown[][],
  catalog?: unknown[][],
  unit?: unknown
): Promise<unknown[][]> {
  return runFunctionAsync(async () => (await fundTables()).allowed(amount, item, base, catalog, unit));
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

/**
 * TRUE when a place is in the district: the district itself, one of its towns, streets or development areas, or an address there; FALSE when it lies elsewhere.
 * @customfunction INDISTRICT INDISTRICT
 * @param place Place as a register writes it (注册地 / 税务登记地): e.g. 闵行区, 七宝镇, 莘庄工业区 or a full address; a range gives one answer per cell.
 * @param [district] District to check against: a name (闵行, 黄浦区), a city or province, or the six-digit code 310112. Omit to use the add-in's district setting (else 闵行).
 * @returns TRUE inside, FALSE outside; #N/A with the reason when the place cannot be told either way (e.g. only "上海市").
 */
export async function indistrict(place: unknown[][], district?: unknown[][]): Promise<unknown[][]> {
  return runFunctionAsync(async () => {
    await officeReady();
    return fund.inDistrict(place, district, { load: (d) => loadGeography(d), defaultDistrict: () => settingDistrict() });
  });
}

/**
 * The execution score of the national self-evaluation form (项目支出绩效自评表): weight x actual / budget, at most the weight.
 * @customfunction EXECSCORE EXECSCORE
 * @param actual Amount spent in the year (全年执行数, B).
 * @param budget Budget of the year (全年预算数 / 调整预算数, A), in the same unit as actual.
 * @param weight Points of the budget execution block (分值 / 权重, often 10).
 * @returns The score, at most the weight; #DIV/0! for a zero budget.
 */
export function execscore(actual: unknown[][], budget: unknown[][], weight: unknown[][]): unknown[][] {
  return runFunction(() => fund.execScore(actual, budget, weight));
}

/**
 * The balance left: budget minus awards, or budget minus payments when paid is given.
 * @customfunction REMAINING REMAINING
 * @param budget Budget (预算数), in the unit argument's unit (text such as "15,000万元" is read too).
 * @param awards Awards approved or due (核定金额 / 承诺数), subtracted when paid is omitted.
 * @param [paid] Amount paid (已拨付); when given, the balance is budget minus paid (a blank cell is nothing paid).
 * @param [unit] Unit of the amounts and of the result: 元 (default), 万元 or 亿元.
 * @returns The balance; negative when more is awarded or paid than budgeted.
 */
export function remaining(budget: unknown[][], awards: unknown[][], paid?: unknown[][], unit?: unknown): unknown[][] {
  return runFunction(() => fund.remaining(budget, awards, paid, unit));
}

/**
 * What a payment ledger shows paid to a payee for a policy item, matched as the reconciliation matches payments to awards.
 * @customfunction PAID PAID
 * @param payee Payee name (收款单位) or 统一社会信用代码; a range gives one sum per cell.
 * @param item Policy item name or policy code.
 * @param ledger Range holding the ledger with its header row (日期, 凭证号, 摘要, 收款单位, 统一社会信用代码, 政策项目, 金额).
 * @param [unit] Unit of the result: 元 (default), 万元 or 亿元.
 * @returns The sum paid; 0 when the ledger shows no payment to that payee for that item.
 */
export async function paid(payee: unknown[][], item: unknown[][], ledger: unknown[][], unit?: unknown): Promise<unknown[][]> {
  return runFunctionAsync(async () => (await fundTables()).paid(payee, item, ledger, unit));
}
