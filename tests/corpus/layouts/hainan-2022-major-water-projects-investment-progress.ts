import type { CorpusLayout } from "../types";

// 海南: four 重大水利工程 (迈湾、天角潭、琼西北供水、南繁基地水利设施) — total investment, cumulative completion and its share,
// the year's investment plan, what was completed by 3月23日 and its share of the plan. Laid out as a progress table from the report.
export const layout: CorpusLayout = {
  id: "hainan-2022-major-water-projects-investment-progress",
  source: {
    title: "两部委再次下达13亿元中央预算内投资支持海南重大水利工程建设（投资完成情况表据报道拟）",
    url: "http://tre306.cn/hangye/2022/0326/467719.html",
    publisher: "央广网（海南省发展改革委）",
    date: "2022-03-26",
    changes:
      "As published: the four projects and their names, the measures given for each (总投资, 累计完成投资 and 占项目总投资%, 完成年度投资 and 占年度投资计划%), " +
      "the as-of date 截至3月23日, and the 13亿元 just sent down (迈湾5、天角潭2、琼西北5、南繁1亿元), kept as the note. " +
      "Ours: the table itself (built from the prose), every figure (in 亿元, shares to one decimal as the report gives them), the 合计 row. " +
      "Planted: 琼西北供水工程's share of the year's plan typed 35.0 (2.50 / 10.00 = 25.0%); 南繁基地 at 16.7% of its plan by March (time progress 3/12 = 25%).",
  },
  classes: ["execution", "investment-progress", "two-share-columns", "rate-column", "rates-as-numbers", "yiyuan-caption", "as-of-in-title", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "province-fund", "hainan"],
  settings: { asOf: "2022-03-23", district: "海南省" },
  sheets: [
    {
      name: "投资完成情况",
      widths: [6, 36, 10, 14, 14, 14, 14, 16],
      rows: [
        ["海南省重大水利工程投资完成情况表", null, null, null, null, null, null, null],
        ["（截至2022年3月23日）", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：亿元"],
        ["序号", "项目名称", "总投资", "累计完成投资", "占项目总投资（%）", "年度投资计划", "完成年度投资", "占年度投资计划（%）"],
        [1, "迈湾水利枢纽工程", 72.8, 41.9, 57.6, 16, 5.3, 33.1],
        [2, "天角潭水利枢纽工程", 43.1, 26.2, 60.8, 14, 3.6, 25.7],
        [3, "琼西北供水工程", 43.9, 8.1, 18.5, 10, 2.5, 35.0],
        [4, "南繁基地（乐东、三亚片）水利设施建设工程", 8.5, 7.0, 82.4, 1.02, 0.17, 16.7],
        ["合计", null, 168.3, 83.2, 49.4, 41.02, 11.57, 28.2],
        ["注：近日国家发展改革委、水利部下达中央预算内投资13亿元，其中迈湾水利枢纽工程5亿元、天角潭水利枢纽工程2亿元、琼西北供水工程5亿元、南繁基地（乐东、三亚片）水利设施建设工程1亿元。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:H2", "A9:B9", "A10:H10"],
      numberFormats: { "C5:D9": "0.00", "F5:G9": "0.00", "E5:E9": "0.0", "H5:H9": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "投资完成情况",
        kind: "execution",
        unit: "亿元",
        headerRow: 4,
        lastRow: 9,
        columns: { B: "line", F: "adjustedBudget", G: "actual", H: "rate" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "H7", why: "琼西北供水工程: 2.50 / 10.00 = 25.0%, stated 35.0" },
      { rule: "execution.behind-schedule", cell: "H8", why: "南繁基地: 0.17 / 1.02 = 16.7% of the year's plan as of 2022-03-23, time progress 3/12 = 25.0%: 8.3 points behind" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "H7", why: "琼西北供水工程 has completed 25.0% of its plan, equal to time progress; its 18.5% of total investment is a cumulative share, not the year's rate" },
      { rule: "execution.rate-mismatch", cell: "E7", why: "8.10 / 43.90 = 18.45% → 18.5, as stated (the cumulative share)" },
      { rule: "execution.rate-mismatch", cell: "H9", why: "11.57 / 41.02 = 28.21% → 28.2, as stated" },
      { rule: "execution.total-mismatch", cell: "F9", why: "16 + 14 + 10 + 1.02 = 41.02; 5.30 + 3.60 + 2.50 + 0.17 = 11.57; 72.80 + 43.10 + 43.90 + 8.50 = 168.30; 41.90 + 26.20 + 8.10 + 7.00 = 83.20 — all as stated" },
      { rule: "execution.overspent", why: "no project has completed more than its year's plan" },
      { rule: "execution.behind-schedule", cell: "H9", why: "the 合计 row carries no status of its own (and 28.2% is ahead of 25%)" },
      { rule: "execution.behind-schedule", cell: "H6", why: "天角潭: 3.60 / 14 = 25.7%, ahead of 25%" },
    ],
  },
};
