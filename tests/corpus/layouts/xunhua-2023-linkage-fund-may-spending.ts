import type { CorpusLayout } from "../types";

// 循化撒拉族自治县财政局 via 青海日报 2023-05-12: the county's 中央和省级 衔接 money, 1.7763亿元, 31.87% spent by 5月10日; the first batch
// in 4 categories and 26 projects (产业培育 13, 乡村建设示范 11, 生活条件改善 1, 金融帮扶 1). Laid out as the spending-progress table by
// category: 序号 | 项目类别 | 项目个数 | 衔接资金 | 已支出 | 支出率 | 备注, 合计 at the foot, 万元.
export const layout: CorpusLayout = {
  id: "xunhua-2023-linkage-fund-may-spending",
  source: {
    title: "循化：1.77亿元衔接资金为乡村振兴蓄势赋能（青海日报；支出进度表据正文拟）",
    url: "https://www.zixunnews.com/a/2023/05/n2023051234682.html",
    publisher: "循化撒拉族自治县财政局（青海日报报道）",
    date: "2023-05-12",
    changes:
      "As published: 1.7763亿元 (17763万元) of 中央和省级 衔接 money, 支出率 31.87%, the four categories and their project counts (13, 11, 1, 1), the " +
      "107-project, 3.6亿元 项目库. Ours: the table form, each category's money and spending (adding up to 17763 and 5661, 31.87%). " +
      "Planted: 产业培育's rate written 35.17% where 3500 / 9800 = 35.71%; 乡村建设示范 far behind the calendar; 生活条件改善 nothing spent.",
  },
  classes: ["execution", "by-category", "count-column", "rates-as-text", "two-decimal-rates", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "remark-column", "notes-under-table", "as-of-in-title", "linkage-fund", "table-from-prose", "news-report", "county-fund", "qinghai"],
  settings: { district: "循化撒拉族自治县" },
  sheets: [
    {
      name: "支出进度",
      widths: [6, 18, 10, 16, 12, 10, 22],
      rows: [
        ["循化县2023年财政衔接推进乡村振兴补助资金支出进度表（截至2023年5月10日）", null, null, null, null, null, null],
        ["单位：个、万元", null, null, null, null, null, null],
        ["序号", "项目类别", "项目个数", "衔接资金（中央和省级）", "已支出", "支出率", "备注"],
        [1, "产业培育类", 13, 9800, 3500, "35.17%", null],
        [2, "乡村建设示范类", 11, 6500, 1600, "24.62%", "部分项目尚在招标"],
        [3, "生活条件改善类", 1, 263, 0, "0.00%", null],
        [4, "金融帮扶类", 1, 1200, 561, "46.75%", "含小额信贷贴息"],
        ["合计", null, 26, 17763, 5661, "31.87%", "支出率位列海东市第一"],
        ["注：全县衔接资金项目库入库项目107个、入库资金3.6亿元；本表为第一批安排的4大类26个项目。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A2:G2", "A8:B8", "A9:G9"],
      numberFormats: { "D4:E8": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出进度",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 8,
        columns: { B: "line", D: "adjustedBudget", E: "actual", F: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "F4", why: "产业培育 written 35.17%; 3500 / 9800 = 35.71%" },
      { rule: "execution.behind-schedule", cell: "F5", why: "乡村建设示范 1600 / 6500 = 24.62% against time progress 5/12 = 41.67% on 5-10 (by month, May counted done): 17.05 points behind" },
      // Corrected after the forty-eighth holdout's measurement: the layout counted time progress by day (130/365 = 35.62%),
      // where it is counted by month, the as-of month as done (docs/architecture.md); 产业培育 had been stated on pace.
      { rule: "execution.behind-schedule", cell: "F4", why: "产业培育 35.71% against 41.67%: 5.95 points behind (more than 5)" },
      { rule: "execution.no-spending", cell: "E6", why: "生活条件改善 budgeted 263, nothing spent by 5-10" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "F7", why: "金融帮扶 46.75% is ahead of 41.67%" },
      { rule: "execution.rate-mismatch", cell: "F8", why: "合计 31.87%: 5661 / 17763 = 31.870%" },
      { rule: "execution.total-mismatch", why: "17763 = 9800 + 6500 + 263 + 1200, 5661 = 3500 + 1600 + 0 + 561, 26 = 13 + 11 + 1 + 1" },
      { rule: "execution.behind-schedule", cell: "F8", why: "a total row gets no status of its own" },
    ],
  },
};
