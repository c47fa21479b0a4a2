import type { CorpusLayout } from "../types";

// 阿克苏地区财政局 2022-03: the second 2022 batch of upper-level 衔接推进乡村振兴补助资金, 3.99亿元, all sent on to the nine counties and
// cities on 3月1日 (阿克苏市 8427万元 … 柯坪县 1330万元), two-thirds of it to the three 示范引领 counties. Laid out as the allocation table behind
// the report: 序号 | 县（市） | 分配资金 | 备注, 合计 first as such 分配表 often put it.
export const layout: CorpusLayout = {
  id: "aksu-2022-linkage-fund-county-allocation",
  source: {
    title: "阿克苏财政再争取上级补助资金3.99亿 重点支持乡村振兴示范村建设（阿克苏日报；分配表据正文拟）",
    url: "http://acosx.cn/jingji/2022-03-04/detail-ihaweeet5004424.shtml",
    publisher: "阿克苏地区财政局（阿克苏日报）",
    date: "2022-03-04",
    changes:
      "As published: the nine counties and cities and their sums (8427, 8748, 2214, 9284, 2214, 2107, 2107, 3515, 1330万元; 39946万元, the report's 3.99亿元), " +
      "the share of the three 示范引领 counties (66.24%), the use (示范村, 农村生活污水). Ours: the table form, the 合计 row at the head, the 备注. " +
      "Planted: 沙雅县 typed 9248 for 9284, so the lines add up to 39910, not the 合计 39946.",
  },
  classes: ["composition", "allocation-by-county", "total-row-first", "whole-wanyuan", "remark-column", "notes-under-table", "prefecture-fund", "table-from-prose", "news-report", "xinjiang"],
  sheets: [
    {
      name: "分配表",
      widths: [6, 14, 14, 30],
      rows: [
        ["阿克苏地区2022年上级财政衔接推进乡村振兴补助资金分配表", null, null, null],
        ["单位：万元", null, null, null],
        ["序号", "县（市）", "分配资金", "备注"],
        ["", "合计", 39946, null],
        [1, "阿克苏市", 8427, "自治区乡村振兴示范引领县（市）"],
        [2, "温宿县", 8748, "自治区乡村振兴示范引领县（市）"],
        [3, "库车市", 2214, null],
        [4, "沙雅县", 9248, "自治区乡村振兴示范引领县（市）"],
        [5, "新和县", 2214, null],
        [6, "拜城县", 2107, null],
        [7, "阿瓦提县", 2107, null],
        [8, "乌什县", 3515, null],
        [9, "柯坪县", 1330, null],
        ["注：资金重点支持2022年自治区乡村振兴示范村建设项目，优先用于农村生活污水集中收集无害化处理等项目；下达示范引领县（市）资金占总额66.24%。", null, null, null],
        ["阿克苏地区财政局　2022年3月1日", null, null, null],
      ],
      merges: ["A1:D1", "A2:D2", "A14:D14", "A15:D15"],
      numberFormats: { "C4:C13": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "分配表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 13, columns: { B: "line", C: "amount" }, year: 2022 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C4", why: "合计 39946 but the nine lines add up to 8427+8748+2214+9248+2214+2107+2107+3515+1330 = 39910 (沙雅县 typed 9248 for 9284); whole 万元 decided, no rounding" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D5", why: "备注 naming the 示范引领 counties is text, not a subtotal" },
      { rule: "composition.line-mismatch", why: "no unit × quantity in the table" },
      { rule: "composition.total-mismatch", cell: "A14", why: "the note's 66.24% is prose under the table, not a line" },
    ],
  },
};
