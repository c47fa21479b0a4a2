import type { CorpusLayout } from "../types";

// 广东省科学技术厅 2024-12: 拟安排 省科学技术奖及配套国家科学技术奖、科技领域设备租赁试点补助、粤澳科技创新联合资助 260项, 省级财政资金
// 10,565万元 — 233项 8,340万元, 3项 305万元, 24项 1,920万元 — put up for 公示 2024-12-10 to 12-16. Laid out as the plan by direction.
export const layout: CorpusLayout = {
  id: "guangdong-2024-science-award-funding-plan",
  source: {
    title: "安排1亿资金 广东省科学技术奖等拟安排资金公示（汇总表据正文拟）",
    url: "https://v6jt7hei.com/shi-chang/1078946.html",
    publisher: "广东省科学技术厅（转载）",
    date: "2024-12-10",
    changes:
      "As published: the three directions, their counts and sums, the 260项 and 10,565万元 in all, the 公示 dates and the two annexes' names (set as a " +
      "note). The table is built from the notice. Planted: 科技领域设备租赁试点补助 typed 350 where the notice gives 305, so the lines add to 10,610 " +
      "against the 合计 10,565.",
  },
  classes: ["composition", "directions-as-lines", "count-column", "total-at-foot", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "province-level", "guangdong"],
  settings: { district: "广东省" },
  sheets: [
    {
      name: "拟安排资金",
      widths: [6, 40, 14, 22],
      rows: [
        ["广东省科学技术厅拟安排省级财政资金汇总表", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "资金方向", "项目数（项）", "拟安排省级财政资金"],
        [1, "广东省科学技术奖及配套国家科学技术奖", 233, 8340],
        [2, "科技领域设备租赁试点补助", 3, 350],
        [3, "粤澳科技创新联合资助", 24, 1920],
        ["合计", null, 260, 10565],
        ["注：公示期自2024年12月10日至12月16日。明细见：1.2023年度省科学技术奖及配套国家科学技术奖配套奖金拟分配表；2.2024年度粤澳科技创新联合资助及省级科研院所设备租赁试点项目计划拟安排表。", null, null, null],
      ],
      merges: ["A1:D1", "A7:B7", "A8:D8"],
      numberFormats: { "D4:D7": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "拟安排资金", kind: "composition", unit: "万元", headerRow: 3, lastRow: 7, columns: { B: "line", C: "quantity", D: "amount" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D7", why: "合计 10,565; 8,340 + 350 + 1,920 = 10,610: 45万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C7", why: "233 + 3 + 24 = 260 projects" },
      { rule: "composition.line-mismatch", why: "no unit amount: the counts are not multiplied" },
      { rule: "composition.total-mismatch", cell: "A8", why: "the note (dates, annex names) is no line" },
    ],
  },
};
