/** The rules of a budget composition: lines, totals and subtotals, parts, the approved budget. */
import { groupNumber, formatYuan } from "../../i18n/format";
import { defineRule, type Params } from "../../rules/define";

type V = string | number | null;

function zhDiff<P extends Record<string, V>>(p: Params<P>, k: keyof P): string {
  const g = p.n(k);
  return g > 0 ? `多 ${formatYuan(g, "zh-CN")}` : `少 ${formatYuan(-g, "zh-CN")}`;
}

function enDiff<P extends Record<string, V>>(p: Params<P>, k: keyof P): string {
  const g = p.n(k);
  return g > 0 ? `${formatYuan(g, "en-US")} more` : `${formatYuan(-g, "en-US")} less`;
}

// `stated` set: the unit amount is a standard the heading states (维修户（每户5500元）), exact, so only the amount's own
// rounding as shown is allowed, not an average's.
// `others` set: the products of further counted blocks paid into the same money (500㎡以下 beside 500㎡以上), added in.
type LineParams = { item: V; category: V; amount: V; unitAmount: V; quantity: V; expected: V; gap: V; allowance: V; stated?: V; others?: V };

export const lineMismatch = defineRule<"composition.line-mismatch", LineParams>({
  id: "composition.line-mismatch",
  severity: "error",
  title: { "zh-CN": "金额与单价×数量不符", "en-US": "Amount ≠ unit x quantity" },
  zh: (p) =>
    `${p.s("item")}：预算金额 ${p.yuan("amount")}，与单价 ${p.yuan("unitAmount")} × 数量 ${groupNumber(p.n("quantity"))}${p.has("others") ? ` + 其余各档 ${p.yuan("others")}` : ""} = ` +
    `${p.yuan("expected")}不符（${zhDiff(p, "gap")}，超出${p.has("stated") ? "金额按所示位数四舍五入" : "均价四舍五入"}允许的 ±${p.yuan("allowance")}）`,
  en: (p) =>
    `${p.s("item")}: amount ${p.yuan("amount")} differs from unit ${p.yuan("unitAmount")} x quantity ${groupNumber(p.n("quantity"))}${p.has("others") ? ` + the other blocks' ${p.yuan("others")}` : ""} = ` +
    `${p.yuan("expected")} (${enDiff(p, "gap")}, beyond the ±${p.yuan("allowance")} ${p.has("stated") ? "the amount's rounding as shown" : "a rounded average"} allows)`,
});

export const lineRounded = defineRule<"composition.line-rounded", LineParams>({
  id: "composition.line-rounded",
  severity: "info",
  title: { "zh-CN": "均价四舍五入差额", "en-US": "Rounded average" },
  zh: (p) =>
    `${p.s("item")}：预算金额 ${p.yuan("amount")}，比单价 ${p.yuan("unitAmount")} × 数量 ${groupNumber(p.n("quantity"))} = ` +
    `${p.yuan("expected")}${zhDiff(p, "gap")}，在均价四舍五入允许的 ±${p.yuan("allowance")}以内`,
  en: (p) =>
    `${p.s("item")}: amount ${p.yuan("amount")} is ${enDiff(p, "gap")} than unit ${p.yuan("unitAmount")} x quantity ${groupNumber(p.n("quantity"))} = ` +
    `${p.yuan("expected")}, within the ±${p.yuan("allowance")} a rounded average allows`,
});

/** A quantity with its measure (`79,756.52亩`, `61户`), or bare when none is stated: never in 元. */
function inMeasure<P extends Record<string, V>>(p: Params<P>, k: keyof P, measure: string, sep = ""): string {
  const n = p.n(k);
  return `${groupNumber(n, Number.isInteger(n) ? 0 : 2)}${measure ? sep + measure : ""}`;
}

// `parts: "quantities"`: a total column of quantities (areas, households) against its part columns, in `measure`;
// `parts: "lines"`: a total of quantities against its lines, in a table with no money (a plan's areas by project).
export const totalMismatch = defineRule<
  "composition.total-mismatch",
  { label: V; category: V; stated: V; sum: V; gap: V; column?: V; parts?: V; measure?: V }
