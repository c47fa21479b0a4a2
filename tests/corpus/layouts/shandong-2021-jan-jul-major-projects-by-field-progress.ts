import type { CorpusLayout } from "../types";

// 央广网 2021-08 (山东省发展改革委): to the end of July, 581 省重大项目, 380 started, 1854.2亿元 invested; the 385 实施类 projects 1735.6亿元,
// 83.6% of the year's plan — by field: 产业 987.8 (93.0%), 平台 232.7 (93.9%), 民生 205.7 (84.0%), 基础设施 309.4 (60.1%).
// Laid out as a 分领域 progress table: 领域 | 项目数 | 年度投资计划 | 累计完成投资 | 占年度计划（%）, 合计 first.
export const layout: CorpusLayout = {
  id: "shandong-2021-jan-jul-major-projects-by-field-progress",
  source: {
    title: "山东581个省重大项目开工380个，完成投资1854.2亿元（1-7月实施类省重大项目分领域完成投资表据报道拟）",
    url: "http://news.gqsoso.com/fenxi/202108/13103421.html",
    publisher: "山东省发展和改革委员会（央广网报道）",
    date: "2021-08-13",
    changes:
      "As published: the completed investment by field and the shares of the year's plan, the 实施类 total 1735.6 and its 83.6%. Ours: the project " +
      "counts by field (adding to 385) and the yearly plans, each the field's investment over its stated share (1062.2, 247.8, 244.9, 514.8). " +
      "So the fields' plans add to 2069.7 and 1735.6 / 2069.7 = 83.86%: the 合计's 83.6% as published no longer agrees with its own figures.",
  },
  classes: [
    "execution", "investment-progress", "by-field", "count-column", "total-row-first", "rate-as-number", "one-decimal-rates", "one-decimal-yiyuan",
    "yiyuan-caption", "as-of-in-title", "notes-under-table", "table-from-prose", "news-report", "province-level", "shandong",
  ],
  settings: { asOf: "2021-07-31" },
  sheets: [
    {
      name: "分领域",
      widths: [22, 10, 16, 16, 16],
      rows: [
        ["2021年1-7月省重大项目（实施类）分领域完成投资情况", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["领域", "项目数（个）", "年度投资计划", "累计完成投资", "占年度计划（%）"],
        ["合计", 385, 2069.7, 1735.6, 83.6],
        ["重大产业项目", 196, 1062.2, 987.8, 93.0],
        ["重大平台项目", 52, 247.8, 232.7, 93.9],
        ["重大民生项目", 61, 244.9, 205.7, 84.0],
        ["重大基础设施项目", 76, 514.8, 309.4, 60.1],
        ["注：581个省重大项目中实施类385个、开工355个，开工率92.2%；准备类项目不列入本表。", null, null, null, null],
      ],
      merges: ["A1:E1", "A9:E9"],
      numberFormats: { "C4:E8": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "分领域", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 8, columns: { A: "line", C: "adjustedBudget", D: "actual", E: "rate" }, year: 2021 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "E4", why: "合计 1735.6 / 2069.7 = 83.86%, shown 83.9 at one decimal, not 83.6 (the plans and investments add up; only the rate is off)" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "E8", why: "基础设施 60.1% against time progress 7/12 = 58.33%: ahead, not behind" },
      { rule: "execution.rate-mismatch", cell: "E5", why: "987.8 / 1062.2 = 93.00%" },
      { rule: "execution.rate-mismatch", cell: "E7", why: "205.7 / 244.9 = 83.99%, 84.0 at one decimal" },
      { rule: "execution.total-mismatch", cell: "C4", why: "1062.2 + 247.8 + 244.9 + 514.8 = 2069.7" },
      { rule: "execution.total-mismatch", cell: "D4", why: "987.8 + 232.7 + 205.7 + 309.4 = 1735.6" },
      { rule: "execution.total-mismatch", cell: "B4", why: "196 + 52 + 61 + 76 = 385 (counts, and they add up)" },
      { rule: "input.unreadable-value", cell: "A9", why: "the note under the table is no data" },
    ],
  },
};
