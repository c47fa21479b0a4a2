import type { CorpusLayout } from "../types";

// 北京市朝阳区财政局 2020-09-04: the report on the 2020 first half's budget (区人大常委会, 2020-08-20). Its spending side by function —
// 全年预算 | 1-6月支出 | 完成预算% | 序时进度 50%, 合计 first — laid out from the report; the figures by function are ours.
export const layout: CorpusLayout = {
  id: "beijing-chaoyang-2020-h1-general-budget-spending-progress",
  source: {
    title: "北京市朝阳区2020年上半年预算执行情况（关于朝阳区2020年财政预算上半年执行情况的报告；一般公共预算支出执行情况表据报告拟）",
    url: "http://www.bjchy.gov.cn/affair/caizhengsz/czyjs/8a24fe837450d5b20174535b70c105dd.html",
    publisher: "北京市朝阳区财政局",
    date: "2020-09-04",
    changes:
      "From the report: the first half of 2020 (revenue 2,643,400万元, 49% of the year's 5,390,000; the main taxes and their shares). The stored copy " +
      "shows the revenue side only: the spending table (title, caption, columns 项目 | 全年预算 | 1-6月支出 | 完成预算% | 序时进度, nine functions, " +
      "合计 first) and all its figures are ours. Planted: 科学技术 at 36.0% and 其他支出 at 41.9% against the half-year's 50%; 卫生健康's rate typed " +
      "66.1% where 219,300 / 356,000 = 61.6%. Left as they are: 城乡社区 46.1%, 公共安全 47.5% and 农林水 46.6% (within 5 points of 50%).",
  },
  classes: [
    "execution", "spending-progress", "by-function", "time-progress-column", "total-row-first", "rates-as-text", "one-decimal-rates", "whole-wanyuan",
    "wanyuan-caption", "as-of-in-title", "notes-under-table", "table-from-prose", "district-finance-bureau", "beijing",
  ],
  settings: { district: "北京市朝阳区", asOf: "2020-06-30" },
  sheets: [
    {
      name: "支出执行",
      widths: [24, 14, 14, 12, 10],
      rows: [
        ["朝阳区2020年1-6月一般公共预算支出执行情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "全年预算", "1-6月支出", "完成预算%", "序时进度"],
        ["一般公共预算支出合计", 3420000, 1663250, "48.6%", "50.0%"],
        ["一般公共服务支出", 152000, 76760, "50.5%", "50.0%"],
        ["公共安全支出", 186000, 88350, "47.5%", "50.0%"],
        ["教育支出", 612000, 302330, "49.4%", "50.0%"],
        ["科学技术支出", 98000, 35280, "36.0%", "50.0%"],
        ["社会保障和就业支出", 420000, 226800, "54.0%", "50.0%"],
        ["卫生健康支出", 356000, 219300, "66.1%", "50.0%"],
        ["城乡社区支出", 1046000, 482210, "46.1%", "50.0%"],
        ["农林水支出", 38000, 17690, "46.6%", "50.0%"],
        ["其他支出", 512000, 214530, "41.9%", "50.0%"],
        ["注：卫生健康支出含疫情防控支出；科学技术支出进度较慢主要是部分科技项目受疫情影响延后实施。", null, null, null, null],
      ],
      merges: ["A1:E1", "A14:E14"],
      numberFormats: { "B4:C13": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出执行",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate", E: "progress" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "C8", why: "科学技术: 35,280 / 98,000 = 36.0% against the 50% of June (6/12): 14 points behind" },
      { rule: "execution.behind-schedule", cell: "C13", why: "其他支出: 214,530 / 512,000 = 41.9% against 50%: 8.1 points behind" },
      { rule: "execution.rate-mismatch", cell: "D10", why: "卫生健康: 219,300 / 356,000 = 61.6%, typed 66.1%" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "C11", why: "城乡社区 482,210 / 1,046,000 = 46.1%: within 5 points of 50%" },
      { rule: "execution.behind-schedule", cell: "C12", why: "农林水 17,690 / 38,000 = 46.55%, shown 46.6%: within 5 points" },
      { rule: "execution.behind-schedule", cell: "C4", why: "a total row has no status of its own (48.6% anyway)" },
      { rule: "execution.total-mismatch", cell: "B4", why: "the nine functions' budgets add to 3,420,000" },
      { rule: "execution.total-mismatch", cell: "C4", why: "the nine functions' spending adds to 1,663,250" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "1,663,250 / 3,420,000 = 48.63%, shown 48.6%" },
      { rule: "execution.overspent", why: "no line above its budget" },
    ],
  },
};
