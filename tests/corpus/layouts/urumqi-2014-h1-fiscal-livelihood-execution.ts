import type { CorpusLayout } from "../types";

// 中国经济网 (乌鲁木齐晚报) 2014-07-18: 乌鲁木齐 1–6月 — 地方财政收入 182.67亿元 (+19.34%), 公共财政预算收入 142.42亿元 (+11.06%), 民生领域支出
// 135.04亿元 (+17.91%, 73.53% of 公共财政预算支出), of which 教育 29.23, 社保就业医疗 27.07, 城乡社区 56.03, 农林水 11.71. Laid out as a 1-6月
// execution table with nested 其中 lines.
export const layout: CorpusLayout = {
  id: "urumqi-2014-h1-fiscal-livelihood-execution",
  source: {
    title: "乌鲁木齐上半年民生支出135.04亿元（2014年1-6月财政收支执行情况表据正文拟）",
    url: "http://district.ce.cn/newarea/roll/201407/18/t20140718_3188157.shtml",
    publisher: "中国经济网（据乌鲁木齐市财政局）",
    date: "2014-07-18",
    changes:
      "As published: every 1-6月 figure and growth rate (182.67 / 19.34%, 142.42 / 11.06%, 135.04 / 17.91%, 29.23 / 6.21%, 27.07 / 27.7%, 56.03 / " +
      "19.41%, 11.71 / 40.56%) and the 73.53% share, which gives 公共财政预算支出 183.65. The stored copy is prose: the table, the 年初预算 column, the " +
      "完成预算% column and 公共财政预算支出's growth (16.85) are ours. Planted: 城乡社区事务支出's rate typed 58.4 where 56.03 / 105.00 = 53.4%.",
  },
  classes: ["execution", "half-year", "revenue-and-spending", "qizhong-lines", "nested-qizhong", "some-parts-only", "rate-column-as-number", "one-decimal-rates", "growth-column", "two-decimal-yiyuan", "yiyuan-caption", "notes-under-table", "table-from-prose", "news-report", "prefecture-city", "xinjiang"],
  settings: { district: "乌鲁木齐市", asOf: "2014-06-30" },
  sheets: [
    {
      name: "收支执行",
      widths: [34, 12, 12, 12, 12],
      rows: [
        ["乌鲁木齐市2014年1-6月财政收支执行情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "年初预算", "1-6月完成", "完成预算%", "同比增长%"],
        ["一、地方财政收入", 331, 182.67, 55.2, 19.34],
        ["    其中：公共财政预算收入", 268, 142.42, 53.1, 11.06],
        ["二、公共财政预算支出", 352, 183.65, 52.2, 16.85],
        ["    其中：民生领域支出", 255, 135.04, 53.0, 17.91],
        ["        其中：教育支出", 56, 29.23, 52.2, 6.21],
        ["              社会保障、就业和医疗卫生支出", 50, 27.07, 54.1, 27.7],
        ["              城乡社区事务支出", 105, 56.03, 58.4, 19.41],
        ["              农林水事务支出", 23, 11.71, 50.9, 40.56],
        ["注：民生领域支出占公共财政预算支出的73.53%；年初集中的市、区县两级财力100亿元已全部到位。", null, null, null, null],
      ],
      merges: ["A1:E1", "A12:E12"],
      numberFormats: { "B4:C11": "#,##0.00", "D4:D11": "0.0", "E4:E11": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "收支执行", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 11, columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" }, year: 2014 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", sheet: "收支执行", cell: "D10", why: "城乡社区事务支出 56.03 / 105.00 = 53.36% (53.4), typed 58.4: 5 points apart" },
    ],
    absent: [
      { rule: "execution.total-mismatch", sheet: "收支执行", cell: "C7", why: "民生领域支出's 其中 lines are some parts only: 29.23 + 27.07 + 56.03 + 11.71 = 124.04 is not meant to make 135.04" },
      { rule: "execution.total-mismatch", sheet: "收支执行", cell: "C6", why: "民生领域支出 is one 其中 part of 公共财政预算支出 183.65, not its whole" },
      { rule: "execution.total-mismatch", sheet: "收支执行", cell: "C4", why: "公共财政预算收入 is a 其中 part of 地方财政收入" },
      { rule: "execution.rate-mismatch", sheet: "收支执行", cell: "D4", why: "182.67 / 331 = 55.19%, shown 55.2; 142.42 / 268 = 53.14%, shown 53.1; 135.04 / 255 = 52.96%, shown 53.0" },
      { rule: "execution.behind-schedule", why: "every line is at 50.9% or more of its budget against 6/12 = 50% on 2014-06-30" },
      { rule: "execution.rate-mismatch", sheet: "收支执行", cell: "E10", why: "同比增长% is growth on last year, not an execution rate" },
      { rule: "input.unreadable-value", sheet: "收支执行", cell: "A12", why: "the note under the table" },
    ],
  },
};
