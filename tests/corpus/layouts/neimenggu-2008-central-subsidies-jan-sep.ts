import type { CorpusLayout } from "../types";

// 中广网 2008-10: by mid-September 财政部 had given 内蒙古 654.7亿元 (+17%, 98.8亿元 more), 其中 财力性转移支付 439.3 (+64.3) and
// 专项补助 188.4 (+18.5), and the year's added money by spending field (公共安全 3.3 … 工业商业金融 18.3). Laid out as two tables: the
// subsidies with their 其中 shares (项目 | 金额 | 比上年同期增加), then the added money by field with its 小计. Everything adds up.
export const layout: CorpusLayout = {
  id: "neimenggu-2008-central-subsidies-jan-sep",
  source: {
    title: "财政部补助内蒙古各项资金已达654.7亿元（补助资金情况表据报道拟）",
    url: "http://www.spcc0zscm.cn/nmgfw/xwzx/jjnmg/200810/t20081028_505136260.html",
    publisher: "中广网呼和浩特（内蒙古自治区财政厅消息）",
    date: "2008-10-28",
    changes:
      "As published: 654.7亿元 (+98.8, +17%), 财力性转移支付 439.3 (+64.3, +17%), 专项补助 188.4 (+18.5, +11%), and the added money by field " +
      "(公共安全 3.3, 教育 10.3, 医疗卫生 1.6, 城乡社区事务 4.2, 农林水 10.3, 工业商业金融 18.3). Ours: the two tables, their headings, the 小计 " +
      "48.0 and the notes. Nothing planted: the 其中 shares are parts of the whole (the rest, 27.0, being other subsidies), the fields add to 48.0.",
  },
  classes: [
    "composition", "two-sheets", "qizhong-parts", "increase-column", "subtotal-at-foot", "one-decimal-yiyuan", "yiyuan-caption",
    "total-row-first", "notes-under-table", "table-from-prose", "news-report", "province-fund", "clean", "neimenggu",
  ],
  settings: { district: "内蒙古自治区" },
  sheets: [
    {
      name: "补助资金",
      widths: [34, 14, 16],
      rows: [
        ["2008年1-9月中央财政补助内蒙古资金情况表（表据报道拟）", null, null],
        [null, null, "单位：亿元"],
        ["项目", "截至9月中旬", "比上年同期增加"],
        ["中央财政补助资金合计", 654.7, 98.8],
        ["  其中：财力性转移支付资金", 439.3, 64.3],
        ["        专项补助资金", 188.4, 18.5],
        ["注：合计比上年同期增长17%，财力性转移支付增长17%，专项补助增长11%。", null, null],
      ],
      merges: ["A1:C1", "A7:C7"],
      numberFormats: { "B4:C6": "#,##0.0" },
    },
    {
      name: "新增投入",
      widths: [26, 18],
      rows: [
        ["2008年中央对内蒙古惠民惠农投入增加情况（表据报道拟）", null],
        [null, "单位：亿元"],
        ["支出类别", "比上年增加"],
        ["公共安全", 3.3],
        ["教育", 10.3],
        ["医疗卫生", 1.6],
        ["城乡社区事务", 4.2],
        ["农林水", 10.3],
        ["工业商业金融", 18.3],
        ["小计", 48],
      ],
      merges: ["A1:B1"],
      numberFormats: { "B4:B10": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "补助资金", kind: "composition", unit: "亿元", headerRow: 3, lastRow: 6, columns: { A: "line", B: "amount" }, year: 2008 },
      { sheet: "新增投入", kind: "composition", unit: "亿元", headerRow: 3, lastRow: 10, columns: { A: "line", B: "amount" }, year: 2008 },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", sheet: "补助资金", cell: "B4", why: "其中 439.3 + 188.4 = 627.7 is a share of 654.7, not all of it (the other subsidies are not listed)" },
      { rule: "composition.total-mismatch", sheet: "补助资金", cell: "C4", why: "其中 64.3 + 18.5 = 82.8 of the 98.8 added, a share" },
      { rule: "composition.total-mismatch", sheet: "新增投入", cell: "B10", why: "3.3 + 10.3 + 1.6 + 4.2 + 10.3 + 18.3 = 48.0" },
      { rule: "input.unreadable-value", sheet: "补助资金", cell: "A7", why: "the note under the table is no data" },
    ],
  },
};
