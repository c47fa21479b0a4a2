/** The rules of registers and award lists: caps, duplicates, credit codes, places, payment dates. */
import { capTypeLabel } from "../../i18n/labels";
import { groupNumber } from "../../i18n/format";
import { defineRule, type Params } from "../../rules/define";
import { REGISTER_FIELDS, type RegisterField } from "./fields";

type V = string | number | null;

/** The label of a register field named by a param (核定金额 / approved amount). */
function field<P extends Record<string, V>>(p: Params<P>, k: keyof P): string {
  const f = REGISTER_FIELDS[p.s(k) as RegisterField];
  return f ? p.t(f.label) : p.s(k);
}

export const capExceeded = defineRule<
  "cap.exceeded",
  { enterprise: V; item: V; field: V; amount: V; cap: V; capType: V; document: V }
>({
  id: "cap.exceeded",
  severity: "error",
  title: { "zh-CN": "超过补贴上限", "en-US": "Above the cap" },
  zh: (p) =>
    `${p.who()}${p.s("item")} ${field(p, "field")} ${p.yuan("amount")}，超过补贴上限 ${p.yuan("cap")}` +
    `（${capTypeLabel(p.s("capType"), "zh-CN")}${p.has("document") ? "，" + p.s("document") : ""}）`,
  en: (p) =>
    `${p.who()}${p.s("item")}: ${field(p, "field")} ${p.yuan("amount")} is above the cap of ${p.yuan("cap")}` +
    ` (${capTypeLabel(p.s("capType"), "en-US")}${p.has("document") ? ", " + p.s("document") : ""})`,
});

export const capRateExceeded = defineRule<
  "cap.rate-exceeded",
  { enterprise: V; item: V; field: V; amount: V; rate: V; base: V; limit: V; document: V }
>({
  id: "cap.rate-exceeded",
  severity: "error",
  title: { "zh-CN": "超过比例上限", "en-US": "Above rate x base" },
  zh: (p) =>
    `${p.who()}${p.s("item")} ${field(p, "field")} ${p.yuan("amount")}，超过计算基数 ${p.yuan("base")} × ` +
    `${p.rate("rate")} = ${p.yuan("limit")}${p.has("document") ? "（" + p.s("document") + "）" : ""}`,
  en: (p) =>
    `${p.who()}${p.s("item")}: ${field(p, "field")} ${p.yuan("amount")} is above base ${p.yuan("base")} x ` +
    `${p.rate("rate")} = ${p.yuan("limit")}${p.has("document") ? " (" + p.s("document") + ")" : ""}`,
});

export const capUnknownPolicy = defineRule<
  "cap.unknown-policy",
  { enterprise: V; item: V; code: V; catalog: V; year: V; rows?: V; reason?: V }
>({
  id: "cap.unknown-policy",
  severity: "warning",
  title: { "zh-CN": "政策项不在目录中", "en-US": "Policy item not in the catalog" },
  zh: (p) => {
    const more = p.n("rows") > 1 ? `（本表 ${groupNumber(p.n("rows"))} 行）` : "";
    if (p.s("reason") === "list")
      return `本表没有政策项列，标题和分类行也未对应政策目录（${p.s("catalog")}）中的政策项，${groupNumber(p.n("rows"))} 行金额未核对上限`;
    return p.has("item") || p.has("code")
      ? `${p.who()}政策项 ${[p.s("code"), p.s("item")].filter(Boolean).join(" ")} 不在政策目录（${p.s("catalog")}）中，无法核对补贴上限${more}`
      : `${p.who()}未填写政策项，无法核对补贴上限`;
  },
  en: (p) => {
    const more = p.n("rows") > 1 ? ` (${groupNumber(p.n("rows"))} rows)` : "";
    if (p.s("reason") === "list")
      return `The list has no policy-item column, and neither its title nor its category rows name an item of the catalog (${p.s("catalog")}); ${groupNumber(p.n("rows"))} amounts were not checked against a cap`;
    return p.has("item") || p.has("code")
      ? `${p.who()}policy item ${[p.s("code"), p.s("item")].filter(Boolean).join(" ")} is not in the catalog (${p.s("catalog")}); its cap cannot be checked${more}`
      : `${p.who()}no policy item given; the cap cannot be checked`;
  },
});

