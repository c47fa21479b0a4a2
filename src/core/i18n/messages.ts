/**
 * Finding messages in the user's language. Rules hand over plain params (amounts in 元, rates
 * as fractions, the user's own text as written); this file alone decides how they read, so the
 * pane can re-render a finding in the other language. User text is quoted verbatim.
 */
import type { MessageParams, RuleId } from "../findings";
import type { Lang } from "../settings";
import { capTypeLabel, fieldLabel } from "./labels";
import { formatPoints, formatRate, formatYuan, groupNumber } from "./format";

export { formatYuan, formatRate, groupNumber, formatPoints } from "./format";
export { ruleTitle, severityLabel, statusLabel, fieldLabel, capTypeLabel } from "./labels";

/** Reads params defensively: a missing or mistyped param never throws, it just reads as blank. */
class P {
  constructor(
    private readonly p: MessageParams,
    readonly lang: Lang,
  ) {}
  s(k: string): string {
    const v = this.p[k];
    return v === null || v === undefined ? "" : String(v);
  }
  has(k: string): boolean {
    const v = this.p[k];
    return v !== null && v !== undefined && v !== "";
  }
  n(k: string): number {
    const v = this.p[k];
    return typeof v === "number" ? v : Number(v);
  }
  yuan(k: string): string {
    return formatYuan(this.n(k), this.lang);
  }
  rate(k: string, decimals = 2): string {
    return formatRate(this.n(k), this.lang, decimals);
  }
  field(k: string): string {
    return fieldLabel(this.s(k), this.lang);
  }
  /** "上海某某有限公司 " before a register message, when the row names one. */
  who(): string {
    return this.has("enterprise") ? this.s("enterprise") + (this.lang === "zh-CN" ? " " : ": ") : "";
  }
  /** "支持企业专精特新化发展 2021 年" / "2021 年" for a year row. */
  zhWhen(): string {
    const label = this.has("label") ? this.s("label") + " " : "";
    return this.has("year") ? `${label}${this.s("year")} 年` : label.trim();
  }
  enWhen(): string {
    const label = this.s("label");
    const year = this.s("year");
    return label && year ? `${label}, ${year}` : label || year;
  }
}

type Template = (p: P) => string;

function zhDiff(p: P, k: string): string {
  const g = p.n(k);
  return g > 0 ? `多 ${formatYuan(g, "zh-CN")}` : `少 ${formatYuan(-g, "zh-CN")}`;
}

function enDiff(p: P, k: string): string {
  const g = p.n(k);
  return g > 0 ? `${formatYuan(g, "en-US")} more` : `${formatYuan(-g, "en-US")} less`;
}

/** A count or an amount, by what the param `field` says the figures are. */
function figure(p: P, k: string): string {
  if (p.s("field") !== "itemCount") return p.yuan(k);
  return groupNumber(p.n(k)) + (p.lang === "zh-CN" ? " 项" : "");
}

/** What an unreadable cell should have held, by its field: a date, a year, a cap type or a number. */
function expectedValue(p: P): string {
  const zh = p.lang === "zh-CN";
  switch (p.s("field")) {
    case "paidOn":
      return zh ? "日期" : "a date";
    case "year":
      return zh ? "年份" : "a four-digit year";
    case "capType":
      return zh ? "定额、最高或比例" : "fixed, maximum or rate";
    default:
      return zh ? "数字" : "a number";
  }
}

