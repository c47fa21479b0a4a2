import type { CorpusLayout } from "../types";

// The same funding form's 能源材料费支出明细表: 小计 heading rows each followed by "其中：" lines,
// two categories without lines, and a free-text grand total (累计).
export const layout: CorpusLayout = {
  id: "materials-annex-qiqiwenku",
  source: {
    title: "科技项目经费预算/决算表 — 能源材料费支出明细表",
    url: "https://m.qiqiwenku.com/doc/193681.html",
    publisher: "qiqiwenku (a provincial science-project funding form)",
    changes:
      "Title, unit caption, header wording (材料类别/数量/单价(万元/单位数量)/总支出数/其中：科技经费支出数), the category " +
      "rows (一、原材料小计 … 四、其他材料费用) with their 其中 lines, and 累计 as published; the form's blank 其中 lines " +
      "are filled with invented materials and figures. Planted: 累计 states 84.00 where the four categories give 82.00.",
  },
  classes: ["composition", "subtotals", "qizhong-lines", "free-text-total", "unit-times-quantity", "wanyuan-caption"],
  sheets: [
    {
      name: "能源材料费",
      widths: [26, 10, 20, 12, 20],
      rows: [
        ["能源材料费支出明细表", null, null, null, null],
        [null, null, null, null, "单位：万元（保留两位小数）"],
        ["材料类别", "数量", "单价(万元/单位数量)", "总支出数", "其中：科技经费支出数"],
        ["一、原材料小计", null, null, 58.4, 40],
        ["其中：碳纤维预浸料（千克）", 120, 0.32, 38.4, 30],
        ["其中：环氧树脂（千克）", 50, 0.4, 20, 10],
        ["二、燃料动力费小计", null, null, 14.2, 14.2],
        ["其中：电费（万千瓦时）", 12.5, 0.78, 9.75, 9.75],
        ["其中：天然气（万立方米）", 1.78, 2.5, 4.45, 4.45],
        ["三、低值易耗品", null, null, 6.3, 6.3],
        ["四、其他材料费用", null, null, 3.1, 0],
        ["累计", null, null, 84, 60.5],
      ],
      merges: ["A1:E1"],
      numberFormats: { "C5:C9": "0.00", "D4:E12": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "能源材料费",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { A: "line", B: "quantity", C: "unitAmount", D: "amount" },
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "D12",
        why: "累计 states 84.00; the categories 58.40 + 14.20 + 6.30 + 3.10 = 82.00: 2.00万元 apart",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D4", why: "一、原材料小计 58.40 = 38.40 + 20.00" },
      { rule: "composition.total-mismatch", cell: "D7", why: "二、燃料动力费小计 14.20 = 9.75 + 4.45" },
      {
        rule: "composition.total-mismatch",
        cell: "E12",
        why: "其中 column: 40.00 + 14.20 + 6.30 + 0.00 = 60.50, as stated (小计 rows counted once, their 其中 lines not again)",
      },
      { rule: "composition.line-mismatch", cell: "D8", why: "12.5 × 0.78 = 9.75" },
      { rule: "composition.line-mismatch", cell: "D9", why: "1.78 × 2.50 = 4.45" },
    ],
  },
};
