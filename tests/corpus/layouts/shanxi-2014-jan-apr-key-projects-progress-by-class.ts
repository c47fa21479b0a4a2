import type { CorpusLayout } from "../types";

// 山西省重点工程建设办公室 (as reported 2014-05-26): 1—4月山西省重点工程完成投资情况 — 957.19亿元 done, 21.89% of the year's plan; by class
// 重大基础设施类, 产业项目类 (其中 新兴产业), 城镇化和生态环保类, each with its investment and share of plan; then the new starts: 230 planned,
// 77 started (33.48%), by class 1 / 63 (60 of them 新兴产业) / 11 / 2. Laid out as one table, investment and new starts side by side.
export const layout: CorpusLayout = {
  id: "shanxi-2014-jan-apr-key-projects-progress-by-class",
  source: {
    title: "1—4月山西省重点工程完成投资情况（分类完成情况表据正文拟）",
    url: "http://district.ce.cn/newarea/roll/201405/26/t20140526_2875610.shtml",
    publisher: "中国经济网（转载山西省重点办数据）",
    date: "2014-05-26",
    changes:
      "As reported: the classes (重大基础设施类, 产业项目类 with its 新兴产业, 城镇化和生态环保类, 民生社会事业类), the 230 planned new starts and the " +
      "77 started (33.48%), by class 1, 63 (60 新兴产业), 11 and 2. The report runs them as sentences (table-from-prose) and gives no plan by class; " +
      "the plans (adding up to 4,372.8亿元), the investment done and its shares are ours (the reported 957.19亿元 and 21.89% not kept), as are the planned new starts by class (adding up to 230). " +
      "Planted: 重大基础设施类 at 27.17%, 6.2 points behind 4/12 = 33.33%; 城镇化和生态环保类's share typed 35.21% where 104.2 / 320.5 = 32.51%.",
  },
  classes: [
    "execution", "investment-progress", "total-row-first", "qizhong-line", "side-by-side-blocks", "merged-block-headings", "count-columns",
    "start-rate-column", "two-decimal-rate", "yiyuan-caption", "time-progress-by-month", "notes-under-table", "table-from-prose", "news-report",
    "provincial-key-projects", "shanxi",
  ],
  settings: { asOf: "2014-04-30", district: "山西省" },
  sheets: [
    {
      name: "分类完成情况",
      widths: [24, 14, 14, 12, 12, 10, 10],
      rows: [
        ["2014年1—4月山西省重点工程分类完成情况", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：亿元、项"],
        ["项目类别", "投资完成情况", null, null, "新开工情况", null, null],
        [null, "年度投资计划", "1—4月完成投资", "完成年度计划", "计划新开工", "已开工", "开工率"],
        ["合计", 4372.8, 1444.1, 0.3302, 230, 77, 0.3348],
        ["重大基础设施类", 634.5, 172.4, 0.2717, 18, 1, 0.0556],
        ["产业项目类", 2863.4, 985.6, 0.3442, 142, 63, 0.4437],
        ["  其中：新兴产业", 1961.1, 701.5, 0.3577, 120, 60, 0.5],
        ["城镇化和生态环保类", 320.5, 104.2, 0.3521, 40, 11, 0.275],
        ["民生社会事业类", 554.4, 181.9, 0.3281, 30, 2, 0.0667],
        ["注：完成年度计划=完成投资/年度投资计划；开工率=已开工项目/计划新开工项目。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A3:A4", "B3:D3", "E3:G3", "A11:G11"],
      numberFormats: { "B5:C10": "#,##0.0", "D5:D10": "0.00%", "G5:G10": "0.00%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分类完成情况",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 10,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2014,
      },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "D6", why: "重大基础设施类: 172.4 / 634.5 = 27.17% against 4/12 = 33.33% as of 2014-04-30: 6.2 points behind" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "城镇化和生态环保类: 104.2 / 320.5 = 32.51%, typed 35.21%" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B5", why: "4,372.8 = 634.5 + 2,863.4 + 320.5 + 554.4; the 其中 新兴产业 1,961.1 is part of 产业项目类, not added" },
      { rule: "execution.total-mismatch", cell: "C5", why: "1,444.1 = 172.4 + 985.6 + 104.2 + 181.9, without the 其中 701.5" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "1,444.1 / 4,372.8 = 33.02%" },
      { rule: "execution.rate-mismatch", cell: "D8", why: "新兴产业 701.5 / 1,961.1 = 35.77%" },
      { rule: "execution.behind-schedule", cell: "G10", why: "开工率 6.67% (2 of 30 started) is a share of projects, no spending rate" },
      { rule: "execution.rate-mismatch", cell: "G6", why: "开工率 5.56% = 1 / 18, no money rate" },
      { rule: "execution.behind-schedule", cell: "D10", why: "民生社会事业类 32.81% is 0.5 points below 33.33%" },
      { rule: "execution.behind-schedule", cell: "D5", why: "the 合计 row gets no status of its own" },
      { rule: "execution.total-mismatch", cell: "E5", why: "230 = 18 + 142 + 40 + 30 planned new starts, counts" },
      { rule: "execution.overspent", why: "no class has done more than its plan" },
    ],
  },
};
