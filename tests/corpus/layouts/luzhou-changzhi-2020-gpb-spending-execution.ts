import type { CorpusLayout } from "../types";

// 长治市潞州区 2021-04-17: the report on 2020 budget execution — 全区一般公共预算支出执行317594万元，为预算（指调整预算，下同）的95%.
// Laid out as the execution table by function such a report carries: 项目 | 调整预算数 | 执行数 | 为调整预算%, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "luzhou-changzhi-2020-gpb-spending-execution",
  source: {
    title: "关于潞州区2020年预算执行情况与2021年预算（草案）的报告（一般公共预算支出执行情况表据正文拟）",
    url: "https://gcs66.com/document_detail/104485.html",
    publisher: "长治市潞州区人民政府（转载）",
    date: "2021-04-17",
    changes:
      "The report gives the year in prose (一般公共预算支出执行317594万元, 为调整预算的95%); no table. Laid out as the district's execution table by " +
      "function in 万元, rates to one decimal; the 合计 执行数 317,594 is the report's, every line and every budget ours (so the 合计 comes to 97.4% " +
      "of its budget, not 95%). Planted: 教育支出's rate typed 98.7 where 66,105 / 68,350 = 96.7%; 科学技术支出 at 83.0% at the year's end; " +
      "卫生健康支出 spending 37,476 against a budget of 36,820.",
  },
  classes: [
    "execution", "by-function", "adjusted-budget-alone", "percent-in-header", "one-decimal-rates", "whole-wanyuan", "wanyuan-caption",
    "total-at-foot", "year-end", "notes-under-table", "table-from-prose", "district-government-report", "shanxi",
  ],
  settings: { district: "长治市潞州区", asOf: "2020-12-31" },
  sheets: [
    {
      name: "一般公共预算支出",
      widths: [26, 14, 14, 16],
      rows: [
        ["潞州区2020年一般公共预算支出执行情况表", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "调整预算数", "执行数", "为调整预算%"],
        ["一般公共服务支出", 28460, 27615, 97.0],
        ["公共安全支出", 9820, 9512, 96.9],
        ["教育支出", 68350, 66105, 98.7],
        ["科学技术支出", 3260, 2705, 83.0],
        ["文化旅游体育与传媒支出", 4180, 4022, 96.2],
        ["社会保障和就业支出", 62740, 61980, 98.8],
        ["卫生健康支出", 36820, 37476, 101.8],
        ["节能环保支出", 11650, 11148, 95.7],
        ["城乡社区支出", 39870, 38126, 95.6],
        ["农林水支出", 44380, 42650, 96.1],
        ["交通运输支出", 8240, 7955, 96.5],
        ["住房保障支出", 6920, 6847, 98.9],
        ["其他支出", 1510, 1453, 96.2],
        ["合计", 326200, 317594, 97.4],
        ["注：调整预算数为区人大常委会批准的调整预算；卫生健康支出含疫情防控追加支出。", null, null, null],
      ],
      merges: ["A1:D1", "A18:D18"],
      numberFormats: { "B4:C17": "#,##0", "D4:D17": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一般公共预算支出",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 17,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", sheet: "一般公共预算支出", cell: "D6", why: "教育支出 66,105 / 68,350 = 96.72%, stated 98.7" },
      { rule: "execution.behind-schedule", sheet: "一般公共预算支出", cell: "D7", why: "科学技术支出 2,705 / 3,260 = 82.98% at the year's end (time progress 100%): 17.0 points behind, more than 5" },
      { rule: "execution.overspent", sheet: "一般公共预算支出", cell: "C10", why: "卫生健康支出 spent 37,476 against an adjusted budget of 36,820: 656 over (101.8%)" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "D12", why: "城乡社区支出 38,126 / 39,870 = 95.63%: 4.4 points below 100%, within the 5-point margin" },
      { rule: "execution.behind-schedule", cell: "D11", why: "节能环保支出 11,148 / 11,650 = 95.69%: within the margin" },
      { rule: "execution.total-mismatch", cell: "B17", why: "调整预算数 合计 326,200 = the thirteen lines" },
      { rule: "execution.total-mismatch", cell: "C17", why: "执行数 合计 317,594 = the thirteen lines" },
      { rule: "execution.rate-mismatch", cell: "D17", why: "317,594 / 326,200 = 97.36%, stated 97.4" },
      { rule: "execution.rate-mismatch", cell: "D10", why: "37,476 / 36,820 = 101.78%, stated 101.8: the rate agrees, the line is overspent" },
      { rule: "execution.behind-schedule", cell: "A17", why: "the 合计 row gets no spending status of its own" },
      { rule: "input.unreadable-value", cell: "A18", why: "the note under the table" },
    ],
  },
};
