import type { CorpusLayout } from "../types";

// 山西省财政厅 via the press, 2011-06-15: the province's revenue and spending to the end of May — 财政总收入 47.06% of the year's plan,
// 一般预算支出 32.21% of the budget, tax revenue as a share, growth of six livelihood heads — as 项目 | 年度预算（计划） | 1—5月累计 |
// 完成预算% | 同比增长%, the May figures in the note.
export const layout: CorpusLayout = {
  id: "shanxi-2011-jan-may-fiscal-execution",
  source: {
    title: "山西省1至5月财政收支情况（1—5月财政收支执行情况表据报道拟）",
    url: "http://nakedoat.com/gzdt/2011-06/19/content_1887624.htm",
    publisher: "中央政府门户网站（转载）",
    date: "2011-06-19",
    changes:
      "The report is prose; no grid was found for it. Kept as published: 财政总收入 979.88亿元 (年度计划的47.06%, +32.06%), 全口径税收收入 847.64 " +
      "(86.5% of it), 一般预算支出 622.34 (年度预算的32.21%, +31.87%), the growth of 教育 30%, 文化体育与传媒 38%, 社会保障和就业 113%, 医疗卫生 32%, " +
      "城乡社区事务 95%, 农林水事务 43%, and May's 196.64 / 138.06. Ours: the year's plan and budget (derived from the stated shares) and the six " +
      "heads' amounts. Planted: 财政总收入's share typed 47.60% (979.88 / 2,082.19 = 47.06%). The spending's 32.21% is the report's own, behind " +
      "May's 41.67%.",
  },
  classes: ["execution", "revenue-and-spending-lines", "qizhong-lines", "some-of-a-line", "dash-for-no-budget", "growth-column", "outline-numbering", "rates-as-text", "two-decimal-rates", "two-decimal-yiyuan", "yiyuan-caption", "time-progress-by-month", "notes-under-table", "table-from-prose", "news-report", "province-level", "shanxi"],
  settings: { district: "山西省", asOf: "2011-05-31" },
  sheets: [
    {
      name: "1-5月执行",
      widths: [26, 18, 14, 14, 12],
      rows: [
        ["山西省2011年1—5月财政收支执行情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "年度预算（计划）", "1—5月累计", "完成预算%", "同比增长%"],
        ["一、财政总收入", 2082.19, 979.88, "47.60%", "32.06%"],
        ["其中：全口径税收收入", "—", 847.64, "—", "—"],
        ["二、一般预算支出", 1932.13, 622.34, "32.21%", "31.87%"],
        ["其中：教育", "—", 118.4, "—", "30%"],
        ["      文化体育与传媒", "—", 15.62, "—", "38%"],
        ["      社会保障和就业", "—", 96.35, "—", "113%"],
        ["      医疗卫生", "—", 42.18, "—", "32%"],
        ["      城乡社区事务", "—", 48.9, "—", "95%"],
        ["      农林水事务", "—", 71.26, "—", "43%"],
        ["注：5月份全省财政总收入196.64亿元，一般预算支出138.06亿元；全口径税收收入占财政总收入的86.5%。", null, null, null, null],
      ],
      merges: ["A1:E1", "A13:E13"],
      numberFormats: { "B4:C12": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "1-5月执行", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 12, columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" }, year: 2011 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "财政总收入 979.88 / 2,082.19 = 47.06%, the table says 47.60%" },
      { rule: "execution.behind-schedule", cell: "C6", why: "一般预算支出 622.34 / 1,932.13 = 32.21% at 2011-05-31 against 5/12 = 41.67%: 9.46 points behind" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D6", why: "622.34 / 1,932.13 = 32.21%" },
      { rule: "execution.behind-schedule", cell: "C4", why: "revenue at 47.06% is ahead of 41.67%" },
      { rule: "execution.total-mismatch", cell: "C6", why: "the six heads (392.71) are only some of the spending; not summed" },
      { rule: "execution.behind-schedule", cell: "C7", why: "the heads have no budget (—); the spending line carries the status" },
      { rule: "execution.total-mismatch", cell: "C4", why: "全口径税收收入 is one 其中 share, less than the revenue" },
      { rule: "execution.rate-mismatch", cell: "E9", why: "同比增长% (113%) is growth, no share of a budget" },
      { rule: "execution.total-mismatch", cell: "A13", why: "the May figures in the note are no lines" },
    ],
  },
};
