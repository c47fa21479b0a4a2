import type { CorpusLayout } from "../types";

// 黔南州2018年国民经济和社会发展统计公报: 公共财政支出416.61亿元 (+10.2%); 教育支出83.74亿元 (+8.1%), 20.1% of it; 节能环保 +43.2%, 社会保障和就业
// +15.6%, 医疗卫生与计划生育 +14.9%, 住房保障 +14.6%, 一般公共服务 +14.3%. Set as spending by function with growth and share — nothing to report.
export const layout: CorpusLayout = {
  id: "qiannan-2018-public-spending-by-function",
  source: {
    title: "黔南州2018年国民经济和社会发展统计公报（八、财政和金融；公共财政支出分项表据公报拟）",
    url: "https://web.xiaze.org/tjgb/201904/57303-2.html",
    publisher: "黔南州统计局（转载）",
    date: "2019-04",
    changes:
      "Table from prose: 416.61 (+10.2%), 教育 83.74 (+8.1%, 20.1%) and the five growth rates as published. Ours: the grid, every other function's amount, " +
      "农林水's growth and the 其他支出 line closing the list to 416.61. Nothing planted (clean).",
  },
  classes: ["execution", "spending-only", "growth-column", "share-column", "total-row-first", "qizhong-list-closed-by-rest", "two-decimal-yiyuan", "yiyuan-caption", "statistics-bulletin", "notes-under-table", "table-from-prose", "prefecture-level", "guizhou", "clean"],
  settings: { district: "黔南布依族苗族自治州" },
  sheets: [
    {
      name: "财政支出",
      widths: [30, 14, 16, 20],
      rows: [
        ["2018年黔南州公共财政支出主要项目（表据公报拟）", null, null, null],
        [null, null, null, "单位：亿元"],
        ["项目", "2018年", "比上年增长（%）", "占公共财政支出比重（%）"],
        ["公共财政支出", 416.61, 10.2, null],
        ["其中：教育", 83.74, 8.1, 20.1],
        ["      社会保障和就业", 52.36, 15.6, null],
        ["      医疗卫生与计划生育", 41.28, 14.9, null],
        ["      农林水", 68.95, 6.5, null],
        ["      住房保障", 17.42, 14.6, null],
        ["      一般公共服务", 38.17, 14.3, null],
        ["      节能环保", 9.86, 43.2, null],
        ["      其他支出", 104.83, "—", null],
        ["注：教育支出占公共财政预算支出的比重达20.1%。", null, null, null],
      ],
      merges: ["A1:D1", "A13:D13"],
      numberFormats: { "B4:B12": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "财政支出", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 12, columns: { A: "line", B: "actual" }, year: 2018 },
    ],
    findings: [],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "83.74 + 52.36 + 41.28 + 68.95 + 17.42 + 38.17 + 9.86 + 104.83 = 416.61: the 其中 list, closed by 其他支出, is all of it" },
      { rule: "execution.rate-mismatch", cell: "C4", why: "比上年增长 is growth on last year, never a rate" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "20.1% = 83.74 / 416.61 is a share of the whole, no execution rate" },
      { rule: "execution.overspent", why: "no budget column" },
      { rule: "execution.no-spending", why: "no budget column" },
      { rule: "execution.behind-schedule", why: "no budget column; 2018 is a past year" },
      { rule: "input.unreadable-value", cell: "C12", why: "— is no growth figure given" },
    ],
  },
};
