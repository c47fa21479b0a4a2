import type { CorpusLayout } from "../types";

// 昆明市文化和旅游局 2024年度部门整体支出绩效评价报告（摘要）, 2025-08-20: 一、预算批复及资金基本情况 gives the year's 支出预算 23,264.53万元
// (基本支出 14,741.53 + 项目支出 8,523.00) and the 决算 spending (基本 and 项目). Laid out as the summary's table of spending against the
// year-start budget: 项目 | 年初预算数 | 决算数 | 完成预算% , 支出合计 first, the 预算 sources in a note.
export const layout: CorpusLayout = {
  id: "kunming-culture-tourism-2024-budget-and-final-spending",
  source: {
    title: "昆明市文化和旅游局2024年度部门整体支出绩效评价报告（摘要）（预算及决算支出情况表据正文拟）",
    url: "http://m.whhlyj.km.gov.cn/c/2025-08-20/5029017.shtml",
    publisher: "昆明市文化和旅游局",
    date: "2025-08-20",
    changes:
      "The page is prose; the table is ours (表据正文拟). Kept as published: the 年初 支出预算 23,264.53 = 基本支出 14,741.53 + 项目支出 8,523.00, the " +
      "项目支出 决算 22,018.81 and the sources note (一般公共预算 19,885.53, 政府性基金 3,379.00). Ours: 基本支出 决算 14,210.36 (published " +
      "13,819.13), so the 合计 36,229.17, and the rates. Planted: 基本支出's rate typed 94.60% where 14,210.36 / 14,741.53 = 96.40%; 项目支出 " +
      "spent 22,018.81 against its 8,523.00 year-start budget (the report's own point: upper-level money arrived in the year).",
  },
  classes: [
    "execution", "final-accounts", "initial-budget", "basic-and-project-lines", "total-row-first", "rates-as-text", "two-decimal-rates",
    "two-decimal-wanyuan", "wanyuan-caption", "spending-above-budget", "notes-under-table", "table-from-prose", "city-department", "yunnan",
  ],
  settings: { asOf: "2024-12-31" },
  sheets: [
    {
      name: "预算及决算支出",
      widths: [16, 16, 16, 14],
      rows: [
        ["昆明市文化和旅游局2024年度预算及决算支出情况表", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "年初预算数", "决算数", "完成预算%"],
        ["支出合计", 23264.53, 36229.17, "155.73%"],
        ["基本支出", 14741.53, 14210.36, "94.60%"],
        ["项目支出", 8523.0, 22018.81, "258.35%"],
        ["注：年初支出预算中，一般公共预算19,885.53万元，政府性基金预算3,379.00万元；决算数含年中追加的上级补助资金。", null, null, null],
      ],
      merges: ["A1:D1", "A7:D7"],
      numberFormats: { "B4:C6": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "预算及决算支出",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 6,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D5", why: "基本支出 14,210.36 / 14,741.53 = 96.40%, typed 94.60%" },
      { rule: "execution.overspent", cell: "C6", why: "项目支出 22,018.81 spent against a year-start budget of 8,523.00 (13,495.81 above; 258.35%)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "14,741.53 + 8,523.00 = 23,264.53" },
      { rule: "execution.total-mismatch", cell: "C4", why: "14,210.36 + 22,018.81 = 36,229.17" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "36,229.17 / 23,264.53 = 155.73%" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "22,018.81 / 8,523.00 = 258.35%" },
      { rule: "execution.overspent", cell: "C4", why: "the 合计 row gets no status of its own; its 项目支出 line does" },
      { rule: "execution.total-mismatch", cell: "A7", why: "the note's 19,885.53 + 3,379.00 = 23,264.53 are sources in text, not rows" },
    ],
  },
};