export const capNoCap = defineRule<"cap.no-cap", { enterprise: V; item: V; reason: V; year: V; catalog: V; rows: V }>({
  id: "cap.no-cap",
  severity: "info",
  title: { "zh-CN": "未设补贴上限", "en-US": "No cap set" },
  zh: (p) =>
    p.s("reason") === "base"
      ? `${p.s("item")} 按比例核定，但未填写计算基数，金额未核对上限`
      : (p.s("reason") === "year"
          ? `${p.s("item")} 在政策目录（${p.s("catalog")}）中没有适用于 ${p.s("year")} 年的补贴上限`
          : `${p.s("item")} 在政策目录（${p.s("catalog")}）中未设补贴上限`) +
        (p.n("rows") > 1 ? `，本表 ${groupNumber(p.n("rows"))} 行金额均未核对` : "，金额未核对"),
  en: (p) =>
    p.s("reason") === "base"
      ? `${p.s("item")} is capped at a rate of a base, but no base is given; the amount was not checked`
      : (p.s("reason") === "year"
          ? `${p.s("item")} has no cap for ${p.s("year")} in the catalog (${p.s("catalog")})`
          : `${p.s("item")} has no cap set in the catalog (${p.s("catalog")})`) +
        (p.n("rows") > 1 ? `; ${groupNumber(p.n("rows"))} rows were not checked` : "; the amount was not checked"),
});

export const registerDuplicate = defineRule<
  "register.duplicate",
  { enterprise: V; creditCode: V; item: V; year: V; firstRow: V; firstCell: V; otherFile?: V }
>({
  id: "register.duplicate",
  severity: "error",
  title: { "zh-CN": "重复申报", "en-US": "Duplicate application" },
  zh: (p) =>
    `${p.who()}${p.has("year") ? p.s("year") + " 年" : ""}重复申报 ${p.s("item")}` +
    (p.has("otherFile")
      ? `（另见 ${p.s("otherFile")} 第 ${p.s("firstRow")} 行）`
      : `（首次申报见第 ${p.s("firstRow")} 行）`),
  en: (p) =>
    `${p.who()}${p.s("item")} applied for again${p.has("year") ? " in " + p.s("year") : ""}` +
    (p.has("otherFile") ? ` (also in ${p.s("otherFile")}, row ${p.s("firstRow")})` : ` (first in row ${p.s("firstRow")})`),
});

export const registerInvalidCreditCode = defineRule<
  "register.invalid-credit-code",
  { enterprise: V; code: V; problem: V; length: V }
>({
  id: "register.invalid-credit-code",
  severity: "error",
  title: { "zh-CN": "统一社会信用代码无效", "en-US": "Invalid credit code" },
  zh: (p) => {
    const why =
      p.s("problem") === "length"
        ? `应为 18 位，实为 ${p.s("length")} 位`
        : p.s("problem") === "character"
          ? "含不允许的字符（只可使用数字及除 I、O、S、V、Z 外的大写字母）"
          : "校验位不符";
    return `${p.who()}统一社会信用代码 ${p.s("code")} 无效：${why}`;
  },
  en: (p) => {
    const why =
      p.s("problem") === "length"
        ? `it must have 18 characters, not ${p.s("length")}`
        : p.s("problem") === "character"
          ? "it holds a character not allowed (digits and capital letters except I, O, S, V, Z)"
          : "the check character is wrong";
    return `${p.who()}credit code ${p.s("code")} is invalid: ${why}`;
  },
});

export const registerIneligibleLocation = defineRule<
  "register.ineligible-location",
  { enterprise: V; field: V; place: V; district: V }
>({
  id: "register.ineligible-location",
  severity: "error",
  title: { "zh-CN": "注册地不在本区", "en-US": "Registered outside the district" },
  zh: (p) => `${p.who()}${field(p, "field")}为 ${p.s("place")}，不在${p.s("district")}（须工商注册和税务登记均在本区）`,
  en: (p) =>
    `${p.who()}${field(p, "field")} is ${p.s("place")}, outside ${p.s("district")} (both registrations must be in the district)`,
});

export const registerLateDisbursement = defineRule<
  "register.late-disbursement",
  { enterprise: V; item: V; paidOn: V; deadline: V; year: V }
>({
  id: "register.late-disbursement",
  severity: "warning",
  title: { "zh-CN": "资金拨付逾期", "en-US": "Late disbursement" },
  zh: (p) =>
    `${p.who()}${p.has("item") ? p.s("item") + " " : ""}拨付日期 ${p.s("paidOn")}，晚于 ${p.s("year")} 年资金拨付截止日 ${p.s("deadline")}`,
  en: (p) =>
    `${p.who()}${p.has("item") ? p.s("item") + " " : ""}paid on ${p.s("paidOn")}, after the ${p.s("year")} disbursement deadline ${p.s("deadline")}`,
});

