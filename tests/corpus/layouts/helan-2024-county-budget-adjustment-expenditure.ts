import type { CorpusLayout } from "../types";

// 贺兰县 2024 本级预算调整方案 (公示 2025-02): 12,000万元 of new 一般债券 raises the county's 一般公共预算 from 397,959 to 409,959 (and the
// 政府性基金 from 56,220 to 57,720 by 1,500 of 专项债券). The expenditure side as an adjustment table by 功能分类 — 年初预算数 | 调整数 |
// 调整后预算数, 合计 first — a budget's own table with nothing spent.
export const layout: CorpusLayout = {
  id: "helan-2024-county-budget-adjustment-expenditure",
  source: {
    title: "2024年贺兰县本级财政预算调整方案（一般公共预算支出调整表据正文拟）",
    url: "http://nxhl.gov.cn/xxgk_7799/xxgkml/yjsjf/zfys_50633/2024/202502/t20250214_4824401.html",
    publisher: "贺兰县财政局",
    date: "2025-02-14",
    changes:
      "As published (prose): the totals 397,959 → 409,959 (调增 12,000, 地方政府一般债券转贷收入) and 56,220 → 57,720 (调增 1,500), the 预算法 " +
      "articles the adjustment rests on. Ours: the expenditure table (功能分类 lines, their 年初 figures adding up to 397,959, the 12,000 put " +
      "to 城乡社区 8,000 and 农林水 4,000) and its note. Planted: 农林水支出 调整后 typed 56,480 where 52,380 + 4,000 = 56,380, so the lines " +
      "add up to 410,059 against the 合计 409,959.",
  },
  classes: [
    "execution", "budget-only", "budget-adjustment", "initial-and-adjusted-budget", "change-column", "total-row-first", "function-classes",
    "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "county-budget", "ningxia",
  ],
  settings: { district: "贺兰县" },
  sheets: [
    {
      name: "支出调整表",
      widths: [30, 16, 12, 16],
      rows: [
        ["2024年贺兰县县本级一般公共预算支出调整表", null, null, null],
        [null, null, null, "单位：万元"],
        ["科目名称", "年初预算数", "调整数", "调整后预算数"],
        ["合计", 397959, 12000, 409959],
        ["一般公共服务支出", 31250, null, 31250],
        ["公共安全支出", 14860, null, 14860],
        ["教育支出", 68420, null, 68420],
        ["社会保障和就业支出", 52190, null, 52190],
        ["卫生健康支出", 28640, null, 28640],
        ["节能环保支出", 6240, null, 6240],
        ["城乡社区支出", 71560, 8000, 79560],
        ["农林水支出", 52380, 4000, 56480],
        ["交通运输支出", 9870, null, 9870],
        ["住房保障支出", 11420, null, 11420],
        ["债务付息支出", 9860, null, 9860],
        ["其他支出", 41269, null, 41269],
        ["注：调增支出12000万元，资金来源为自治区财政厅转贷的地方政府新增一般债券，只能用于公益性资本支出，不得用于经常性支出。", null, null, null],
      ],
      merges: ["A1:D1", "A17:D17"],
      numberFormats: { "B4:D16": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出调整表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 16,
        columns: { A: "line", B: "initialBudget", D: "adjustedBudget" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "D4", why: "调整后 合计 409,959 where the lines as typed add up to 410,059 (农林水 56,480 typed for 52,380 + 4,000 = 56,380): 100 apart" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "年初 合计 397,959 = the twelve lines' sum" },
      { rule: "execution.total-mismatch", cell: "C4", why: "调整数 12,000 = 8,000 + 4,000, blanks adding nothing" },
      { rule: "execution.no-spending", why: "a budget's own table: no spending column, nothing measured" },
      { rule: "execution.behind-schedule", why: "no spending column" },
      { rule: "execution.overspent", cell: "D11", why: "79,560 is a budget raised by the adjustment, not spending above 71,560" },
    ],
  },
};
