import type { CorpusLayout } from "../types";

// 江门市人民政府办公室 2016年部门预算, 表二十三 一般公共预算安排的行政经费及“三公”经费预算表: 单位编码 | 单位名称 | 行政经费, then
// “三公”经费 over 合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行维护费) | 公务接待费, 合计 first, one row per unit.
export const layout: CorpusLayout = {
  id: "jiangmen-2016-government-office-three-public-budget",
  source: {
    title: "江门市人民政府办公室2016年部门预算（二十三、一般公共预算安排的行政经费及“三公”经费预算表）",
    url: "http://sd-xs.com/newzwgk/czgk/bmczyjs/2016/bmczys/content/post_1787649.html",
    publisher: "江门市人民政府办公室",
    date: "2016",
    changes:
      "The stored copy lists the 27 tables of the 2016 部门预算 and the office's duties; table 二十三's body is not in it (table-not-in-stored-copy). " +
      "Laid out as the 广东 部门预算 form prints it: title, 单位：万元, 单位编码 | 单位名称 | 行政经费, “三公”经费 merged over its heads with the car " +
      "money split 小计 | 购置费 | 运行维护费, 合计 first. The three units and every figure are ours. Planted: the 合计 row's 行政经费 typed 1,268.45 " +
      "where 842.30 + 318.60 + 125.55 = 1,286.45; the 机关服务中心's 三公 合计 typed 41.80 where 0 + 29.60 + 11.20 = 40.80 (the foot 161.00 is the " +
      "heads' true sum, so that column's foot is off its typed lines by 1.00).",
  },
  classes: [
    "execution", "budget-only", "three-public-expenses", "heads-as-columns", "car-money-split", "administrative-cost-column", "unit-rows",
    "unit-codes", "total-row-first", "three-header-rows", "two-decimal-wanyuan", "wanyuan-caption", "table-not-in-stored-copy", "city-department", "guangdong",
  ],
  settings: { district: "江门市" },
  sheets: [
    {
      name: "表二十三",
      widths: [10, 34, 12, 12, 12, 12, 12, 12, 12],
      rows: [
        ["2016年一般公共预算安排的行政经费及“三公”经费预算表", null, null, null, null, null, null, null, null],
        ["单位名称：江门市人民政府办公室", null, null, null, null, null, null, null, "单位：万元"],
        ["单位编码", "单位名称", "行政经费", "“三公”经费", null, null, null, null, null],
        [null, null, null, "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, null, null, null, "小计", "公务用车购置费", "公务用车运行维护费", null],
        [null, "合计", 1268.45, 161, 12, 84, 0, 84, 65],
        ["101001", "江门市人民政府办公室", 842.3, 96.5, 12, 38.5, 0, 38.5, 46],
        ["101002", "江门市人民政府办公室机关服务中心", 318.6, 41.8, 0, 29.6, 0, 29.6, 11.2],
        ["101003", "江门市人民政府驻广州办事处", 125.55, 23.7, 0, 15.9, 0, 15.9, 7.8],
      ],
      merges: ["A1:I1", "A3:A5", "B3:B5", "C3:C5", "D3:I3", "D4:D5", "E4:E5", "F4:H4", "I4:I5"],
      numberFormats: { "C6:I9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "表二十三",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: {
          A: "code", B: "line", C: "initialBudget:行政经费", D: "initialBudget", E: "initialBudget:因公出国（境）费",
          F: "initialBudget:公务用车购置及运行费", I: "initialBudget:公务接待费",
        },
        year: 2016,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C6", why: "行政经费 合计 1,268.45; the units 842.30 + 318.60 + 125.55 = 1,286.45 (digits swapped): 18.00万元 apart" },
      { rule: "execution.total-mismatch", cell: "D8", why: "机关服务中心 三公 合计 41.80; 因公出国 0 + 公务用车 29.60 + 公务接待 11.20 = 40.80: 1.00万元 apart" },
      { rule: "execution.total-mismatch", cell: "D6", why: "三公 合计 foot 161.00; its units as typed 96.50 + 41.80 + 23.70 = 162.00: 1.00万元 apart (across, 12.00 + 84.00 + 65.00 = 161.00 agrees)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D7", why: "12.00 + 38.50 + 46.00 = 96.50" },
      { rule: "execution.total-mismatch", cell: "D9", why: "0 + 15.90 + 7.80 = 23.70" },
      { rule: "execution.total-mismatch", cell: "F6", why: "公务用车 小计 38.50 + 29.60 + 15.90 = 84.00 = 购置 0 + 运行维护 84.00" },
      { rule: "execution.total-mismatch", cell: "I6", why: "公务接待费 46.00 + 11.20 + 7.80 = 65.00" },
      { rule: "execution.no-spending", why: "a budget alone: nothing is spent or unspent; 购置费 0 is no budget" },
      { rule: "execution.overspent", why: "no spending column" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings, and this is a budget only" },
    ],
  },
};
