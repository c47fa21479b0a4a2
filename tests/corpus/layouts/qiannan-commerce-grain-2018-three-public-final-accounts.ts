import type { CorpusLayout } from "../types";

// 贵州省黔南州商务和粮食局 2019-07-26: the 2018 部门决算 and 三公经费决算 公开说明, whose 附表 include the 财政拨款“三公”经费支出决算表.
// The stored copy shows the notice's text and table list only; the 三公 table is laid out as the explanation describes it
// (项目 | 预算数 | 决算数 | 完成预算), 合计 first, 公务用车 with its 其中 split. Planted: the 合计's 决算数 one 万元 short; 公务接待费 over its budget.
export const layout: CorpusLayout = {
  id: "qiannan-commerce-grain-2018-three-public-final-accounts",
  source: {
    title: "贵州省黔南州商务和粮食局2018年度部门决算及\"三公\"经费决算公开说明（财政拨款“三公”经费支出决算表据说明拟）",
    url: "https://www.qiannan.gov.cn/ztzl/qnzczzjxxgk/zygbmhdwyjsjsgjfyjs/js2018/201907/t20190726_5304504.html",
    publisher: "黔南州商务和粮食局",
    date: "2019-07-26",
    changes:
      "The stored copy holds the explanation's text and the list of 附表, not the table body: the 三公 table is built as the explanation's " +
      "section describes it (table from prose) — title, 单位：万元 caption, 项目 | 预算数 | 决算数 | 完成预算（%）, 合计 first, the three lines numbered " +
      "1–3, 公务用车 split into 其中 购置费 / 运行维护费, a note under it. All figures are ours. Planted: the 合计's 决算数 typed 21.60 " +
      "(its lines add to 22.60); 公务接待费 spent 7.18 against a 6.50 budget.",
  },
  classes: ["execution", "three-public", "final-accounts", "total-row-first", "qizhong-split", "rate-column", "zero-lines", "dash-for-none", "notes-under-table", "wanyuan-caption", "two-decimal-wanyuan", "table-from-prose", "prefecture-department", "guizhou"],
  settings: { asOf: "2019-07-26", district: "黔南布依族苗族自治州" },
  sheets: [
    {
      name: "三公经费决算表",
      widths: [34, 14, 14, 14],
      rows: [
        ["黔南州商务和粮食局2018年度财政拨款“三公”经费支出决算表", null, null, null],
        ["部门：黔南州商务和粮食局", null, null, "单位：万元"],
        ["项目", "预算数", "决算数", "完成预算（%）"],
        ["合计", 24.5, 21.6, 0.8816],
        ["1.因公出国（境）费", 0, 0, "—"],
        ["2.公务用车购置及运行维护费", 18, 15.42, 0.8567],
        ["  其中：（1）公务用车购置费", 0, 0, "—"],
        ["        （2）公务用车运行维护费", 18, 15.42, 0.8567],
        ["3.公务接待费", 6.5, 7.18, 1.1046],
        ["注：本部门2018年度无因公出国（境）费支出，未购置公务用车。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:C9": "#,##0.00", "D4:D9": "0.00%" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2018 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "合计 决算数 21.60, but its lines add up to 0 + 15.42 + 7.18 = 22.60 (the 其中 rows are parts of line 2, not added)" },
      { rule: "execution.overspent", cell: "C9", why: "公务接待费: 7.18 spent against a 6.50 budget (110.46%)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "预算数 0 + 18.00 + 6.50 = 24.50; the 其中 rows (0, 18.00) are not added again" },
      { rule: "execution.total-mismatch", cell: "B6", why: "其中 0 + 18.00 = 18.00 and 0 + 15.42 = 15.42: line 2 agrees with its parts" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "21.60 / 24.50 = 88.16%, as typed" },
      { rule: "execution.no-spending", cell: "C5", why: "因公出国（境）费 has no budget (0): nothing to spend; the note says so" },
      { rule: "execution.no-spending", cell: "C7", why: "公务用车购置费 budget 0" },
      { rule: "execution.behind-schedule", cell: "C6", why: "三公 lines are ceilings, never behind schedule; 15.42 of 18.00 spent is a saving" },
      { rule: "execution.overspent", cell: "C4", why: "the 合计 is a total row: the overspending is its line's (row 9)" },
    ],
  },
};
