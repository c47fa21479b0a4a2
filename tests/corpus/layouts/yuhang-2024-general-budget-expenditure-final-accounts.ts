import type { CorpusLayout } from "../types";

// 杭州市余杭区 2025-08: the 2024 本级财政决算草案 — 一般公共预算支出 with its budget as first passed (336亿元) and as changed by the
// 人大常委会 (378.83亿元) — as a table by 类: 年初预算数 | 调整预算数 | 决算数 | 决算数为调整预算的% | 比上年增长%, 支出合计 at the foot.
export const layout: CorpusLayout = {
  id: "yuhang-2024-general-budget-expenditure-final-accounts",
  source: {
    title: "余杭区2024年本级财政决算草案（一般公共预算支出决算表据正文拟）",
    url: "http://www.yuhang.gov.cn/art/2025/8/19/art_1229533192_4388590.html",
    publisher: "杭州市余杭区人民政府",
    date: "2025-08-19",
    changes:
      "The report's figures for the whole (年初 一般公共预算支出预算 336亿元, 调整后 378.83亿元) are as published and are the table's budget totals, " +
      "in 万元; the table itself (title, columns, the ten 类 lines, every 决算数 and growth figure) is ours, built from the prose. Planted: " +
      "支出合计's 决算数 typed 3,657,890 where its lines add up to 3,647,890; 交通运输支出's share typed 86.8 where 86,270 / 112,300 = 76.8% " +
      "(a past year's line, so also far behind the year's end).",
  },
  classes: ["execution", "final-accounts", "initial-and-adjusted-budget", "rate-column-as-number", "growth-column", "total-at-foot", "wanyuan-caption", "table-from-prose", "past-year", "district-fund", "zhejiang"],
  settings: { asOf: "2025-08-19", district: "余杭区" },
  sheets: [
    {
      name: "一般公共预算支出决算表",
      widths: [24, 14, 14, 14, 18, 14],
      rows: [
        ["余杭区2024年一般公共预算支出决算表（表据正文拟）", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["项目", "年初预算数", "调整预算数", "决算数", "决算数为调整预算的%", "比上年增长%"],
        ["一般公共服务支出", 182600, 196400, 189350, 96.4, 3.2],
        ["公共安全支出", 168300, 175200, 171880, 98.1, 5.6],
        ["教育支出", 612500, 648900, 642310, 99.0, 7.4],
        ["科学技术支出", 426000, 512300, 488650, 95.4, 18.3],
        ["社会保障和就业支出", 285400, 301600, 296720, 98.4, 6.1],
        ["卫生健康支出", 214800, 236500, 229140, 96.9, -2.7],
        ["城乡社区支出", 1046200, 1212800, 1165930, 96.1, 12.5],
        ["农林水支出", 158700, 186400, 179560, 96.3, 4.8],
        ["交通运输支出", 96500, 112300, 86270, 86.8, -11.4],
        ["其他支出", 169000, 205900, 198080, 96.2, 9.9],
        ["支出合计", 3360000, 3788300, 3657890, 96.3, 7.7],
        ["注：年初预算经区十六届人大四次会议审议通过，调整预算经区十六届人大常委会第二十四次会议批准。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A15:F15"],
      numberFormats: { "B4:D14": "#,##0", "E4:F14": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一般公共预算支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { A: "line", B: "initialBudget", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "D14", why: "决算数 lines: 189350 + 171880 + 642310 + 488650 + 296720 + 229140 + 1165930 + 179560 + 86270 + 198080 = 3,647,890, typed 3,657,890 (10,000 over)" },
      { rule: "execution.rate-mismatch", cell: "E12", why: "交通运输支出 86,270 / 112,300 = 76.82%, typed 86.8" },
      { rule: "execution.behind-schedule", cell: "D12", why: "交通运输支出 76.8% of its budget at 2024's end (time progress 100%): 23.2 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B14", why: "年初 3,360,000 = the ten lines' 年初预算数 (the published 336亿元)" },
      { rule: "execution.total-mismatch", cell: "C14", why: "调整 3,788,300 = the ten lines' 调整预算数 (the published 378.83亿元)" },
      { rule: "execution.rate-mismatch", cell: "E14", why: "96.3 = 3,647,890 / 3,788,300 = 96.29% with the lines' sum: the 合计's slip is reported once, at D14" },
      { rule: "execution.rate-mismatch", cell: "E7", why: "488,650 / 512,300 = 95.38%, shown 95.4" },
      { rule: "execution.rate-mismatch", cell: "E6", why: "642,310 / 648,900 = 98.98%, shown 99.0" },
      { rule: "execution.behind-schedule", cell: "D7", why: "科学技术支出 95.4%: 4.6 points short of 100%, within 5" },
      { rule: "execution.overspent", why: "every line's 决算数 is below its 调整预算数 (年初 budgets were all raised)" },
      { rule: "execution.rate-mismatch", cell: "F9", why: "比上年增长% is growth, never the execution rate" },
      { rule: "input.unreadable-value", sheet: "一般公共预算支出决算表", cell: "A15", why: "the 注 line is a note" },
    ],
  },
};
