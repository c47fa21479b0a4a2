import type { CorpusLayout } from "../types";

// 山东省财政厅 (news item): 1.9亿元 of provincial money for the 1,858 small and micro firms first recognised as 高新技术企业 — by field
// 先进制造 611, 电子信息 332, 新材料 300, 高技术服务业 230 (79.2% of the whole), 济南市 622 firms the most of any city. Reported as prose;
// built here as the allocation by technical field with a count column beside the money.
export const layout: CorpusLayout = {
  id: "shandong-high-tech-sme-first-batch-subsidy-by-field",
  source: {
    title: "财讯：山东1858家高新技术中小微公司获1.9亿财政补助（分领域补助资金表据报道拟）",
    url: "http://7u0.cn/jjxw/1358.html",
    publisher: "山东省财政厅（新闻转载）",
    changes:
      "As published: the 1,858 firms, the 1.9亿元 (19,000万元), the four fields' counts (611, 332, 300, 230) and their 79.2% share; 其他领域 " +
      "is the rest, 385. The report gives no money by field: the five amounts are ours (no grid was found, the table is built from the prose). " +
      "Planted: 新材料's 3,170 makes the lines add up to 19,100 against the 合计 19,000.",
  },
  classes: [
    "composition", "allocation-by-field", "count-column", "count-and-money-caption", "share-column", "whole-wanyuan", "total-at-foot",
    "notes-under-table", "table-from-prose", "news-report", "province-fund", "shandong",
  ],
  settings: { district: "山东省" },
  sheets: [
    {
      name: "分领域",
      widths: [6, 20, 14, 16, 12],
      rows: [
        ["首批认定高新技术企业的中小微企业省级财政补助资金分领域情况表", null, null, null, null],
        [null, null, null, "单位：家、万元", null],
        ["序号", "技术领域", "企业数", "补助资金", "企业数占比"],
        [1, "先进制造与自动化", 611, 6250, "32.9%"],
        [2, "电子信息", 332, 3390, "17.9%"],
        [3, "新材料", 300, 3170, "16.1%"],
        [4, "高技术服务", 230, 2350, "12.4%"],
        [5, "其他领域", 385, 3940, "20.7%"],
        ["合计", null, 1858, 19000, "100.0%"],
        ["注：先进制造、电子信息、新材料、高技术服务业四个领域企业合计1473家，占总数的79.2%。", null, null, null, null],
      ],
      merges: ["A1:E1", "D2:E2", "A9:B9", "A10:E10"],
    },
  ],
  expect: {
    tables: [
      { sheet: "分领域", kind: "composition", unit: "万元", headerRow: 3, lastRow: 9, columns: { B: "line", C: "quantity", D: "amount" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D9", why: "6,250 + 3,390 + 3,170 + 2,350 + 3,940 = 19,100; the 合计 says 19,000 (100万元 short)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C9", why: "611 + 332 + 300 + 230 + 385 = 1,858 firms: a count, and it adds up" },
      { rule: "composition.line-mismatch", why: "no unit amount is stated: 补助资金 is no count × standard" },
      { rule: "composition.total-mismatch", cell: "E9", why: "the shares are text, no money" },
      { rule: "composition.total-mismatch", cell: "A10", why: "the note's 1,473 and 79.2% are no line" },
      { rule: "input.unreadable-value", why: "the share column's percentages are text describing the lines, no amounts" },
    ],
  },
};
