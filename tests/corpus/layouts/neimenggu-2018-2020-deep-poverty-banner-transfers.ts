import type { CorpusLayout } from "../types";

// 内蒙古日报 2021-03-02 (自治区财政厅): in 2018–2020 the region added, on top of the formula shares, 18亿元 of 均衡性转移支付, 9.93亿元 of
// 县级基本财力奖补 and 3.86亿元 of 重点生态功能区转移支付 for its 15 深度贫困旗县 — 31.79亿元 of 财力性转移支付 in all. Laid out as that
// breakdown, 合计 at the foot, the Beijing pairing money and the smaller sums as the note under it.
export const layout: CorpusLayout = {
  id: "neimenggu-2018-2020-deep-poverty-banner-transfers",
  source: {
    title: "京蒙情深！北京5年向内蒙古“输血”39.43亿元（深度贫困旗县财力补助表据报道拟）",
    url: "http://www.nmgttcy.com/neimenggu/2021030225310.html",
    publisher: "内蒙古日报社融媒体（自治区财政厅）",
    date: "2021-03-02",
    changes:
      "As published: 18亿元, 9.93亿元, 3.86亿元 and their 31.79亿元; 北京 39.43亿元 and the region's 7.9亿元 配套 (2016–2020); 定点帮扶 1578万元; 驻村工作总队 " +
      "车辆补助 771万元 a year. Ours: the table form and the short line names. Nothing planted: the three lines add up to the 合计.",
  },
  classes: ["composition", "clean", "total-at-foot", "two-decimal-yiyuan", "yiyuan-caption", "remark-column", "notes-under-table", "other-units-in-note", "table-from-prose", "news-report", "region-fund", "neimenggu"],
  settings: { district: "内蒙古自治区" },
  sheets: [
    {
      name: "财力补助",
      widths: [6, 34, 14, 34],
      rows: [
        ["2018—2020年自治区向15个深度贫困旗县增加安排财力性转移支付情况表", null, null, null],
        [null, null, null, "单位：亿元"],
        ["序号", "项目", "增加安排资金", "备注"],
        [1, "均衡性转移支付", 18, "在统一分配基础上增加"],
        [2, "县级基本财力奖补资金", 9.93, "在统一分配基础上增加"],
        [3, "重点生态功能区转移支付", 3.86, "在统一分配基础上增加"],
        ["合计", null, 31.79, null],
        ["注：2016至2020年北京市累计投入我区扶贫资金39.43亿元，自治区本级安排配套资金7.9亿元；定点帮扶兴安盟扎赉特旗西胡尔勒嘎查帮扶资金1578万元；2018至2020年每年安排57个驻村工作总队车辆补助经费771万元。", null, null, null],
      ],
      merges: ["A1:D1", "A7:B7", "A8:D8"],
      numberFormats: { "C4:C7": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "财力补助", kind: "composition", unit: "亿元", headerRow: 3, lastRow: 7, columns: { B: "line", C: "amount" } },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "C7", why: "18.00 + 9.93 + 3.86 = 31.79" },
      { rule: "composition.total-mismatch", cell: "A8", why: "the note's 39.43, 7.9 (亿元) and 1578, 771 (万元) are prose, not lines" },
      { rule: "composition.line-mismatch", why: "no unit amount or quantity" },
      { rule: "input.unreadable-value", cell: "D4", why: "备注 is text" },
    ],
  },
};
