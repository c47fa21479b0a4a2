import type { CorpusLayout } from "../types";

// 巩留县扶贫开发领导小组办公室 2020-11-05: 巩留县2021年巩固拓展脱贫攻坚成果项目计划 — 15 projects, 18576万元, of them 13 of 财政专项扶贫资金
// (11701万元: 产业类 8个 8041, 基础设施 2600, 生活条件改善 600, 教育 150, 就业 200, 项目管理费 110) and 2 of 地方政府债券 (6875万元).
// Laid out as the plan's summary by kind: 合计 first, the two money sources as numbered headings with their own figures, the kinds under the first.
export const layout: CorpusLayout = {
  id: "gongliu-2021-poverty-project-plan-by-category",
  source: {
    title: "巩留县2021年巩固拓展脱贫攻坚成果项目计划公示（汇总表据公示拟）",
    url: "http://www.xjgl.gov.cn/xjgl/c114161/202011/f0d4cf1f97eb43d8b10709520f435ba9.shtml",
    publisher: "巩留县扶贫开发领导小组办公室",
    date: "2020-11-05",
    changes:
      "As published: the counts and sums (15个 18576万元; 专项资金 13个 11701万元 by kind: 8个 8041, 1个 2600, 1个 600, 1个 150, 1个 200, 1个 110; 地债 2个 " +
      "6875万元, 申请地债资金 5500万元; the 项目库 35个 148790万元). Ours: the table form. Planted: 产业类项目 typed 8014 for 8041, so the six kinds add up to " +
      "11674 under the 一、 heading's 11701.",
  },
  classes: ["composition", "plan-by-category", "count-column", "count-and-money-caption", "total-row-first", "numbered-subtotal-headings", "whole-wanyuan", "notes-under-table", "table-from-prose", "county-fund", "xinjiang"],
  sheets: [
    {
      name: "项目计划汇总",
      widths: [6, 30, 12, 14],
      rows: [
        ["巩留县2021年巩固拓展脱贫攻坚成果项目计划汇总表", null, null, null],
        [null, null, null, "单位：个、万元"],
        ["序号", "项目类别", "项目个数", "计划投资"],
        [null, "合计", 15, 18576],
        ["一", "财政专项扶贫资金项目", 13, 11701],
        [1, "产业类项目", 8, 8014],
        [2, "基础设施类项目", 1, 2600],
        [3, "生活条件改善类项目", 1, 600],
        [4, "教育扶贫类项目", 1, 150],
        [5, "就业扶贫类项目", 1, 200],
        [6, "项目管理费", 1, 110],
        ["二", "地方政府债券资金项目", 2, 6875],
        ["注：项目库编制项目35个148790万元，本表为从项目库中抽取的计划项目；地债资金项目中申请地债资金5500万元。", null, null, null],
        ["巩留县扶贫开发领导小组办公室　2020年11月5日", null, null, null],
      ],
      merges: ["A1:D1", "A13:D13", "A14:D14"],
    },
  ],
  expect: {
    tables: [
      { sheet: "项目计划汇总", kind: "composition", unit: "万元", headerRow: 3, lastRow: 12, columns: { B: "line", C: "quantity", D: "amount" }, year: 2021 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D5", why: "一、财政专项扶贫资金项目 11701 but its kinds add up to 8014 + 2600 + 600 + 150 + 200 + 110 = 11674 (产业类 typed 8014 for 8041)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D4", why: "合计 18576 = 一、11701 + 二、6875, the subtotal as typed: the slip is reported once, at the 一、 heading" },
      { rule: "composition.total-mismatch", cell: "C4", why: "15 = 13 + 2 projects, summed as a count" },
      { rule: "composition.total-mismatch", cell: "C5", why: "13 = 8 + 1 + 1 + 1 + 1 + 1" },
      { rule: "composition.line-mismatch", why: "no unit amount: 项目个数 is a count, not a quantity of a standard" },
      { rule: "composition.total-mismatch", cell: "A13", why: "the note's 148790 and 5500 are prose" },
    ],
  },
};
