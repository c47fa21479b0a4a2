import type { CorpusLayout } from "../types";

// 海南省财政厅 via 中国政府网 2014-10-19: the province's first three quarters — 地方公共财政收入 424.8亿元 (76.8% of 552.8), 支出 766.7亿元
// (74.7% of 1025.7), 税收 366.4, 民生支出 541.5 — laid out as an execution table with some 其中 spending functions of ours.
export const layout: CorpusLayout = {
  id: "hainan-2014-jan-sep-public-finance-execution",
  source: {
    title: "海南前三季度财政收入增幅连续9个月居全国前列（1-9月全省地方公共财政收支执行表据报道拟）",
    url: "http://nakedoat.com/govweb/xinwen/2014-10/19/content_2767500.htm",
    publisher: "中国政府网（海南日报记者邵长春，通讯员吴晓姗）",
    date: "2014-10-19",
    changes:
      "As published: 地方公共财政收入 424.8亿元 of a 552.8亿元 budget (76.8%, +18.2%), of which 税收 366.4 (+18.4%); 地方公共财政支出 766.7亿元 of " +
      "1025.7 (74.7%, +12.7%), of which 民生支出 541.5 (+12.4%). The report is prose; the table (项目 | 年度预算 | 1-9月完成 | 完成预算% | 同比增长%, " +
      "亿元) is laid out from it, and the six spending functions under 其中 are ours. Planted: 农林水 at 61.9% against a time progress of 9/12 = 75%; " +
      "交通运输's rate typed 67.3% where 72.6 / 95.2 = 76.3%.",
  },
  classes: ["execution", "in-year", "as-of-in-title", "revenue-and-spending", "qizhong-lines", "some-parts-only", "blank-budget-lines", "growth-column", "rates-as-text", "one-decimal-rates", "one-decimal-yiyuan", "yiyuan-caption", "notes-under-table", "table-from-prose", "news-report", "province-budget", "hainan"],
  settings: { district: "海南省", asOf: "2014-09-30" },
  sheets: [
    {
      name: "1-9月",
      widths: [30, 12, 12, 12, 12],
      rows: [
        ["2014年1-9月海南省地方公共财政收支执行情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "年度预算", "1-9月完成", "完成预算%", "同比增长%"],
        ["一、地方公共财政收入", 552.8, 424.8, "76.8%", "18.2%"],
        ["其中：税收收入", null, 366.4, null, "18.4%"],
        ["二、地方公共财政支出", 1025.7, 766.7, "74.7%", "12.7%"],
        ["其中：民生支出", null, 541.5, null, "12.4%"],
        ["教育", 180.4, 128.6, "71.3%", null],
        ["社会保障和就业", 120.5, 94.7, "78.6%", null],
        ["医疗卫生", 78.3, 58.2, "74.3%", null],
        ["农林水事务", 130.6, 80.9, "61.9%", null],
        ["交通运输", 95.2, 72.6, "67.3%", null],
        ["城乡社区事务", 110.8, 86.0, "77.6%", null],
        ["注：民生支出占地方公共财政支出的70.6%；分功能支出仅列部分科目。", null, null, null, null],
      ],
      merges: ["A1:E1", "A14:E14"],
      numberFormats: { "B4:C13": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "1-9月",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 13,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" },
        year: 2014,
      },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "C11", why: "农林水事务 80.9 of 130.6 = 61.9% as of 30 September, time progress 9/12 = 75%: 13.1 points behind" },
      { rule: "execution.rate-mismatch", cell: "D12", why: "72.6 / 95.2 = 76.26% → 76.3%, typed 67.3%" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "424.8 / 552.8 = 76.85% → 76.8%" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "766.7 / 1025.7 = 74.75% → 74.7%" },
      { rule: "execution.behind-schedule", cell: "C8", why: "教育 71.3%: 3.7 points short of 75%, within 5" },
      { rule: "execution.behind-schedule", cell: "C6", why: "the spending total 74.7% is on schedule" },
      { rule: "execution.total-mismatch", cell: "C6", why: "the 其中 lines are some functions only and 民生支出 a cross-cut; they do not add up to the total" },
      { rule: "execution.no-spending", cell: "C5", why: "税收收入 has no budget of its own stated" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "同比增长% compares with last year, not with the budget" },
      { rule: "input.unreadable-value", why: "the note row is text" },
    ],
  },
};
