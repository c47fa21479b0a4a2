import type { CorpusLayout } from "../types";

// 山西 太原市迎泽区 2022年预算执行情况和2023年预算草案的报告: the general budget's year — passed, cut by the 人大常委会's
// adjustment (收入 201920 → 165620, 支出 299970 → 263670), done — laid out as the execution table such reports annex:
// 年初预算数 | 调整预算数 | 执行数 | 完成调整预算%, revenue with its 其中 税收 | 非税, then spending by function under its total.
export const layout: CorpusLayout = {
  id: "yingze-2022-general-budget-execution",
  source: {
    title: "关于太原市迎泽区2022年预算执行情况和2023年预算草案的报告（执行情况表据正文拟）",
    url: "https://gcs66.com/document_detail/104263.html",
    publisher: "太原市迎泽区财政局 (reposted)",
    date: "2023-02-08",
    changes:
      "The report's own figures are kept: 一般公共预算收入 年初 201,920, 调整 165,620, 完成 166,375 (100.46%), and 一般公共预算支出 年初 " +
      "299,970, 调整 263,670. The table, the 税收 | 非税 split, the eight spending lines and the year's spending are ours. Planted: 卫生健康支出 " +
      "28,960 spent of 27,300; 城乡社区支出 38,620 of 49,470 (78.07%) in a year now past; 科学技术支出's share typed 93.83% where " +
      "3,540 / 3,600 = 98.33%.",
  },
  classes: ["execution", "initial-and-adjusted-budget", "revenue-and-spending", "qizhong-complement", "functional-classification", "rate-as-text", "past-year", "table-from-prose", "budget-report", "district-finance", "shanxi"],
  sheets: [
    {
      name: "执行情况",
      widths: [30, 14, 14, 14, 16],
      rows: [
        ["迎泽区2022年一般公共预算收支执行情况表（表据正文拟）", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "年初预算数", "调整预算数", "执行数", "完成调整预算%"],
        ["一般公共预算收入", 201920, 165620, 166375, "100.46%"],
        ["　其中：税收收入", 148000, 118500, 119630, "100.95%"],
        ["　　　　非税收入", 53920, 47120, 46745, "99.20%"],
        ["一般公共预算支出", 299970, 263670, 252200, "95.65%"],
        ["　一般公共服务支出", 38500, 35200, 34650, "98.44%"],
        ["　公共安全支出", 21600, 19800, 19520, "98.59%"],
        ["　教育支出", 68900, 61500, 60880, "98.99%"],
        ["　科学技术支出", 4200, 3600, 3540, "93.83%"],
        ["　社会保障和就业支出", 52300, 48600, 48150, "99.07%"],
        ["　卫生健康支出", 31400, 27300, 28960, "106.08%"],
        ["　城乡社区支出", 62870, 49470, 38620, "78.07%"],
        ["　其他支出", 20200, 18200, 17880, "98.24%"],
        ["注：调整预算数为经区六届人大常委会第十三次会议审查批准的调整后预算。", null, null, null, null],
      ],
      merges: ["A1:E1", "A16:E16"],
      numberFormats: { "B4:D15": "#,##0" },
    },
  ],
  settings: { district: "太原市迎泽区" },
  expect: {
    tables: [
      { sheet: "执行情况", kind: "execution", unit: "万元", headerRow: 3, lastRow: 15, columns: { A: "line", B: "initialBudget", C: "adjustedBudget", D: "actual", E: "rate" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.overspent", cell: "D13", why: "卫生健康支出 28,960 spent of an adjusted 27,300" },
      { rule: "execution.behind-schedule", cell: "D14", why: "城乡社区支出 38,620 / 49,470 = 78.07%, against 100% at the end of 2022" },
      { rule: "execution.rate-mismatch", cell: "E11", why: "科学技术支出 3,540 / 3,600 = 98.33%, typed 93.83%" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D7", why: "252,200 = the eight lines; budgets 299,970 and 263,670 likewise" },
      { rule: "execution.total-mismatch", cell: "D4", why: "166,375 = 119,630 + 46,745 (其中 税收 | 非税 are all of it)" },
      { rule: "execution.overspent", cell: "D4", why: "revenue 100.46% of plan is collected beyond plan" },
      { rule: "execution.overspent", cell: "D5", why: "税收收入 above plan is revenue, not spending" },
      { rule: "execution.behind-schedule", cell: "D7", why: "a total row gets no status of its own (95.65%, within 5 points anyway)" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "166,375 / 165,620 = 100.46%" },
      { rule: "execution.behind-schedule", cell: "D6", why: "非税收入 99.20%" },
    ],
  },
};