const ZH: Record<RuleId, Template> = {
  "cap.exceeded": (p) =>
    `${p.who()}${p.s("item")} ${p.field("field")} ${p.yuan("amount")}，超过补贴上限 ${p.yuan("cap")}` +
    `（${capTypeLabel(p.s("capType"), "zh-CN")}${p.has("document") ? "，" + p.s("document") : ""}）`,
  "cap.rate-exceeded": (p) =>
    `${p.who()}${p.s("item")} ${p.field("field")} ${p.yuan("amount")}，超过计算基数 ${p.yuan("base")} × ` +
    `${p.rate("rate")} = ${p.yuan("limit")}${p.has("document") ? "（" + p.s("document") + "）" : ""}`,
  "cap.unknown-policy": (p) =>
    p.has("item") || p.has("code")
      ? `${p.who()}政策项 ${[p.s("code"), p.s("item")].filter(Boolean).join(" ")} 不在政策目录（${p.s("catalog")}）中，无法核对补贴上限`
      : `${p.who()}未填写政策项，无法核对补贴上限`,
  "cap.no-cap": (p) =>
    p.s("reason") === "base"
      ? `${p.s("item")} 按比例核定，但未填写计算基数，金额未核对上限`
      : (p.s("reason") === "year"
          ? `${p.s("item")} 在政策目录（${p.s("catalog")}）中没有适用于 ${p.s("year")} 年的补贴上限`
          : `${p.s("item")} 在政策目录（${p.s("catalog")}）中未设补贴上限`) +
        (p.n("rows") > 1 ? `，本表 ${groupNumber(p.n("rows"))} 行金额均未核对` : "，金额未核对"),
  "register.duplicate": (p) =>
    `${p.who()}${p.has("year") ? p.s("year") + " 年" : ""}重复申报 ${p.s("item")}（首次申报见第 ${p.s("firstRow")} 行）`,
  "register.invalid-credit-code": (p) => {
    const why =
      p.s("problem") === "length"
        ? `应为 18 位，实为 ${p.s("length")} 位`
        : p.s("problem") === "character"
          ? "含不允许的字符（只可使用数字及除 I、O、S、V、Z 外的大写字母）"
          : "校验位不符";
    return `${p.who()}统一社会信用代码 ${p.s("code")} 无效：${why}`;
  },
  "register.ineligible-location": (p) =>
    `${p.who()}${p.field("field")}为 ${p.s("place")}，不在${p.s("district")}（须工商注册和税务登记均在本区）`,
  "register.late-disbursement": (p) =>
    `${p.who()}${p.has("item") ? p.s("item") + " " : ""}拨付日期 ${p.s("paidOn")}，晚于 ${p.s("year")} 年资金拨付截止日 ${p.s("deadline")}`,
  "composition.line-mismatch": (p) =>
    `${p.s("item")}：预算金额 ${p.yuan("amount")}，与单价 ${p.yuan("unitAmount")} × 数量 ${groupNumber(p.n("quantity"))} = ` +
    `${p.yuan("expected")}不符（${zhDiff(p, "gap")}，超出均价四舍五入允许的 ±${p.yuan("allowance")}）`,
  "composition.line-rounded": (p) =>
    `${p.s("item")}：预算金额 ${p.yuan("amount")}，比单价 ${p.yuan("unitAmount")} × 数量 ${groupNumber(p.n("quantity"))} = ` +
    `${p.yuan("expected")}${zhDiff(p, "gap")}，在均价四舍五入允许的 ±${p.yuan("allowance")}以内`,
  "composition.total-mismatch": (p) =>
    `${p.has("category") ? p.s("category") + " " : ""}${p.s("label")} ${p.yuan("stated")}，与明细之和 ${p.yuan("sum")}不符（${zhDiff(p, "gap")}）`,
  "composition.approved-mismatch": (p) =>
    `预算构成明细之和 ${p.yuan("sum")}，与批复预算 ${p.yuan("approved")}不符（${zhDiff(p, "gap")}）`,
  "execution.rate-mismatch": (p) =>
    `${p.zhWhen()}填报执行率 ${p.rate("stated", p.n("decimals"))}，按实际支出 ${p.yuan("actual")} ÷ 预算 ` +
    `${p.yuan("budget")} 计算应为 ${p.rate("computed", p.n("decimals"))}`,
  "execution.total-mismatch": (p) =>
    p.s("source") === "group"
      ? `合计 ${p.s("year")} 年${p.field("field")} ${figure(p, "stated")}，与合并单元格所列全年预算 ${figure(p, "sum")}不符`
      : `合计${p.has("year") ? " " + p.s("year") + " 年" : ""}${p.field("field")} ${figure(p, "stated")}，与各项之和 ${figure(p, "sum")}不符`,
  "execution.overspent": (p) =>
    `${p.zhWhen()}实际支出 ${p.yuan("actual")}，超过${p.field("budgetField")} ${p.yuan("budget")}` +
    (p.has("rate") ? `（执行率 ${p.rate("rate")}）` : ""),
  "execution.behind-schedule": (p) =>
    `${p.zhWhen()}执行率 ${p.rate("rate")}，比截至 ${p.s("asOf")} 的序时进度 ${p.rate("progress")} 低 ` +
    `${formatPoints(p.n("shortfall"))} 个百分点（容差 ${formatPoints(p.n("tolerance"))} 个百分点）`,
  "execution.no-spending": (p) =>
    `${p.zhWhen()}${p.field("budgetField")} ${p.yuan("budget")}，截至 ${p.s("asOf")} 尚无支出`,
  "input.unreadable-value": (p) => `${p.field("field")}应为${expectedValue(p)}，无法识别“${p.s("text")}”`,
};

