import type { CorpusLayout } from "../types";

// 观点网 2013-05-31 (海南日报): 2013年海南省省本级公共财政预算调整方案 — the 60亿元 地方政府债券 by use: 交通建设 22亿元 (36.6%), 园区及城乡基础设施
// 12.3亿元 (20.5%), 教育科技卫生文化等社会事业 10.7亿元 (17.8%), 保障性住房 6.3亿元 (10.5%), 农林水 3.4亿元 (5.7%), 节能减排和生态建设
// 3.3亿元 (5.5%), 政权建设 2亿元 (3.4%). Laid out from the prose as an allocation by use with its shares.
export const layout: CorpusLayout = {
  id: "hainan-2013-local-bond-fund-use",
  source: {
    title: "海南省人大常委会批准2013年省本级公共财政预算调整方案（2013年地方政府债券资金安排表，表据正文拟）",
    url: "https://www.guandian.cn/article/20130531/132952.html",
    publisher: "观点网（据海南日报）",
    date: "2013-05-31",
    changes:
      "The page is prose: 60亿元 of bonds by seven uses, each with its amount and share. The table (title, 单位：亿元, 序号 | 使用方向 | 安排金额 | " +
      "占比, 合计 at the foot) is ours from that prose (表据正文拟), the uses in the page's words and order; the shares are recomputed on 60 " +
      "(the page writes 36.6% and 3.4% for 22 and 2). Planted: 农林水项目 typed 3.90 where the page has 3.4, so the lines add up to 60.50 " +
      "against the 合计 of 60.00.",
  },
  classes: ["composition", "table-from-prose", "share-column", "total-at-foot", "two-decimal-yiyuan", "yiyuan-caption", "province-fund", "hainan"],
  settings: { district: "海南省" },
  sheets: [
    {
      name: "债券资金安排",
      widths: [6, 34, 14, 10],
      rows: [
        ["2013年海南省地方政府债券资金安排表", null, null, null],
        [null, null, null, "单位：亿元"],
        ["序号", "使用方向", "安排金额", "占比"],
        [1, "交通建设", 22, 0.367],
        [2, "园区及城乡基础设施建设等项目", 12.3, 0.205],
        [3, "教育科技卫生文化等社会事业项目", 10.7, 0.178],
        [4, "保障性住房建设项目", 6.3, 0.105],
        [5, "农林水项目", 3.9, 0.057],
        [6, "节能减排和生态建设", 3.3, 0.055],
        [7, "政权建设项目", 2, 0.033],
        ["合计", null, 60, 1],
      ],
      merges: ["A1:D1", "A11:B11"],
      numberFormats: { "C4:C11": "0.00", "D4:D11": "0.0%" },
    },
  ],
  expect: {
    tables: [
      { sheet: "债券资金安排", kind: "composition", unit: "亿元", headerRow: 3, lastRow: 11, columns: { B: "line", C: "amount" }, year: 2013 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C11", why: "合计 60.00 where 22.00 + 12.30 + 10.70 + 6.30 + 3.90 + 3.30 + 2.00 = 60.50 (0.50亿元 apart, far above the rounding of seven two-decimal figures)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D11", why: "占比 is a share of the whole: 36.7% + 20.5% + 17.8% + 10.5% + 5.7% + 5.5% + 3.3% = 100.0%, and shares are no money" },
      { rule: "execution.rate-mismatch", why: "占比 is each use's share of the bonds, no execution rate" },
      { rule: "composition.line-mismatch", why: "no unit amount or quantity is stated" },
    ],
  },
};
