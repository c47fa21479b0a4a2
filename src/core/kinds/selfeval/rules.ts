/** The rules of the 项目支出绩效自评表: its arithmetic, its scores against its targets, its weights. */
import { defineRule } from "../../rules/define";

type V = string | number | null;

export const rateMismatch = defineRule<"selfeval.rate-mismatch", { label: V; stated: V; computed: V; decimals: V; actual: V; budget: V }>({
  id: "selfeval.rate-mismatch",
  severity: "error",
  title: { "zh-CN": "自评表执行率计算不符", "en-US": "Self-evaluation rate mismatch" },
  zh: (p) =>
    `${p.s("label")}执行率填报 ${p.rate("stated", p.n("decimals"))}，按执行数 ${p.yuan("actual")} ÷ 预算数 ${p.yuan("budget")} 计算应为 ${p.rate("computed", p.n("decimals"))}`,
  en: (p) =>
    `${p.s("label")}: stated rate ${p.rate("stated", p.n("decimals"))}, but spending ${p.yuan("actual")} / budget ${p.yuan("budget")} is ${p.rate("computed", p.n("decimals"))}`,
});

export const scoreMismatch = defineRule<"selfeval.score-mismatch", { what: V; label: V; stated: V; expected: V; weight: V; rate?: V }>({
  id: "selfeval.score-mismatch",
  severity: "error",
  title: { "zh-CN": "自评得分计算不符", "en-US": "Score mismatch" },
  zh: (p) =>
    p.s("what") === "execution"
      ? `预算执行得分 ${p.s("stated")}，应为分值 ${p.s("weight")} × 执行率 ${p.rate("rate")} = ${p.s("expected")}（不超过分值）`
      : p.s("what") === "over"
        ? `${p.s("label")} 得分 ${p.s("stated")} 超过其分值 ${p.s("weight")}`
        : `${p.s("label")} ${p.s("stated")}，与各项得分之和 ${p.s("expected")} 不符`,
  en: (p) =>
    p.s("what") === "execution"
      ? `execution score ${p.s("stated")} should be weight ${p.s("weight")} x rate ${p.rate("rate")} = ${p.s("expected")} (at most the weight)`
      : p.s("what") === "over"
        ? `${p.s("label")}: score ${p.s("stated")} is above its weight ${p.s("weight")}`
        : `${p.s("label")} ${p.s("stated")} differs from the sum of the scores ${p.s("expected")}`,
});

export const totalMismatch = defineRule<"selfeval.total-mismatch", { label: V; column: V; stated: V; sum: V }>({
  id: "selfeval.total-mismatch",
  severity: "error",
  title: { "zh-CN": "资金总额与其中各项不符", "en-US": "Total funds ≠ sum of its parts" },
  zh: (p) => `${p.s("label")}${p.s("column")} ${p.yuan("stated")}，与其中各项之和 ${p.yuan("sum")}不符`,
  en: (p) => `${p.s("label")}, ${p.s("column")}: ${p.yuan("stated")} differs from the sum of its parts ${p.yuan("sum")}`,
});

export const targetMissedFullScore = defineRule<"selfeval.target-missed-full-score", { indicator: V; target: V; actual: V; score: V }>({
  id: "selfeval.target-missed-full-score",
  severity: "warning",
  title: { "zh-CN": "未达目标却得满分", "en-US": "Full score on a missed target" },
  zh: (p) => `${p.s("indicator")}：年度指标值 ${p.s("target")}，实际完成 ${p.s("actual")}，未达目标却得满分 ${p.s("score")}`,
  en: (p) => `${p.s("indicator")}: target ${p.s("target")}, actual ${p.s("actual")}: the target is missed, yet the full score ${p.s("score")} is given`,
});

export const missingExplanation = defineRule<"selfeval.missing-explanation", { what: V; indicator: V; score: V; weight: V; rate?: V }>({
  id: "selfeval.missing-explanation",
  severity: "warning",
  title: { "zh-CN": "未说明偏差原因", "en-US": "No reason given" },
  zh: (p) =>
    p.s("what") === "rate"
      ? `预算执行率 ${p.rate("rate")} 低于 90%，未说明原因`
      : `${p.s("indicator")} 得分 ${p.s("score")}，低于分值 ${p.s("weight")}，未填写偏差原因分析及改进措施`,
  en: (p) =>
    p.s("what") === "rate"
      ? `the execution rate ${p.rate("rate")} is below 90% and no reason is given`
      : `${p.s("indicator")}: score ${p.s("score")} is below its weight ${p.s("weight")} and no reason is given`,
});

export const weights = defineRule<"selfeval.weights", { sum: V; expected: V }>({
  id: "selfeval.weights",
  severity: "warning",
  title: { "zh-CN": "分值合计不为 100", "en-US": "Weights do not add up to 100" },
  zh: (p) => `各项分值合计 ${p.s("sum")}，应为 ${p.s("expected")}`,
  en: (p) => `the weights add up to ${p.s("sum")}, not ${p.s("expected")}`,
});

export const SELFEVAL_RULES = [rateMismatch, scoreMismatch, totalMismatch, targetMissedFullScore, missingExplanation, weights] as const;