const EN: Record<RuleId, Template> = {
  "cap.exceeded": (p) =>
    `${p.who()}${p.s("item")}: ${p.field("field")} ${p.yuan("amount")} is above the cap of ${p.yuan("cap")}` +
    ` (${capTypeLabel(p.s("capType"), "en-US")}${p.has("document") ? ", " + p.s("document") : ""})`,
  "cap.rate-exceeded": (p) =>
    `${p.who()}${p.s("item")}: ${p.field("field")} ${p.yuan("amount")} is above base ${p.yuan("base")} x ` +
    `${p.rate("rate")} = ${p.yuan("limit")}${p.has("document") ? " (" + p.s("document") + ")" : ""}`,
  "cap.unknown-policy": (p) =>
    p.has("item") || p.has("code")
      ? `${p.who()}policy item ${[p.s("code"), p.s("item")].filter(Boolean).join(" ")} is not in the catalog (${p.s("catalog")}); its cap cannot be checked`
      : `${p.who()}no policy item given; the cap cannot be checked`,
  "cap.no-cap": (p) =>
    p.s("reason") === "base"
      ? `${p.s("item")} is capped at a rate of a base, but no base is given; the amount was not checked`
      : (p.s("reason") === "year"
          ? `${p.s("item")} has no cap for ${p.s("year")} in the catalog (${p.s("catalog")})`
          : `${p.s("item")} has no cap set in the catalog (${p.s("catalog")})`) +
        (p.n("rows") > 1 ? `; ${groupNumber(p.n("rows"))} rows were not checked` : "; the amount was not checked"),
  "register.duplicate": (p) =>
    `${p.who()}${p.s("item")} applied for again${p.has("year") ? " in " + p.s("year") : ""} (first in row ${p.s("firstRow")})`,
  "register.invalid-credit-code": (p) => {
    const why =
      p.s("problem") === "length"
        ? `it must have 18 characters, not ${p.s("length")}`
        : p.s("problem") === "character"
          ? "it holds a character not allowed (digits and capital letters except I, O, S, V, Z)"
          : "the check character is wrong";
    return `${p.who()}credit code ${p.s("code")} is invalid: ${why}`;
  },
  "register.ineligible-location": (p) =>
    `${p.who()}${p.field("field")} is ${p.s("place")}, outside ${p.s("district")} (both registrations must be in the district)`,
  "register.late-disbursement": (p) =>
    `${p.who()}${p.has("item") ? p.s("item") + " " : ""}paid on ${p.s("paidOn")}, after the ${p.s("year")} disbursement deadline ${p.s("deadline")}`,
  "composition.line-mismatch": (p) =>
    `${p.s("item")}: amount ${p.yuan("amount")} differs from unit ${p.yuan("unitAmount")} x quantity ${groupNumber(p.n("quantity"))} = ` +
    `${p.yuan("expected")} (${enDiff(p, "gap")}, beyond the ±${p.yuan("allowance")} a rounded average allows)`,
  "composition.line-rounded": (p) =>
    `${p.s("item")}: amount ${p.yuan("amount")} is ${enDiff(p, "gap")} than unit ${p.yuan("unitAmount")} x quantity ${groupNumber(p.n("quantity"))} = ` +
    `${p.yuan("expected")}, within the ±${p.yuan("allowance")} a rounded average allows`,
  "composition.total-mismatch": (p) =>
    `${p.has("category") ? p.s("category") + " " : ""}${p.s("label")} ${p.yuan("stated")} differs from the sum of its lines ${p.yuan("sum")} (${enDiff(p, "gap")})`,
  "composition.approved-mismatch": (p) =>
    `The composition sums to ${p.yuan("sum")}, not the approved budget of ${p.yuan("approved")} (${enDiff(p, "gap")})`,
  "execution.rate-mismatch": (p) =>
    `${p.enWhen()}: stated rate ${p.rate("stated", p.n("decimals"))}, but actual ${p.yuan("actual")} / budget ` +
    `${p.yuan("budget")} is ${p.rate("computed", p.n("decimals"))}`,
  "execution.total-mismatch": (p) =>
    p.s("source") === "group"
      ? `Total${p.has("year") ? ", " + p.s("year") : ""}: ${p.field("field")} ${figure(p, "stated")} differs from the year's budget ${figure(p, "sum")} stated once for all categories`
      : `Total${p.has("year") ? ", " + p.s("year") : ""}: ${p.field("field")} ${figure(p, "stated")} differs from the sum of the rows ${figure(p, "sum")}`,
  "execution.overspent": (p) =>
    `${p.enWhen()}: spent ${p.yuan("actual")} of ${p.field("budgetField")} ${p.yuan("budget")}` +
    (p.has("rate") ? ` (${p.rate("rate")})` : ""),
  "execution.behind-schedule": (p) =>
    `${p.enWhen()}: execution rate ${p.rate("rate")} is ${formatPoints(p.n("shortfall"))} points behind time progress ` +
    `${p.rate("progress")} at ${p.s("asOf")} (tolerance ${formatPoints(p.n("tolerance"))} points)`,
  "execution.no-spending": (p) =>
    `${p.enWhen()}: ${p.field("budgetField")} ${p.yuan("budget")}, nothing spent by ${p.s("asOf")}`,
  "input.unreadable-value": (p) => `${p.field("field")} should be ${expectedValue(p)}; cannot read "${p.s("text")}"`,
};

const TEMPLATES: Record<Lang, Record<RuleId, Template>> = { "zh-CN": ZH, "en-US": EN };

export function formatMessage(rule: RuleId, params: MessageParams, lang: Lang): string {
  const t = (TEMPLATES[lang] ?? ZH)[rule];
  return t ? t(new P(params, TEMPLATES[lang] ? lang : "zh-CN")) : rule;
}
