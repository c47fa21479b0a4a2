import type { CorpusLayout } from "../types";

// 宿迁 2015-10-09: 宿迁6个共建园区占据全省“第一方阵” — the 2014 assessment of the 43 南北共建园区 ranks 宿迁's six parks 1, 4, 6, 8, 9 and 13;
// the 财政奖励 is 1000万元 a park for the first ten, 600万元 for 11th–22nd. Laid out as the award allocation (序号 | 共建园区 | 所在县区 |
// 考核排名 | 奖励档次 | 奖励资金, 合计 at the foot) — 表据正文拟.
export const layout: CorpusLayout = {
  id: "suqian-2014-co-built-parks-assessment-awards",
  source: {
    title: "宿迁6个共建园区占据全省“第一方阵”（2014年度共建园区考核奖励资金表据正文拟）",
    url: "http://www.jszsyz.com/zs/detail-10572.html",
    publisher: "宿迁网（江苏招商引资网转载）",
    date: "2015-10-09",
    changes:
      "The parks, their ranks and the two award bands (前10名 1000万元, 第11名至22名 600万元) are the article's; the table (所在县区, 奖励档次 as a " +
      "category, 合计) is ours (表据正文拟). Planted: the 合计 typed 5,800 where the six awards add up to 5 × 1,000 + 600 = 5,600.",
  },
  classes: ["composition", "award-allocation", "rank-column", "band-category", "county-column", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "prefecture-fund", "jiangsu"],
  settings: { district: "宿迁市" },
  sheets: [
    {
      name: "考核奖励",
      widths: [6, 36, 10, 10, 14, 12],
      rows: [
        ["2014年度宿迁市南北共建园区考核奖励资金表（表据正文拟）", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "共建园区", "所在县区", "考核排名", "奖励档次", "奖励资金"],
        [1, "苏宿工业园区", "宿城区", 1, "前10名", 1000],
        [2, "张家港经济技术开发区宿豫工业园", "宿豫区", 4, "前10名", 1000],
        [3, "常熟高新区泗洪工业园", "泗洪县", 6, "前10名", 1000],
        [4, "吴江经济技术开发区泗阳工业园", "泗阳县", 8, "前10名", 1000],
        [5, "昆山沭阳工业园区", "沭阳县", 9, "前10名", 1000],
        [6, "吴中经济技术开发区宿城工业园", "宿城区", 13, "第11名至22名", 600],
        ["合计", null, null, null, null, 5800],
        ["注：对评价得分排名在前二分之一的22个园区给予财政奖励资金，其中前10名园区每个奖励1000万元，第11名至22名园区每个奖励600万元。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A10:E10", "A11:F11"],
    },
  ],
  expect: {
    tables: [
      { sheet: "考核奖励", kind: "composition", unit: "万元", headerRow: 3, lastRow: 10, columns: { B: "line", E: "category", F: "amount" }, year: 2014 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F10", why: "合计 5,800 where the parks add up to 1,000 × 5 + 600 = 5,600: 200万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D10", why: "考核排名 is a rank, no amount, and has no total" },
      { rule: "composition.line-mismatch", why: "no unit × quantity: the band's amount is in the note, not a column" },
      { rule: "input.unreadable-value", why: "the 注 line under the table is a note" },
    ],
  },
};
