/** The rule a fund's stated performance results answer to: the workbook's own data. */
import { defineRule } from "../../rules/define";

type V = string | number | null;

export const indicatorContradicted = defineRule<"selfeval.indicator-contradicted", { indicator: V; stated: V; computed: V; count: V; of: V; measure: V }>({
  id: "selfeval.indicator-contradicted",
  severity: "warning",
  title: { "zh-CN": "指标完成值与数据不符", "en-US": "Indicator contradicted by the data" },
  zh: (p) => {
    const basis = !p.has("of")
      ? ""
      : p.s("measure") === "timeliness"
        ? `：${p.count("of")} 笔拨付中 ${p.count("count")} 笔在截止日前`
        : p.s("measure") === "eligibility"
          ? `：${p.count("of")} 项核定中 ${p.count("count")} 项无资格问题`
          : `：${p.count("of")} 项核定中 ${p.count("count")} 项已拨付`;
    return `${p.s("indicator")} 填报为 ${p.s("stated")}，据本工作簿数据计算为 ${p.rate("computed")}${basis}`;
  },
  en: (p) => {
    const basis = !p.has("of")
      ? ""
      : p.s("measure") === "timeliness"
        ? `: ${p.count("count")} of ${p.count("of")} payments by the deadline`
        : p.s("measure") === "eligibility"
          ? `: ${p.count("count")} of ${p.count("of")} awards with no eligibility finding`
          : `: ${p.count("count")} of ${p.count("of")} awards paid`;
    return `${p.s("indicator")} is stated as ${p.s("stated")}; this workbook's data gives ${p.rate("computed")}${basis}`;
  },
});

export const TARGETS_RULES = [indicatorContradicted] as const;
