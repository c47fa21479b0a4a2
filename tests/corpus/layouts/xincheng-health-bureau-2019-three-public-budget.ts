import type { CorpusLayout } from "../types";

// 西安市新城区卫生和计划生育局 (陕西) 2019: the department's “三公” budget beside 2018's, with 增减额 | 增减率, built from its
// 公开说明; the 2018 car line typed 25.40 over parts of 24.50, while the 2018 合计 adds the parts.
export const layout: CorpusLayout = {
  id: "xincheng-health-bureau-2019-three-public-budget",
  source: {
    title: "西安市新城区卫生和计划生育局2019年部门预算“三公”经费公开说明（“三公”经费预算表据说明拟）",
    url: "http://www.xincheng.gov.cn/zwgk/zdxxgk/czxx/gdwsgjf/5de0a50bfd8508098d0afee3.html",
    publisher: "西安市新城区卫生和计划生育局",
    date: "2019",
    changes:
      "The 说明 gives the 2019 figures and their change in prose (合计 9.80万元, 较上年减少18.50万元 (65.37%); 因公出国（境） 0; 公务接待费 2.30, " +
      "减少1.5万元 (42.86%); 公务用车运行维护费 7.50, 减少17万元 (69.38%); 购置费 0); the attached xls was not in the stored copy, so the table is " +
      "laid out as such budget tables are (项目 | 本年 | 上年 | 增减额 | 增减率, the car line over 其中 购置 | 运行维护). The 2018 figures are derived " +
      "(3.80, 24.50, 28.30). Kept as published: 接待费's 增减率 -42.86% (1.50 / 3.80 = 39.47%). Planted: the 2018 公务用车购置及运行费 typed 25.40 " +
      "where its parts give 0 + 24.50 = 24.50.",
  },
  classes: ["execution", "budget-only", "three-public-expenses", "ceiling-lines", "qizhong-lines", "two-budget-years", "difference-column", "change-rate-column", "negative-differences", "total-row-first", "two-decimal-wanyuan", "wanyuan-caption", "year-in-title", "notes-under-table", "table-from-prose", "district-department", "shaanxi"],
  sheets: [
    {
      name: "三公经费预算表",
      widths: [30, 14, 14, 12, 12],
      rows: [
        ["西安市新城区卫生和计划生育局2019年部门预算“三公”经费预算表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "2019年预算数", "2018年预算数", "增减额", "增减率"],
        ["合计", 9.8, 28.3, -18.5, "-65.37%"],
        ["1、因公出国（境）费", 0, 0, 0, "—"],
        ["2、公务接待费", 2.3, 3.8, -1.5, "-42.86%"],
        ["3、公务用车购置及运行费", 7.5, 25.4, -17, "-69.38%"],
        ["  其中：公务用车购置费", 0, 0, 0, "—"],
        ["        公务用车运行维护费", 7.5, 24.5, -17, "-69.38%"],
        ["注：卫生监督车辆属执法执勤车辆，其运行维护支出本年不在“三公”经费中反映。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:E10"],
      numberFormats: { "B4:D9": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费预算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "initialBudget", C: "initialBudget:2018年预算数" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C7", why: "2018 公务用车购置及运行费 25.40 where 其中 购置 0 + 运行维护 24.50 = 24.50 (0.90 apart)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "the 2018 合计 28.30 = 0 + 3.80 + 24.50 adds the car line as its parts give it: the slip is reported once, at the car line" },
      { rule: "execution.total-mismatch", cell: "B4", why: "2019: 0 + 2.30 + 7.50 = 9.80, and the car line 7.50 = 0 + 7.50" },
      { rule: "execution.rate-mismatch", cell: "E6", why: "增减率 is a change on last year, not an execution rate (the published -42.86% is left alone)" },
      { rule: "execution.no-spending", why: "a budget table: nothing is spent in it, no line gets a spending status" },
      { rule: "execution.behind-schedule", why: "a budget table, and 三公 lines are ceilings" },
      { rule: "input.unreadable-value", cell: "E5", why: "— is no figure" },
    ],
  },
};
