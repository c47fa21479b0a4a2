import type { CorpusLayout } from "../types";

// 华南农业大学财务处 2020-08-25: the university's treasury money to 2020-07-31 — released, spent and the pace, the whole cut twice
// (基本支出 / 项目支出, then this year's money / money carried over) against the 序时进度 of 7/12 = 58.33% the notice states.
export const layout: CorpusLayout = {
  id: "scau-2020-jul-treasury-spending-progress",
  source: {
    title: "截至2020年7月31日我校国库集中支付资金支出进度通报（进度表据正文拟）",
    url: "https://cwc.scau.edu.cn/2020/0825/c98a248864/page.htm",
    publisher: "华南农业大学财务处",
    date: "2020-08-25",
    changes:
      "The stored page states the figures in prose (its xls annex lists only the lagging projects, not stored): money released 13.16亿元, spent 8.46亿元 " +
      "(64.3%); by kind 基本支出 7.66亿 / 4.69亿 (61.27%) and 项目支出 5.50亿 / 3.77亿 (68.53%); by year 当年预算资金 13.11亿 / 8.43亿 (64.33%) and 结转的以前年度资金 " +
      "470.5万 / 269.53万 (57.29%); 序时进度 58.33% (月份/12). We laid these out as a progress table in 万元 with a 序时进度 column, the two cuts under section " +
      "rows, the note on 基本户 money and the sign-off. Ours: the figures in 万元 to the cent. Planted: 项目支出's pace typed 68.45% (37,700 / 55,000 = 68.55%); " +
      "the carried-over money spent only 220万 of 470.5万 (46.76%, more than 5 points behind 58.33%).",
  },
  classes: ["execution", "payment-progress", "time-progress-column", "overlapping-cuts", "section-rows", "total-row-first", "carry-over-line", "percent-format", "wanyuan-caption", "university", "signoff-line", "table-from-prose", "guangdong"],
  settings: { asOf: "2020-07-31" },
  sheets: [
    {
      name: "支出进度",
      widths: [26, 14, 14, 12, 12],
      rows: [
        ["华南农业大学截至2020年7月31日国库集中支付资金支出进度表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "下达金额", "支出金额", "支出进度", "序时进度"],
        ["合计", 131600, 84650, 0.6432, 0.5833],
        ["一、按资金类别", null, null, null, null],
        ["基本支出", 76600, 46950, 0.6129, 0.5833],
        ["项目支出", 55000, 37700, 0.6845, 0.5833],
        ["二、按资金所属年度", null, null, null, null],
        ["当年预算资金", 131129.5, 84430, 0.6439, 0.5833],
        ["结转的以前年度资金", 470.5, 220, 0.4676, 0.5833],
        ["注：支出金额包含根据相关文件划拨到基本户资金的科研财政项目资金；序时进度计算方法：月份/12×100%。", null, null, null, null],
        [null, null, null, "财务处", null],
        [null, null, null, "2020年8月25日", null],
      ],
      merges: ["A1:E1", "A11:E11", "D12:E12", "D13:E13"],
      numberFormats: { "B4:C10": "#,##0.00", "D4:E10": "0.00%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出进度",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate", E: "progress" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D7", why: "项目支出 37,700 / 55,000 = 68.55%, typed 68.45%" },
      { rule: "execution.behind-schedule", cell: "D10", why: "结转的以前年度资金 220 / 470.5 = 46.76% against time progress 7/12 = 58.33% as of 2020-07-31: 11.57 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "下达 131,600 = 基本 76,600 + 项目 55,000 = 当年 131,129.5 + 结转 470.5: the same whole cut twice" },
      { rule: "execution.total-mismatch", cell: "C4", why: "支出 84,650 = 46,950 + 37,700 = 84,430 + 220" },
      { rule: "execution.behind-schedule", cell: "D6", why: "基本支出 46,950 / 76,600 = 61.29%, above 58.33%" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "84,650 / 131,600 = 64.32%" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "84,430 / 131,129.5 = 64.39%" },
      { rule: "execution.overspent", why: "every line spent less than was released" },
      { rule: "input.unreadable-value", cell: "A11", why: "the note under the table is text" },
    ],
  },
};
