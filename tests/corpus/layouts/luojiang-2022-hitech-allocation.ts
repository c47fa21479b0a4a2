import type { CorpusLayout } from "../types";

// The same 洛江 notice seen as an allocation: per-firm standard × number of firms, the amount split
// 1:1 into 其中 市级 / 区级 columns under one merged header.
export const layout: CorpusLayout = {
  id: "luojiang-2022-hitech-allocation",
  source: {
    title: "洛江区科学技术局关于下达2022年高新技术企业认定奖补资金的通知（泉洛政科〔2024〕16号）— 奖补政策与资金清算",
    url: "http://qzlj.gov.cn/zwgk/zfxxgkzl/bmzfxxgk/kxjsj/zfxxgkml/202409/t20240903_3077718.htm",
    publisher: "泉州市洛江区科学技术局",
    date: "2024-08-15",
    changes:
      "The notice states the rule in text: 每家20万元，市、区两级按1:1比例分摊; a further 20万元 for 规模以上 firms " +
      "certified for the first time. Laid out as the 资金分配表 such a rule produces (categories, firm counts, " +
      "standard, amount with 其中 市级/区级); the table and its wording are ours. Firm counts changed (28 and 7 " +
      "instead of 36 and 9). Planted: the second line states 160.00 where 7 × 20.00 = 140.00.",
  },
  classes: ["composition", "qizhong-split", "two-header-rows", "unit-times-quantity", "wanyuan-caption", "notes-under-table"],
  sheets: [
    {
      name: "资金分配",
      widths: [6, 40, 12, 14, 10, 10, 10],
      rows: [
        ["2022年高新技术企业认定奖补资金分配表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "奖补类别", "企业数（家）", "每家奖补标准", "奖补资金", null, null],
        [null, null, null, null, "合计", "其中：市级", "区级"],
        [1, "重新认定或直接认定的国家高新技术企业", 28, 20, 560, 280, 280],
        [2, "规模以上企业首次认定为高新技术企业（再奖励）", 7, 20, 160, 80, 80],
        ["合计", null, 35, null, 720, 360, 360],
        ["注：市、区两级按1:1比例分摊；再奖励金额不超过该企业上年度财政贡献额。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "A7:B7", "A8:G8"],
      numberFormats: { "D5:G7": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金分配",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 7,
        columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount", F: "amount:市级", G: "amount:区级" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E6", why: "7 家 × 20.00 = 140.00万元, stated 160.00: 20.00万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E7", why: "合计 720.00 = 560.00 + 160.00 as stated; 市级/区级 are parts of each line, not further lines" },
      { rule: "composition.total-mismatch", cell: "F7", why: "市级 280.00 + 80.00 = 360.00" },
      { rule: "composition.line-mismatch", cell: "E5", why: "28 × 20.00 = 560.00" },
      { rule: "composition.line-mismatch", cell: "F5", why: "市级 280.00 is half of 560.00, not unit × quantity" },
      { rule: "composition.total-mismatch", cell: "C7", why: "35 家 is a count of firms, 28 + 7, not an amount" },
    ],
  },
};
