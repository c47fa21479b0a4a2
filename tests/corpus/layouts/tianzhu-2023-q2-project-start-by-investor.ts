import type { CorpusLayout } from "../types";

// 甘肃天祝县 2023-05-25: 36 projects started in the second quarter, 总投资52.25亿元, 年内计划18.23亿元 — 27 government projects (20.57 / 12.75) and
// 9 enterprise projects (31.68 / 5.48), 亿元以上 13 (44.38); named projects under each 小计, the rest on one line.
export const layout: CorpusLayout = {
  id: "tianzhu-2023-q2-project-start-by-investor",
  source: {
    title: "甘肃天祝36个重大工程吹响集中开建冲锋号（集中开工项目汇总表据报道拟）",
    url: "https://www.seetao.com/details/215585.html",
    publisher: "见道网（报道）",
    date: "2023-05-25",
    changes:
      "Table from prose: the totals 36 / 52.25 / 18.23, the two groups 27 / 20.57 / 12.75 and 9 / 31.68 / 5.48, 亿元以上 13 / 44.38 and the project names as reported. " +
      "Ours: the grid, every named project's figures and the rest-of-group lines. Planted: 宁波欧达松山滩20万千瓦风电 总投资 typed 18.20 (12.80), so the " +
      "enterprise 小计 31.68 misses its lines 6.10 + 18.20 + 0.35 + 12.43 = 37.08.",
  },
  classes: ["composition", "allocation-by-project", "section-subtotal-row", "outline-numbering", "total-row-first", "qizhong-row", "rest-on-one-line", "count-column", "two-money-columns", "two-decimal-yiyuan", "yiyuan-caption", "table-from-prose", "news-report", "county-level", "gansu"],
  settings: { district: "天祝藏族自治县" },
  sheets: [
    {
      name: "集中开工项目",
      widths: [8, 46, 10, 12, 14],
      rows: [
        ["天祝县2023年第二季度集中开工项目汇总表（表据报道拟）", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["序号", "项目名称", "项目个数", "总投资", "年内计划投资"],
        ["合计", null, 36, 52.25, 18.23],
        [null, "其中：亿元以上项目", 13, 44.38, null],
        ["一", "政府投资项目", 27, 20.57, 12.75],
        [1, "天祝县高铁西站应急避难场建设项目", 1, 0.86, 0.52],
        [2, "2023年天祝县生态及地质灾害避险搬迁项目", 1, 2.35, 1.6],
        [3, "天祝县天堂景区旅游基础设施建设项目", 1, 1.48, 0.9],
        [4, "天祝金强工业集中区石门产业园孵化基地建设项目", 1, 1.12, 0.75],
        [5, "天祝县干渣子重点调蓄水池工程", 1, 3.2, 1.8],
        [6, "抓喜秀龙旅游基础设施建设项目", 1, 0.64, 0.4],
        [7, "其他政府投资项目", 21, 10.92, 6.78],
        ["二", "企业投资项目", 9, 31.68, 5.48],
        [1, "甘肃电气天祝县松山滩10万千瓦风电项目", 1, 6.1, 1.2],
        [2, "宁波欧达松山滩20万千瓦风电项目", 1, 18.2, 2.1],
        [3, "天堂镇星级民宿建设项目", 1, 0.35, 0.2],
        [4, "其他企业投资项目", 6, 12.43, 1.98],
      ],
      merges: ["A1:E1", "A4:B4"],
      numberFormats: { "D4:E18": "0.00" },
    },
  ],
  // Corrected after the hundred-and-fifty-fourth holdout's measurement (counted failed): stated 总投资 as the amount and the
  // year's plan as a further column; the corpus reads a plan's investment for the year as its amount, 总投资 a further column.
  expect: {
    tables: [
      { sheet: "集中开工项目", kind: "composition", unit: "亿元", headerRow: 3, lastRow: 18, columns: { B: "line", D: "amount:总投资", E: "amount" }, year: 2023 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D14", why: "企业投资项目 小计 31.68 against its lines 6.10 + 18.20 + 0.35 + 12.43 = 37.08: 5.40 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D4", why: "合计 52.25 = 20.57 + 31.68, the two 小计 as typed: the slip is reported once, at the 小计" },
      { rule: "composition.total-mismatch", cell: "E4", why: "18.23 = 12.75 + 5.48" },
      { rule: "composition.total-mismatch", cell: "D6", why: "0.86 + 2.35 + 1.48 + 1.12 + 3.20 + 0.64 + 10.92 = 20.57" },
      { rule: "composition.total-mismatch", cell: "E6", why: "0.52 + 1.60 + 0.90 + 0.75 + 1.80 + 0.40 + 6.78 = 12.75" },
      { rule: "composition.total-mismatch", cell: "E14", why: "1.20 + 2.10 + 0.20 + 1.98 = 5.48" },
      { rule: "composition.total-mismatch", cell: "D5", why: "其中：亿元以上项目 44.38 is a share of the 合计, never added into it" },
      { rule: "register.ineligible-location", why: "no place column; 松山滩, 天堂镇 are places inside 天祝县" },
    ],
  },
};
