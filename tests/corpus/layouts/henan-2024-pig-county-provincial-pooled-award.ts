import type { CorpusLayout } from "../types";

// 河南省财政厅 2024-10-21: the province's pooled share of the 2024 生猪调出大县奖励资金, 2,178万元 — 378万元 for phase two of the national
// biological-breeding innovation centre (省农科院), and 1,800万元 of stepped awards to the top three counties (内乡县 1,000, 正阳县 500,
// 上蔡县 300). Laid out as the 分配计划 the notice puts up for comment: two parts, the second with its 小计 over the three counties.
export const layout: CorpusLayout = {
  id: "henan-2024-pig-county-provincial-pooled-award",
  source: {
    title: "2024年生猪调出大县省级统筹奖励资金分配计划公示（表据正文拟）",
    url: "https://www.chacewang.com/newsdetail/news679900.html",
    publisher: "河南省财政厅",
    date: "2024-10-21",
    changes:
      "As published: every figure (2,178 = 378 + 1,800; 内乡县 1,000, 正阳县 500, 上蔡县 300), the two uses in the notice's words, the ranks, the " +
      "body receiving the first part (省农科院), and the comment period. The notice is prose: the table (序号 | 资金用途 | 分配对象 | 分配金额（万元） | " +
      "备注), its title and caption are ours. Nothing planted: a clean layout.",
  },
  classes: [
    "composition", "clean", "allocation-by-use", "subtotal-heading-its-lines", "outline-numbering", "ranks-in-remarks", "whole-wanyuan",
    "total-at-foot", "table-from-prose", "province-level", "henan",
  ],
  sheets: [
    {
      name: "分配计划",
      widths: [6, 40, 24, 14, 30],
      rows: [
        ["2024年生猪调出大县省级统筹奖励资金分配计划表", null, null, null, null],
        ["单位：万元", null, null, null, null],
        ["序号", "资金用途", "分配对象", "分配金额（万元）", "备注"],
        ["一", "国家生物育种产业创新中心二期建设补助", "河南省农业科学院", 378, "专项用于畜禽生物育种中心项目建设"],
        ["二", "国家级生猪调出大县阶梯式叠加奖励", "小计", 1800, "财政部确定的前3名国家级生猪调出大县"],
        [1, "国家级生猪调出大县阶梯式叠加奖励", "内乡县", 1000, "第一名"],
        [2, "国家级生猪调出大县阶梯式叠加奖励", "正阳县", 500, "第二名"],
        [3, "国家级生猪调出大县阶梯式叠加奖励", "上蔡县", 300, "第三名"],
        ["合计", null, null, 2178, null],
        ["公示期自2024年10月21日至2024年10月27日，请在公示期内以书面形式向省财政厅反映。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A9:C9", "A10:E10"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配计划",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "category", C: "line", D: "amount" },
        year: 2024,
      },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "D9", why: "合计 2,178 = 378 + 1,800, the 小计 standing for its three counties; adding them in again (378 + 1,800 + 1,000 + 500 + 300 = 3,978) would be counting twice" },
      { rule: "composition.total-mismatch", cell: "D5", why: "小计 1,800 = 1,000 + 500 + 300" },
      { rule: "composition.line-mismatch", why: "no unit or quantity: stepped awards by rank" },
      { rule: "composition.approved-mismatch", why: "no approved figure apart from the table's own 合计" },
      { rule: "input.unreadable-value", why: "备注 is text (ranks, use); the comment-period line under the table is no row" },
    ],
  },
};
