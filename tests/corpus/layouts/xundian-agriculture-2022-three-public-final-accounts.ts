import type { CorpusLayout } from "../types";

// 寻甸回族彝族自治县农业农村局 2022年度“三公”经费决算情况说明: prose in 元 — 年初预算, 决算, 完成年初预算的 %, each line's 占总支出决算 share,
// the car line split into 购置 and 运行维护, the 保有量. Laid out as the table the prose walks through.
export const layout: CorpusLayout = {
  id: "xundian-agriculture-2022-three-public-final-accounts",
  source: {
    title: "寻甸县农业农村局2022年度“三公”经费决算情况说明（表据正文拟）",
    url: "http://www.kmxd.gov.cn/c/2023-08-10/6679620.shtml",
    publisher: "寻甸回族彝族自治县农业农村局",
    date: "2023-08-10",
    changes:
      "The page is prose; the table is ours (表据正文拟) with the prose's own measures as columns: 年初预算数, 决算数, 完成年初预算 (whole percent, as the " +
      "prose writes 268%), 占总支出决算 (two-decimal percent, as the prose's 70.16% / 29.84%), the car line with its 其中 公务用车购置费 / 公务用车运行维护费, " +
      "and the 保有量 note. Figures (元) are ours; per-line budgets, which the prose does not give, are ours too. Planted: 公务接待费 104,283.00 spent " +
      "against 60,000.00; the car line's 完成年初预算 typed 96% where 258,406.40 / 280,000.00 = 92.3%.",
  },
  classes: ["execution", "three-public", "final-accounts", "ceilings", "yuan-unit", "whole-percent-rate", "share-column", "total-row-first", "qizhong-split", "notes-under-table", "built-from-prose", "county-department", "yunnan"],
  settings: { district: "寻甸回族彝族自治县" },
  sheets: [
    {
      name: "三公经费决算",
      widths: [32, 16, 16, 14, 14],
      rows: [
        ["寻甸县农业农村局2022年度一般公共预算财政拨款“三公”经费支出决算表（表据正文拟）", null, null, null, null],
        [null, null, null, null, "单位：元"],
        ["项目", "年初预算数", "决算数", "完成年初预算", "占总支出决算"],
        ["合计", 340000, 362689.4, "107%", "100.00%"],
        ["一、因公出国（境）费", 0, 0, "0%", "0.00%"],
        ["二、公务用车购置及运行维护费", 280000, 258406.4, "96%", "71.25%"],
        ["    其中：公务用车购置费", 0, 0, "0%", "0.00%"],
        ["          公务用车运行维护费", 280000, 258406.4, "92%", "71.25%"],
        ["三、公务接待费", 60000, 104283, "174%", "28.75%"],
        ["说明：2022年无因公出国（境）团组，无购置车辆；开支一般公共预算财政拨款的公务用车保有量为14辆。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:E10"],
      numberFormats: { "B4:C9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算", kind: "execution", unit: "元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C9", why: "公务接待费 spent 104,283.00 against a budget of 60,000.00: 44,283.00 over (174%)" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "258,406.40 / 280,000.00 = 92.29%, shown as 96% (the 其中 运行维护费 line beside it shows 92%)" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "362,689.40 / 340,000.00 = 106.67%, shown 107%" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "104,283.00 / 60,000.00 = 173.81%, shown 174%" },
      { rule: "execution.rate-mismatch", cell: "D8", why: "258,406.40 / 280,000.00 = 92.29%, shown 92%" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "因公出国（境）费: no budget and nothing spent; “0%” has no ratio to disagree with" },
      { rule: "execution.rate-mismatch", cell: "E6", why: "占总支出决算 is a share of the 决算 total (258,406.40 / 362,689.40 = 71.25%), not a rate of the budget" },
      { rule: "execution.rate-mismatch", cell: "E9", why: "104,283.00 / 362,689.40 = 28.75%, a share" },
      { rule: "execution.total-mismatch", cell: "C4", why: "0 + 258,406.40 + 104,283.00 = 362,689.40; the 其中 rows are not added again" },
      { rule: "execution.total-mismatch", cell: "B4", why: "0 + 280,000.00 + 60,000.00 = 340,000.00" },
      { rule: "execution.overspent", cell: "C4", why: "the 合计 row gets no status of its own" },
      { rule: "execution.behind-schedule", why: "三公经费 lines are ceilings, never behind schedule" },
      { rule: "execution.no-spending", why: "因公出国（境）费 and 公务用车购置费 have no budget (0): nothing budgeted, nothing unspent" },
    ],
  },
};
