import type { CorpusLayout } from "../types";

// 第一财经日报 via 搜狐财经 2010-03-17: 上海市财政局's 《上海市2010年市级部门预算（汇总）》 handed to the 市人大 — 100 市级部门, 658亿 in all,
// 人员经费 104.5亿 and 公用经费 33.1亿 of 基本支出. Laid out as the summary's 分部门 table: 部门名称 | 合计 | 基本支出 (人员经费 | 公用经费) | 项目支出.
export const layout: CorpusLayout = {
  id: "shanghai-2010-municipal-departments-budget-summary",
  source: {
    title: "上海市本级658亿财政预算拼盘（《上海市2010年市级部门预算（汇总）》分部门表据正文拟）",
    url: "https://business.sohu.com/20100317/n270877620.shtml",
    publisher: "搜狐财经（转载第一财经日报）",
    date: "2010-03-17",
    changes:
      "As published: 100 市级部门, a 2010 支出总预算 of 658亿, 人员经费 104.5亿 and 公用经费 33.1亿 (基本支出 split into the two), and that the " +
      "report holds 100 张分单位的预算汇总表. The stored copy is prose: the table (部门名称 | 合计 | 基本支出 人员经费 / 公用经费 | 项目支出, 合计 first, " +
      "seven named departments and 其他部门（93个）) is ours, and so is every department's figure; the 合计 row keeps the article's 658.00 / 104.50 / " +
      "33.10, 项目支出 520.40 being what is left. Planted: 市卫生局's 合计 typed 58.02 where 12.60 + 3.15 + 41.27 = 57.02.",
  },
  classes: ["execution", "budget-only", "basic-project-split", "two-row-header", "total-row-first", "two-decimal-yiyuan", "yiyuan-caption", "rows-cut", "others-row", "table-from-prose", "news-report", "municipality-level", "shanghai"],
  settings: { district: "上海市" },
  sheets: [
    {
      name: "分部门预算汇总",
      widths: [30, 14, 14, 14, 14],
      rows: [
        ["上海市2010年市级部门预算（汇总）", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["部门名称", "合计", "基本支出", null, "项目支出"],
        [null, null, "人员经费", "公用经费", null],
        ["合计", 658, 104.5, 33.1, 520.4],
        ["市教育委员会", 126.58, 21.35, 6.82, 98.41],
        ["市卫生局", 58.02, 12.6, 3.15, 41.27],
        ["市公安局", 58.83, 28.74, 7.93, 22.16],
        ["市城乡建设和交通委员会", 146.79, 2.18, 0.96, 143.65],
        ["市科学技术委员会", 40.65, 3.05, 1.12, 36.48],
        ["市民政局", 21.44, 1.87, 0.64, 18.93],
        ["市农业委员会", 30.65, 2.41, 0.88, 27.36],
        ["其他部门（93个）", 176.04, 32.3, 11.6, 132.14],
        ["注：本表汇总纳入2010年市级部门预算的100个市级部门的支出预算。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:A4", "B3:B4", "C3:D3", "E3:E4", "A14:E14"],
      numberFormats: { "B5:E13": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分部门预算汇总",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 13,
        columns: { A: "line", B: "initialBudget", C: "initialBudget:人员经费", D: "initialBudget:公用经费", E: "initialBudget:项目支出" },
        year: 2010,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", sheet: "分部门预算汇总", cell: "B7", why: "市卫生局 合计 58.02 where 人员经费 12.60 + 公用经费 3.15 + 项目支出 41.27 = 57.02 (1.00亿元 apart)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", sheet: "分部门预算汇总", cell: "B5", why: "合计 658.00 = the departments' true totals (126.58 + 57.02 + … + 176.04) = 104.50 + 33.10 + 520.40: the slip is reported once, at B7" },
      { rule: "execution.total-mismatch", sheet: "分部门预算汇总", cell: "C5", why: "人员经费 21.35 + 12.60 + 28.74 + 2.18 + 3.05 + 1.87 + 2.41 + 32.30 = 104.50" },
      { rule: "execution.total-mismatch", sheet: "分部门预算汇总", cell: "E5", why: "项目支出 98.41 + 41.27 + 22.16 + 143.65 + 36.48 + 18.93 + 27.36 + 132.14 = 520.40" },
      { rule: "execution.total-mismatch", sheet: "分部门预算汇总", cell: "B9", why: "146.79 = 2.18 + 0.96 + 143.65" },
      { rule: "execution.no-spending", why: "a budget with no spending column: nothing is measured as unspent" },
      { rule: "execution.behind-schedule", why: "a budget-only table has no spending to be behind" },
      { rule: "input.unreadable-value", sheet: "分部门预算汇总", cell: "A14", why: "the note under the table" },
    ],
  },
};
