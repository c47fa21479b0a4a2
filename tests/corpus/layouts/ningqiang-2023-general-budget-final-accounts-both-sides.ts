import type { CorpusLayout } from "../types";

// 宁强县 (汉中) 2023年政府财政决算公开: the general budget's revenue and spending for 2023 — 一般公共预算收入 8,552 (税收 5,537, 非税
// 3,015), 上级补助 300,259 (返还性 1,755, 一般性转移支付 157,252, 专项转移支付 141,252), 债券转贷 27,018, 上年结转 2,889, 调入 1,176:
// 收入总计 339,894; 支出 302,509 (98% of the adjusted budget), 上解 4,345, 债务还本 19,995, 调出 1,809: 支出总计 328,658; 年终结余
// 11,236万元. Laid out as the 收支决算表 its 附表一 is: revenue and spending side by side, each against its adjusted budget.
export const layout: CorpusLayout = {
  id: "ningqiang-2023-general-budget-final-accounts-both-sides",
  source: {
    title: "宁强县2023年政府财政决算公开（一、财政预算执行情况；附表一 据正文拟）",
    url: "http://www.4321666.com/nqzd/nqzwgk/czzj/yjsjsgjf/jsjsgjf/xbj/202411/4c9755e3738246319520d3e77af64f62.shtml",
    publisher: "宁强县财政局",
    date: "2024-11",
    changes:
      "As published: every 决算数 in the table and the two shares the text gives (收入 占调整预算的100%, 支出 占调整预算的98%), the lines' names and " +
      "order, the 年终结余 11,236万元 carried to next year. The stored copy shows the report, not 附表一: the side-by-side layout (收入项目 | 调整预算数 | " +
      "决算数 | 决算数为调整预算% beside the same for 支出项目), its title and caption, and every 调整预算数 but the two the shares imply are ours. " +
      "Planted: 税收收入's share written 96.9% where 5,537 / 5,600 is 98.9%; 债务还本支出 19,995 against a budget of 19,500.",
  },
  classes: [
    "execution", "final-accounts", "two-blocks-side-by-side", "revenue-and-spending", "qizhong-lines", "adjusted-budget-only", "year-over",
    "revenue-above-budget", "rates-as-percent-format", "note-under-table", "wanyuan-caption", "county-finance-bureau", "shaanxi",
  ],
  sheets: [
    {
      name: "附表一",
      widths: [26, 12, 12, 14, 22, 12, 12, 14],
      rows: [
        ["宁强县2023年一般公共预算收支决算表", null, null, null, null, null, null, null],
        ["附表一", null, null, null, null, null, null, "单位：万元"],
        ["收入项目", "调整预算数", "决算数", "决算数为调整预算%", "支出项目", "调整预算数", "决算数", "决算数为调整预算%"],
        ["一般公共预算收入", 8552, 8552, 1, "一般公共预算支出", 308683, 302509, 0.98],
        ["其中：税收收入", 5600, 5537, 0.969, "上解支出", 4345, 4345, 1],
        ["非税收入", 2952, 3015, 1.021, "债务还本支出", 19500, 19995, 1.025],
        ["上级补助收入", 300259, 300259, 1, "调出资金", 1809, 1809, 1],
        ["其中：返还性收入", 1755, 1755, 1, null, null, null, null],
        ["一般性转移支付收入", 157252, 157252, 1, null, null, null, null],
        ["专项转移支付收入", 141252, 141252, 1, null, null, null, null],
        ["一般债券转贷收入", 27018, 27018, 1, null, null, null, null],
        ["上年结转收入", 2889, 2889, 1, null, null, null, null],
        ["调入资金", 1176, 1176, 1, null, null, null, null],
        ["收入总计", 339894, 339894, 1, "支出总计", 334337, 328658, 0.983],
        ["注：收支相抵，年终结余11,236万元，全部为结转下年使用的资金。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A15:H15"],
      numberFormats: { "D4:D14": "0.0%", "H4:H14": "0.0%", "B4:C14": "#,##0", "F4:G14": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附表一",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2023,
      },
      {
        sheet: "附表一",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { E: "line", F: "adjustedBudget", G: "actual", H: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D5", why: "税收收入 5,537 / 5,600 = 98.875% → 98.9%, stated 96.9%" },
      { rule: "execution.overspent", cell: "G6", why: "债务还本支出 19,995 against its adjusted budget 19,500: 495万元 over (its 102.5% agrees: 19,995 / 19,500 = 102.54%)" },
    ],
    absent: [
      { rule: "execution.overspent", cell: "C6", why: "非税收入 3,015 above its 2,952 is revenue collected beyond plan, not spending" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "3,015 / 2,952 = 102.13% → 102.1%" },
      { rule: "execution.rate-mismatch", cell: "H4", why: "302,509 / 308,683 = 97.9999% → 98.0%" },
      { rule: "execution.rate-mismatch", cell: "H14", why: "328,658 / 334,337 = 98.30% → 98.3%" },
      { rule: "execution.total-mismatch", cell: "C14", why: "收入总计 339,894 = 8,552 + 300,259 + 27,018 + 2,889 + 1,176; the 其中 lines (5,537 + 3,015 = 8,552; 1,755 + 157,252 + 141,252 = 300,259) are not added in again; budgets alike" },
      { rule: "execution.total-mismatch", cell: "G14", why: "支出总计 328,658 = 302,509 + 4,345 + 19,995 + 1,809; budget 334,337 = 308,683 + 4,345 + 19,500 + 1,809" },
      { rule: "execution.behind-schedule", why: "the year is over and every line is at 98.0% or more of its adjusted budget, within 5 points of 100%" },
      { rule: "execution.no-spending", why: "every budgeted line has its 决算数" },
      { rule: "input.unreadable-value", why: "the 年终结余 note under the table is no row" },
    ],
  },
};
