import type { CorpusLayout } from "../types";

// 凉山州财政局 2023-09-22: the 州本级 departments' 2022 “三公” spending from financial appropriations against the year-start
// budget, given in prose (total, each of the three, the car's two parts, each with its change against the budget). Laid out
// as the summary final-account table such notices annex: 项目 | 年初预算数 | 决算数 | 决算比预算增减, 其中 lines indented.
export const layout: CorpusLayout = {
  id: "liangshan-2022-prefecture-three-public-final-accounts",
  source: {
    title: "2022年凉山州州本级“三公”经费决算情况（表据正文拟）",
    url: "https://www.lsz.gov.cn/ztzl/rdzt/lszyjsgk/zbjyjs/zbjjs/202309/t20230922_2558545.html",
    publisher: "凉山彝族自治州财政局",
    date: "2023-09-22",
    changes:
      "As published: the scope (州级行政单位、参公事业单位、事业单位和其他单位, 财政拨款安排), the three lines and the car line's two parts, " +
      "that 因公出国（境） was nil, that the car line ran above and 公务接待 below the year-start budget, and the reasons given. The stored copy " +
      "is prose: the table and its figures are ours. Planted: the 决算 合计 typed 8,327.22 where its lines add to 8,237.22; the car line " +
      "(7,634.75 against 5,801.05) and its 购置费 (2,337.35 against 300.00) spent above budget, as the notice says they did.",
  },
  classes: ["execution", "three-public", "final-account", "initial-budget-only", "change-column", "qizhong-lines", "wanyuan-caption", "table-from-prose", "prefecture-fund", "sichuan"],
  settings: { district: "凉山州", asOf: "2023-09-22" },
  sheets: [
    {
      name: "三公经费决算",
      widths: [34, 14, 14, 16],
      rows: [
        ["2022年凉山州州本级一般公共预算财政拨款“三公”经费支出决算表", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "年初预算数", "决算数", "决算数比年初预算增减"],
        ["合计", 6920.09, 8327.22, 1317.13],
        ["1.因公出国（境）费", 0, 0, 0],
        ["2.公务用车购置及运行维护费", 5801.05, 7634.75, 1833.7],
        ["  其中：公务用车购置费", 300, 2337.35, 2037.35],
        ["        公务用车运行维护费", 5501.05, 5297.4, -203.65],
        ["3.公务接待费", 1119.04, 602.47, -516.57],
        ["注：公务用车购置及运行维护费高于预算，主要是护林防火、防汛减灾工作增加专用车辆购置，公务用车使用频率增加；公务接待费低于预算，主要是落实过紧日子要求。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:D9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费决算",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "initialBudget", C: "actual" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "决算 合计 8,327.22; its lines 0.00 + 7,634.75 + 602.47 = 8,237.22 (90.00 more)" },
      { rule: "execution.overspent", cell: "C6", why: "公务用车购置及运行维护费: 7,634.75 spent against its 5,801.05 budget (1,833.70万元 over)" },
      { rule: "execution.overspent", cell: "C7", why: "公务用车购置费: 2,337.35 spent against its 300.00 budget (2,037.35万元 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "年初预算 合计 6,920.09 = 0.00 + 5,801.05 + 1,119.04" },
      { rule: "execution.total-mismatch", cell: "C6", why: "7,634.75 = 2,337.35 + 5,297.40, its 其中 parts" },
      { rule: "execution.total-mismatch", cell: "B6", why: "5,801.05 = 300.00 + 5,501.05" },
      { rule: "execution.overspent", cell: "C4", why: "a total row gets no spending status of its own; its lines do" },
      { rule: "execution.behind-schedule", cell: "C9", why: "三公经费 lines are ceilings: 602.47 of 1,119.04 (53.8%) is saving, never behind schedule" },
      { rule: "execution.no-spending", cell: "C5", why: "因公出国（境）费 had no budget (0.00): nothing budgeted, nothing unspent" },
      { rule: "execution.total-mismatch", cell: "D4", why: "决算比预算增减 is a change column, not a budget or spending" },
      { rule: "execution.overspent", cell: "C8", why: "运行维护费 5,297.40 within its 5,501.05" },
    ],
  },
};
