import type { CorpusLayout } from "../types";

// 海南日报 2012-08-15: the province's own state firms' 34 projects under “集中力量办大事” supervision — 19.89亿元 invested in the first half,
// 竣工 3.01 of a 4.47亿 plan, 续建 16.36, 新建 0.52. Laid out as the 国资委's 督办项目 progress table by stage: 项目个数 | 年度计划投资 |
// 上半年完成投资 | 完成年度计划, 合计 first, in 亿元.
export const layout: CorpusLayout = {
  id: "hainan-2012-h1-provincial-soe-supervised-projects",
  source: {
    title: "海南省属国企上半年完成重点项目投资19.89亿元（“集中力量办大事”督办项目分阶段进展表据报道拟）",
    url: "http://en.hongxingpaper.com/n2588025/n2588129/c2724237/content.html",
    publisher: "海南日报",
    date: "2012-08-15",
    changes:
      "Built from the report's prose (said so in the title): 34 projects (4 竣工, 13 续建, 17 新建), 19.89亿元 invested, 竣工 3.01 of 4.47 and 续建 16.36 " +
      "and 新建 0.52亿元 are as reported; the plans of 续建 (34.00, the report's 39.97 replaced) and 新建 (6.20) and the rates are ours (竣工's rate " +
      "written as its figures give, 67.34%, where the report says 67.42%). Planted: the 合计 row's 年度计划投资 typed 46.47 where 4.47 + 34.00 + 6.20 " +
      "= 44.67 (its rate 42.80% follows the typed figure); 新建 at 8.39% against the 50% of time gone by June.",
  },
  classes: ["execution", "investment-progress", "by-project-stage", "count-column", "total-row-first", "yiyuan-caption", "two-decimal-yiyuan", "rates-as-text", "time-progress-by-month", "notes-under-table", "table-from-prose", "news-report", "provincial-soe", "hainan"],
  sheets: [
    {
      name: "督办项目",
      widths: [18, 10, 14, 16, 14],
      rows: [
        ["2012年省属企业“集中力量办大事”督办投资项目上半年进展情况", null, null, null, null],
        ["截至2012年6月30日", null, null, null, "单位：个、亿元"],
        ["项目类别", "项目个数", "年度计划投资", "上半年完成投资", "完成年度计划"],
        ["合计", 34, 46.47, 19.89, "42.80%"],
        ["一、竣工项目", 4, 4.47, 3.01, "67.34%"],
        ["二、续建项目", 13, 34.0, 16.36, "48.12%"],
        ["三、新建项目", 17, 6.2, 0.52, "8.39%"],
        ["注：东环铁路去年底竣工通车，仅剩少量附属工程尾工；龙潭岭山庄3月竣工并试营业。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:D2", "A8:E8"],
      numberFormats: { "C4:D7": "0.00" },
    },
  ],
  settings: { asOf: "2012-06-30", district: "海南省" },
  expect: {
    tables: [
      { sheet: "督办项目", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 7, year: 2012, columns: { A: "line", C: "adjustedBudget", D: "actual", E: "rate" } },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "合计 年度计划投资 46.47 where 4.47 + 34.00 + 6.20 = 44.67: 1.80亿元 over" },
      { rule: "execution.behind-schedule", cell: "E7", why: "新建项目 0.52 / 6.20 = 8.39% against 6/12 = 50% by 2012-06-30: 41.61 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D4", why: "3.01 + 16.36 + 0.52 = 19.89" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "19.89 / 46.47 = 42.80%, the rate of the figures as typed" },
      { rule: "execution.rate-mismatch", cell: "E5", why: "3.01 / 4.47 = 67.34%" },
      { rule: "execution.rate-mismatch", cell: "E6", why: "16.36 / 34.00 = 48.12%" },
      { rule: "execution.behind-schedule", cell: "E6", why: "续建 48.12% is 1.88 points under 50% — within 5" },
      { rule: "execution.behind-schedule", cell: "E4", why: "a 合计 row gets no status of its own" },
      { rule: "execution.total-mismatch", cell: "B4", why: "项目个数 4 + 13 + 17 = 34 (counts)" },
    ],
  },
};
