import type { CorpusLayout } from "../types";

// 峡江县财政局 2023: 上半年财政收支“双过半” — 1-6月 财政总收入 146405万元 (增长6%), 一般公共预算收入 72777万元, 为预算的65.7%,
// 快于序时进度15.7个百分点, 其中 地方税收收入 45956万元. As a table: revenue and spending against the year's budget, the share done,
// growth, and the gap to time progress in points.
export const layout: CorpusLayout = {
  id: "xiajiang-2023-h1-fiscal-execution",
  source: {
    title: "峡江县财政顺利实现“双过半”（2023年1-6月份财政收支情况；表据正文拟）",
    url: "https://wanpiaopiao.cn/show/96878.html",
    publisher: "峡江县财政局国库股（转载）",
    date: "2023-07",
    changes:
      "The revenue lines are the report's figures (财政总收入 146405 增长6%; 一般公共预算收入 72777, 65.7% of the budget, 15.7 points ahead of " +
      "time progress, 增长2.1%; 地方税收收入 45956 增长5.1%); the budget 110772 is what 72777 / 65.7% gives. The report gives no spending " +
      "figures, so the spending lines, their budgets, rates, growth and gaps are ours, as are the table's title, columns and note. Planted: " +
      "卫生健康支出 stated 58.4% where 11260 / 21500 = 52.4%; 科学技术支出 at 27.3%, far behind the half year.",
  },
  classes: ["execution", "report-as-prose", "table-from-prose", "as-of-in-title", "half-year", "annual-budget-only", "no-budget-line", "dash-as-nothing", "qizhong-lines", "some-parts-only", "indented-lines", "growth-rate-column", "negative-growth", "points-gap-column", "rates-as-text", "one-decimal-rates", "wanyuan-caption", "notes-under-table", "county-finance", "jiangxi"],
  settings: { asOf: "2023-06-30" },
  sheets: [
    {
      name: "1-6月收支",
      widths: [26, 12, 12, 12, 12, 20],
      rows: [
        ["峡江县2023年1-6月财政收支执行情况表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["项目", "年初预算", "1-6月完成", "完成预算%", "同比增长%", "较序时进度（百分点）"],
        ["财政总收入", "—", 146405, "—", "6.0%", "—"],
        ["一般公共预算收入", 110772, 72777, "65.7%", "2.1%", 15.7],
        ["其中：地方税收收入", "—", 45956, "—", "5.1%", "—"],
        ["一般公共预算支出", 245600, 128540, "52.3%", "4.6%", 2.3],
        ["其中：教育支出", 41200, 22150, "53.8%", "3.2%", 3.8],
        ["　　社会保障和就业支出", 36800, 20310, "55.2%", "6.5%", 5.2],
        ["　　卫生健康支出", 21500, 11260, "58.4%", "-2.4%", 8.4],
        ["　　农林水支出", 45600, 24980, "54.8%", "7.9%", 4.8],
        ["　　科学技术支出", 1500, 410, "27.3%", "-35.6%", -22.7],
        ["　　城乡社区支出", 18900, 9170, "48.5%", "12.1%", -1.5],
        ["注：序时进度按50%计算；财政总收入含上划中央、省级收入。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A14:F14"],
      numberFormats: { "B4:C13": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "1-6月收支",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D10", why: "卫生健康支出 11260 / 21500 = 52.37%, stated 58.4%" },
      { rule: "execution.behind-schedule", cell: "D12", why: "科学技术支出 410 / 1500 = 27.33%, below 181 / 365 = 49.59% (or 50%) − 5 at 2023-06-30" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D5", why: "72777 / 110772 = 65.70%" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "128540 / 245600 = 52.34%, shown 52.3%" },
      { rule: "execution.behind-schedule", cell: "D13", why: "城乡社区支出 48.52%: 1.1 points under 49.59%, within the 5-point tolerance" },
      { rule: "execution.behind-schedule", cell: "D5", why: "revenue at 65.7% is ahead of time progress" },
      { rule: "execution.total-mismatch", cell: "C7", why: "the 其中 functions (88280) are only some of 一般公共预算支出 128540, not all of it" },
      { rule: "execution.total-mismatch", cell: "C5", why: "地方税收收入 is only a part of 一般公共预算收入" },
      { rule: "execution.no-spending", cell: "C4", why: "财政总收入 has no budget (—): no status" },
      { rule: "execution.overspent", why: "no line is above its budget" },
      { rule: "input.unreadable-value", why: "— means nothing; the growth rates and points are figures; the note is a note" },
    ],
  },
};
