import type { CorpusLayout } from "../types";

// 天津市财政局 2025-02 (天津日报): the 2024年 execution report — 一般公共预算支出 by function against the adjusted budget, 亿元,
// 项目 | 调整预算数 | 执行数 | 完成调整预算% | 比上年增长%, the total first.
export const layout: CorpusLayout = {
  id: "tianjin-2024-municipal-gpb-spending-by-function",
  source: {
    title: "关于天津市2024年预算执行情况和2025年预算草案的报告（一般公共预算支出执行情况表据报告拟）",
    url: "http://epaper.tianjinwe.com/tjrb/html/2025-02/17/content_143084_1853276.htm",
    publisher: "天津市财政局（天津日报）",
    date: "2025-02-17",
    changes:
      "The stored copy gives the report's opening prose (收入预算圆满完成 …), no table and not the spending figures. The table is built as such " +
      "reports lay out their spending (表据报告拟): ten function lines with 其他各项支出 lumped, every figure ours. Planted: 执行数 合计 typed " +
      "2,871.0 where the lines give 2,817.0; 教育支出's rate typed 99.8% (512.7 / 520.0 = 98.6%); 科学技术支出 at 82.0% in a finished year.",
  },
  classes: ["execution", "by-function", "adjusted-budget", "year-end", "past-year", "total-row-first", "growth-column", "negative-growth", "one-decimal-rates", "rate-column-as-number", "one-decimal-yiyuan", "yiyuan-caption", "other-lines-lumped", "notes-under-table", "table-from-prose", "province-level", "tianjin"],
  settings: { asOf: "2025-01-15" },
  sheets: [
    {
      name: "支出执行",
      widths: [26, 14, 12, 16, 14],
      rows: [
        ["2024年天津市一般公共预算支出执行情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "调整预算数", "执行数", "完成调整预算%", "比上年增长%"],
        ["一般公共预算支出合计", 2880.0, 2871.0, 97.8, 1.3],
        ["一般公共服务支出", 160.0, 157.6, 98.5, 2.1],
        ["公共安全支出", 190.0, 186.2, 98.0, 1.4],
        ["教育支出", 520.0, 512.7, 99.8, 1.2],
        ["科学技术支出", 120.0, 98.4, 82.0, -6.3],
        ["社会保障和就业支出", 620.0, 616.9, 99.5, 4.6],
        ["卫生健康支出", 240.0, 236.4, 98.5, -2.0],
        ["城乡社区支出", 480.0, 471.2, 98.2, 3.3],
        ["农林水支出", 110.0, 107.5, 97.7, 0.8],
        ["交通运输支出", 90.0, 88.6, 98.4, 5.2],
        ["其他各项支出", 350.0, 341.5, 97.6, -1.1],
        ["注：执行数为快报数，决算后会有变化；其他各项支出含文化旅游体育与传媒、节能环保、住房保障等支出。", null, null, null, null],
      ],
      merges: ["A1:E1", "A15:E15"],
      numberFormats: { "B4:C14": "#,##0.0", "D4:E14": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "支出执行", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 14, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2024 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "执行数 合计 2,871.0 where the ten lines add to 2,817.0: 54.0亿元 over" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "教育支出 512.7 / 520.0 = 98.6%, typed 99.8%" },
      { rule: "execution.behind-schedule", cell: "D8", why: "科学技术支出 98.4 / 120.0 = 82.0%, a past year measured at its end (100%): 18 points behind, over 5" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "合计's 97.8% agrees with its lines (2,817.0 / 2,880.0 = 97.8%): the slip is the typed 执行数, found once" },
      { rule: "execution.total-mismatch", cell: "B4", why: "调整预算数 lines add to 2,880.0" },
      { rule: "execution.rate-mismatch", cell: "E8", why: "比上年增长% is growth, no rate" },
      { rule: "execution.behind-schedule", cell: "D14", why: "其他各项支出 97.6%: within 5 points of 100%" },
      { rule: "execution.overspent", why: "no line spent above its budget" },
      { rule: "execution.behind-schedule", cell: "D4", why: "a total row gets no spending status of its own" },
    ],
  },
};
