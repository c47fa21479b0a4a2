import type { CorpusLayout } from "../types";

// 辽宁 铁岭县人民政府办公室 2023-10-18: 2023年谋划争取资金项目85个 — 中央预算内及省财力补助资金项目73个 by kind (基础设施21、农业林水利22、
// 社会事业22、生态环保6、数字经济2), then 拟发债项目12个 (一般债4、专项债8), each with 项目总投资 | 拟争取 | 已到位 in 亿元. Laid out as that table:
// 总计 first, two sections with their lines, counts beside the money.
export const layout: CorpusLayout = {
  id: "tieling-county-2023-fund-seeking-projects",
  source: {
    title: "铁岭县2023年谋划争取资金项目情况（项目情况表据报道拟）",
    url: "http://www.tieling.gov.cn/tieling/ywdt/qsgd/2023101816070657475/index.html",
    publisher: "铁岭县人民政府办公室",
    date: "2023-10-18",
    changes:
      "Every figure is as published; the table, its headings and its order are ours (表据正文拟). Left as published, and so the findings: the 中央预算内及省财力 " +
      "section's 已到位 3.1亿元 where its five kinds add up to 2.93 (数字经济 states none: a dash), and the 拟发债 section's 14.12 where 一般债 6.6 + 专项债 " +
      "7.25 = 13.85. The 总计 (85, 55.95, 34.9, 4.3) agrees with the two sections as stated. The sections' 总投资 30.45 and 拟争取 20.78 sit 0.01 from their " +
      "lines (30.46, 20.79): rounding of 2-decimal 亿元.",
  },
  classes: ["composition", "plan-by-kind", "section-rows", "count-columns", "several-amount-columns", "dash-cells", "two-decimal-yiyuan", "yiyuan-caption", "count-and-money-caption", "total-row-first", "published-slips", "notes-under-table", "table-from-prose", "county-report", "liaoning"],
  settings: { district: "铁岭县" },
  sheets: [
    {
      name: "争取资金项目",
      widths: [34, 12, 14, 14, 14],
      rows: [
        ["铁岭县2023年谋划争取资金项目情况表", null, null, null, null],
        [null, null, null, null, "单位：个、亿元"],
        ["项目类别", "项目个数", "项目总投资", "拟争取资金", "已到位资金"],
        ["总计", 85, 55.95, 34.9, 4.3],
        ["一、中央预算内及省财力补助资金项目", 73, 30.45, 20.78, 3.1],
        ["  基础设施项目", 21, 8.08, 6.25, 0.89],
        ["  农业林水利项目", 22, 17.94, 11.23, 1.62],
        ["  社会事业项目", 22, 3.37, 2.52, 0.27],
        ["  生态环保项目", 6, 0.93, 0.67, 0.15],
        ["  数字经济项目", 2, 0.14, 0.12, "—"],
        ["二、拟发债项目", 12, 25.5, 14.12, 1.2],
        ["  一般债项目", 4, 11.8, 6.6, 0.4],
        ["  专项债项目", 8, 13.7, 7.25, 0.8],
        ["注：已成功发债项目2个，铁岭县凡河新区污水管网维修改造配套恢复工程0.4亿元、铁岭县城乡供水项目一期工程0.8亿元。", null, null, null, null],
      ],
      merges: ["A1:E1", "A14:E14"],
      numberFormats: { "C4:E13": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "争取资金项目",
        kind: "composition",
        unit: "亿元",
        headerRow: 3,
        lastRow: 13,
        columns: { A: "line", B: "quantity", C: "amount:项目总投资", D: "amount", E: "amount:已到位资金" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E5", why: "已到位 3.10 where 0.89 + 1.62 + 0.27 + 0.15 + — = 2.93 (0.17亿元 off)" },
      { rule: "composition.total-mismatch", cell: "D11", why: "拟发债 14.12 where 一般债 6.60 + 专项债 7.25 = 13.85 (0.27亿元 off)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C5", why: "8.08 + 17.94 + 3.37 + 0.93 + 0.14 = 30.46 against 30.45: within the rounding of five 2-decimal 亿元 figures" },
      { rule: "composition.total-mismatch", cell: "D5", why: "6.25 + 11.23 + 2.52 + 0.67 + 0.12 = 20.79 against 20.78: rounding" },
      { rule: "composition.total-mismatch", cell: "E4", why: "总计 4.30 = 3.10 + 1.20, the sections as stated (the slip is reported once, at E5)" },
      { rule: "composition.total-mismatch", cell: "D4", why: "34.90 = 20.78 + 14.12, the sections as stated (reported once, at D11)" },
      { rule: "composition.total-mismatch", cell: "B4", why: "85 = 73 + 12; 73 = 21 + 22 + 22 + 6 + 2; 12 = 4 + 8 (counts)" },
      { rule: "composition.total-mismatch", cell: "C11", why: "11.80 + 13.70 = 25.50" },
      { rule: "input.unreadable-value", cell: "E10", why: "a dash: nothing arrived yet" },
    ],
  },
};
