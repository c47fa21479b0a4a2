import type { CorpusLayout } from "../types";

// 天津市宝坻区 2022-07: the district's 2021 final accounts as reported to the 人大常委会 — general-budget spending by function,
// each with its share of the adjusted budget (占调整预算%) and its growth on the year before (增长%), the whole first. Laid out as
// the table the report's figures make: 项目 | 调整预算数 | 决算数 | 占调整预算% | 比上年增长%.
export const layout: CorpusLayout = {
  id: "tianjin-baodi-2021-general-budget-final-accounts",
  source: {
    title: "宝坻区2021年度政府决算公开（关于2021年决算（草案）的报告 一、(一)2. 一般公共预算支出决算情况；表据正文拟）",
    url: "https://www.tjbd.gov.cn/zwgk/zfxxgkqzf/qzf/fdzdgknr2/czyjs2/zfjs103617/2021n148555/202207/t20220725_5941080.html",
    publisher: "天津市宝坻区财政局",
    date: "2022-07-25",
    changes:
      "The report gives the figures in its text (一般公共预算支出906007万元，占调整预算97.4%，增长6.1%; 一般公共服务支出112861万元，占调整预算" +
      "104.5%，下降0.3%; 公共安全支出50826万元，占调整预算121%，增长7.4%; 教育支出…); the table (项目 | 调整预算数 | 决算数 | 占调整预算% | " +
      "比上年增长%), its caption and note are ours. The whole (906,007, 97.4%, 6.1%) is kept; the lines are ours, shaped on the report " +
      "(一般公共服务 and 公共安全 above their adjusted budgets at 104.5% and 121.0%). Planted: the 调整预算数 of the whole, 930,000, where " +
      "the lines' add up to 931,500; 社会保障和就业 stated 97.5% where 153,600 / 160,000 = 96.0%; 城乡社区 at 87.5% with the year over.",
  },
  classes: ["execution", "final-accounts", "by-function", "adjusted-budget", "total-row-first", "rates-as-text", "growth-rate-column", "negative-growth", "overspent-lines-published", "year-end", "wanyuan-caption", "notes-under-table", "tianjin"],
  settings: { asOf: "2022-07-25" },
  sheets: [
    {
      name: "一般公共预算支出决算",
      widths: [24, 14, 14, 14, 14],
      rows: [
        ["宝坻区2021年一般公共预算支出决算情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "调整预算数", "决算数", "占调整预算%", "比上年增长%"],
        ["一般公共预算支出", 930000, 906007, "97.4%", "6.1%"],
        ["一般公共服务支出", 108000, 112860, "104.5%", "-0.3%"],
        ["公共安全支出", 42000, 50820, "121.0%", "7.4%"],
        ["教育支出", 245000, 236670, "96.6%", "5.2%"],
        ["社会保障和就业支出", 160000, 153600, "97.5%", "8.3%"],
        ["卫生健康支出", 80000, 78400, "98.0%", "12.6%"],
        ["城乡社区支出", 150000, 131250, "87.5%", "-4.8%"],
        ["农林水支出", 110000, 106700, "97.0%", "9.1%"],
        ["其他支出", 36500, 35707, "97.8%", "3.5%"],
        ["注：调整预算数为区人大常委会批准的调整预算；占调整预算%为决算数占调整预算数的比例。", null, null, null, null],
      ],
      merges: ["A1:E1", "A13:E13"],
      numberFormats: { "B4:C12": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一般公共预算支出决算",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B4", why: "调整预算数 930,000 where the lines add up to 108,000 + 42,000 + 245,000 + 160,000 + 80,000 + 150,000 + 110,000 + 36,500 = 931,500: 1,500万元 too little" },
      { rule: "execution.rate-mismatch", cell: "D8", why: "社会保障和就业 153,600 / 160,000 = 96.0%, stated 97.5%" },
      { rule: "execution.overspent", cell: "C5", why: "一般公共服务 spent 112,860 of an adjusted 108,000: 4,860万元 over (104.5%)" },
      { rule: "execution.overspent", cell: "C6", why: "公共安全 spent 50,820 of an adjusted 42,000: 8,820万元 over (121.0%)" },
      { rule: "execution.behind-schedule", cell: "D10", why: "城乡社区 131,250 / 150,000 = 87.5% with the year over: 12.5 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "906,007 = 112,860 + 50,820 + 236,670 + 153,600 + 78,400 + 131,250 + 106,700 + 35,707" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "906,007 / 930,000 = 97.42%, shown 97.4%: the row's own figures agree (its budget is the finding)" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "112,860 / 108,000 = 104.5%" },
      { rule: "execution.rate-mismatch", cell: "D12", why: "35,707 / 36,500 = 97.83%, shown 97.8%" },
      { rule: "execution.rate-mismatch", cell: "E5", why: "比上年增长% (-0.3%) is growth on 2020, not an execution rate" },
      { rule: "execution.behind-schedule", cell: "D7", why: "96.6%: within 5 points of the year's end" },
      { rule: "execution.behind-schedule", cell: "D8", why: "the true 96.0% is within 5 points (its stated rate is the finding)" },
      { rule: "execution.behind-schedule", cell: "D4", why: "the whole carries no status of its own: its lines do" },
      { rule: "execution.overspent", cell: "C4", why: "906,007 is within 930,000; the whole gets no status of its own" },
      { rule: "execution.no-spending", why: "every line has spent" },
      { rule: "input.unreadable-value", why: "rates and growth written 97.4% / -0.3% are numbers; the note is text" },
    ],
  },
};
