import type { CorpusLayout } from "../types";

// 西宁市城中区财政局 2018-09-28: the district's share of 青海省's 2018 困难群众救助补助资金（第二批）, 1,083万元 (青财社字〔2018〕1509号), pooled
// for 城乡低保 (with the 低保对象 heating allowance), 特困人员供养, 临时救助, 流浪乞讨人员救助 and the 孤儿 / 困境儿童 / 艾滋病病毒感染儿童 allowance.
// Laid out as the allocation by use such a release sets out: 合计 first, the uses numbered, the heating allowance as a 其中 line.
export const layout: CorpusLayout = {
  id: "xining-chengzhong-2018-social-assistance-batch2-by-use",
  source: {
    title: "城中区2018年困难群众救助补助资金（第二批）拨付情况（资金分配表据正文拟）",
    url: "http://dieshihui.com/info/3946/160748.htm",
    publisher: "西宁市城中区财政局",
    date: "2018-09-28",
    changes:
      "As published: the source document (青海省财政厅 青财社字〔2018〕1509号), the sum released to 城中区 (1,083万元) and the five uses it is pooled " +
      "for, the 低保 use including the 低保对象取暖补助, and that the bureau works out the split with the 民政 department. The notice gives no split: " +
      "the table (uses as lines, a 其中 line for the heating allowance, a remarks column) and every figure but the 1,083 are ours (表据正文拟). Planted: " +
      "the uses add up to 1,093万元 against the released 合计 1,083.",
  },
  classes: [
    "composition", "allocation-by-use", "total-row-first", "qizhong-row-under-line", "remark-column", "whole-wanyuan", "wanyuan-caption",
    "source-document-line", "notes-under-table", "sign-off-under-table", "table-from-prose", "district-fund", "qinghai",
  ],
  settings: { district: "西宁市城中区" },
  sheets: [
    {
      name: "资金分配表",
      widths: [8, 40, 14, 30],
      rows: [
        ["城中区2018年困难群众救助补助资金（第二批）分配表", null, null, null],
        ["资金文号：青财社字〔2018〕1509号", null, "单位：万元", null],
        ["序号", "资金用途", "分配金额", "备注"],
        [null, "合计", 1083, null],
        [1, "城乡最低生活保障", 620, "含低保对象取暖补助"],
        [null, "其中：低保对象取暖补助", 85, null],
        [2, "特困人员救助供养", 168, "含分散供养和集中供养"],
        [3, "临时救助", 150, null],
        [4, "流浪乞讨人员救助", 35, null],
        [5, "孤儿、困境儿童及艾滋病病毒感染儿童基本生活保障", 120, null],
        ["注：资金由区财政局会同区民政局统筹安排，专款专用，不得截留、挤占、挪用。", null, null, null],
        [null, null, "城中区财政局", null],
        [null, null, "2018年9月28日", null],
      ],
      merges: ["A1:D1", "A2:B2", "C2:D2", "A11:D11"],
      numberFormats: { "C4:C10": "0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "资金分配表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 10, columns: { A: "code", B: "line", C: "amount" }, year: 2018 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C4", why: "合计 1,083 where the five uses add up to 620 + 168 + 150 + 35 + 120 = 1,093 (10万元 over the sum released)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C5", why: "城乡低保 620 over its one 其中 line 取暖补助 85 (C6): a single 其中 share may be less than its line, and is never added into the 合计" },
      { rule: "input.unreadable-value", why: "备注 and the note are text; the office and date under the table are the sign-off, no rows" },
      { rule: "register.ineligible-location", why: "an allocation by use, no register of payees" },
    ],
  },
};