export const registerLocationCodeMismatch = defineRule<
  "register.location-code-mismatch",
  { enterprise: V; code: V; area: V; areaCode: V; district: V }
>({
  id: "register.location-code-mismatch",
  severity: "warning",
  title: { "zh-CN": "信用代码登记地不在本区", "en-US": "Credit code registered elsewhere" },
  zh: (p) =>
    `${p.who()}统一社会信用代码 ${p.s("code")} 的登记机关在 ${p.s("area")}（${p.s("areaCode")}），而本行注册地在${p.s("district")}：请核实是否已迁入`,
  en: (p) =>
    `${p.who()}credit code ${p.s("code")} was issued in ${p.s("area")} (${p.s("areaCode")}), while the row places the enterprise in ${p.s("district")}: check that it has moved in`,
});



export const registerPaidExceedsAward = defineRule<
  "register.paid-exceeds-award",
  { enterprise: V; item: V; paid: V; approved: V; how: V }
>({
  id: "register.paid-exceeds-award",
  severity: "error",
  title: { "zh-CN": "拨付超过核定金额", "en-US": "Paid more than awarded" },
  zh: (p) =>
    `${p.who()}${p.s("item")} ${p.s("how") === "total" ? "累计拨付" : "上期与本期拨付合计"} ${p.yuan("paid")}，超过核定金额 ${p.yuan("approved")}`,
  en: (p) =>
    `${p.who()}${p.s("item")}: ${p.s("how") === "total" ? "paid in all" : "instalments paid"} ${p.yuan("paid")}, more than the award of ${p.yuan("approved")}`,
});

export const registerUnpaid = defineRule<"register.unpaid", { enterprise: V; item: V; approved: V; deadline: V; asOf: V }>({
  id: "register.unpaid",
  severity: "warning",
  title: { "zh-CN": "核定后未拨付", "en-US": "Awarded, not paid" },
  zh: (p) => `${p.who()}${p.s("item")} 核定 ${p.yuan("approved")}，截至 ${p.s("asOf")} 已过拨付截止日 ${p.s("deadline")}，仍无拨付记录`,
  en: (p) => `${p.who()}${p.s("item")}: awarded ${p.yuan("approved")}, no payment by ${p.s("asOf")}, after the deadline ${p.s("deadline")}`,
});

export const budgetOvercommitted = defineRule<
  "budget.overcommitted",
  { year: V; category: V; due: V; budget: V; gap: V; newAwards: V; instalments: V; spent: V; remaining: V }
>({
  id: "budget.overcommitted",
  severity: "error",
  title: { "zh-CN": "应拨资金超过预算", "en-US": "Awards due exceed the budget" },
  zh: (p) =>
    `${p.s("year")} 年${p.has("category") ? p.s("category") : "专项资金"}应拨 ${p.yuan("due")}（当年新核定 ${p.yuan("newAwards")}，以前年度项目本年应拨 ${p.yuan("instalments")}），比预算 ${p.yuan("budget")} 多 ${p.yuan("gap")}` +
    (!p.has("remaining") ? "" : p.n("remaining") < 0 ? `；已支出 ${p.yuan("spent")}，已超支` : `；已支出 ${p.yuan("spent")}，预算尚余 ${p.yuan("remaining")}`),
  en: (p) =>
    `${p.s("year")}${p.has("category") ? ", " + p.s("category") : ""}: awards due ${p.yuan("due")} (new ${p.yuan("newAwards")}, earlier awards' instalments ${p.yuan("instalments")}) exceed the budget of ${p.yuan("budget")} by ${p.yuan("gap")}` +
    (!p.has("remaining") ? "" : p.n("remaining") < 0 ? `; ${p.yuan("spent")} already spent, over the budget` : `; ${p.yuan("spent")} spent, ${p.yuan("remaining")} of the budget left`),
});

export const REGISTER_RULES = [
  capExceeded,
  capRateExceeded,
  capUnknownPolicy,
  capNoCap,
  registerDuplicate,
  registerInvalidCreditCode,
  registerIneligibleLocation,
  registerLateDisbursement,
  registerLocationCodeMismatch,
  registerPaidExceedsAward,
  registerUnpaid,
  budgetOvercommitted,
] as const;
