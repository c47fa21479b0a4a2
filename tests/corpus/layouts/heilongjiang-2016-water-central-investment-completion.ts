import type { CorpusLayout } from "../types";

// 黑龙江日报 2016-11: the province's 2016 central water-investment plan and what was done by 10月31日 — 全省 150.9亿元 planned,
// 其中 重大水利工程 and 其他水利工程, each with 已完成 and 完成率, and the year-end completion rates the centre requires (90%以上,
// 80%以上). Laid out from the report as a small progress table, 全省 first, the two kinds under it as 其中 lines.
export const layout: CorpusLayout = {
  id: "heilongjiang-2016-water-central-investment-completion",
  source: {
    title: "我省水利工程落实中央计划投资额度全国居首（中央水利投资计划完成情况表据报道拟）",
    url: "http://haerbin.baogaosu.com/xinwen/%E6%88%91%E7%9C%81%E6%B0%B4%E5%88%A9%E5%B7%A5%E7%A8%8B%E8%90%BD%E5%AE%9E%E4%B8%AD%E5%A4%AE%E8%AE%A1%E5%88%92%E6%8A%95%E8%B5%84%E9%A2%9D/52227560",
    publisher: "黑龙江日报（黑龙江省水利厅）",
    date: "2016-11",
    changes:
      "The report gives no table: the layout (全省 | 其中：重大水利工程建设项目 | 其他水利工程建设项目, 中央水利投资计划 | 已完成 | 完成率 | " +
      "年底目标完成率) is ours from its sentences, as are the figures (the report's 150.9 / 125.9 / 83.4%, 120.8 / 108.7 / 90%, 30.1 / 17.2 / " +
      "57.0% replaced by our own; its 57.0% for 17.2 / 30.1 = 57.1% is itself a slip). Kept: the as-of date 10月31日 and the year-end targets. " +
      "Planted: 其他水利工程's rate typed 59.0% for 18.4 / 32.3 = 57.0%, which is also far behind October's 83.33%.",
  },
  classes: [
    "execution", "completion-rate", "as-of-in-title", "total-row-first", "qizhong-lines", "target-rate-text-column", "one-decimal-rates",
    "one-decimal-yiyuan", "yiyuan-caption", "table-from-prose", "news-report", "province-level", "heilongjiang",
  ],
  settings: { district: "黑龙江省", asOf: "2016-10-31" },
  sheets: [
    {
      name: "完成情况",
      widths: [28, 16, 12, 10, 14],
      rows: [
        ["2016年黑龙江省中央水利投资计划完成情况（截至10月31日）", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目类别", "中央水利投资计划", "已完成", "完成率", "年底目标完成率"],
        ["全省合计", 150.9, 124.6, 0.826, null],
        ["其中：重大水利工程建设项目", 118.6, 106.2, 0.895, "90%以上"],
        ["其他水利工程建设项目", 32.3, 18.4, 0.59, "80%以上"],
        ["注：中央水利投资计划为国家分解下达我省的2016年度计划；完成率＝已完成÷中央水利投资计划。", null, null, null, null],
      ],
      merges: ["A1:E1", "A7:E7"],
      numberFormats: { "B4:C6": "0.0", "D4:D6": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "完成情况",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 6,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2016,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D6", why: "其他水利工程: 18.4 / 32.3 = 56.97% → 57.0%, shown 59.0%" },
      {
        rule: "execution.behind-schedule",
        cell: "C6",
        why: "其他水利工程: 18.4 / 32.3 = 56.97%, below October's 10/12 = 83.33% by 26.4 points",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "118.6 + 32.3 = 150.9; 106.2 + 18.4 = 124.6" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "124.6 / 150.9 = 82.57% → 82.6%" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "106.2 / 118.6 = 89.54% → 89.5%" },
      { rule: "execution.behind-schedule", cell: "C4", why: "a total row gets no spending status of its own (82.6% is within 5 points of 83.33% anyway)" },
      { rule: "execution.behind-schedule", cell: "C5", why: "重大水利工程 89.5% is ahead of 83.33%" },
      { rule: "input.unreadable-value", cell: "E5", why: "90%以上 is the year-end target the centre sets, text, not a rate of the line" },
      { rule: "execution.no-spending", why: "every line has spent" },
    ],
  },
};
