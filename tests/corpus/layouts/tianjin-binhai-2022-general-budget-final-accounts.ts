import type { CorpusLayout } from "../types";

// 天津市滨海新区财政局 2023-09-15: the 2022 决算草案 report to the district's people's congress. Its 一般公共预算 figures (收入, 其中税收收入,
// 支出, 上级转移支付 and its three kinds) laid out as 项目 | 预算数 | 决算数 | 完成预算% | 比上年增长%, the comparable-basis note under it.
export const layout: CorpusLayout = {
  id: "tianjin-binhai-2022-general-budget-final-accounts",
  source: {
    title: "关于滨海新区2022年决算草案及2023年以来预算执行情况的报告（2022年一般公共预算收支决算表据正文拟）",
    url: "http://czj.tjbh.gov.cn/contents/9749/277708.html",
    publisher: "天津市滨海新区财政局",
    date: "2023-09-15",
    changes:
      "The report is prose; no grid was found for it. Kept as published: 一般公共预算收入 505.4亿元 (完成预算89.8%, 可比下降4.3%, 其中税收收入 420.6, " +
      "可比下降8.4%), 支出 684.6 (完成预算81.6%, 下降15.3%), 上级转移支付 262.6 = 返还性收入 33.7 + 一般性转移支付 204 + 专项转移支付 24.9, and " +
      "the note that the revenue's rate is on a comparable basis. Ours: the 预算数 column. The revenue's budget 560.2 makes its stated 89.8% " +
      "disagree with its figures (90.22%), as the report's comparable-basis rate does with the raw ones; both revenue and spending end the " +
      "year well short of their budgets.",
  },
  classes: ["execution", "final-accounts", "revenue-and-spending-lines", "qizhong-lines", "transfers-block", "dash-for-no-budget", "growth-column", "rates-as-text", "one-decimal-rates", "one-decimal-yiyuan", "yiyuan-caption", "past-year-at-year-end", "notes-under-table", "table-from-prose", "district-level", "tianjin"],
  settings: { district: "天津市滨海新区", asOf: "2023-09-15" },
  sheets: [
    {
      name: "2022年决算",
      widths: [28, 12, 12, 14, 14],
      rows: [
        ["滨海新区2022年一般公共预算收支决算情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "预算数", "决算数", "完成预算%", "比上年增长%"],
        ["一般公共预算收入", 560.2, 505.4, "89.8%", "-4.3%"],
        ["其中：税收收入", "—", 420.6, "—", "-8.4%"],
        ["一般公共预算支出", 839.0, 684.6, "81.6%", "-15.3%"],
        ["上级财政转移支付", "—", 262.6, "—", "—"],
        ["其中：返还性收入", "—", 33.7, "—", "—"],
        ["      一般性转移支付", "—", 204.0, "—", "—"],
        ["      专项转移支付", "—", 24.9, "—", "—"],
        ["注：一般公共预算收入完成预算比例及增幅为剔除留抵退税因素后按可比口径计算；税收收入占一般公共预算收入比重83.2%。", null, null, null, null],
      ],
      merges: ["A1:E1", "A11:E11"],
      numberFormats: { "B4:C10": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "2022年决算", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 10, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "505.4 / 560.2 = 90.22%, the table says 89.8% (the note's comparable basis is not the figures shown)" },
      { rule: "execution.behind-schedule", cell: "C4", why: "revenue at about 90% of its budget at the end of 2022 (time progress 100%): more than 5 points short" },
      { rule: "execution.behind-schedule", cell: "C6", why: "spending 684.6 / 839.0 = 81.60% at the end of 2022: 18.40 points short of 100%" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D6", why: "684.6 / 839.0 = 81.60%, shown as 81.6%" },
      { rule: "execution.total-mismatch", cell: "C7", why: "33.7 + 204.0 + 24.9 = 262.6" },
      { rule: "execution.behind-schedule", cell: "C5", why: "税收收入 has no budget (—); the revenue line carries the status" },
      { rule: "execution.no-spending", cell: "C7", why: "the transfers have no budget to be measured against" },
      { rule: "execution.overspent", why: "nothing is above its budget" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "比上年增长% is growth, no share of the budget" },
    ],
  },
};
