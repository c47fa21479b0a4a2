import type { CorpusLayout } from "../types";

// 湖北省财政厅 2018-02 (reported by 荆州 cjyun): 下达2017年革命老区转移支付资金6.8亿元 to 40个革命老区县（市、区）, 荆州 four of them; the
// 分配表 itself was an image the stored copy does not hold. Laid out as the 市州 summary of it: 市（州） | 老区县（市、区）个数 | 分配金额, 合计 first.
export const layout: CorpusLayout = {
  id: "hubei-2017-old-revolutionary-area-transfer-by-city",
  source: {
    title: "湖北省2017年革命老区专项转移支付资金分配表（按市州汇总，据报道拟）",
    url: "http://jingzhou.cjyun.org/p/151678.html",
    publisher: "荆州cjyun（转载湖北省财政厅）",
    date: "2018-02",
    changes:
      "As published: 6.8亿元 (68,000万元) for 40 革命老区县（市、区）, four of them in 荆州, and the uses under 《湖北省中国革命老区转移支付资金管理办法（试行）》. " +
      "The 分配表 was an image the stored copy lacks: the 市州 rows, the county counts (adding up to 40) and the amounts are ours. Planted: 黄冈市 typed " +
      "12,080 for 12,800, so the 市州 add up to 67,280 against the 68,000 合计.",
  },
  classes: ["composition", "allocation-by-city", "count-columns", "whole-wanyuan", "wanyuan-caption", "total-row-first", "notes-under-table", "table-from-notice", "province-fund", "hubei"],
  settings: { district: "湖北省" },
  sheets: [
    {
      name: "分配表",
      widths: [8, 16, 22, 16],
      rows: [
        ["2017年革命老区专项转移支付资金分配表", null, null, null],
        [null, null, null, "单位：个、万元"],
        ["序号", "市（州）", "老区县（市、区）个数", "分配金额"],
        ["合计", null, 40, 68000],
        [1, "武汉市", 2, 2600],
        [2, "黄石市", 2, 3000],
        [3, "十堰市", 5, 8600],
        [4, "襄阳市", 3, 4900],
        [5, "宜昌市", 4, 6400],
        [6, "荆门市", 2, 3100],
        [7, "孝感市", 4, 6800],
        [8, "荆州市", 4, 7000],
        [9, "黄冈市", 6, 12080],
        [10, "咸宁市", 4, 6400],
        [11, "随州市", 2, 3200],
        [12, "恩施州", 2, 3200],
        ["注：资金用于人畜饮水、农田水利基础设施建设、乡村道路建设和维护、农村中小学校改造、农村公共卫生设施建设及其他事关老区人民群众切身利益的事项。", null, null, null],
      ],
      merges: ["A1:D1", "A4:B4", "A17:D17"],
    },
  ],
  expect: {
    tables: [
      { sheet: "分配表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 16, columns: { B: "line", C: "quantity", D: "amount" }, year: 2017 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D4", why: "2,600 + 3,000 + 8,600 + 4,900 + 6,400 + 3,100 + 6,800 + 7,000 + 12,080 + 6,400 + 3,200 + 3,200 = 67,280, not 68,000 (720 off)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C4", why: "2 + 2 + 5 + 3 + 4 + 2 + 4 + 4 + 6 + 4 + 2 + 2 = 40 counties, as stated (a count, never added into the money)" },
      { rule: "composition.line-mismatch", why: "the count column states how many counties share each amount, no per-county standard: no unit × quantity" },
      { rule: "register.ineligible-location", why: "an allocation among the province's cities; no register" },
    ],
  },
};
