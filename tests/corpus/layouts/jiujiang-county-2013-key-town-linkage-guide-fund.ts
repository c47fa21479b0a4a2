import type { CorpusLayout } from "../types";

// 九江县 (now 柴桑区) 2013-09: the county pays 300万元 from the year's land revenue as 镇村联动建设发展专项资金 to its three key towns, at least
// 100万元 each (and will reward 30% of a key town's infrastructure cost); laid out as the allocation table the news item summarises.
export const layout: CorpusLayout = {
  id: "jiujiang-county-2013-key-town-linkage-guide-fund",
  source: {
    title: "九江县加大镇村联动建设发展支持力度（重点镇镇村联动建设发展专项资金拨付表据报道拟）",
    url: "http://m.jjscw.com.cn/quxian/jiujiangxian/2013-09-09/6531.html",
    publisher: "九江新媒体（九江视窗）",
    date: "2013-09-09",
    changes:
      "As published: 300万元 from the year's land revenue for three key towns, each at least 100万元; 30% of a key town's infrastructure cost as a " +
      "reward; at least 3亿元 over three years. The item is prose and does not name the towns; the table (序号 | 重点镇 | 专项引导资金（万元） | " +
      "资金来源 | 备注, 合计 at the foot) is laid out from it, the three towns of the county and the split are ours. Planted: the towns' amounts " +
      "100 + 120 + 100 = 320 under a 合计 of 300 (the published total).",
  },
  classes: ["composition", "allocation-by-town", "towns-as-lines", "floor-not-cap", "source-column", "remark-column", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "county-fund", "jiangxi"],
  settings: { district: "九江县" },
  sheets: [
    {
      name: "拨付表",
      widths: [6, 16, 18, 22, 30],
      rows: [
        ["九江县2013年重点镇镇村联动建设发展专项资金拨付表", null, null, null, null],
        ["序号", "重点镇", "专项引导资金（万元）", "资金来源", "备注"],
        [1, "沙河街镇", 100, "2013年土地出让收入", "镇村联动、城乡一体化建设"],
        [2, "港口街镇", 120, "2013年土地出让收入", "镇村联动、城乡一体化建设"],
        [3, "马回岭镇", 100, "2013年土地出让收入", "镇村联动、城乡一体化建设"],
        ["合计", null, 300, null, null],
        ["注：1.每个重点镇专项引导资金不少于100万元。2.县财政另按重点镇基础设施建设成本的30%给予奖励，三年内支持资金不少于3亿元。", null, null, null, null],
      ],
      merges: ["A1:E1", "A6:B6", "A7:E7"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拨付表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 6,
        columns: { B: "line", C: "amount" },
        year: 2013,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C6", why: "100 + 120 + 100 = 320; the 合计 states 300 (20 less)" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "C4", why: "不少于100万元 is a floor, not a cap: 120 is allowed" },
      { rule: "register.ineligible-location", why: "the three lines are towns of 九江县" },
      { rule: "input.unreadable-value", why: "资金来源, 备注 and the note are text" },
    ],
  },
};
