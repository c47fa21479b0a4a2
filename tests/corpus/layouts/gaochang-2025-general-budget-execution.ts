import type { CorpusLayout } from "../types";

// 吐鲁番市高昌区财政局 2026-01-26: 2025年预算执行情况 in the report to the district's people's congress — 一般公共预算收入 before the
// fiscal-system reform against its 年初预算 (完成年初预算%, 同比增收, 增长%), its 税收 / 非税 parts, the revenue after the reform with
// no budget beside it, and spending against its 年初预算. The report is prose; laid out as the table it reads from.
export const layout: CorpusLayout = {
  id: "gaochang-2025-general-budget-execution",
  source: {
    title: "关于高昌区2025年预算执行情况和2026年预算草案的报告（一、2025年预算执行情况 1.一般公共预算收支执行情况；表据正文拟）",
    url: "http://gcq.tlf.gov.cn/gcq/c116643/202602/d36748c4ce7a4672b507fedc340e8dcf.shtml",
    publisher: "吐鲁番市高昌区财政局",
    date: "2026-01-26",
    changes:
      "As published: the rows (收入 before the reform with 其中 税收收入 / 非税收入, 收入 after the reform with its two parts and no budget, " +
      "一般公共预算支出), the measures (完成年初预算的 %, 同比增收 / 减收, 增长 / 下降 %) and the unit 亿元. The report states them in sentences: " +
      "the table and every figure are ours. Planted: 收入 before the reform typed 16.42 where 税收 10.47 + 非税 5.85 = 16.32; 非税收入's rate " +
      "stated 88.03% where 5.85 / 6.80 = 86.03%.",
  },
  classes: ["execution", "revenue-and-spending", "report-as-prose", "qizhong-lines", "annual-budget-only", "no-budget-line", "dash-as-nothing", "growth-rate-column", "negative-growth", "yiyuan", "yiyuan-caption", "district-government", "xinjiang"],
  sheets: [
    {
      name: "执行情况",
      widths: [40, 12, 12, 16, 12, 12],
      rows: [
        ["高昌区2025年一般公共预算收支执行情况表", null, null, null, null, null],
        ["单位：亿元", null, null, null, null, null],
        ["项目", "年初预算", "完成数", "完成年初预算%", "同比增减", "增长%"],
        ["一般公共预算收入（财政体制改革前）", 17.1, 16.42, 0.9602, 0.62, 0.0395],
        ["其中：税收收入", 10.3, 10.47, 1.0165, 1.95, 0.2289],
        ["      非税收入", 6.8, 5.85, 0.8803, -1.33, -0.1852],
        ["一般公共预算收入（财政体制改革后）", "—", 12.86, "—", "—", "—"],
        ["其中：税收收入", "—", 7.34, "—", "—", "—"],
        ["      非税收入", "—", 5.52, "—", "—", "—"],
        ["一般公共预算支出", 44.2, 42.96, 0.9719, 7.58, 0.2142],
      ],
      merges: ["A1:F1", "A2:F2"],
      numberFormats: { "B4:C10": "0.00", "D4:D10": "0.00%", "E4:E10": "0.00", "F4:F10": "0.00%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "执行情况",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 10,
        // Corrected after the measurement (the count unchanged): the corpus names a 年初预算 the initialBudget whether or
        // not a later budget stands beside it (dayao, county-2024-may, tianshui state it so), spending measured against it
        // when it stands alone; the field list in tests/corpus/README.md said "beside a later one" and now says so plainly.
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "税收收入 10.47 + 非税收入 5.85 = 16.32, not 16.42: 0.10亿元 off, beyond the 0.005亿元 rounding of 2-decimal 亿元" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "5.85 / 6.80 = 86.03%, stated 88.03%" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "16.42 / 17.10 = 96.02%: the stated rate agrees with the stated (wrong) total" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "10.47 / 10.30 = 101.65%" },
      { rule: "execution.rate-mismatch", cell: "D10", why: "42.96 / 44.20 = 97.19%" },
      { rule: "execution.overspent", cell: "C5", why: "税收收入 above its budget is revenue collected beyond plan, not spending" },
      { rule: "execution.total-mismatch", cell: "B4", why: "年初预算 10.30 + 6.80 = 17.10" },
      { rule: "execution.total-mismatch", cell: "C7", why: "after the reform: 7.34 + 5.52 = 12.86" },
      { rule: "execution.rate-mismatch", cell: "F4", why: "增长% is growth on last year, no execution rate" },
      { rule: "input.unreadable-value", why: "“—” where the report gives no budget or growth means nothing" },
    ],
  },
};
