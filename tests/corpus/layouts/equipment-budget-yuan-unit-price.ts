import type { CorpusLayout } from "../types";

// An equipment budget in 万元 whose unit prices are in 元 per 台件 (the mix budget annexes often
// carry), grouped by category with free-text totals (生产设备合计, 检测设备合计, 设备合计).
export const layout: CorpusLayout = {
  id: "equipment-budget-yuan-unit-price",
  source: {
    title: "科技项目经费预算/决算表 — 设备费支出明细表（1万—30万元）",
    url: "https://m.qiqiwenku.com/doc/193681.html",
    publisher: "qiqiwenku (a provincial science-project funding form)",
    changes:
      "Derived from the published 设备费支出明细表 (序号/设备名称/设备型号/单价/数量/总价 in a 万元 table) with two " +
      "deliberate changes the publication does not have: the unit price header reads 单价（元/台件） (元 in a 万元 " +
      "table) and the devices are grouped under category rows with free-text totals (生产设备合计, 检测设备合计, " +
      "设备合计) and a 资金来源 column. All figures invented. Planted: 设备合计 states 497.90 where 403.80 + 84.10 = 487.90.",
  },
  classes: ["composition", "equipment-annex", "mixed-units", "free-text-total", "category-rows", "wanyuan-caption"],
  sheets: [
    {
      name: "设备购置预算",
      widths: [6, 18, 14, 16, 12, 12, 12],
      rows: [
        ["设备购置预算明细表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "设备名称", "规格型号", "单价（元/台件）", "数量（台件）", "金额", "资金来源"],
        ["一、生产设备", null, null, null, null, null, null],
        [1, "数控加工中心", "VMC850", 386000, 4, 154.4, "专项资金"],
        [2, "工业机器人", "IRB 2600", 245000, 6, 147, "专项资金"],
        [3, "激光切割机", "G3015", 512000, 2, 102.4, "自筹"],
        ["生产设备合计", null, null, null, null, 403.8, null],
        ["二、检测设备", null, null, null, null, null, null],
        [4, "三坐标测量机", "CMM-7106", 468000, 1, 46.8, "专项资金"],
        [5, "光谱分析仪", "SPECTRO-M", 296000, 1, 29.6, "自筹"],
        [6, "粗糙度仪", "SJ-410", 38500, 2, 7.7, "自筹"],
        ["检测设备合计", null, null, null, null, 84.1, null],
        ["设备合计", null, null, null, null, 497.9, null],
      ],
      merges: ["A1:G1", "A4:G4", "A8:E8", "A9:G9", "A13:E13", "A14:E14"],
      numberFormats: { "D5:D12": "#,##0", "F5:F14": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "设备购置预算",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { A: "code", B: "line", D: "unitAmount", E: "quantity", F: "amount" },
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "F14",
        why: "设备合计 states 497.90万元; 生产设备合计 403.80 + 检测设备合计 84.10 = 487.90: 10.00万元 apart",
      },
    ],
    absent: [
      {
        rule: "composition.line-mismatch",
        why: "单价 is in 元, 金额 in 万元: 386,000元 × 4 = 1,544,000元 = 154.40万元, and so on for every line",
      },
      { rule: "composition.total-mismatch", cell: "F8", why: "生产设备合计 403.80 = 154.40 + 147.00 + 102.40" },
      { rule: "composition.total-mismatch", cell: "F13", why: "检测设备合计 84.10 = 46.80 + 29.60 + 7.70" },
      { rule: "input.unreadable-value", cell: "G5", why: "资金来源 is text, not an amount" },
    ],
  },
};
