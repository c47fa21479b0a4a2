import type { CorpusLayout } from "../types";

// 重庆市铜梁区 2025-01: 2024年全区一般公共预算收支执行表 in 亿元 as printed in the budget report — 收入 | 执行数 | 支出 | 执行数,
// 总计 first, 一、本级收入 split into 1.税收收入 | 2.非税收入, 二、转移性 with five numbered parts on the left and four on the right.
export const layout: CorpusLayout = {
  id: "tongliang-2024-general-budget-balance",
  source: {
    title: "关于重庆市铜梁区2024年预算执行情况和2025年预算草案的报告（一、2024年预算执行情况（一）2024年全区一般公共预算收支执行表）",
    url: "https://cqstl.gov.cn/bm/qczj_71105/zwgk_70831/fdzdgknr_70834/qtgknr/jczwgk_1/czyjslyxxgk/zfys/202501/t20250120_14183335.html",
    publisher: "重庆市铜梁区财政局",
    date: "2025-01-20",
    changes:
      "As published: the table's title, 单位:亿元, the headings 收入 | 执行数 | 支出 | 执行数, the row labels and their order (收入总计 | 支出总计, " +
      "一、本级收入 with 1.税收收入 and 2.非税收入 under it, 二、转移性收入 1.–5. | 二、转移性支出 1.–4., 结转下年 left blank). Every figure is ours. " +
      "Planted: 一、本级收入 typed 47.11 where 1.税收收入 18.36 + 2.非税收入 29.75 = 48.11 (收入总计 adds the 47.11 as typed). Left as " +
      "published tables have it: 二、转移性支出 12.70 against its parts' 12.69, within the rounding of three two-decimal 亿元 parts.",
  },
  classes: [
    "execution", "revenue-and-spending", "side-by-side", "total-row-first", "outline-numbering", "qizhong-lines", "no-budget-column",
    "blank-cell-as-nothing", "yiyuan", "yiyuan-caption", "parts-within-rounding", "district-report", "chongqing",
  ],
  sheets: [
    {
      name: "收支执行表",
      widths: [26, 12, 26, 12],
      rows: [
        ["2024年全区一般公共预算收支执行表", null, null, null],
        [null, null, null, "单位:亿元"],
        ["收入", "执行数", "支出", "执行数"],
        ["收入总计", 109.62, "支出总计", 109.62],
        ["一、本级收入", 47.11, "一、本级支出", 96.92],
        ["1.税收收入", 18.36, null, null],
        ["2.非税收入", 29.75, null, null],
        ["二、转移性收入", 62.51, "二、转移性支出", 12.7],
        ["1.上级补助收入", 30.46, "1.上解支出", 4.18],
        ["2.政府债务转贷收入", 10.25, "2.政府债务还本支出", 7.96],
        ["3.动用预算稳定调节基金", 2.8, "3.安排预算稳定调节基金", 0.55],
        ["4.上年结转", 4.63, "4.结转下年", null],
        ["5.调入资金", 14.37, null, null],
      ],
      merges: ["A1:D1"],
      numberFormats: { "B4:B13": "0.00", "D4:D12": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "收支执行表", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 13, columns: { A: "line", B: "actual" }, year: 2024 },
      { sheet: "收支执行表", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 12, columns: { C: "line", D: "actual" }, year: 2024 },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "B5",
        why: "一、本级收入 = 1.税收收入 + 2.非税收入 = 18.36 + 29.75 = 48.11; stated 47.11: 1.00亿元 short, far beyond the 0.01 two rounded parts allow",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "收入总计 = 一、本级收入 47.11 (as typed) + 二、转移性收入 62.51 = 109.62, as stated; the slip is reported once, at 本级收入" },
      { rule: "execution.total-mismatch", cell: "B8", why: "二、转移性收入: 30.46 + 10.25 + 2.80 + 4.63 + 14.37 = 62.51, as stated" },
      { rule: "execution.total-mismatch", cell: "D8", why: "二、转移性支出: 4.18 + 7.96 + 0.55 + blank = 12.69 against 12.70: 0.01亿元, within the rounding of three two-decimal 亿元 parts" },
      { rule: "execution.total-mismatch", cell: "D4", why: "支出总计 = 96.92 + 12.70 = 109.62, as stated" },
      { rule: "execution.total-mismatch", cell: "B9", why: "the numbered parts under 二、转移性收入 are its parts, not added again into 收入总计" },
      { rule: "execution.overspent", why: "no budget column: 执行数 only" },
      { rule: "execution.no-spending", cell: "D12", why: "4.结转下年 is blank: nothing carried over, and no budget stands beside it" },
      { rule: "input.unreadable-value", why: "the blank cells are nothing; every figure is a number" },
    ],
  },
};
