import type { CorpusLayout } from "../types";

// 海口市中级人民法院 2022-08-25: 2021年一般公共预算财政拨款“三公”经费支出决算情况说明 — prose giving each line's 决算 and how far it fell
// short of its 预算 (比预算数减少…万元). Laid out as the 三公 决算表: 项目 | 预算数 | 决算数 | 完成预算%, 合计 first, the car line split 其中
// 购置 | 运行. 公务用车's share typed 80.11% for 81.11%; 因公出国（境）费 budgeted and nothing spent.
export const layout: CorpusLayout = {
  id: "haikou-intermediate-court-2021-three-public-final-accounts",
  source: {
    title: "海口市中级人民法院2021年一般公共预算财政拨款“三公”经费支出决算情况说明（决算表据说明拟）",
    url: "https://hkfy.gov.cn/index.php?c=show&id=57117",
    publisher: "海口市中级人民法院",
    date: "2022-08-25",
    changes:
      "The page is prose (预算 89.90, 决算 57.53, 完成预算的63.99%; each line's 决算 and its shortfall against 预算); the table is ours in the " +
      "template's lines and order (合计, 因公出国（境）费, 公务用车购置及运行费 with 其中 购置 | 运行, 公务接待费), the share column named as the " +
      "说明 does (完成预算). Our own figures. Planted: 公务用车购置及运行费 58.40 / 72.00 = 81.11%, typed 80.11%; 因公出国（境）费 budgeted 8.00 and " +
      "nothing spent (the 说明's own case: no 团组 sent).",
  },
  classes: [
    "execution", "final-accounts", "three-public-expenses", "ceiling-lines", "qizhong-lines", "total-row-first", "zero-budget-line",
    "two-decimal-wanyuan", "two-decimal-rates", "rates-as-text", "wanyuan-caption", "past-year", "notes-under-table", "table-from-prose", "court", "hainan",
  ],
  settings: { asOf: "2022-08-25" },
  sheets: [
    {
      name: "三公经费决算",
      widths: [30, 12, 12, 14],
      rows: [
        ["海口市中级人民法院2021年一般公共预算财政拨款“三公”经费支出决算表", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "预算数", "决算数", "完成预算%"],
        ["合计", 86, 58.76, "68.33%"],
        ["1.因公出国（境）费", 8, 0, "0.00%"],
        ["2.公务用车购置及运行费", 72, 58.4, "80.11%"],
        ["  其中：（1）公务用车购置费", 0, 0, "—"],
        ["        （2）公务用车运行费", 72, 58.4, "81.11%"],
        ["3.公务接待费", 6, 0.36, "6.00%"],
        ["注：2021年全年未安排因公出国（境）团组；年末公务用车保有量38辆，其中执勤执法用车34辆。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:C9": "0.00" },
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
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D6", why: "58.40 / 72.00 = 81.11%, typed 80.11%" },
      { rule: "execution.no-spending", cell: "C5", why: "因公出国（境）费 budgeted 8.00, spent 0 by the end of 2021 (a ceiling line still counts no spending)" },
    ],
    absent: [
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings: 公务接待费 at 6.00% and the car line at 81.11% are economy, not slowness" },
      { rule: "execution.total-mismatch", cell: "B4", why: "合计 86.00 = 8.00 + 72.00 + 6.00; 58.76 = 0 + 58.40 + 0.36" },
      { rule: "execution.total-mismatch", cell: "B6", why: "72.00 = 购置 0 + 运行 72.00; 58.40 = 0 + 58.40" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "58.76 / 86.00 = 68.33%" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "0.36 / 6.00 = 6.00%" },
      { rule: "execution.no-spending", cell: "C7", why: "公务用车购置费 has no budget (0): nothing to spend" },
      { rule: "execution.no-spending", cell: "C4", why: "a 合计 row gets no spending status of its own" },
      { rule: "input.unreadable-value", cell: "D7", why: "a dash is nothing" },
    ],
  },
};
