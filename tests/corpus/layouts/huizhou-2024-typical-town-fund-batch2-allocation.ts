import type { CorpusLayout } from "../types";

// 广东省住房和城乡建设厅 2024-11 公示 of the second batch of “百千万工程” 典型镇培育资金: 惠州 gets 2.48亿元 for 19 towns in 5 县区.
// The stored page is a news repost listing each 县区's money and towns; laid out as the 分配表 of the 公示 (表据正文拟).
export const layout: CorpusLayout = {
  id: "huizhou-2024-typical-town-fund-batch2-allocation",
  source: {
    title: "惠州有19个入选典型镇培育资金（关于第二批“百县千镇万村高质量发展工程”典型镇培育资金2024年分配方案的公示；惠州部分，分配表据正文拟）",
    url: "https://yaliqi.com/new/9e49bea0af53408fb0e486f1c462ad49",
    publisher: "广东省住房和城乡建设厅 (news repost)",
    date: "2024-11-22",
    changes:
      "As published: the five 县区, their towns and money (3200, 2400, 4800, 9600, 4800万元; 19 towns) and the first batch in the note. " +
      "Ours: the table's form, the 每镇培育资金 column (800 / 1600 derived from the money and the town counts). " +
      "Planted: 龙门县 3 × 1600 = 4800 typed 4300 (the 合计 adds it as typed, 24300).",
  },
  classes: ["composition", "allocation-by-county", "unit-times-quantity", "towns-listed-in-cell", "count-column", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "city-fund", "guangdong"],
  settings: { district: "惠州市" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 10, 44, 10, 14, 12, 10],
      rows: [
        ["第二批“百县千镇万村高质量发展工程”典型镇培育资金2024年分配表（惠州市）", null, null, null, null, null, null],
        ["单位：万元", null, null, null, null, null, null],
        ["序号", "县（区）", "典型镇", "镇数（个）", "每镇培育资金", "分配资金", "备注"],
        [1, "惠城区", "马安镇、三栋镇、潼湖镇、潼侨镇", 4, 800, 3200, null],
        [2, "惠阳区", "平潭镇、镇隆镇、良井镇", 3, 800, 2400, null],
        [3, "惠东县", "白花镇、梁化镇、高潭镇", 3, 1600, 4800, null],
        [4, "博罗县", "福田镇、长宁镇、柏塘镇、泰美镇、园洲镇、横河镇", 6, 1600, 9600, null],
        [5, "龙门县", "龙江镇、龙华镇、地派镇", 3, 1600, 4300, null],
        ["合计", null, null, 19, null, 24300, null],
        ["注：第一批典型镇培育资金已分配惠城区汝湖镇1000万元、惠阳区新圩镇1000万元、惠东县白盆珠镇2000万元、博罗县石湾镇2000万元、龙门县永汉镇2000万元。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A2:G2", "A9:C9", "A10:G10"],
      numberFormats: { "F4:F9": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "分配表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 9, columns: { A: "code", B: "line", D: "quantity", E: "unitAmount", F: "amount" }, year: 2024 },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "F8", why: "龙门县 3 镇 × 1600 = 4800; typed 4300: 500 short" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "F7", why: "博罗县 6 × 1600 = 9600 exactly" },
      { rule: "composition.line-mismatch", cell: "F4", why: "惠城区 4 × 800 = 3200 exactly" },
      { rule: "composition.total-mismatch", cell: "F9", why: "合计 24300 = 3200 + 2400 + 4800 + 9600 + 4300 as typed" },
      { rule: "composition.total-mismatch", cell: "D9", why: "19 towns = 4 + 3 + 3 + 6 + 3 (a count, not money)" },
      { rule: "input.unreadable-value", why: "the town names and the note are text" },
    ],
  },
};
