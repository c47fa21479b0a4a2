import type { CorpusLayout } from "../types";

// 永修县江上乡人民政府 2022年部门预算 (本级 + 江上乡便民服务中心, 江上乡综合执法大队). The page gives the 概况 and says the tables are attached
// (详见附表): the 一般公共预算“三公”经费支出表 is set out as 江西's department budgets publish it — units as rows (单位编码 | 单位名称), the
// parts across under merged headings (公务用车购置及运行费 over 小计 | 购置费 | 运行费), 合计 first.
export const layout: CorpusLayout = {
  id: "yongxiu-jiangshang-2022-three-public-budget-by-unit",
  source: {
    title: "永修县江上乡人民政府2022年部门预算（一般公共预算“三公”经费支出表据江西部门预算格式拟）",
    url: "https://www.yongxiu.gov.cn/jsx/02/czyjs/202510/t20251027_7040248.html",
    publisher: "永修县江上乡人民政府",
    date: "2025-10-27",
    changes:
      "As published: the department, its two second-level units (江上乡便民服务中心, 江上乡综合执法大队) and that the budget tables are attached. " +
      "The attachment is not in the stored copy: the table's layout follows the 江西 department-budget form; unit codes and every figure are " +
      "ours. Planted: 综合执法大队's 合计 typed 2.40 where its parts give 0 + 0.60 + 1.50 = 2.10, so the 合计 row's 9.80 also misses the units " +
      "as typed (6.50 + 1.20 + 2.40 = 10.10).",
  },
  classes: ["execution", "budget-only", "three-public", "units-as-rows", "unit-code-column", "parts-across", "merged-two-row-header", "subtotal-column", "total-row-first", "two-decimal-wanyuan", "wanyuan-caption", "table-not-in-stored-copy", "township", "jiangxi"],
  settings: { district: "永修县" },
  sheets: [
    {
      name: "三公经费",
      widths: [10, 26, 10, 14, 12, 10, 12, 12],
      rows: [
        ["2022年一般公共预算“三公”经费支出表", null, null, null, null, null, null, null],
        ["部门：永修县江上乡人民政府", null, null, null, null, null, null, "单位：万元"],
        ["单位编码", "单位名称", "合计", "因公出国（境）费", "公务接待费", "公务用车购置及运行费", null, null],
        [null, null, null, null, null, "小计", "公务用车购置费", "公务用车运行费"],
        [null, "合计", 9.8, 0, 3.6, 6.2, 0, 6.2],
        ["211001", "永修县江上乡人民政府（本级）", 6.5, 0, 2.4, 4.1, 0, 4.1],
        ["211002", "永修县江上乡便民服务中心", 1.2, 0, 0.6, 0.6, 0, 0.6],
        ["211003", "永修县江上乡综合执法大队", 2.4, 0, 0.6, 1.5, 0, 1.5],
      ],
      merges: ["A1:H1", "A2:G2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:H3"],
      numberFormats: { "C5:H8": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 8,
        columns: { A: "code", B: "line", C: "initialBudget", D: "initialBudget:因公出国（境）费", E: "initialBudget:公务接待费", F: "initialBudget:公务用车购置及运行费" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C8", why: "综合执法大队 合计 2.40 where 因公出国 0 + 公务接待 0.60 + 公务用车购置及运行 1.50 = 2.10: 0.30 over" },
      { rule: "execution.total-mismatch", cell: "C5", why: "合计 9.80 where the units as typed add up to 6.50 + 1.20 + 2.40 = 10.10: 0.30 short" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "E5", why: "公务接待费 2.40 + 0.60 + 0.60 = 3.60" },
      { rule: "execution.total-mismatch", cell: "F5", why: "小计 4.10 + 0.60 + 1.50 = 6.20, and each 小计 = 购置 0 + 运行" },
      { rule: "execution.total-mismatch", cell: "C6", why: "本级 6.50 = 0 + 2.40 + 4.10" },
      { rule: "execution.total-mismatch", cell: "C7", why: "便民服务中心 1.20 = 0 + 0.60 + 0.60" },
      { rule: "execution.total-mismatch", cell: "A6", why: "单位编码 is a code, no amount" },
      { rule: "execution.behind-schedule", why: "a budget with nothing spent beside it, and 三公 lines are ceilings" },
      { rule: "execution.no-spending", why: "a budget-only table has no spending column" },
    ],
  },
};
