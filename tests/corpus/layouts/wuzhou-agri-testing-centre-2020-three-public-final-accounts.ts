import type { CorpusLayout } from "../types";

// 梧州市农产品质量安全综合检测中心 2020 单位决算: the 说明 of its 一般公共预算财政拨款“三公”经费 (决算 5.48万元, 出国 0, 公务用车购置及运行费
// 3.98 of which 购置 0 and 运行 3.98, 公务接待费 1.5; each line against its 预算). Laid out as the 决算表 the 说明 goes with.
export const layout: CorpusLayout = {
  id: "wuzhou-agri-testing-centre-2020-three-public-final-accounts",
  source: {
    title: "梧州市农产品质量安全综合检测中心2020年度单位决算（一般公共预算财政拨款“三公”经费支出决算表据说明拟）",
    url: "http://117.141.250.58:10060/wzyjsgkpt/uploadFile/upload1242/upload20210909/7762259D931BC0368C16F46A6E793A23.html",
    publisher: "梧州市农产品质量安全综合检测中心",
    date: "2021-09-09",
    changes:
      "The stored page is the prose 说明 (决算 5.48万元; 出国 0, 公务用车购置及运行费 3.98 = 购置 0 + 运行 3.98, 公务接待费 1.5; each line's 决算 " +
      "compared with its 预算). The table is ours in the template's lines and order with a 决算数比预算数增减 column as the 说明 words it; our own " +
      "figures. Planted: 公务接待费 spent 1.80 against a budget of 1.40 (overspent). The 合计 is overspent too (5.78 against 5.48) but a total " +
      "row carries no spending status of its own.",
  },
  classes: [
    "execution", "final-accounts", "three-public-expenses", "ceiling-lines", "qizhong-lines", "total-row-first", "change-column",
    "zero-budget-line", "two-decimal-wanyuan", "wanyuan-caption", "past-year", "table-from-prose", "public-institution", "guangxi",
  ],
  settings: { asOf: "2021-09-09" },
  sheets: [
    {
      name: "三公经费决算",
      widths: [32, 12, 12, 20],
      rows: [
        ["梧州市农产品质量安全综合检测中心2020年度一般公共预算财政拨款“三公”经费支出决算表", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "预算数", "决算数", "决算数比预算数增减"],
        ["合计", 5.48, 5.78, 0.3],
        ["1.因公出国（境）费", 0, 0, 0],
        ["2.公务用车购置及运行费", 4.08, 3.98, -0.1],
        ["  其中：（1）公务用车购置费", 0, 0, 0],
        ["        （2）公务用车运行维护费", 4.08, 3.98, -0.1],
        ["3.公务接待费", 1.4, 1.8, 0.4],
        ["注：全年因公出国（境）团组0个；公务用车运行费主要用于机要文件交换、农产品抽样检测用车。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:D9": "0.00" },
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
        columns: { A: "line", B: "adjustedBudget", C: "actual" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C9", why: "公务接待费 spent 1.80 against its budget 1.40 (0.40 over)" },
    ],
    absent: [
      { rule: "execution.overspent", cell: "C4", why: "the 合计 row gets no spending status of its own; its overspent line is reported" },
      { rule: "execution.total-mismatch", cell: "B4", why: "5.48 = 0 + 4.08 + 1.40; 决算 5.78 = 0 + 3.98 + 1.80" },
      { rule: "execution.total-mismatch", cell: "C6", why: "3.98 = 购置 0 + 运行 3.98" },
      { rule: "execution.behind-schedule", cell: "C6", why: "三公 lines are ceilings: the car line at 97.55% is economy" },
      { rule: "execution.no-spending", cell: "C5", why: "因公出国（境）费 has no budget (0): nothing to spend" },
      { rule: "execution.overspent", cell: "D9", why: "the 增减 column is a change, not spending" },
    ],
  },
};
