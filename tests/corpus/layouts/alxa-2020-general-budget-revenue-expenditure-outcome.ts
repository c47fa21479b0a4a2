import type { CorpusLayout } from "../types";

// 内蒙古社区报 2021-01-12 from 阿拉善盟财政局: the 2020 outcome — 一般公共预算收入 310,682万元 (+8.1%; 税收 213,251, 非税 97,431), 支出 1,107,315万元
// (−1.2%; 盟本级 287,998, 旗级 819,317), with growth and the change on 2019. Laid out as the 收支完成情况表 such a report carries:
// 项目 | 2020年完成 | 比上年增减额 | 比上年增长%, the parts under 其中; no budget column.
export const layout: CorpusLayout = {
  id: "alxa-2020-general-budget-revenue-expenditure-outcome",
  source: {
    title: "我盟公布2020年度财政收支“账单”（阿拉善盟一般公共预算收支完成情况表据报道拟）",
    url: "http://m.189262.com/2021/0112/165227.shtml",
    publisher: "内蒙古社区报（阿拉善盟财政局）",
    date: "2021-01-12",
    changes:
      "As published: 收入 310,682万元 (+23,188, +8.1%), 税收 213,251 and 非税 97,431; 支出 1,107,315万元 (−13,724, −1.2%), 盟本级 287,998 (−99,832, " +
      "−25.7%) and 旗级 819,317 (+86,108, +11.7%); the revenue by level and the 民生 share in the note. Ours: the table form (the report gives them " +
      "in sentences) and the change and growth of 税收 / 非税 (made to add up to the published +23,188). Planted: 非税收入 typed 97,341 for 97,431, " +
      "so the parts come to 310,592, 90 short of the 310,682 stated.",
  },
  classes: [
    "execution", "outcome-only", "no-budget-column", "qizhong-rows", "levels-breakdown", "change-column", "growth-column", "whole-wanyuan-large",
    "thousands-separators", "wanyuan-caption", "notes-under-table", "table-from-prose", "news-report", "league-finance", "neimenggu",
  ],
  settings: { district: "阿拉善盟" },
  sheets: [
    {
      name: "收支完成",
      widths: [28, 14, 14, 12],
      rows: [
        ["阿拉善盟2020年一般公共预算收支完成情况表", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "2020年完成", "比上年增减额", "比上年增长%"],
        ["一、一般公共预算收入", 310682, 23188, 0.081],
        ["    其中：税收收入", 213251, 15020, 0.076],
        ["          非税收入", 97341, 8168, 0.092],
        ["二、一般公共预算支出", 1107315, -13724, -0.012],
        ["    其中：盟本级", 287998, -99832, -0.257],
        ["          旗级", 819317, 86108, 0.117],
        ["注：全盟一般公共预算收入中，盟本级33648万元，旗级277034万元。财政支出中民生支出797546万元，占一般公共预算支出的72.0%。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:C9": "#,##0", "D4:D9": "0.0%" },
    },
  ],
  expect: {
    tables: [
      { sheet: "收支完成", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "actual" }, year: 2020 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B4", why: "一般公共预算收入 310,682 against 税收 213,251 + 非税 97,341 = 310,592 (90 short): the two are all of it" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B7", why: "支出 1,107,315 = 盟本级 287,998 + 旗级 819,317" },
      { rule: "execution.total-mismatch", cell: "C4", why: "比上年增减额 is the change on 2019, unread: 15,020 + 8,168 = 23,188 anyway" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "比上年增长% is growth on 2019, never an execution rate" },
      { rule: "execution.overspent", why: "no budget column: the outcomes stand alone" },
      { rule: "execution.no-spending", why: "no budget column" },
      { rule: "execution.behind-schedule", why: "no budget, no pace to measure" },
      { rule: "execution.total-mismatch", cell: "A10", why: "the note's 33,648 + 277,034 = 310,682 and 797,546 are prose under the table" },
    ],
  },
};
