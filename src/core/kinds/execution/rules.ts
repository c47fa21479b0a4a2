/** The rules of budget execution: stated rates, totals, overspending, pace against 序时进度. */
import { formatPoints, groupNumber } from "../../i18n/format";
import { defineRule, type Params } from "../../rules/define";
import { EXECUTION_FIELDS, type ExecutionField } from "./fields";

type V = string | number | null;

function field<P extends Record<string, V>>(p: Params<P>, k: keyof P): string {
  const f = EXECUTION_FIELDS[p.s(k) as ExecutionField];
  return f ? p.t(f.label) : p.s(k);
}

/** "支持企业专精特新化发展 2021 年" / "2021 年" for a year row. */
function zhWhen<P extends { label: V; year: V }>(p: Params<P>): string {
  const label = p.has("label") ? p.s("label") + " " : "";
  return p.has("year") ? `${label}${p.s("year")} 年` : label.trim();
}

function enWhen<P extends { label: V; year: V }>(p: Params<P>): string {
  const label = p.s("label");
  const year = p.s("year");
  return label && year ? `${label}, ${year}` : label || year;
}

/** A count or an amount, by what the param `field` says the figures are. */
/** The column a total is about: its own header for a part column (项目支出), else the field's label. */
function what<P extends Record<string, V>>(p: Params<P>): string {
  return p.has("column" as keyof P) ? p.s("column" as keyof P) : field(p, "field" as keyof P);
}

function figure<P extends Record<string, V>>(p: Params<P>, k: keyof P): string {
  if (p.s("field" as keyof P) !== "itemCount") return p.yuan(k);
  return groupNumber(p.n(k)) + (p.zh ? " 项" : "");
}

export const rateMismatch = defineRule<
  "execution.rate-mismatch",
  // `initial` set: the share of the budget as first passed (完成年初预算%), beside the adjusted one's rate.
  { label: V; year: V; stated: V; computed: V; decimals: V; actual: V; budget: V; initial?: V }
>({
  id: "execution.rate-mismatch",
  severity: "error",
  title: { "zh-CN": "执行率计算不符", "en-US": "Execution rate mismatch" },
  zh: (p) =>
    `${zhWhen(p)}填报${p.has("initial") ? "完成年初预算比例" : "执行率"} ${p.rate("stated", p.n("decimals"))}，按实际支出 ${p.yuan("actual")} ÷ ` +
    `${p.has("initial") ? "年初预算" : "预算"} ${p.yuan("budget")} 计算应为 ${p.rate("computed", p.n("decimals"))}`,
  en: (p) =>
    `${enWhen(p)}: stated ${p.has("initial") ? "share of the initial budget" : "rate"} ${p.rate("stated", p.n("decimals"))}, but actual ` +
    `${p.yuan("actual")} / ${p.has("initial") ? "initial budget" : "budget"} ${p.yuan("budget")} is ${p.rate("computed", p.n("decimals"))}`,
});

export const totalMismatch = defineRule<
  "execution.total-mismatch",
  { label: V; year: V; field: V; stated: V; sum: V; source: V; column?: V }
>({
  id: "execution.total-mismatch",
  severity: "error",
  title: { "zh-CN": "合计与分项不符", "en-US": "Total ≠ sum of categories" },
  zh: (p) =>
    p.s("source") === "group"
      ? `合计 ${p.s("year")} 年${what(p)} ${figure(p, "stated")}，与合并单元格所列全年预算 ${figure(p, "sum")}不符`
      : p.s("source") === "children"
        ? `${p.s("label")}${p.has("year") ? " " + p.s("year") + " 年" : ""}${what(p)} ${figure(p, "stated")}，与其下级各项之和 ${figure(p, "sum")}不符`
        : p.s("source") === "parts"
          ? `${p.s("label")}${what(p)} ${figure(p, "stated")}，与其分项列之和 ${figure(p, "sum")}不符`
          : `合计${p.has("year") ? " " + p.s("year") + " 年" : ""}${what(p)} ${figure(p, "stated")}，与各项之和 ${figure(p, "sum")}不符`,
  en: (p) =>
    p.s("source") === "group"
      ? `Total${p.has("year") ? ", " + p.s("year") : ""}: ${what(p)} ${figure(p, "stated")} differs from the year's budget ${figure(p, "sum")} stated once for all categories`
      : p.s("source") === "children"
        ? `${p.s("label")}${p.has("year") ? ", " + p.s("year") : ""}: ${what(p)} ${figure(p, "stated")} differs from the sum of the rows under it ${figure(p, "sum")}`
        : p.s("source") === "parts"
          ? `${p.s("label")}: ${what(p)} ${figure(p, "stated")} differs from the sum of its part columns ${figure(p, "sum")}`
          : `Total${p.has("year") ? ", " + p.s("year") : ""}: ${what(p)} ${figure(p, "stated")} differs from the sum of the rows ${figure(p, "sum")}`,
});

export const overspent = defineRule<"execution.overspent", { label: V; year: V; budgetField: V; actual: V; budget: V; rate: V }>({
  id: "execution.overspent",
  severity: "error",
  title: { "zh-CN": "超预算支出", "en-US": "Overspent" },
  zh: (p) =>
    `${zhWhen(p)}实际支出 ${p.yuan("actual")}，超过${field(p, "budgetField")} ${p.yuan("budget")}` +
    (p.has("rate") ? `（执行率 ${p.rate("rate")}）` : ""),
  en: (p) =>
    `${enWhen(p)}: spent ${p.yuan("actual")} of ${field(p, "budgetField")} ${p.yuan("budget")}` + (p.has("rate") ? ` (${p.rate("rate")})` : ""),
});

export const behindSchedule = defineRule<
  "execution.behind-schedule",
  { label: V; year: V; budgetField: V; rate: V; progress: V; tolerance: V; shortfall: V; asOf: V; progressSource?: V }
>({
  id: "execution.behind-schedule",
  severity: "warning",
  title: { "zh-CN": "执行进度滞后", "en-US": "Behind schedule" },
  zh: (p) =>
    `${zhWhen(p)}执行率 ${p.rate("rate")}，比${p.s("progressSource") === "table" ? "表中所列" : `截至 ${p.s("asOf")} 的`}序时进度 ${p.rate("progress")} 低 ` +
    `${formatPoints(p.n("shortfall"))} 个百分点（容差 ${formatPoints(p.n("tolerance"))} 个百分点）`,
  en: (p) =>
    `${enWhen(p)}: execution rate ${p.rate("rate")} is ${formatPoints(p.n("shortfall"))} points behind ` +
    `${p.s("progressSource") === "table" ? "the table's stated time progress" : "time progress"} ${p.rate("progress")}` +
    `${p.s("progressSource") === "table" ? "" : ` at ${p.s("asOf")}`} (tolerance ${formatPoints(p.n("tolerance"))} points)`,
});

export const noSpending = defineRule<"execution.no-spending", { label: V; year: V; budgetField: V; budget: V; asOf: V }>({
  id: "execution.no-spending",
  severity: "warning",
  title: { "zh-CN": "尚未支出", "en-US": "No spending" },
  zh: (p) => `${zhWhen(p)}${field(p, "budgetField")} ${p.yuan("budget")}，截至 ${p.s("asOf")} 尚无支出`,
  en: (p) => `${enWhen(p)}: ${field(p, "budgetField")} ${p.yuan("budget")}, nothing spent by ${p.s("asOf")}`,
});

export const EXECUTION_RULES = [rateMismatch, totalMismatch, overspent, behindSchedule, noSpending] as const;
