import type { CorpusLayout } from "../types";

// 中国甘肃网 2015-04-28 (reposted by 光伏产业观察网): 166 省列重大项目, of them 82 省上重点推进 (总投资8142.7亿元, 年度计划1110.9亿元); the 10 railway
// projects' 年度计划 262.2亿元 with 23.1亿元 done in 1-3月 (8.8%). Set as an investment-progress table by field, 合计 first.
export const layout: CorpusLayout = {
  id: "gansu-2015-q1-key-major-projects-progress",
  source: {
    title: "甘肃省82个重大项目累计完成投资84.4亿元（省上重点推进重大项目1-3月投资完成情况表据报道拟）",
    url: "http://my.ally.net.cn/index.php/a/lists/catid/1499/ucatid/1277/commid/1/id/2076/siteid/6/",
    publisher: "光伏产业观察网（转载中国甘肃网）",
    date: "2015-04-28",
    changes:
      "Table from prose: 82 projects, 总投资 8,142.7, 年度计划 1,110.9 and the railway line (10 | 262.2 | 23.1 | 8.8%) as reported. Ours: the grid, the other six " +
      "fields' figures (adding to the reported totals) and every 1-3月 figure but the railway's. Planted: 能源's share typed 29.4% where 47.6 / 198.7 = 24.0%; " +
      "the railway's 8.8% is the report's own, far behind 3/12 = 25%.",
  },
  classes: ["execution", "investment-progress", "total-row-first", "count-column", "total-investment-column", "share-of-year-plan", "one-decimal-yiyuan", "yiyuan-caption", "as-of-in-title", "time-progress-by-month", "notes-under-table", "table-from-prose", "news-report", "province-level", "gansu"],
  settings: { district: "甘肃省", asOf: "2015-03-31" },
  sheets: [
    {
      name: "1-3月进展",
      widths: [6, 18, 10, 12, 14, 14, 14],
      rows: [
        ["2015年省上重点推进重大项目1-3月投资完成情况表（表据报道拟）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：亿元"],
        ["序号", "行业领域", "项目个数", "总投资", "年度计划投资", "1-3月完成投资", "占年度计划%"],
        ["合计", null, 82, 8142.7, 1110.9, 215.6, "19.4%"],
        [1, "铁路", 10, 3005.4, 262.2, 23.1, "8.8%"],
        [2, "公路", 24, 2210.6, 356.8, 80.3, "22.5%"],
        [3, "民航", 4, 96.5, 28.4, 6.2, "21.8%"],
        [4, "水利", 9, 412.3, 86.5, 18.9, "21.8%"],
        [5, "能源", 15, 1453.2, 198.7, 47.6, "29.4%"],
        [6, "工业", 12, 612.8, 120.4, 26.1, "21.7%"],
        [7, "城建及社会事业", 8, 351.9, 57.9, 13.4, "23.1%"],
        ["注：省列重大项目共166个，年度计划投资1397.6亿元；本表为省上重点推进的82个，占省列重大项目年度计划投资的79.5%。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A4:B4", "A12:G12"],
      numberFormats: { "D4:F11": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "1-3月进展", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 11, columns: { B: "line", E: "adjustedBudget", F: "actual", G: "rate" }, year: 2015 },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "G5", why: "铁路 23.1 / 262.2 = 8.8% against time progress 3/12 = 25%: 16.2 points behind" },
      { rule: "execution.rate-mismatch", cell: "G9", why: "能源 47.6 / 198.7 = 24.0%, not the 29.4% stated" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "E4", why: "262.2 + 356.8 + 28.4 + 86.5 + 198.7 + 120.4 + 57.9 = 1,110.9" },
      { rule: "execution.total-mismatch", cell: "F4", why: "23.1 + 80.3 + 6.2 + 18.9 + 47.6 + 26.1 + 13.4 = 215.6" },
      { rule: "execution.total-mismatch", cell: "D4", why: "总投资 3,005.4 + 2,210.6 + 96.5 + 412.3 + 1,453.2 + 612.8 + 351.9 = 8,142.7" },
      { rule: "execution.rate-mismatch", cell: "G4", why: "215.6 / 1,110.9 = 19.4%" },
      { rule: "execution.behind-schedule", cell: "G4", why: "a 合计 row gets no status of its own" },
      { rule: "execution.behind-schedule", cell: "G10", why: "工业 21.7% is 3.3 points behind 25%, within 5" },
      { rule: "execution.behind-schedule", cell: "G8", why: "水利 18.9 / 86.5 = 21.8%, within 5 points of 25%" },
      { rule: "execution.overspent", why: "no field's spending passes its year's plan" },
    ],
  },
};
