import type { CorpusLayout } from "../types";

// 重庆市铜梁区财政局 2022-01-10: 2021年全区一般公共预算收支执行表 in 亿元 — revenue and spending side by side (项目 | 执行数 twice),
// 总计 first, 一、本级 and 二、转移性 with five numbered parts each; no budget column.
export const layout: CorpusLayout = {
  id: "tongliang-2021-general-budget-balance",
  source: {
    title: "重庆市铜梁区2021年预算执行情况和2022年预算草案的报告（一、2021年预算执行情况（一）1. 2021年全区一般公共预算收支执行表）",
    url: "https://www.cqstl.gov.cn/bm/qczj_71105/zwgk_70831/jczwgk/czyjslyxxgk/zfys_298235/202201/t20220129_10359772.html",
    publisher: "重庆市铜梁区财政局",
    date: "2022-01-10",
    changes:
      "Table title, 单位:亿元, the two 执行数 headings, the row labels and their order (收入总计 | 支出总计, 一、本级收入 | 一、本级支出, 二、转移性收入 | " +
      "二、转移性支出, 1.上级补助收入 … 5.调入资金 | 1.上解支出 … 5.结转下年) as published; the left headings (the published copy leaves them blank) " +
      "are written 项目, and every figure is ours. Planted: 收入总计 93.56 where 41.26 + 52.39 = 93.65 (two digits swapped). 转移性支出 18.54 " +
      "against its parts' 18.53 is left as published tables have it: five two-decimal 亿元 parts may sum 0.025 away.",
  },
  classes: ["execution", "revenue-and-spending", "side-by-side", "total-row-first", "outline-numbering", "no-budget-column", "yiyuan", "parts-within-rounding", "district-report", "chongqing"],
  sheets: [
    {
      name: "收支执行表",
      widths: [26, 12, 26, 12],
      rows: [
        ["2021年全区一般公共预算收支执行表", null, null, null],
        [null, null, null, "单位:亿元"],
        ["项目", "执行数", "项目", "执行数"],
        ["收入总计", 93.56, "支出总计", 93.66],
        ["一、本级收入", 41.26, "一、本级支出", 75.12],
        ["二、转移性收入", 52.39, "二、转移性支出", 18.54],
        ["1.上级补助收入", 23.18, "1.上解支出", 3.91],
        ["2.政府债务转贷收入", 8.7, "2.政府债务还本支出", 6.02],
        ["3.动用预算稳定调节基金", 1.95, "3.调出资金", 0.75],
        ["4.上年结转", 0.92, "4.安排预算稳定调节基金", 2.1],
        ["5.调入资金", 17.64, "5.结转下年", 5.75],
      ],
      merges: ["A1:D1"],
      numberFormats: { "B4:B11": "0.00", "D4:D11": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "收支执行表", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 11, columns: { A: "line", B: "actual" }, year: 2021 },
      { sheet: "收支执行表", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 11, columns: { C: "line", D: "actual" }, year: 2021 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B4", why: "收入总计 = 一、本级收入 + 二、转移性收入 = 41.26 + 52.39 = 93.65; stated 93.56: 0.09亿元 short, beyond the 0.01 two rounded parts allow" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B6", why: "转移性收入: 23.18 + 8.70 + 1.95 + 0.92 + 17.64 = 52.39, as stated" },
      { rule: "execution.total-mismatch", cell: "D6", why: "转移性支出: 3.91 + 6.02 + 0.75 + 2.10 + 5.75 = 18.53 against 18.54: 0.01亿元, within the rounding of five two-decimal 亿元 parts (±0.025)" },
      { rule: "execution.total-mismatch", cell: "D4", why: "支出总计 = 75.12 + 18.54 = 93.66, as stated" },
      { rule: "execution.overspent", why: "no budget is stated: 执行数 only; spending above revenue is not overspending" },
      { rule: "execution.no-spending", why: "no budgeted row; every figure is above zero" },
      { rule: "execution.total-mismatch", cell: "B7", why: "the numbered parts 1.–5. are the parts of 二、转移性收入, not added again into 收入总计 with it" },
    ],
  },
};
