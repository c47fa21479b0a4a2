import type { CorpusLayout } from "../types";

// 大众网 2021-07-27, from 山东省重点项目督导服务平台: by the end of June 2021, 1,600 省级重点项目 (500 省重大项目, 1,100 省重点项目)
// had done 3,806.86亿元, 72.49% of the year's investment plan (省重大 76.94%, 省重点 69.75%) — "时间过半、任务过半". Laid out as such a
// progress table is: as-of line and 亿元 caption, 合计 on top, 省重大项目 with its 小计 over its four fields, 省重点项目 as one line.
export const layout: CorpusLayout = {
  id: "shandong-2021-h1-provincial-key-projects-investment-progress",
  source: {
    title: "上半年山东省级重点项目投资超3800亿元 完成年度投资计划72.49%（进展情况表，表据正文拟）",
    url: "http://binzhou.dzwww.com/finance/cjyw/202107/t20210727_8835655.htm",
    publisher: "山东省发展和改革委员会（大众网报道）",
    date: "2021-07-27",
    changes:
      "As published: the scope (1,600 projects: 500 省重大, 1,100 省重点), the as-of date (6月底) and the measure (完成年度投资计划 %). " +
      "The table is ours, built from that prose: the four fields under 省重大项目 (产业, 平台, 民生, 基础设施) and every figure are ours " +
      "(亿元, two decimals), the rates stated to 0.01%. Planted: 重大平台项目's rate typed 88.40% where 214.37 / 248.10 = 86.40%; " +
      "重大基础设施项目 at 42.00%, more than 5 points behind the half-year's 50%.",
  },
  classes: [
    "execution", "prose-built-table", "investment-plan", "total-on-top", "category-subtotal-rows", "rate-column", "rate-slip",
    "behind-schedule", "as-of-caption", "half-year", "yiyuan-caption", "notes-under-table", "shandong",
  ],
  settings: { district: "山东省", asOf: "2021-06-30" },
  sheets: [
    {
      name: "进展情况",
      widths: [6, 20, 10, 14, 14, 14],
      rows: [
        ["2021年上半年省级重点项目建设进展情况表（表据正文拟）", null, null, null, null, null],
        ["截至2021年6月底", null, null, null, null, "单位：亿元"],
        ["序号", "项目类别", "项目个数", "年度投资计划", "累计完成投资", "完成年度计划"],
        ["合计", null, 1600, 5251.2, 3771.56, 0.7182],
        ["一", "省重大项目", 500, 2004.6, 1507.06, 0.7518],
        [1, "重大产业项目", 186, 1062.4, 905.62, 0.8524],
        [2, "重大平台项目", 64, 248.1, 214.37, 0.884],
        [3, "重大民生项目", 92, 245, 198.45, 0.81],
        [4, "重大基础设施项目", 158, 449.1, 188.62, 0.42],
        ["二", "省重点项目", 1100, 3246.6, 2264.5, 0.6975],
        ["注：完成年度计划=累计完成投资÷年度投资计划；时间进度为50%。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:B2", "A4:B4", "A11:F11"],
      numberFormats: { "D4:E10": "#,##0.00", "F4:F10": "0.00%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "进展情况",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "line", D: "adjustedBudget", E: "actual", F: "rate" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "F7", why: "重大平台项目: 214.37 / 248.10 = 86.40%, stated 88.40%" },
      { rule: "execution.behind-schedule", cell: "F9", why: "重大基础设施项目: 188.62 / 449.10 = 42.00%, below the 50% time progress (6/12 as of 2021-06-30) by 8 points" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "F10", why: "省重点项目 69.75% is ahead of 50%" },
      { rule: "execution.behind-schedule", cell: "F4", why: "a total row gets no spending status of its own (71.82% in any case)" },
      { rule: "execution.rate-mismatch", cell: "F4", why: "3,771.56 / 5,251.20 = 71.82%" },
      { rule: "execution.rate-mismatch", cell: "F5", why: "1,507.06 / 2,004.60 = 75.18%" },
      { rule: "execution.total-mismatch", cell: "D4", why: "2,004.60 (the 小计 over 1,062.40 + 248.10 + 245.00 + 449.10) + 3,246.60 = 5,251.20; the 小计 is not added twice" },
      { rule: "execution.total-mismatch", cell: "E4", why: "1,507.06 + 2,264.50 = 3,771.56" },
      { rule: "execution.total-mismatch", cell: "E5", why: "905.62 + 214.37 + 198.45 + 188.62 = 1,507.06" },
      { rule: "input.unreadable-value", cell: "A11", why: "the note under the table is no data" },
    ],
  },
};
