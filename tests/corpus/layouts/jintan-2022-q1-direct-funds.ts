import type { CorpusLayout } from "../types";

// 常州市金坛区财政 2022: the direct funds (直达资金) received by 3-31 — eleven central funds, 54,994.27万元, all allocated;
// 7,418.66万元 spent, 54% of the money leaving out the small-firm VAT-refund fund (41,199万元), whose policy begins on
// 04-01. Laid out as the 分配及支出 table such a report carries, with that exclusion as a 其中 line under 合计.
export const layout: CorpusLayout = {
  id: "jintan-2022-q1-direct-funds",
  source: {
    title: "金坛区直达资金分配及支出情况（截至3月31日；表据正文拟）",
    url: "https://www9599116.com/ns_news/758164921206695",
    publisher: "常州市金坛区财政局（转载）",
    date: "2022-04",
    changes:
      "The report's figures are kept: 直达资金54,994.27万元 (all central), 分配进度100%, the eleven funds and their amounts (优抚对象补助经费 " +
      "2,035.60 … 支持小微企业留抵退税有关专项资金41,199.00, 该项政策于4月1日开始实施), 已累计支出7,418.66万元, 支出进度54%（除留抵退税资金）. " +
      "The year is not printed; the refund fund dates it to 2022. It gives them in prose; laid out here as a table (序号 | 资金名称 | 下达金额 | " +
      "已分配金额 | 分配进度 | 已支出金额 | 支出进度 | 备注, 合计, a 其中 line for the money without the refund fund, a note). How the " +
      "7,418.66万元 splits over the ten funds is ours. Planted: 城乡义务教育补助经费 states 67.00% where 3,998.36 / 5,261.00 = 76.00%; " +
      "农田建设补助资金 has spent 10.00% by 3-31.",
  },
  classes: ["execution", "direct-funds", "allocation-and-spending", "as-of-in-title", "qizhong-line-under-total", "excluded-fund", "rates-as-text", "remark-column", "wanyuan-caption", "notes-under-table", "jiangsu"],
  settings: { asOf: "2022-03-31" },
  sheets: [
    {
      name: "直达资金",
      widths: [6, 34, 14, 14, 10, 14, 10, 26],
      rows: [
        ["金坛区2022年直达资金分配及支出情况表（截至3月31日）", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "资金名称", "下达金额", "已分配金额", "分配进度", "已支出金额", "支出进度", "备注"],
        [1, "优抚对象补助经费", 2035.6, 2035.6, "100.00%", 1262.07, "62.00%", null],
        [2, "基本公共卫生服务补助金", 672.76, 672.76, "100.00%", 201.83, "30.00%", null],
        [3, "农田建设补助资金", 484, 484, "100.00%", 48.4, "10.00%", null],
        [4, "困难群众救助补助经费", 341.12, 341.12, "100.00%", 170.56, "50.00%", null],
        [5, "农业生产发展资金", 3410.36, 3410.36, "100.00%", 937.23, "27.48%", null],
        [6, "医疗服务与保障能力提升补助资金", 10, 10, "100.00%", 10, "100.00%", null],
        [7, "计划生育转移支付资金", 589.53, 589.53, "100.00%", 294.76, "50.00%", null],
        [8, "城乡义务教育补助经费", 5261, 5261, "100.00%", 3998.36, "67.00%", null],
        [9, "优抚对象医疗保障经费", 73.9, 73.9, "100.00%", 36.95, "50.00%", null],
        [10, "基本财力保障机制奖补资金", 917, 917, "100.00%", 458.5, "50.00%", null],
        [11, "支持小微企业留抵退税有关专项资金", 41199, 41199, "100.00%", 0, "0.00%", "该项政策于4月1日开始实施"],
        ["合计", null, 54994.27, 54994.27, "100.00%", 7418.66, "13.49%", null],
        ["其中：除留抵退税资金", null, 13795.27, 13795.27, "100.00%", 7418.66, "53.78%", null],
        ["注：支出进度=已支出金额/下达金额；除留抵退税资金外，直达资金支出进度达54%。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A15:B15", "A16:B16", "A17:H17"],
      numberFormats: { "C4:D16": "#,##0.00", "F4:F16": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "直达资金",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 16,
        columns: { B: "line", C: "adjustedBudget", F: "actual", G: "rate" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "G11", why: "城乡义务教育补助经费: 3,998.36 / 5,261.00 = 76.00%, stated 67.00%" },
      {
        rule: "execution.behind-schedule",
        cell: "F6",
        why: "农田建设补助资金: 48.40 / 484.00 = 10.00% on 3-31, when a quarter of the year (about 25%) has passed: more than 5 points behind",
      },
      { rule: "execution.no-spending", cell: "F14", why: "留抵退税 fund: 41,199.00 received, nothing spent by 3-31 (its policy begins 04-01, as 备注 says: a warning to dismiss, not an error)" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "G15", why: "合计 13.49% = 7,418.66 / 54,994.27" },
      { rule: "execution.rate-mismatch", cell: "G16", why: "53.78% = 7,418.66 / 13,795.27, the report's 54% without the refund fund" },
      { rule: "execution.rate-mismatch", cell: "G8", why: "937.23 / 3,410.36 = 27.48%" },
      { rule: "execution.total-mismatch", cell: "C15", why: "54,994.27 = the eleven funds, the report's total" },
      { rule: "execution.total-mismatch", cell: "F15", why: "7,418.66 = the ten funds' spending + 0" },
      { rule: "execution.total-mismatch", cell: "C16", why: "其中 13,795.27 = 54,994.27 − 41,199.00: a part of 合计, not another line to add into it" },
      { rule: "execution.behind-schedule", cell: "F8", why: "农业生产发展资金 27.48% is ahead of a quarter of the year" },
      { rule: "execution.behind-schedule", cell: "F15", why: "合计 carries no status of its own: its funds do" },
      { rule: "execution.overspent", why: "no fund has spent more than it received (医疗服务 exactly 100%)" },
      { rule: "input.unreadable-value", why: "分配进度, 备注 and the note are what they say" },
    ],
  },
};
