import type { CorpusLayout } from "../types";

// 三亚市住房和城乡建设局 2023 单位决算: the 财政拨款“三公”经费支出决算表 as 项目 | 预算数 | 决算数 | 增减额 | 增减率,
// 合计 first, the car line split 其中 购置 | 运行维护; the variance columns are no execution rate.
export const layout: CorpusLayout = {
  id: "sanya-housing-2023-three-public-final-account",
  source: {
    title: "三亚市住房和城乡建设局2023年度单位决算公开报告（九、财政拨款三公经费支出决算情况说明；决算表据说明拟）",
    url: "https://zj.sanya.gov.cn/zjjsite/czxxxx/202411/c6054db9861146d18a9c8cda1e137004.shtml",
    publisher: "三亚市住房和城乡建设局",
    date: "2024-10-25",
    changes:
      "The stored page shows the report's contents and 单位职责 but not its tables; the 三公 table is laid out as such tables are published " +
      "(项目 | 预算数 | 决算数 | 决算数比预算数增减额 | 增减率, 合计 first, 其中 under the car line) with our own figures. Planted: " +
      "公务用车运行维护费 15.32 spent against a 13.50 budget; the 合计 决算数 typed 46.83 where its lines give 46.38.",
  },
  classes: ["execution", "final-accounts", "three-public-expenses", "ceiling-lines", "qizhong-lines", "total-row-first", "zero-budget-line", "variance-columns", "two-decimal-wanyuan", "wanyuan-caption", "past-year", "notes-under-table", "table-from-prose", "city-department", "hainan"],
  settings: { district: "三亚市" },
  sheets: [
    {
      name: "三公经费决算表",
      widths: [30, 12, 12, 20, 12],
      rows: [
        ["三亚市住房和城乡建设局2023年度财政拨款“三公”经费支出决算表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "预算数", "决算数", "决算数比预算数增减额", "增减率"],
        ["合计", 50.5, 46.83, -4.12, "-8.2%"],
        ["1.因公出国（境）费", 0, 0, 0, "—"],
        ["2.公务用车购置及运行维护费", 38.5, 37.92, -0.58, "-1.5%"],
        ["  其中：公务用车购置费", 25, 22.6, -2.4, "-9.6%"],
        ["        公务用车运行维护费", 13.5, 15.32, 1.82, "13.5%"],
        ["3.公务接待费", 12, 8.46, -3.54, "-29.5%"],
        ["注：本单位2023年度未安排因公出国（境）经费；公务用车运行维护费超预算，主要是老旧车辆维修费用增加。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:E10"],
      numberFormats: { "B4:D9": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "adjustedBudget", C: "actual" }, year: 2023 },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C8", why: "公务用车运行维护费 15.32 spent against a 13.50 budget (1.82 over); a ceiling line's overspending still counts" },
      { rule: "execution.total-mismatch", cell: "C4", why: "决算数: 0 + 37.92 + 8.46 = 46.38, typed 46.83 (0.45 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "预算数: 0 + 38.50 + 12.00 = 50.50" },
      { rule: "execution.total-mismatch", cell: "C6", why: "其中 购置 22.60 + 运行维护 15.32 = 37.92; 其中 lines are not added again into the 合计" },
      { rule: "execution.overspent", cell: "C6", why: "the car line as a whole spent 37.92 of 38.50" },
      { rule: "execution.no-spending", cell: "C5", why: "因公出国（境）费: no budget (0), nothing spent" },
      { rule: "execution.rate-mismatch", why: "增减率 is the variance from the budget (-0.58 / 38.50 = -1.5%), not an execution rate" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, and a past year's account" },
    ],
  },
};
