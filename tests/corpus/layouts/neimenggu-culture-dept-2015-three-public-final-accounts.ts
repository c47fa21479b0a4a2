import type { CorpusLayout } from "../types";

// 内蒙古自治区文化厅 2016-08-19: 区直文化系统 (厅本级 and 11 units) 2015 “三公”经费 决算 — 394.85万元 = 因公出国（境） 186.42 + 公务接待
// 15.71 + 公务用车 192.72 (购置 0, 运行维护 192.72), against a 预算 of 451.62 and 2014's 247.15 — as 项目 | 2015年预算数 | 2015年决算数 |
// 2014年决算数, the car head split 其中, the trips and receptions in the note.
export const layout: CorpusLayout = {
  id: "neimenggu-culture-dept-2015-three-public-final-accounts",
  source: {
    title: "2015年内蒙古自治区文化厅部门决算公示说明—三公经费（“三公”经费支出决算表据正文拟）",
    url: "http://0532keji.com/html/.xxczsg201710..201611t20161104_156525.html",
    publisher: "内蒙古自治区文化厅",
    date: "2016-08-19",
    changes:
      "The page is prose; no grid was found for it. Kept as published: the 2015 决算 394.85 and its heads, the 2015 预算 451.62, 2014's total " +
      "247.15 and 因公出国 23.45, the trips (16 批次 136人次) and receptions (168 批次 1284人次). Ours: the budget's split into heads, 2014's other " +
      "heads. Planted: 因公出国（境）费 186.42 spent against a budget of 172.00; 公务用车运行维护费 typed 192.27 under a car head of 192.72.",
  },
  classes: ["execution", "final-accounts", "three-public-expenses", "qizhong-lines", "last-year-column", "zero-budget-line", "outline-numbering", "total-row-first", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "provincial-department", "inner-mongolia"],
  settings: { district: "内蒙古自治区", asOf: "2016-08-19" },
  sheets: [
    {
      name: "三公经费决算",
      widths: [30, 16, 16, 16],
      rows: [
        ["2015年区直文化系统“三公”经费财政拨款支出决算表", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "2015年预算数", "2015年决算数", "2014年决算数"],
        ["合计", 451.62, 394.85, 247.15],
        ["1.因公出国（境）费", 172.0, 186.42, 23.45],
        ["2.公务接待费", 41.5, 15.71, 19.3],
        ["3.公务用车购置及运行维护费", 238.12, 192.72, 204.4],
        ["其中：公务用车购置费", 0, 0, 0],
        ["      公务用车运行维护费", 238.12, 192.27, 204.4],
        ["注：含厅本级和11家直属单位。2015年因公出国（境）16个批次、136人次；国内公务接待168批次、1284人次。", null, null, null],
      ],
      merges: ["A1:D1", "A10:D10"],
      numberFormats: { "B4:D9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "三公经费决算", kind: "execution", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "adjustedBudget", C: "actual" }, year: 2015 },
    ],
    findings: [
      { rule: "execution.overspent", cell: "C5", why: "因公出国（境）费 决算 186.42 above its 预算 172.00: 14.42万元 over" },
      { rule: "execution.total-mismatch", cell: "C7", why: "公务用车购置及运行维护费 192.72 ≠ 购置费 0.00 + 运行维护费 192.27 = 192.27" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "186.42 + 15.71 + 192.72 = 394.85" },
      { rule: "execution.total-mismatch", cell: "B4", why: "172.00 + 41.50 + 238.12 = 451.62" },
      { rule: "execution.total-mismatch", cell: "B7", why: "0.00 + 238.12 = 238.12" },
      { rule: "execution.total-mismatch", cell: "D4", why: "2014's 23.45 + 19.30 + 204.40 = 247.15 (and a comparison column besides)" },
      { rule: "execution.no-spending", cell: "C8", why: "公务用车购置费 had no budget (0): nothing to spend" },
      { rule: "execution.behind-schedule", why: "三公 lines are ceilings" },
      { rule: "execution.overspent", cell: "C4", why: "the total 394.85 is under 451.62; 2014's column is no budget" },
    ],
  },
};
