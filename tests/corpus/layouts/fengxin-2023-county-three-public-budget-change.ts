import type { CorpusLayout } from "../types";

// 奉新县 (江西 宜春) 2023: the county departments' 一般公共预算“三公”经费 budget beside 2022's — 项目 | 2022年预算数 | 2023年预算数 |
// 2023年预算数增减 | 增减原因, 合计 first, numbered 1、2、3、, the car line split 其中:(1) 运转维护 | (2) 购置, a long 说明 merged under the table.
export const layout: CorpusLayout = {
  id: "fengxin-2023-county-three-public-budget-change",
  source: {
    title: "奉新县2023年“三公”经费预算增减变化情况说明（附表）",
    url: "http://www.fengxin.gov.cn/fxxrmzf/zfndczyjs/202311/65763d1650cd466eb4f64c737039d7c0.shtml",
    publisher: "奉新县财政局",
    date: "2023-11",
    changes:
      "Kept as published: 单位：万元, the five headings, 合计 first, the numbering (1、因公出国(境)费用, 2、公务接待费, 3、公务用车费, 其中:(1)公务用车运转维护费, " +
      "(2)公务用车购置费), reasons written beside the changes, the 说明 merged under the table. The figures are ours (close to the published scale). " +
      "Planted: the 2023 公务用车费 typed 1,442.58 where its 其中 lines add up to 903.22 + 521.36 = 1,424.58 (the 合计 adds the car line as its parts give it).",
  },
  classes: ["execution", "budget-only", "three-public-expenses", "ceiling-lines", "qizhong-lines", "two-budget-years", "difference-column", "negative-differences", "reason-column", "total-row-first", "two-decimal-wanyuan", "wanyuan-caption", "prose-under-table", "county-summary", "jiangxi"],
  settings: { district: "奉新县" },
  sheets: [
    {
      name: "三公经费",
      widths: [30, 14, 14, 16, 40],
      rows: [
        ["奉新县2023年“三公”经费预算增减变化情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "2022年预算数", "2023年预算数", "2023年预算数增减", "增减原因"],
        ["合计", 2355.77, 2400.44, 44.67, null],
        ["1、因公出国(境)费用", 0, 0, 0, "落实过紧日子要求的十八条措施，从严从紧控制出国经费。"],
        ["2、公务接待费", 1098.54, 975.86, -122.68, "严格执行中央八项规定及压减一般性支出要求，减少公务接待。"],
        ["3、公务用车费", 1257.23, 1442.58, 167.35, null],
        ["其中:(1)公务用车运转维护费", 1012.23, 903.22, -109.01, "公务用车改革后，取消部分单位公务用车，减少相关支出。"],
        ["(2)公务用车购置费", 245, 521.36, 276.36, "新增负压救护车、执法执勤车辆和校车等车辆。"],
        ["说明：1、按照党中央、国务院有关文件及部门预算管理有关规定，“三公”经费包括因公出国(境)费、公务用车购置及运行费和公务接待费。2、本表为县级部门汇总数。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:E10"],
      numberFormats: { "B4:D9": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "三公经费",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { A: "line", B: "initialBudget:2022年预算数", C: "initialBudget" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C7", why: "2023 公务用车费 1,442.58; its 其中 运转维护 903.22 + 购置 521.36 = 1,424.58 (18.00 less)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "2023 合计 0 + 975.86 + 1,424.58 = 2,400.44, the car line as its parts give it: the slip is reported once, at the car line" },
      { rule: "execution.total-mismatch", cell: "B4", why: "2022: 0 + 1,098.54 + 1,257.23 = 2,355.77; car 1,012.23 + 245.00 = 1,257.23" },
      { rule: "execution.total-mismatch", cell: "D4", why: "增减 is a difference column, not a budget or spending" },
      { rule: "execution.no-spending", why: "a budget-only table: no spending column" },
      { rule: "execution.overspent", why: "the 2023 budget beside 2022's is a budget, not spending" },
      { rule: "execution.behind-schedule", why: "budget only, and 三公 lines are ceilings" },
    ],
  },
};
