import type { CorpusLayout } from "../types";

// 上海市长宁区 2024-08-28: 关于长宁区2023年财政决算及2024年上半年预算执行情况的报告 — each revenue line given as 决算 and "为预算的…%"
// (增值税 … 罚没收入等其他收入). Laid out as 一般公共预算收入决算表: 项目 | 预算数 | 决算数 | 决算数为预算数%, 亿元, 一、税收收入 and 二、非税收入 over
// their lines. 税收收入 typed 154.81 for its lines' 154.18; 房产税's share typed 104.22% for 114.22%; 印花税 and 土地增值税 well short of the year.
export const layout: CorpusLayout = {
  id: "changning-2023-general-revenue-final-accounts",
  source: {
    title: "关于长宁区2023年财政决算及2024年上半年预算执行情况的报告（一般公共预算收入决算表据报告拟）",
    url: "https://zwgk.shcn.gov.cn/xxgk/qzfyjs-czyjs/2024/243/74075.html",
    publisher: "上海市长宁区财政局",
    date: "2024-08-28",
    changes:
      "The report gives the revenue lines in prose (增值税53.5亿元，为预算的127.54% …); the table is ours, in the report's lines and order, the " +
      "two sections 税收收入 / 非税收入 and the heading 决算数为预算数% ours, the unit 亿元 as the report's. Budgets and most figures are ours " +
      "(the lines' 决算 kept near the report's). Planted: 一、税收收入 typed 154.81 where its eight lines add up to 154.18; 房产税 12.45 / 10.90 = " +
      "114.22%, typed 104.22%. 印花税 (86.79%) and 土地增值税 (64.75%) fall more than 5 points short of a finished year.",
  },
  classes: [
    "execution", "final-accounts", "revenue-lines", "revenue-above-budget", "section-rows", "section-total-above-lines", "total-row-first",
    "two-decimal-yiyuan", "yiyuan-caption", "rates-as-text", "two-decimal-rates", "past-year", "notes-under-table", "table-from-prose",
    "report-to-congress", "district-level", "shanghai",
  ],
  settings: { asOf: "2024-08-28", district: "长宁区" },
  sheets: [
    {
      name: "收入决算",
      widths: [30, 12, 12, 18],
      rows: [
        ["长宁区2023年一般公共预算收入决算表", null, null, null],
        [null, null, null, "单位：亿元"],
        ["项目", "预算数", "决算数", "决算数为预算数%"],
        ["一般公共预算收入", 153.35, 167.72, "109.37%"],
        ["一、税收收入", 139.6, 154.81, "110.44%"],
        ["  增值税", 42, 53.5, "127.38%"],
        ["  企业所得税", 37.8, 38.41, "101.61%"],
        ["  个人所得税", 23.2, 25.53, "110.04%"],
        ["  城市维护建设税", 6.3, 8.03, "127.46%"],
        ["  房产税", 10.9, 12.45, "104.22%"],
        ["  印花税", 5.6, 4.86, "86.79%"],
        ["  土地增值税", 8, 5.18, "64.75%"],
        ["  契税", 5.8, 6.22, "107.24%"],
        ["二、非税收入", 13.75, 13.54, "98.47%"],
        ["  专项收入", 5.2, 5.01, "96.35%"],
        ["  行政事业性收费收入", 1.8, 1.81, "100.56%"],
        ["  国有资源（资产）有偿使用收入", 5.7, 5.71, "100.18%"],
        ["  罚没收入等其他收入", 1.05, 1.01, "96.19%"],
        ["注：预算数为区十七届人大五次会议批准的调整预算数。", null, null, null],
      ],
      merges: ["A1:D1", "A19:D19"],
      numberFormats: { "B4:C18": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收入决算",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 18,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C5", why: "一、税收收入 154.81; its lines 53.50 + 38.41 + 25.53 + 8.03 + 12.45 + 4.86 + 5.18 + 6.22 = 154.18 (0.63亿元 apart)" },
      { rule: "execution.rate-mismatch", cell: "D10", why: "房产税 12.45 / 10.90 = 114.22%, typed 104.22%" },
      { rule: "execution.behind-schedule", cell: "D11", why: "印花税 4.86 / 5.60 = 86.79%, 13.21 points below 2023's year-end 100%" },
      { rule: "execution.behind-schedule", cell: "D12", why: "土地增值税 5.18 / 8.00 = 64.75%, 35.25 points below 100%" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "167.72 = 154.18 + 13.54, the sections as their lines add up: the slip is reported once, at 税收收入" },
      { rule: "execution.total-mismatch", cell: "B4", why: "153.35 = 139.60 + 13.75; 139.60 and 13.75 are their lines' budgets" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "110.44% = 154.18 / 139.60, the figure as its lines give it" },
      { rule: "execution.overspent", why: "revenue above its budget is collected beyond plan (增值税 127.38%)" },
      { rule: "execution.behind-schedule", cell: "D14", why: "非税收入 98.47%, within 5 points" },
      { rule: "execution.behind-schedule", cell: "D15", why: "专项收入 96.35%, within 5 points" },
      { rule: "execution.behind-schedule", cell: "D18", why: "罚没收入等其他收入 96.19%, within 5 points" },
      { rule: "execution.total-mismatch", cell: "C14", why: "13.54 = 5.01 + 1.81 + 5.71 + 1.01" },
    ],
  },
};
