import type { CorpusLayout } from "../types";

// 广西 自治区财政厅 (广西县域经济网, 7月28日): 乡村振兴发展资金 13.2亿元 for the infrastructure of 273 parks — 路网 165, 给排水和污水处理 78,
// 电网 25, 燃气 3, 信息网络 2 projects, each kind with its 总投资 and 年度计划投资 in 亿元; laid out as a table by kind, 合计 first.
export const layout: CorpusLayout = {
  id: "guangxi-park-infrastructure-rural-revitalisation-fund",
  source: {
    title: "广西下达乡村振兴发展资金13.2亿元 支持273个园区基础设施建设（园区基础设施项目情况表据报道拟）",
    url: "http://m.gxcounty.com/show-7-143499-0.html",
    publisher: "广西壮族自治区财政厅（广西县域经济网记者报道）",
    date: "7月28日（年份页面未载）",
    changes:
      "The report gives the five kinds with their project counts, 总投资 and 年度计划投资 and the totals (273个, 304.87亿元, 110.39亿元); the table, " +
      "its headings, the 合计 row first and the note are ours (表据报道拟). The report's own figures miss their totals by 0.01 (总投资 304.86, 年度计划 " +
      "110.40): we typed 给排水 41.48 for 41.47 so 总投资 adds up. Planted: 园区电网 年度计划投资 typed 2.80 (the report's 2.08), so the year's " +
      "plan adds up to 111.12 against the 合计 110.39.",
  },
  classes: ["composition", "plan-by-kind", "count-column", "total-investment-column", "annual-plan-column", "units-in-headings", "total-row-first", "two-decimal-yiyuan", "notes-under-table", "table-from-prose", "news-report", "province-fund", "guangxi"],
  sheets: [
    {
      name: "项目情况",
      widths: [6, 24, 14, 16, 20],
      rows: [
        ["广西乡村振兴发展资金支持园区基础设施项目情况表", null, null, null, null],
        ["序号", "项目类别", "项目数（个）", "总投资（亿元）", "年度计划投资（亿元）"],
        [null, "合计", 273, 304.87, 110.39],
        [1, "园区路网", 165, 259.3, 85.28],
        [2, "园区给排水和污水处理", 78, 41.48, 22.31],
        [3, "园区电网", 25, 2.65, 2.8],
        [4, "园区燃气", 3, 1.41, 0.71],
        [5, "园区信息网络", 2, 0.03, 0.02],
        ["注：本次下达乡村振兴发展资金13.2亿元，用于全区273个园区路网、给排水和污水处理等基础设施建设。", null, null, null, null],
      ],
      merges: ["A1:E1", "A9:E9"],
      numberFormats: { "D3:E8": "0.00" },
    },
  ],
  expect: {
    tables: [
      // Corrected after the hundred-and-first holdout's measurement (counted failed): stated at first with 总投资 as the amount.
      // The corpus reads a plan's investment for the year as its amount, 总投资 a further column (nanchang-2022-provincial-key-projects,
      // xixia-2026, shanxi-2021).
      { sheet: "项目情况", kind: "composition", unit: "亿元", headerRow: 2, lastRow: 8, columns: { B: "line", C: "quantity", D: "amount:总投资", E: "amount" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E3", why: "年度计划投资 合计 110.39 ≠ 85.28 + 22.31 + 2.80 + 0.71 + 0.02 = 111.12 (0.73亿元 apart)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D3", why: "259.30 + 41.48 + 2.65 + 1.41 + 0.03 = 304.87, as stated" },
      { rule: "composition.total-mismatch", cell: "C3", why: "165 + 78 + 25 + 3 + 2 = 273 projects" },
      { rule: "composition.line-mismatch", why: "no unit amount: 总投资 is no count times a standard" },
      { rule: "composition.total-mismatch", cell: "A9", why: "the 13.2亿元 in the note is the money sent down, not a figure of the table" },
    ],
  },
};
