import type { CorpusLayout } from "../types";

// 弋阳县财政局 (江西 上饶) 2023-09-20: 2023年度弋阳县巩固拓展脱贫攻坚成果同乡村振兴有效衔接补助资金分配方案, section 一、资金总量及构成 —
// the money by level, each level a 小计 with its 其中 batches under it (中央…补助资金小计3106万元，其中：…), then the 合计. Whole 万元.
export const layout: CorpusLayout = {
  id: "jiangxi-yiyang-2023-linkage-fund-sources",
  source: {
    title: "关于印发2023年度弋阳县巩固拓展脱贫攻坚成果同乡村振兴有效衔接补助资金分配方案的通知（一、资金总量及构成）",
    url: "http://jindimoban.com/jxyy/czzjzdjc/202312/0477068cf56f4a049c4c4c352c4115e2.shtml",
    publisher: "弋阳县财政局（转载）",
    date: "2023-09-20",
    changes:
      "The plan's title, its section 一、资金总量及构成 and its first figure (中央…补助资金小计3106万元，其中：… by the document that sent each " +
      "batch) are as published; the stored copy stops there. Laid out as a table (序号 | 资金来源 | 金额（万元）) with the 小计 above its " +
      "其中 lines; the batches' wording (documents not named), the 省级 and 县级 blocks and every other figure are ours. Planted: the 省级 " +
      "小计 1850 where its two batches add up to 1230 + 570 = 1800 (the 合计 5856 adds the 小计 as written).",
  },
  classes: [
    "composition", "sources-by-level", "subtotal-above-qizhong-lines", "qizhong-in-line-name", "chinese-numerals-for-blocks", "whole-wanyuan",
    "wanyuan-caption", "section-heading-above-table", "table-from-prose", "total-at-foot", "notes-under-table", "county-fund", "jiangxi",
  ],
  sheets: [
    {
      name: "资金构成",
      widths: [8, 52, 16],
      rows: [
        ["2023年度弋阳县巩固拓展脱贫攻坚成果同乡村振兴有效衔接补助资金分配方案", null, null],
        ["一、资金总量及构成", null, null],
        [null, null, "单位：万元"],
        ["序号", "资金来源", "金额"],
        ["一", "中央巩固拓展脱贫攻坚成果同乡村振兴有效衔接补助资金小计", 3106],
        [1, "其中：提前下达2023年中央财政衔接推进乡村振兴补助资金", 2215],
        [2, "2023年第二批中央财政衔接推进乡村振兴补助资金", 891],
        ["二", "省级巩固拓展脱贫攻坚成果同乡村振兴有效衔接补助资金小计", 1850],
        [1, "其中：提前下达2023年省级财政衔接推进乡村振兴补助资金", 1230],
        [2, "2023年第二批省级财政衔接推进乡村振兴补助资金", 570],
        ["三", "县级财政衔接推进乡村振兴资金小计", 900],
        [1, "其中：2023年县本级预算安排", 900],
        ["合计", null, 5856],
        ["注：资金分配到乡镇（场）、街道及项目的明细见第二部分。", null, null],
      ],
      merges: ["A1:C1", "A2:C2", "A13:B13", "A14:C14"],
      numberFormats: { "C5:C13": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "资金构成", kind: "composition", unit: "万元", headerRow: 4, lastRow: 13, columns: { A: "code", B: "line", C: "amount" }, year: 2023 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C8", why: "省级…小计 1850, its 其中 batches 1230 + 570 = 1800: 50万元 apart (whole 万元 allow no rounding)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C5", why: "中央…小计 3106 = 2215 + 891" },
      { rule: "composition.total-mismatch", cell: "C11", why: "县级…小计 900 = its one 其中 line 900" },
      { rule: "composition.total-mismatch", cell: "C13", why: "合计 5856 = 3106 + 1850 + 900, the 小计 as written (the 省级 slip is reported once, at its 小计); the 其中 lines are not added in again" },
      { rule: "input.unreadable-value", why: "the section heading, the caption and the note are text, not values" },
    ],
  },
};
