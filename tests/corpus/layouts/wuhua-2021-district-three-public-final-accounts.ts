import type { CorpusLayout } from "../types";

// 昆明市五华区人民政府 2022-10-13: 2021年度五华区区级“三公”经费决算情况说明 — the district's budget, the final figure and 完成预算的 %
// for the whole and each line (出国 and 接待 本年无预算, the car money all 运行维护), then the change from the year before. Laid out as
// 项目 | 预算数 | 决算数 | 完成预算（%） | 较上年增减额 | 较上年增减（%） | 备注.
export const layout: CorpusLayout = {
  id: "wuhua-2021-district-three-public-final-accounts",
  source: {
    title: "2021年度五华区区级“三公”经费决算情况说明（决算情况表据正文拟）",
    url: "http://www.kmwh.gov.cn/c/2022-10-13/6251441.shtml",
    publisher: "昆明市五华区人民政府",
    date: "2022-10-13",
    changes:
      "The page is prose; the table is ours (表据正文拟) with the notice's lines, its 完成预算的 % and 较上年 comparisons, and its 本年无预算 for " +
      "因公出国（境）费, 公务用车购置费 and 公务接待费 as a remark. The figures are ours (the notice: 预算 1,102, 决算 769.70, 69.85%). Planted: the " +
      "合计's 完成预算 typed 68.63% while 742.35 / 1,086 = 68.36% (the car lines state 68.36%).",
  },
  classes: ["execution", "three-public", "final-account", "ceilings", "rates-as-text", "no-budget-lines", "remark-column", "change-columns", "qizhong-lines", "total-row-first", "two-decimal-wanyuan", "wanyuan-caption", "built-from-prose", "district-level", "yunnan"],
  sheets: [
    {
      name: "三公经费决算",
      widths: [30, 12, 12, 14, 14, 14, 14],
      rows: [
        ["2021年度五华区区级“三公”经费决算情况表（表据正文拟）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["项目", "预算数", "决算数", "完成预算（%）", "较上年增减额", "较上年增减（%）", "备注"],
        ["“三公”经费合计", 1086, 742.35, "68.63%", -265.4, "-26.34%", null],
        ["因公出国（境）费", "—", 0, "—", 0, "—", "本年无预算"],
        ["公务用车购置及运行维护费", 1086, 742.35, "68.36%", -264.54, "-26.27%", null],
        ["其中：公务用车购置费", "—", 0, "—", 0, "—", "本年无预算"],
        ["公务用车运行维护费", 1086, 742.35, "68.36%", -264.54, "-26.27%", null],
        ["公务接待费", "—", 0, "—", -0.86, "-100.00%", "本年无预算"],
        ["注：“三公”经费为区级一般公共预算财政拨款安排的支出；较上年增减为与2020年决算数比较。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A10:G10"],
      numberFormats: { "B4:C9": "0.00", "E4:E9": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费决算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2021,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "742.35 / 1,086 = 68.36%; typed 68.63%" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D6", why: "742.35 / 1,086 = 0.68356 → 68.36%" },
      { rule: "execution.rate-mismatch", cell: "F4", why: "-26.34% is the change from 2020 (265.40 / 1,007.75), no execution rate" },
      { rule: "execution.behind-schedule", cell: "C8", why: "三公 lines are ceilings: 68.36% of the budget is economy, never behind schedule" },
      { rule: "execution.no-spending", cell: "C5", why: "因公出国（境）费 had no budget (—, 本年无预算)" },
      { rule: "execution.no-spending", cell: "C9", why: "公务接待费 had no budget" },
      { rule: "execution.total-mismatch", cell: "C4", why: "742.35 = 0 + 742.35 + 0" },
      { rule: "execution.total-mismatch", cell: "E4", why: "-265.40 = 0 - 264.54 - 0.86" },
      { rule: "execution.overspent", why: "no line spent above its budget" },
    ],
  },
};
