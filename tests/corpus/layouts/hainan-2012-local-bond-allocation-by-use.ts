import type { CorpusLayout } from "../types";

// 海南省 2012年省本级公共财政预算调整方案 (省四届人大常委会第三十次会议, 2012-05-31): the 40亿元 地方政府债券 that the 财政部 issued for
// the province, shared out by use (保障性住房 / 三农基础 / 社会事业及政权建设 / 园区及市政基础设施 / 节能减排和生态建设) with each use's
// share, 其中 the money for 民生. Reported as prose in the press; laid out here as the allocation table the report describes.
export const layout: CorpusLayout = {
  id: "hainan-2012-local-bond-allocation-by-use",
  source: {
    title: "今年海南地债资金九成用于民生 教育支出8亿元 — 2012年海南省地方政府债券资金安排情况表（表据报道拟）",
    url: "http://news.dichan.sina.com.cn/2012/05/31/501575.html",
    publisher: "新浪乐居（据海南省财政厅向省人大常委会所作预算调整方案报告）",
    date: "2012-05-31",
    changes:
      "As published: the 40亿元 total (三年期 and 五年期 20亿元 each), the five uses in the report's order and wording, their shares, 民生 " +
      "支出 as a share of the whole and 教育 inside 社会事业. The report gives these in prose only: the table (序号 | 项目 | 安排金额 | 占债券资金比重) " +
      "and its 合计 / 其中 rows are ours, the amounts ours at two decimals (the shares follow our amounts). Planted: 合计 40.00 while the five " +
      "uses add up to 6.20 + 2.65 + 11.96 + 15.86 + 3.51 = 40.18 (园区及市政 typed 15.86 where 15.68 was meant; its share 39.20% was worked " +
      "from 15.68).",
  },
  classes: [
    "composition", "total-row-first", "qizhong-under-total", "share-column", "chinese-numbered-lines", "two-decimal-yiyuan", "yiyuan-caption",
    "notes-under-table", "table-from-prose", "press-report", "province-level", "bond-money", "hainan",
  ],
  sheets: [
    {
      name: "债券资金安排",
      widths: [8, 40, 14, 20],
      rows: [
        ["2012年海南省地方政府债券资金安排情况表", null, null, null],
        [null, null, null, "单位：亿元"],
        ["序号", "项目", "安排金额", "占债券资金比重（%）"],
        ["合计", null, 40, 100],
        [null, "其中：用于民生支出", 35.1, 87.75],
        ["一", "保障性住房建设项目", 6.2, 15.5],
        ["二", "加强三农等基础建设项目", 2.65, 6.63],
        ["三", "教育科技卫生文化等社会事业及政权建设项目", 11.96, 29.9],
        ["四", "园区及市政基础设施建设等项目", 15.86, 39.2],
        ["五", "节能减排和生态建设项目", 3.51, 8.78],
        ["注：1. 债券由财政部代理发行，其中三年期20亿元、五年期20亿元；2. 第三项含教育支出8.00亿元。", null, null, null],
      ],
      merges: ["A1:D1", "A4:B4", "A11:D11"],
      numberFormats: { "C4:C10": "#,##0.00", "D4:D10": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "债券资金安排", kind: "composition", unit: "亿元", headerRow: 3, lastRow: 10, columns: { B: "line", C: "amount" }, year: 2012 },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "C4",
        why: "合计 40.00; the five uses add up to 6.20 + 2.65 + 11.96 + 15.86 + 3.51 = 40.18 (0.18亿元 apart); the 其中 民生 35.10 is a share of the 合计, not added",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C5", why: "其中：用于民生支出 35.10 is a single 其中 share, less than the 合计, not a line" },
      { rule: "composition.total-mismatch", cell: "D4", why: "the share column is no money: 100 is not a sum of amounts" },
      { rule: "execution.rate-mismatch", why: "an allocation has no budget or spending; the shares are not execution rates" },
      { rule: "composition.line-mismatch", why: "the lines have no unit price or quantity" },
      { rule: "input.unreadable-value", cell: "A11", why: "the note under the table is prose" },
    ],
  },
};
