import type { CorpusLayout } from "../types";

// 上海市杨浦区财政局 2024-01-16: the district's 2023 一般公共预算 at the year's end, reported to the 人代会 in prose — revenue
// 1,549,911万元 (为调整预算的101.9%, 增长8.0%) and spending 2,862,260万元 (完成调整预算的98.4%, 增长11.4%) — laid out as the
// 收支执行情况表 such reports annex: revenue with 其中 税收 / 非税, spending by function, 调整预算数 | 执行数 | 为调整预算% | 比上年增长%.
export const layout: CorpusLayout = {
  id: "yangpu-2023-general-budget-execution",
  source: {
    title: "关于上海市杨浦区2023年预算执行情况和2024年预算草案的报告（一、2023年预算执行情况（一）一般公共预算执行情况；表据正文拟）",
    url: "https://www.shyp.gov.cn/yp-zwgk/zwgk/buffersInformation/details?id=aa5fa974-6eda-4467-883f-0b39bc6d61dd",
    publisher: "上海市杨浦区财政局",
    date: "2024-01-16",
    changes:
      "As published: 一般公共预算收入1549911万元, 为调整预算的101.9%, 增长8.0%; 一般公共预算支出2862260万元, 完成调整预算的98.4%, 增长11.4%; and the " +
      "收入总量 / 支出总量 3555272万元 with its parts (市级财政税收返还和补助收入916296万元, 上年结转收入、调入资金、动用预算稳定调节基金等969065万元, " +
      "一般债务转贷收入120000万元), kept in the note. The 调整预算数 (1,521,000 and 2,909,000, which give the report's shares), the 税收 / 非税 split " +
      "and the eight spending lines with their budgets and growth are ours. Planted: 城乡社区支出 806,450 against an adjusted 780,000; " +
      "科学技术支出 at 80.1% with the year over; 卫生健康支出's share written 96.9% where 262,180 / 265,000 = 98.9%.",
  },
  classes: [
    "execution", "revenue-and-spending", "report-as-prose", "qizhong-lines", "complement-parts", "numbered-function-lines",
    "adjusted-budget-only", "growth-rate-column", "rates-as-numbers", "one-decimal-rates", "year-end", "revenue-above-budget",
    "table-from-prose", "wanyuan-caption", "notes-under-table", "district-government", "shanghai",
  ],
  settings: { asOf: "2023-12-31" },
  sheets: [
    {
      name: "收支执行",
      widths: [28, 14, 14, 14, 14],
      rows: [
        ["杨浦区2023年一般公共预算收支执行情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "调整预算数", "执行数", "为调整预算%", "比上年增长%"],
        ["一般公共预算收入", 1521000, 1549911, 1.019, 0.08],
        ["其中：税收收入", 1300000, 1312406, 1.01, 0.066],
        ["      非税收入", 221000, 237505, 1.075, 0.166],
        ["一般公共预算支出", 2909000, 2862260, 0.984, 0.114],
        ["1.一般公共服务支出", 186000, 181420, 0.975, 0.032],
        ["2.公共安全支出", 98000, 96310, 0.983, 0.041],
        ["3.教育支出", 420000, 416980, 0.993, 0.058],
        ["4.科学技术支出", 210000, 168240, 0.801, 0.124],
        ["5.社会保障和就业支出", 520000, 517630, 0.995, 0.093],
        ["6.卫生健康支出", 265000, 262180, 0.969, -0.027],
        ["7.城乡社区支出", 780000, 806450, 1.034, 0.238],
        ["8.其他支出", 430000, 413050, 0.961, 0.071],
        ["注：一般公共预算收入加上市级财政税收返还和补助收入916296万元，上年结转收入、调入资金、动用预算稳定调节基金等969065万元，以及地方政府一般债务转贷收入120000万元，收入总量为3555272万元；支出总量同。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:D2", "A16:E16"],
      numberFormats: { "B4:C15": "#,##0", "D4:E15": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收支执行",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 15,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C14", why: "城乡社区支出: 806,450 spent against an adjusted budget of 780,000 (103.4%): 26,450万元 over" },
      { rule: "execution.behind-schedule", cell: "D11", why: "科学技术支出: 168,240 / 210,000 = 80.1% with the year over (time progress 100%): 19.9 points behind" },
      { rule: "execution.rate-mismatch", cell: "D13", why: "卫生健康支出: 262,180 / 265,000 = 98.94%, shown 98.9% at one decimal; written 96.9%" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "181,420 + 96,310 + 416,980 + 168,240 + 517,630 + 262,180 + 806,450 + 413,050 = 2,862,260" },
      { rule: "execution.total-mismatch", cell: "B7", why: "the eight budgets add up to 2,909,000" },
      { rule: "execution.total-mismatch", cell: "C4", why: "税收收入 1,312,406 + 非税收入 237,505 = 1,549,911 (其中 and its complement: all of it)" },
      { rule: "execution.total-mismatch", cell: "B4", why: "1,300,000 + 221,000 = 1,521,000" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "1,549,911 / 1,521,000 = 101.90%, shown 101.9%" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "2,862,260 / 2,909,000 = 98.39%, shown 98.4%" },
      { rule: "execution.rate-mismatch", cell: "E13", why: "比上年增长% (−2.7%) compares with last year; it is no share of the budget" },
      { rule: "execution.overspent", cell: "C4", why: "revenue above its budget is collected beyond plan, not overspent" },
      { rule: "execution.overspent", cell: "C6", why: "非税收入 107.5% of budget: revenue, not spending" },
      { rule: "execution.behind-schedule", cell: "D15", why: "其他支出 96.1%: within 5 points of the year's end" },
      { rule: "execution.behind-schedule", cell: "D7", why: "一般公共预算支出 98.4%: within 5 points; its lines carry the status" },
      { rule: "execution.total-mismatch", cell: "C16", why: "the note's 收入总量 3,555,272 is prose under the table, not a row" },
      { rule: "execution.no-spending", why: "every line has spent" },
    ],
  },
};
