import type { CorpusLayout } from "../types";

// 南宁日报 2015-08-21: 上林县's 以工代赈 money of 2013–2015 (1018万元 from the centre for 41 屯级 roads, 67.2 km, and one bridge) and
// what each year's works were paid — 376, 280 and 164万元 by 8月19日. The report gives no table: laid out as a county's
// 拨付进度表, one row per year, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "shanglin-2013-2015-work-relief-road-payments",
  source: {
    title: "上林县：财政扶贫资金项目有效推进（以工代赈资金分年度拨付进度表据报道拟）",
    url: "http://f.china.com.cn/2015-08/21/content_36373271.htm",
    publisher: "南宁日报（上林县）",
    date: "2015-08-21",
    changes:
      "Built from the report's prose (said so in the title): the 1018万元 of central 以工代赈 money for 2013–2015, the works (41 屯级 roads, 67.2 km, " +
      "one bridge) and the sums paid per year (376 / 280 / 164万元, as of 8月19日) are as reported; the split of the 1018万元 by year (380 / 292 / 346), " +
      "the tasks per year and the rates are ours. Planted: 2014's 拨付进度 typed 98.59% where 280 / 292 = 95.89%; 2015 paid 164 of 346 (47.40%) against " +
      "the 66.67% of time gone by August.",
  },
  classes: ["execution", "disbursement-progress", "year-per-row", "text-task-column", "as-of-in-caption", "past-years-at-year-end", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "rates-as-text", "two-decimal-rates", "notes-under-table", "table-from-prose", "news-report", "county-fund", "guangxi"],
  sheets: [
    {
      name: "拨付进度",
      widths: [10, 18, 34, 14, 12],
      rows: [
        ["上林县2013—2015年中央财政以工代赈资金拨付进度表", null, null, null, null],
        ["截至2015年8月19日", null, null, null, "单位：万元"],
        ["年度", "下达以工代赈资金", "建设任务", "累计拨付工程款", "拨付进度"],
        ["2013年", 380, "屯级道路16条18.1公里（含泥结道路1.3公里），独立桥1座", 376, "98.95%"],
        ["2014年", 292, "屯级水泥道路9条16.6公里，泥结道路1.33公里", 280, "98.59%"],
        ["2015年", 346, "屯级道路16条31.17公里", 164, "47.40%"],
        ["合计", 1018, "屯级道路41条67.2公里，独立桥1座", 820, "80.55%"],
        ["注：项目由所在地经联社组织群众实施，按群众意愿建设水泥道路或泥结道路；2015年已完成道路建设13条。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:D2", "A8:E8"],
      numberFormats: { "B4:B7": "#,##0", "D4:D7": "#,##0" },
    },
  ],
  settings: { asOf: "2015-08-19", district: "南宁市上林县" },
  expect: {
    tables: [
      { sheet: "拨付进度", kind: "execution", unit: "万元", headerRow: 3, lastRow: 7, columns: { A: "year", B: "adjustedBudget", C: "line", D: "actual", E: "rate" } },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "E5", why: "2014: 拨付进度 typed 98.59% where 280 / 292 = 95.89%" },
      { rule: "execution.behind-schedule", cell: "E6", why: "2015: 164 / 346 = 47.40% paid against 8/12 = 66.67% of the year gone by 2015-08-19: 19.27 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B7", why: "380 + 292 + 346 = 1018" },
      { rule: "execution.total-mismatch", cell: "D7", why: "376 + 280 + 164 = 820" },
      { rule: "execution.rate-mismatch", cell: "E7", why: "820 / 1018 = 80.55%" },
      { rule: "execution.behind-schedule", cell: "E4", why: "2013 measured at its year's end: 376 / 380 = 98.95%, 1.05 points under 100%" },
      { rule: "execution.behind-schedule", cell: "E5", why: "2014 at its year's end: 280 / 292 = 95.89%, 4.11 points under 100% — within 5" },
      { rule: "execution.behind-schedule", cell: "E7", why: "a 合计 row gets no status of its own" },
      { rule: "execution.overspent", why: "no year paid more than it was given" },
    ],
  },
};
