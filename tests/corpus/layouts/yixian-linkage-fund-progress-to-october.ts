import type { CorpusLayout } from "../types";

// 黟县财政局 (安徽黄山): 统筹资金助推乡村振兴 — 今年共安排各级财政衔接资金4424万元，实施产业帮扶、基础设施等项目69个；截至10月底，
// 累计支出3853.77万元，支出进度87.11%. The page is prose; laid out as the county's 支出进度表 by kind of project, the figures summing to
// the published ones.
export const layout: CorpusLayout = {
  id: "yixian-linkage-fund-progress-to-october",
  source: {
    title: "黟县财政局：统筹资金助推乡村振兴（财政衔接资金支出进度，表据正文拟）",
    url: "https://www.yixian.gov.cn/zwzx/jcdt/9306861.html",
    publisher: "黟县财政局",
    date: "2023",
    changes:
      "As published: 各级财政衔接资金4424万元, 69 projects (产业帮扶、基础设施等), 截至10月底累计支出3853.77万元, 支出进度87.11% (3853.77 / 4424 = " +
      "87.11%). The page is prose: the table (序号 | 项目类别 | 项目个数 | 安排资金 | 累计支出 | 支出进度 | 备注), the five kinds and their split are " +
      "ours; the totals are the published ones. The year is not on the stored page (和美乡村 wording: 2023), so asOf is set to 2023-10-31. " +
      "Planted: 基础设施 rate typed 90.24% where 1489.21 / 1618 = 92.04%; 其他 (项目管理费等) 24.00 of 200.00 = 12.00% at October's end " +
      "(time progress 10/12 = 83.33%).",
  },
  classes: ["execution", "progress-table", "table-from-prose", "total-at-foot", "count-column", "percent-rates", "two-decimal-wanyuan", "asof-in-caption-month", "notes-under-table", "county-fund", "linkage-fund", "anhui"],
  settings: { asOf: "2023-10-31", district: "黟县" },
  sheets: [
    {
      name: "支出进度",
      widths: [6, 22, 12, 12, 12, 12, 20],
      rows: [
        ["黟县财政衔接资金项目支出进度表（表据正文拟）", null, null, null, null, null, null],
        ["截至10月底", null, null, null, null, null, "单位：万元"],
        ["序号", "项目类别", "项目个数（个）", "安排资金", "累计支出", "支出进度", "备注"],
        [1, "产业帮扶", 30, 1960, 1752.36, 0.8941, null],
        [2, "基础设施", 25, 1618, 1489.21, 0.9024, null],
        [3, "就业帮扶", 8, 356, 318.45, 0.8945, "含务工补助"],
        [4, "金融帮扶", 3, 290, 269.75, 0.9302, "小额信贷贴息"],
        [5, "其他（项目管理费等）", 3, 200, 24, 0.12, null],
        ["合计", null, 69, 4424, 3853.77, 0.8711, null],
        ["注：各级财政衔接资金含中央、省、市、县四级资金；支出进度＝累计支出÷安排资金。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A2:F2", "A9:B9", "A10:G10"],
      numberFormats: { "D4:E9": "#,##0.00", "F4:F9": "0.00%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出进度",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "line", D: "adjustedBudget", E: "actual", F: "rate" },
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "F5", why: "基础设施 1489.21 / 1618 = 92.04%; 90.24% typed" },
      { rule: "execution.behind-schedule", cell: "F8", why: "其他 24.00 / 200.00 = 12.00% at 2023-10-31, time progress 10/12 = 83.33%: 71.33 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D9", why: "1960 + 1618 + 356 + 290 + 200 = 4424" },
      { rule: "execution.total-mismatch", cell: "E9", why: "1752.36 + 1489.21 + 318.45 + 269.75 + 24.00 = 3853.77" },
      { rule: "execution.total-mismatch", cell: "C9", why: "30 + 25 + 8 + 3 + 3 = 69 projects: a count, and right" },
      { rule: "execution.rate-mismatch", cell: "F9", why: "3853.77 / 4424 = 87.11%" },
      { rule: "execution.rate-mismatch", cell: "F4", why: "1752.36 / 1960 = 89.41%" },
      { rule: "execution.behind-schedule", cell: "F6", why: "就业帮扶 89.45% is above 83.33%" },
      { rule: "execution.behind-schedule", cell: "F9", why: "the 合计 row gets no status of its own" },
      { rule: "execution.overspent", why: "every line spent less than it was given" },
    ],
  },
};