>({
  id: "composition.total-mismatch",
  severity: "error",
  title: { "zh-CN": "合计与明细不符", "en-US": "Total ≠ sum of lines" },
  zh: (p) => {
    const col = p.has("column") ? `（${p.s("column")}）` : "";
    if (p.s("parts") === "quantities") {
      const m = p.s("measure");
      const g = p.n("gap");
      return `${p.s("label")} ${p.s("column")} ${inMeasure(p, "stated", m)}，与其分项列之和 ${inMeasure(p, "sum", m)}不符（${g > 0 ? "多" : "少"} ${groupNumber(Math.abs(g), Number.isInteger(g) ? 0 : 2)}${m}）`;
    }
    if (p.s("parts") === "lines") {
      const m = p.s("measure");
      const g = p.n("gap");
      return `${p.s("label")}${col} ${inMeasure(p, "stated", m)}，与明细之和 ${inMeasure(p, "sum", m)}不符（${g > 0 ? "多" : "少"} ${groupNumber(Math.abs(g), Number.isInteger(g) ? 0 : 2)}${m}）`;
    }
    if (p.s("parts") === "columns")
      return `${p.s("label")} ${p.s("column")} ${p.yuan("stated")}，与其分项列之和 ${p.yuan("sum")}不符（${zhDiff(p, "gap")}）`;
    if (p.s("parts") === "sources")
      return `${p.s("label")}${col} ${p.yuan("stated")}，与其中各项来源之和 ${p.yuan("sum")}不符（${zhDiff(p, "gap")}）`;
    if (p.s("parts") === "listed") return `${p.s("label")} ${p.yuan("stated")}，与其后括号内所列各项之和 ${p.yuan("sum")}不符（${zhDiff(p, "gap")}）`;
    if (p.s("parts") === "rows")
      return `${p.s("label")}${col} ${p.yuan("stated")}，小于其中各项之和 ${p.yuan("sum")}（${zhDiff(p, "gap")}）`;
    return `${p.has("category") ? p.s("category") + " " : ""}${p.s("label")}${col} ${p.yuan("stated")}，与明细之和 ${p.yuan("sum")}不符（${zhDiff(p, "gap")}）`;
  },
  en: (p) => {
    const col = p.has("column") ? ` (${p.s("column")})` : "";
    if (p.s("parts") === "quantities") {
      const m = p.s("measure");
      const g = p.n("gap");
      const gap = `${groupNumber(Math.abs(g), Number.isInteger(g) ? 0 : 2)}${m ? " " + m : ""} ${g > 0 ? "more" : "less"}`;
      return `${p.s("label")}: ${p.s("column")} ${inMeasure(p, "stated", m, " ")} differs from the sum of its part columns ${inMeasure(p, "sum", m, " ")} (${gap})`;
    }
    if (p.s("parts") === "lines") {
      const m = p.s("measure");
      const g = p.n("gap");
      const gap = `${groupNumber(Math.abs(g), Number.isInteger(g) ? 0 : 2)}${m ? " " + m : ""} ${g > 0 ? "more" : "less"}`;
      return `${p.s("label")}${col} ${inMeasure(p, "stated", m, " ")} differs from the sum of its lines ${inMeasure(p, "sum", m, " ")} (${gap})`;
    }
    if (p.s("parts") === "columns")
      return `${p.s("label")}: ${p.s("column")} ${p.yuan("stated")} differs from the sum of its part columns ${p.yuan("sum")} (${enDiff(p, "gap")})`;
    if (p.s("parts") === "sources")
      return `${p.s("label")}${col} ${p.yuan("stated")} differs from the sum of its 其中 sources ${p.yuan("sum")} (${enDiff(p, "gap")})`;
    if (p.s("parts") === "listed")
      return `${p.s("label")} ${p.yuan("stated")} differs from the sum of the parts listed in brackets after it ${p.yuan("sum")} (${enDiff(p, "gap")})`;
    if (p.s("parts") === "rows")
      return `${p.s("label")}${col} ${p.yuan("stated")} is less than the sum of its 其中 parts ${p.yuan("sum")} (${enDiff(p, "gap")})`;
    return `${p.has("category") ? p.s("category") + " " : ""}${p.s("label")}${col} ${p.yuan("stated")} differs from the sum of its lines ${p.yuan("sum")} (${enDiff(p, "gap")})`;
  },
});

export const approvedMismatch = defineRule<"composition.approved-mismatch", { sum: V; approved: V; approvedText: V; gap: V }>({
  id: "composition.approved-mismatch",
  severity: "error",
  title: { "zh-CN": "与批复预算不符", "en-US": "Differs from the approved budget" },
  zh: (p) => `预算构成明细之和 ${p.yuan("sum")}，与批复预算 ${p.yuan("approved")}不符（${zhDiff(p, "gap")}）`,
  en: (p) => `The composition sums to ${p.yuan("sum")}, not the approved budget of ${p.yuan("approved")} (${enDiff(p, "gap")})`,
});

export const COMPOSITION_RULES = [lineMismatch, lineRounded, totalMismatch, approvedMismatch] as const;
