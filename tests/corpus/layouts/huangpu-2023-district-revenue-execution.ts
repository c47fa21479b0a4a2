import type { CorpusLayout } from "../types";

// 上海市黄浦区 2023年预算执行情况和2024年预算草案的报告: the revenue is given in prose line by line (1.增值税71.77亿元，比2022年增长1.5% …
// 8.非税收入…). Laid out as the 收入执行情况表 such a report annexes: 项目 | 2023年预算数 | 2023年完成数 | 完成预算% | 比2022年增长%, the
// 合计 at the foot, in 亿元 (表据正文拟).
export const layout: CorpusLayout = {
  id: "huangpu-2023-district-revenue-execution",
  source: {
    title: "上海市黄浦区2023年预算执行情况和2024年预算草案的报告（区级一般公共预算收入执行情况表据正文拟）",
    url: "http://www.yrdcpcn.com/c186/20250815/i303454.phtml",
    publisher: "上海市黄浦区财政局",
    changes:
      "The report names the eight revenue lines in order (增值税, 企业所得税, 个人所得税, 城市维护建设税, 房产税, 契税, 其他各税, 非税收入) with " +
      "their amounts and growth on 2022, and the whole as 完成年初人代会通过的预算目标; the table and every figure are ours (表据正文拟), the " +
      "line budgets included. Planted: the 合计 完成数 typed 281.90 where the lines add up to 281.00; 契税 23.95 of 29.00 (82.6%), behind at the " +
      "year's end. The 合计's rate 97.9% agrees with the lines' sum (281.00 / 287.00), so it is no second finding.",
  },
  classes: ["execution", "revenue-lines", "tax-lines", "adjusted-budget", "percent-rate", "growth-column", "total-at-foot", "yiyuan-unit", "past-year", "table-from-prose", "district-fund", "shanghai"],
  settings: { district: "黄浦区" },
  sheets: [
    {
      name: "收入执行",
      widths: [22, 14, 14, 12, 14],
      rows: [
        ["上海市黄浦区2023年区级一般公共预算收入执行情况表（表据正文拟）", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "2023年预算数", "2023年完成数", "完成预算%", "比2022年增长%"],
        ["增值税", 72, 71.45, 0.992, 0.016],
        ["企业所得税", 55, 52.62, 0.957, -0.175],
        ["个人所得税", 33, 32.84, 0.995, -0.041],
        ["城市维护建设税", 10.2, 9.87, 0.968, -0.11],
        ["房产税", 17.5, 18.36, 1.049, 0.248],
        ["契税", 29, 23.95, 0.826, -0.209],
        ["其他各税", 36.5, 38.72, 1.061, 1.502],
        ["非税收入", 33.8, 33.19, 0.982, 0.004],
        ["合计", 287, 281.9, 0.979, 0.03],
        ["注：区级一般公共预算收入加上市与区财力结算、上年结转收入和调入资金，为收入总计。", null, null, null, null],
      ],
      merges: ["A1:E1", "A13:E13"],
      numberFormats: { "B4:C12": "0.00", "D4:E12": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收入执行",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 12,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C12", why: "合计 281.90 where the lines add up to 71.45 + 52.62 + 32.84 + 9.87 + 18.36 + 23.95 + 38.72 + 33.19 = 281.00" },
      { rule: "execution.behind-schedule", cell: "C9", why: "契税 23.95 / 29.00 = 82.6% at the end of 2023 (time progress 100%): 17.4 points behind, beyond 5" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B12", why: "预算 287.00 = 72 + 55 + 33 + 10.2 + 17.5 + 29 + 36.5 + 33.8" },
      { rule: "execution.rate-mismatch", cell: "D12", why: "97.9% agrees with the lines' sum 281.00 / 287.00 = 97.91%: the total's slip is reported once, at C12" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "71.45 / 72 = 99.24% → 99.2%" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "52.62 / 55 = 95.67% → 95.7%" },
      { rule: "execution.rate-mismatch", cell: "D8", why: "18.36 / 17.5 = 104.91% → 104.9%" },
      { rule: "execution.rate-mismatch", cell: "D10", why: "38.72 / 36.5 = 106.08% → 106.1%" },
      { rule: "execution.rate-mismatch", cell: "E10", why: "比2022年增长 150.2% is a growth, no execution rate" },
      { rule: "execution.behind-schedule", cell: "C5", why: "企业所得税 95.7%: 4.3 points short of 100%, within 5" },
      { rule: "execution.overspent", cell: "C8", why: "房产税 collected above its budget is revenue beyond plan, not overspending" },
      { rule: "execution.overspent", cell: "C10", why: "其他各税 above its budget: revenue beyond plan" },
      { rule: "input.unreadable-value", why: "the 注 line under the table is a note" },
    ],
  },
};
