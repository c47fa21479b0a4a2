import type { CorpusLayout } from "../types";

// 北京市海淀区 2024年预算执行情况 (report to the district 人大, January 2025): the report states 区级支出 and its share of the 调整预算 in
// prose; the table is built from it by 功能分类 head: 项目 | 2024年调整预算数 | 2024年预计执行数 | 完成调整预算（%）, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "haidian-2024-district-spending-execution-by-function",
  source: {
    title: "海淀区2024年预算执行情况和2025年预算（草案）的报告（区级一般公共预算支出执行情况；表据正文拟）",
    url: "https://zyk.bjhd.gov.cn/zwdt/xxgk/ygcz/202501/t20250123_4755884.shtml",
    publisher: "海淀区财政局",
    date: "2025-01-23",
    changes:
      "The report is prose: it gives the 2024 区级一般公共预算支出 as 预计 执行数 and its share of the 调整预算. The table (by 功能分类 head: " +
      "项目 | 调整预算数 | 预计执行数 | 完成调整预算（%）, 合计 at the foot) is ours, built from that prose; the heads are the usual 功能分类 names and " +
      "every figure is ours (亿元, one decimal as the report writes them). Planted: 科学技术支出 shown at 99.7% where 116.2 / 118.7 = 97.9%; " +
      "农林水支出 at 80.5% at the year's end (time progress 100%).",
  },
  classes: ["execution", "budget-execution-report", "function-heads", "rate-column", "percent-format", "total-at-foot", "one-decimal-yiyuan", "yiyuan-caption", "year-end", "notes-under-table", "table-from-prose", "district-level", "beijing"],
  sheets: [
    {
      name: "支出执行",
      widths: [24, 18, 18, 18],
      rows: [
        ["海淀区2024年区级一般公共预算支出执行情况表（表据正文拟）", null, null, null],
        ["单位：亿元", null, null, null],
        ["项目", "2024年调整预算数", "2024年预计执行数", "完成调整预算（%）"],
        ["一般公共服务支出", 38.6, 37.9, 0.982],
        ["教育支出", 152.4, 150.8, 0.99],
        ["科学技术支出", 118.7, 116.2, 0.997],
        ["社会保障和就业支出", 86.3, 85.1, 0.986],
        ["卫生健康支出", 54.2, 52.9, 0.976],
        ["城乡社区支出", 131.5, 128.4, 0.976],
        ["农林水支出", 12.8, 10.3, 0.805],
        ["其他支出", 45, 44.6, 0.991],
        ["区级支出合计", 639.5, 626.2, 0.979],
        ["注：2024年执行数为预计数，待决算编制完成后以决算数为准。", null, null, null],
      ],
      merges: ["A1:D1", "A2:D2", "A13:D13"],
      numberFormats: { "B4:C12": "0.0", "D4:D12": "0.0%" },
    },
  ],
  settings: { asOf: "2025-01-10", district: "北京市海淀区" },
  expect: {
    tables: [
      { sheet: "支出执行", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 12, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2024 },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D6", why: "科学技术支出 116.2 / 118.7 = 97.9%, shown as 99.7%" },
      { rule: "execution.behind-schedule", cell: "C10", why: "农林水支出 10.3 / 12.8 = 80.5% at the end of 2024 (time progress 100%): 19.5 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B12", why: "38.6 + 152.4 + 118.7 + 86.3 + 54.2 + 131.5 + 12.8 + 45.0 = 639.5" },
      { rule: "execution.total-mismatch", cell: "C12", why: "37.9 + 150.8 + 116.2 + 85.1 + 52.9 + 128.4 + 10.3 + 44.6 = 626.2" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "150.8 / 152.4 = 98.95%, which shows as 99.0% at one decimal" },
      { rule: "execution.rate-mismatch", cell: "D12", why: "626.2 / 639.5 = 97.92%, shown 97.9%" },
      { rule: "execution.behind-schedule", cell: "C12", why: "a total row gets no spending status of its own" },
      { rule: "execution.behind-schedule", cell: "C8", why: "卫生健康 97.6% is within 5 points of 100%" },
      { rule: "execution.overspent", why: "no head spent more than its adjusted budget" },
      { rule: "execution.total-mismatch", cell: "A13", why: "the note under the table is not a line" },
    ],
  },
};
