import type { CorpusLayout } from "../types";

// 山西 太原市尖草坪区 2021年本级财政决算（草案）报告: the revenue paragraph (一般公共预算收入完成…为年初预算的…%；税收收入…；其中：
// 增值税完成…为预算的…%，同比增长…%) laid out as the 收入决算表 such reports annex — 年初预算数 | 决算数 | 为预算% | 比上年增长%,
// the total first, 一、税收收入 and 二、非税收入 as section rows carrying their sums, thirteen taxes and four non-tax lines.
export const layout: CorpusLayout = {
  id: "jiancaoping-2021-general-revenue-final-accounts",
  source: {
    title: "太原市尖草坪区人民政府关于2021年本级财政决算(草案)和2022年上半年财政预算执行情况的报告（收入决算表据正文拟）",
    url: "https://gcs66.com/document_detail/104279.html",
    publisher: "太原市尖草坪区财政局 (reposted)",
    date: "2022-09-08",
    changes:
      "The lines (the thirteen taxes in the report's order, 税收收入 and the non-tax heading) and the columns the report's sentences " +
      "give (预算, 完成, 为预算的%, 同比增长%) are the report's; the table, the four non-tax lines and every figure are ours. Planted: " +
      "个人所得税's share typed 185.0% where 2,370 / 1,500 = 158.0%; 土地增值税 collected 5,600 of 14,000 (40.0%) in a year now past.",
  },
  classes: ["execution", "revenue-table", "final-accounts", "initial-budget-only", "rate-as-text", "growth-column", "section-rows-with-sums", "total-row-first", "past-year", "table-from-prose", "notes-under-table", "district-finance", "shanxi"],
  sheets: [
    {
      name: "收入决算",
      widths: [34, 14, 14, 12, 14],
      rows: [
        ["尖草坪区2021年一般公共预算收入决算表（表据正文拟）", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "年初预算数", "决算数", "为预算%", "比上年增长%"],
        ["一般公共预算收入", 110800, 128038, "115.6%", "21.4%"],
        ["一、税收收入", 99100, 115698, "116.7%", "24.3%"],
        ["　　增值税", 43000, 53750, "125.0%", "18.6%"],
        ["　　企业所得税", 6000, 15120, "252.0%", "176.3%"],
        ["　　个人所得税", 1500, 2370, "185.0%", "61.2%"],
        ["　　资源税", 200, 206, "103.0%", "-38.5%"],
        ["　　城市维护建设税", 8000, 10840, "135.5%", "72.4%"],
        ["　　房产税", 5500, 5610, "102.0%", "-12.3%"],
        ["　　印花税", 4300, 5590, "130.0%", "35.8%"],
        ["　　城镇土地使用税", 2300, 2231, "97.0%", "-21.6%"],
        ["　　土地增值税", 14000, 5600, "40.0%", "-44.7%"],
        ["　　车船税", 100, 96, "96.0%", "2.1%"],
        ["　　耕地占用税", 400, 860, "215.0%", "143.0%"],
        ["　　契税", 13500, 13095, "97.0%", "61.9%"],
        ["　　环境保护税", 300, 330, "110.0%", "9.6%"],
        ["二、非税收入", 11700, 12340, "105.5%", "3.9%"],
        ["　　专项收入", 3000, 3150, "105.0%", "4.8%"],
        ["　　行政事业性收费收入", 2400, 2280, "95.0%", "-6.5%"],
        ["　　罚没收入", 1800, 2050, "113.9%", "15.2%"],
        ["　　国有资源（资产）有偿使用收入", 4500, 4860, "108.0%", "22.7%"],
        ["注：2021年区本级一般公共预算收入决算数与区六届人大二次会议报告的执行数一致。", null, null, null, null],
      ],
      merges: ["A1:E1", "A24:E24"],
      numberFormats: { "B4:C23": "#,##0" },
    },
  ],
  settings: { district: "太原市尖草坪区" },
  expect: {
    tables: [
      { sheet: "收入决算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 23, columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" }, year: 2021 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D8", why: "个人所得税 2,370 / 1,500 = 158.0%, typed 185.0%" },
      { rule: "execution.behind-schedule", cell: "C14", why: "土地增值税 5,600 / 14,000 = 40.0% of the year's budget, against 100% at the end of 2021" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "128,038 = 115,698 + 12,340; 110,800 = 99,100 + 11,700" },
      { rule: "execution.total-mismatch", cell: "C5", why: "税收收入 115,698 = its thirteen taxes" },
      { rule: "execution.total-mismatch", cell: "C19", why: "非税收入 12,340 = 3,150 + 2,280 + 2,050 + 4,860" },
      { rule: "execution.overspent", why: "revenue above its budget (企业所得税 252.0%) is collected beyond plan, not overspent" },
      { rule: "execution.behind-schedule", cell: "C15", why: "车船税 96.0%: 4 points under, within 5" },
      { rule: "execution.behind-schedule", cell: "C21", why: "行政事业性收费收入 95.0%: exactly 5 points under, not more" },
      { rule: "execution.behind-schedule", cell: "C13", why: "城镇土地使用税 97.0%: within 5 points" },
      { rule: "execution.rate-mismatch", cell: "E9", why: "比上年增长% is growth on last year, never the rate" },
      { rule: "execution.rate-mismatch", cell: "D22", why: "2,050 / 1,800 = 113.89%, shown 113.9%" },
    ],
  },
};
