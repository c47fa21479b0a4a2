import type { CorpusLayout } from "../types";

// 安徽 33项民生工程, 1月至8月 (the report names no year): 646.2亿元 released, 88.9% of the year-start plan, 22.2 points ahead of the calendar;
// the province's own release of central and provincial money 614.8亿元, 97.9%, 31.2 points ahead. As 项目 | 年初计划筹资额 | 累计拨付 |
// 拨付进度 | 序时进度 | 超序时进度, 全省合计 first, the cities' and counties' part as the remainder.
export const layout: CorpusLayout = {
  id: "anhui-aug-33-livelihood-projects-release-by-level",
  source: {
    title: "1至8月全省累计拨付民生工程资金646.2亿元（拨付进度表据报道拟）",
    url: "http://www.jingsongyx.com/news/31460.html",
    publisher: "（转载）",
    changes:
      "The report is prose; we built the table from it (title suffix 表据报道拟): 全省 646.2 at 88.9% and 22.2 points ahead, 省财政 614.8 at " +
      "97.9% and 31.2 points ahead, as published; the plans (726.9 and 628.0) are worked back from those shares, and the 市县 line is the " +
      "remainder (98.9 planned, 31.4 released). The report gives no year: settings.asOf takes 2017-08-31 only so that August counts as 8/12. " +
      "Planted: 市县's 累计拨付 typed 34.1 (31.4) — the 合计 column then misses its lines, its stated 31.7% no longer fits, and the line is far " +
      "behind the calendar either way.",
  },
  classes: [
    "execution", "disbursement-progress", "money-by-level", "remainder-line", "time-progress-column", "points-ahead-column", "total-row-first",
    "rates-as-text", "one-decimal-rates", "one-decimal-yiyuan", "yiyuan-caption", "year-not-stated", "time-progress-by-month", "notes-under-table",
    "table-from-prose", "news-report", "province-level", "anhui",
  ],
  settings: { district: "安徽省", asOf: "2017-08-31" },
  sheets: [
    {
      name: "拨付进度",
      widths: [28, 16, 12, 12, 12, 18],
      rows: [
        ["1-8月全省民生工程资金拨付进度（表据报道拟）", null, null, null, null, null],
        [null, null, null, null, null, "单位：亿元"],
        ["项目", "年初计划筹资额", "累计拨付", "拨付进度", "序时进度", "超序时进度（百分点）"],
        ["全省合计", 726.9, 646.2, "88.9%", "66.7%", 22.2],
        ["省财政拨付中央及省级资金", 628.0, 614.8, "97.9%", "66.7%", 31.2],
        ["市县财政拨付资金", 98.9, 34.1, "31.7%", "66.7%", -35.0],
        ["注：拨付进度=累计拨付/年初计划筹资额；超序时进度=拨付进度-序时进度。有17个项目拨付资金达到或超出年初计划投入。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A7:F7"],
      numberFormats: { "B4:C6": "0.0", "F4:F6": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拨付进度",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 6,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate", E: "progress" },
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "全省合计 646.2 where 614.8 + 34.1 = 648.9: 2.7亿元 apart" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "市县 34.1 / 98.9 = 34.5%, typed 31.7%" },
      { rule: "execution.behind-schedule", cell: "D6", why: "市县 34.5% (31.7% as typed) against 8/12 = 66.67% in August: over 30 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "726.9 = 628.0 + 98.9" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "646.2 / 726.9 = 88.90% → 88.9%" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "614.8 / 628.0 = 97.90% → 97.9%" },
      { rule: "execution.behind-schedule", cell: "D4", why: "a 合计 row gets no status of its own (and is ahead)" },
      { rule: "execution.behind-schedule", cell: "D5", why: "97.9% is far ahead of 66.67%" },
      { rule: "execution.rate-mismatch", cell: "F6", why: "超序时进度 is a difference of points, not a ratio" },
      { rule: "execution.overspent", why: "no line released more than its plan" },
    ],
  },
};
