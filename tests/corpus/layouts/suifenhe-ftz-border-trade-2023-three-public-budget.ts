import type { CorpusLayout } from "../types";

// 中国（黑龙江）自贸试验区绥芬河片区 互市贸易区管理局 2023 部门预算, table 八: 一般公共预算“三公”经费支出表 — units as rows under a 合计 row,
// 单位编码 beside 单位名称, the car money as 小计 | 购置费 | 运行费 under one merged heading after 公务接待费. The stored copy lists the table
// without its grid: the province's form is set out with figures of ours.
export const layout: CorpusLayout = {
  id: "suifenhe-ftz-border-trade-2023-three-public-budget",
  source: {
    title: "中国（黑龙江）自由贸易试验区绥芬河片区管理委员会互市贸易区管理局2023年部门预算（八、一般公共预算“三公”经费支出表，表据部门预算格式拟）",
    url: "https://pdf.chddh.cn/archives/remv39owbrqxkodgk05p.html",
    publisher: "中国（黑龙江）自由贸易试验区绥芬河片区管理委员会互市贸易区管理局",
    date: "2023",
    changes: "As published: the department, the year, and 八、一般公共预算“三公”经费支出表 among the thirteen tables of its 2023 部门预算. The stored copy (a document-library preview) shows the contents, not the grid: the layout is the province's 部门预算 form for it (单位编码 | 单位名称 | 合计 | 因公出国（境）费 | 公务接待费 | 公务用车购置及运行费 over 小计 | 公务用车购置费 | 公务用车运行费, the 合计 row first), and the three units and every figure are ours. Planted: 综合服务中心's 合计 typed 4.30 where 0 + 1.20 + 2.60 = 3.80; the 合计 row's 公务接待费 typed 5.80 where 3.50 + 1.20 + 0.80 = 5.50.",
  },
  classes: ["execution", "budget-only", "three-public", "units-as-rows", "unit-code-column", "parts-across", "merged-two-row-header", "subtotal-column", "total-row-first", "department-caption", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "free-trade-zone", "heilongjiang"],
  settings: {"district": "绥芬河市"},
  sheets: [
    {
      name: "三公经费",
      widths: [10, 30, 10, 14, 12, 10, 14, 14],
      rows: [
        ["2023年一般公共预算“三公”经费支出表", null, null, null, null, null, null, null],
        ["部门：中国（黑龙江）自由贸易试验区绥芬河片区管理委员会互市贸易区管理局", null, null, null, null, null, null, "单位：万元"],
        ["单位编码", "单位名称", "合计", "因公出国（境）费", "公务接待费", "公务用车购置及运行费", null, null],
        [null, null, null, null, null, "小计", "公务用车购置费", "公务用车运行费"],
        [null, "合计", 16.9, 0, 5.8, 10.9, 0, 10.9],
        ["601001", "互市贸易区管理局（本级）", 10.3, 0, 3.5, 6.8, 0, 6.8],
        ["601002", "互市贸易区综合服务中心", 4.3, 0, 1.2, 2.6, 0, 2.6],
        ["601003", "互市贸易区结算服务中心", 2.3, 0, 0.8, 1.5, 0, 1.5],
        ["注：本表反映部门本年度一般公共预算财政拨款安排的“三公”经费预算，不含政府性基金预算和国有资本经营预算安排的支出。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:G2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:H3", "A9:H9"],
      numberFormats: {"C5:H8": "0.00"},
    },
  ],
  expect: {
    tables: [
      {"sheet": "三公经费", "kind": "execution", "unit": "万元", "headerRow": 3, "lastRow": 8, "columns": {"B": "line", "C": "initialBudget", "D": "initialBudget:因公出国（境）费", "E": "initialBudget:公务接待费", "F": "initialBudget:公务用车购置及运行费"}, "year": 2023},
    ],
    findings: [
      {"rule": "execution.total-mismatch", "sheet": "三公经费", "cell": "C7", "why": "综合服务中心 合计 4.30 where 因公出国 0 + 接待 1.20 + 公务用车 2.60 = 3.80: 0.50 over"},
      {"rule": "execution.total-mismatch", "sheet": "三公经费", "cell": "E5", "why": "合计 row's 公务接待费 5.80 where 3.50 + 1.20 + 0.80 = 5.50: 0.30 over"},
    ],
    absent: [
      {"rule": "execution.total-mismatch", "sheet": "三公经费", "cell": "C5", "why": "合计 16.90 = 10.30 + 4.30 + 2.30, the units' 合计 as typed (the slip is 综合服务中心's, reported at C7); a total row's parts are checked by column only"},
      {"rule": "execution.total-mismatch", "sheet": "三公经费", "cell": "F5", "why": "小计 10.90 = 6.80 + 2.60 + 1.50"},
      {"rule": "execution.total-mismatch", "sheet": "三公经费", "cell": "H5", "why": "运行费 10.90 = 6.80 + 2.60 + 1.50"},
      {"rule": "execution.total-mismatch", "sheet": "三公经费", "cell": "C6", "why": "本级 10.30 = 0 + 3.50 + 6.80"},
      {"rule": "execution.total-mismatch", "sheet": "三公经费", "cell": "C8", "why": "结算服务中心 2.30 = 0 + 0.80 + 1.50"},
      {"rule": "execution.total-mismatch", "sheet": "三公经费", "cell": "F7", "why": "小计 2.60 = 购置 0 + 运行 2.60"},
      {"rule": "execution.no-spending", "why": "a budget-only table has no spending column"},
      {"rule": "execution.behind-schedule", "why": "a budget alone, and 三公 lines are ceilings"},
      {"rule": "input.unreadable-value", "sheet": "三公经费", "cell": "A6", "why": "单位编码 601001 is a code, no figure"},
      {"rule": "input.unreadable-value", "sheet": "三公经费", "cell": "A9", "why": "the note under the table is no line"},
    ],
  },
};
