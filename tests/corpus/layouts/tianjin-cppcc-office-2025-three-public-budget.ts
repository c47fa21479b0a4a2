import type { CorpusLayout } from "../types";

// 天津市财政局 2025-02-24: 中国人民政治协商会议天津市委员会办公厅2025年部门预算, 表七 一般公共预算“三公”经费支出情况表 (listed in the
// contents; the tables are attachments). Laid out as Tianjin's form: a lone 2025年预算数 merged over the whole header, units as rows
// (合计 first, the office and its institutions), 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费.
export const layout: CorpusLayout = {
  id: "tianjin-cppcc-office-2025-three-public-budget",
  source: {
    title: "中国人民政治协商会议天津市委员会办公厅2025年部门预算（七、一般公共预算“三公”经费支出情况表；表据目录拟）",
    url: "https://cz.tj.gov.cn/zwgk_53713/yjsgktypt/ysgk/2025bmys/202502/t20250217_6860310.html",
    publisher: "中国人民政治协商会议天津市委员会办公厅（天津市财政局发布）",
    date: "2025-02-24",
    changes:
      "The stored copy gives the budget's contents (第四部分 2025年部门预算表, 七、一般公共预算“三公”经费支出情况表) and the office's duties; the " +
      "tables themselves are not shown. Laid out as such a table is published in Tianjin: the budget year merged over the header, the 公务用车 " +
      "heading split into 小计 | 公务用车购置费 | 公务用车运行费, one row per unit under the 合计. The institutions below the office and every " +
      "figure are ours. Planted: 天津市政协机关服务中心's 公务用车购置及运行费 小计 typed 6.50 where 购置费 0.00 + 运行费 5.60 = 5.60 (its row 合计 " +
      "7.30 and the column's 合计 add the 小计 as typed).",
  },
  classes: [
    "execution", "budget-only", "three-public-budget", "units-as-rows", "budget-year-merged-over-header", "merged-header-over-three",
    "two-header-rows", "row-total-column", "total-row-first", "subtotal-column", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table",
    "table-not-in-stored-copy", "municipal-department", "tianjin",
  ],
  sheets: [
    {
      name: "表七",
      widths: [40, 10, 14, 10, 14, 14, 12],
      rows: [
        ["一般公共预算“三公”经费支出情况表", null, null, null, null, null, null],
        ["部门：中国人民政治协商会议天津市委员会办公厅", null, null, null, null, null, "单位：万元"],
        ["2025年预算数", null, null, null, null, null, null],
        ["单位名称", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
        ["合计", 28.6, 12, 11.8, 0, 10.9, 4.8],
        ["中国人民政治协商会议天津市委员会办公厅（本级）", 20.1, 12, 4.9, 0, 4.9, 3.2],
        ["天津市政协机关服务中心", 7.3, 0, 6.5, 0, 5.6, 0.8],
        ["天津市政协委员活动中心", 1.2, 0, 0.4, 0, 0.4, 0.8],
        ["注：“三公”经费为一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A2:F2", "A3:G3", "A4:A5", "B4:B5", "C4:C5", "D4:F4", "G4:G5", "A10:G10"],
      numberFormats: { "B6:G9": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "表七",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: {
          A: "line",
          B: "initialBudget",
          C: "initialBudget:因公出国（境）费",
          D: "initialBudget:小计",
          E: "initialBudget:公务用车购置费",
          F: "initialBudget:公务用车运行费",
          G: "initialBudget:公务接待费",
        },
        year: 2025,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "D8",
        why: "天津市政协机关服务中心 公务用车购置及运行费 小计 6.50 where 购置费 0.00 + 运行费 5.60 = 5.60 (0.90万元 apart)",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B8", why: "the row's 合计 7.30 = 0.00 + 6.50 + 0.80, the 小计 counted once as typed: the slip is the 小计's alone" },
      { rule: "execution.total-mismatch", cell: "B7", why: "本级 20.10 = 12.00 + 4.90 + 3.20 (小计 4.90 = 0.00 + 4.90)" },
      { rule: "execution.total-mismatch", cell: "D6", why: "a total row's parts are checked down its column only: 11.80 = 4.90 + 6.50 + 0.40 as typed" },
      { rule: "execution.total-mismatch", cell: "B6", why: "合计 28.60 = 20.10 + 7.30 + 1.20, and across = 12.00 + 11.80 + 4.80" },
      { rule: "execution.total-mismatch", cell: "F6", why: "运行费 10.90 = 4.90 + 5.60 + 0.40" },
      { rule: "execution.behind-schedule", why: "a 三公 budget: no spending column, and 三公 ceilings are never behind schedule" },
      { rule: "execution.no-spending", why: "a budget table: nothing is spent in it" },
      { rule: "input.unreadable-value", cell: "A10", why: "the note under the table" },
    ],
  },
};
