/** The rules of payment ledgers: balances, duplicate payments, payments against awards and against reported spending. */
import { defineRule } from "../../rules/define";

type V = string | number | null;

export const balanceMismatch = defineRule<"ledger.balance-mismatch", { previous: V; debit: V; credit: V; stated: V; expected: V }>({
  id: "ledger.balance-mismatch",
  severity: "error",
  title: { "zh-CN": "余额计算不符", "en-US": "Balance mismatch" },
  zh: (p) => `余额 ${p.yuan("stated")}，按上行余额 ${p.yuan("previous")} + 借方 ${p.yuan("debit")} − 贷方 ${p.yuan("credit")} 应为 ${p.yuan("expected")}`,
  en: (p) => `balance ${p.yuan("stated")}; the previous balance ${p.yuan("previous")} + debit ${p.yuan("debit")} − credit ${p.yuan("credit")} is ${p.yuan("expected")}`,
});

export const duplicatePayment = defineRule<
  "ledger.duplicate-payment",
  { how: V; voucher: V; payee: V; item: V; amount: V; firstRow: V }
>({
  id: "ledger.duplicate-payment",
  severity: "error",
  title: { "zh-CN": "重复拨付", "en-US": "Duplicate payment" },
  zh: (p) =>
    p.s("how") === "voucher"
      ? `凭证号 ${p.s("voucher")} 重复使用（首见第 ${p.s("firstRow")} 行），金额 ${p.yuan("amount")}`
      : `${p.who("payee")}${p.s("item")} 同年再次拨付 ${p.yuan("amount")}（首见第 ${p.s("firstRow")} 行）`,
  en: (p) =>
    p.s("how") === "voucher"
      ? `voucher ${p.s("voucher")} used again (first in row ${p.s("firstRow")}), amount ${p.yuan("amount")}`
      : `${p.who("payee")}${p.s("item")} paid ${p.yuan("amount")} again in the same year (first in row ${p.s("firstRow")})`,
});

export const unmatchedPayment = defineRule<"ledger.unmatched-payment", { payee: V; item: V; year: V; amount: V }>({
  id: "ledger.unmatched-payment",
  severity: "error",
  title: { "zh-CN": "拨付无对应核定项目", "en-US": "Payment with no award" },
  zh: (p) => `${p.who("payee")}${p.s("item")} 拨付 ${p.yuan("amount")}，在申报清单中找不到对应的核定项目（按统一社会信用代码或企业名称、政策项、年度）`,
  en: (p) => `${p.who("payee")}${p.s("item")}: a payment of ${p.yuan("amount")} has no award in the register (by credit code or name, item and year)`,
});

export const overpaid = defineRule<"ledger.overpaid", { payee: V; item: V; paid: V; approved: V; awardCell: V }>({
  id: "ledger.overpaid",
  severity: "error",
  title: { "zh-CN": "拨付超过核定金额", "en-US": "Paid more than awarded" },
  zh: (p) => `${p.who("payee")}${p.s("item")} 累计拨付 ${p.yuan("paid")}，超过核定金额 ${p.yuan("approved")}（${p.s("awardCell")}）`,
  en: (p) => `${p.who("payee")}${p.s("item")}: paid ${p.yuan("paid")} in all, more than the award of ${p.yuan("approved")} (${p.s("awardCell")})`,
});

export const actualMismatch = defineRule<"ledger.actual-mismatch", { category: V; year: V; asOf: V; paid: V; stated: V; ledger: V; payments: V }>({
  id: "ledger.actual-mismatch",
  severity: "error",
  title: { "zh-CN": "账面拨付与报告支出不符", "en-US": "Ledger ≠ reported spending" },
  zh: (p) =>
    `${p.has("category") ? p.s("category") + " " : ""}${p.s("year")} 年截至 ${p.s("asOf")} 台账拨付合计 ${p.yuan("paid")}，与执行表所报实际支出 ${p.yuan("stated")}不符（台账：${p.s("ledger")}，${p.count("payments")} 笔）`,
  en: (p) =>
    `${p.has("category") ? p.s("category") + ", " : ""}${p.s("year")} to ${p.s("asOf")}: the ledger pays ${p.yuan("paid")} in all, the execution table reports ${p.yuan("stated")} spent (ledger: ${p.s("ledger")}, ${p.count("payments")} payments)`,
});

export const LEDGER_RULES = [balanceMismatch, duplicatePayment, unmatchedPayment, overpaid, actualMismatch] as const;
