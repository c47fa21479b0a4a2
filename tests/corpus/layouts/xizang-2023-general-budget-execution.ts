import type { CorpusLayout } from "../types";

// 西藏自治区财政厅 2024-01-07: the report on the region's 2023 budget execution (西藏日报 2024-01-22): 全区预算支出 2809.1亿元, 为年初预算数的
// 103.7%. Laid out as the report's attached table of general-budget spending by function, in 亿元: 年初预算数 | 调整预算数 | 执行数 | 完成调整预算%,
// the total at the foot.
export const layout: CorpusLayout = {
  id: "xizang-2023-general-budget-execution",
  source: {
    title: "关于西藏自治区2023年预算执行情况和2024年预算草案的报告（附表：2023年全区一般公共预算支出执行情况表）",
    url: "https://www.dawenge.com/document/detail.html?id=627807",
    publisher: "西藏自治区财政厅",
    date: "2024-01-07",
    changes:
      "The totals are as published (全区预算支出 2809.1亿元, 年初预算 2708.9 = 2809.1 / 103.7%). The stored copy gives the report's text, not its " +
      "tables, so the table's columns, the twelve functions' figures and the 调整预算数 (2855.4 in all) are ours, laid out as 预算执行情况表 are. " +
      "Planted: 交通运输支出 spent 286.1 of an adjusted 280.3; 教育支出's rate shown 98.59% where 348.9 / 352.6 = 98.95%.",
  },
  classes: ["execution", "by-function", "yiyuan", "initial-and-adjusted-budget", "rates-as-text", "total-at-foot", "report-annex", "xizang"],
  settings: { asOf: "2024-01-07" },
  sheets: [
    {
      name: "支出执行",
      widths: [26, 14, 14, 14, 16],
      rows: [
        ["2023年全区一般公共预算支出执行情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "年初预算数", "调整预算数", "执行数", "完成调整预算%"],
        ["一般公共服务支出", 210.5, 228.0, 224.6, "98.51%"],
        ["公共安全支出", 180.2, 195.4, 190.3, "97.39%"],
        ["教育支出", 330.8, 352.6, 348.9, "98.59%"],
        ["科学技术支出", 18.6, 20.1, 19.4, "96.52%"],
        ["文化旅游体育与传媒支出", 62.4, 68.0, 66.2, "97.35%"],
        ["社会保障和就业支出", 310.7, 338.5, 335.1, "99.00%"],
        ["卫生健康支出", 150.3, 166.8, 163.7, "98.14%"],
        ["节能环保支出", 95.6, 110.2, 106.0, "96.19%"],
        ["城乡社区支出", 260.4, 285.0, 279.8, "98.18%"],
        ["农林水支出", 480.9, 530.6, 522.4, "98.45%"],
        ["交通运输支出", 250.1, 280.3, 286.1, "102.07%"],
        ["其他支出", 358.4, 279.9, 266.6, "95.25%"],
        ["全区一般公共预算支出合计", 2708.9, 2855.4, 2809.1, "98.38%"],
        ["注：执行数为快报数，最终以决算数为准。", null, null, null, null],
      ],
      merges: ["A1:E1", "A17:E17"],
      numberFormats: { "B4:D16": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出执行",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 16,
        columns: { A: "line", B: "initialBudget", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "D14", why: "交通运输支出 spent 286.1 of an adjusted budget of 280.3: 5.8亿元 over" },
      { rule: "execution.rate-mismatch", cell: "E6", why: "教育支出 348.9 / 352.6 = 98.95%, shown 98.59%" },
    ],
    absent: [
      { rule: "execution.overspent", cell: "D16", why: "2809.1 spent is above the 年初预算 2708.9 but within the adjusted 2855.4 (the total gets no status anyway)" },
      { rule: "execution.overspent", cell: "D4", why: "224.6 is above the 年初 210.5 but within the adjusted 228.0: the adjusted budget is the one measured" },
      { rule: "execution.total-mismatch", why: "each column's functions add up to its total (2708.9, 2855.4, 2809.1)" },
      { rule: "execution.rate-mismatch", cell: "E16", why: "2809.1 / 2855.4 = 98.38%" },
      { rule: "execution.behind-schedule", why: "the year has ended and every function spent at least 95.25% of its adjusted budget, within 5 points" },
      { rule: "input.unreadable-value", why: "the note and the caption are text by nature" },
    ],
  },
};
