import type { CorpusLayout } from "../types";

// 自治区住房城乡建设厅 自治区财政厅 (桂建发〔2024〕6号, 2024-10-16): the 2024年度广西农村危房改造实施方案 gives the year's 4,894 households
// city by city in one sentence. Laid out as the task table such a plan annexes: 设区市 | 改造任务（户） | 补助标准（万元/户） | 补助资金（万元）.
export const layout: CorpusLayout = {
  id: "guangxi-2024-rural-housing-renovation-tasks-by-city",
  source: {
    title: "自治区住房城乡建设厅 自治区财政厅关于印发2024年度广西农村危房改造实施方案的通知（任务及补助资金表据正文拟）",
    url: "http://zjt.gxzf.gov.cn/zfxxgk/fdzdgknr/fgwj/xzgfxwj/t19123223.shtml",
    publisher: "广西壮族自治区住房和城乡建设厅、广西壮族自治区财政厅",
    date: "2024-10-21",
    changes:
      "As published: the document, the 4,894 households and each city's task in the plan's order (南宁市274户 … 崇左市166户), and the sentence on new " +
      "dangerous houses beyond them, set as a note. The table is built from that sentence; the 补助标准 (2万元/户) and the money are ours. Planted: 桂林市's " +
      "money typed 1,985 where 979户 × 2 = 1,958 (digits swapped), the 合计 9,788 left as the tasks give it, so the lines as typed add to 9,815.",
  },
  classes: ["composition", "unit-times-quantity", "standard-heading", "households-quantity", "cities-as-lines", "total-at-foot", "whole-wanyuan", "mixed-unit-caption", "notes-under-table", "table-from-prose", "province-level", "guangxi"],
  settings: { district: "广西壮族自治区" },
  sheets: [
    {
      name: "任务分配",
      widths: [6, 12, 16, 20, 16],
      rows: [
        ["2024年度广西农村危房改造任务及补助资金分配表", null, null, null, null],
        [null, null, null, null, "单位：户、万元"],
        ["序号", "设区市", "改造任务（户）", "补助标准（万元/户）", "补助资金（万元）"],
        [1, "南宁市", 274, 2, 548],
        [2, "柳州市", 369, 2, 738],
        [3, "桂林市", 979, 2, 1985],
        [4, "梧州市", 403, 2, 806],
        [5, "北海市", 180, 2, 360],
        [6, "防城港市", 136, 2, 272],
        [7, "钦州市", 212, 2, 424],
        [8, "贵港市", 325, 2, 650],
        [9, "玉林市", 462, 2, 924],
        [10, "百色市", 313, 2, 626],
        [11, "贺州市", 150, 2, 300],
        [12, "河池市", 430, 2, 860],
        [13, "来宾市", 495, 2, 990],
        [14, "崇左市", 166, 2, 332],
        ["合计", null, 4894, null, 9788],
        ["注：以上任务之外的新增危房且农户符合条件的，各地须应纳尽纳、能做先做，先行组织实施，自治区住房城乡建设厅将力争纳入下一年度国家支持范围。", null, null, null, null],
      ],
      merges: ["A1:E1", "A18:B18", "A19:E19"],
      numberFormats: { "C4:C18": "#,##0", "E4:E18": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "任务分配", kind: "composition", unit: "万元", headerRow: 3, lastRow: 18, columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount" }, year: 2024 },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E6", why: "桂林市 979户 × 2万元/户 = 1,958, typed 1,985: 27万元 over" },
      { rule: "composition.total-mismatch", cell: "E18", why: "合计 9,788; the lines as typed add to 9,815 (1,985 for 桂林市): 27万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C18", why: "the households add to 4,894 as stated" },
      { rule: "composition.line-mismatch", cell: "E4", why: "南宁市 274 × 2 = 548" },
      { rule: "composition.line-mismatch", cell: "E18", why: "the 合计 row is no line" },
      { rule: "composition.line-rounded", why: "the standard is the policy's own figure, every line exact but 桂林市" },
    ],
  },
};
