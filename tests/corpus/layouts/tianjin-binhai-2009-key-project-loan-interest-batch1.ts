import type { CorpusLayout } from "../types";

// 天津市滨海新区 2009-02: the first batch of loan-interest subsidies (贷款贴息), 105 key industrial projects, 1.8亿元 —
// 工业 68, 服务业 22, 港口设施 10, 农业 5. The report gives only the counts and the total; laid out as an allocation by
// kind of project with money of our own.
export const layout: CorpusLayout = {
  id: "tianjin-binhai-2009-key-project-loan-interest-batch1",
  source: {
    title: "天津滨海新区首批确定105个重点产业项目给予贷款贴息支持（首批贴息项目资金安排表据正文拟）",
    url: "http://nakedoat.com/govweb/gzdt/2009-02/14/content_1230994.htm",
    publisher: "天津市滨海新区管委会（新闻报道）",
    date: "2009-02-14",
    changes:
      "As published: a news report — 105 projects, 贴息资金共计1.8亿元, the four kinds with their counts, 3亿元 over two batches for about 200 projects. " +
      "Ours: the table (项目类别 | 项目个数（个） | 贴息资金（万元） | 备注), the money of each kind, the notes. " +
      "Planted: 农业项目's 400 makes the lines 17,900 under a 合计 of 18,000 (as published).",
  },
  classes: ["composition", "allocation-by-kind", "count-column", "count-and-money-caption", "whole-wanyuan", "total-at-foot", "remark-column", "notes-under-table", "table-from-prose", "news-report", "district-fund", "tianjin"],
  sheets: [
    {
      name: "贴息资金",
      widths: [8, 22, 16, 18, 26],
      rows: [
        ["滨海新区首批重点产业项目贷款贴息资金安排表", null, null, null, null],
        [null, null, null, null, "单位：个、万元"],
        ["序号", "项目类别", "项目个数（个）", "贴息资金（万元）", "备注"],
        ["一", "工业项目", 68, 12600, "含航空航天、石油化工、装备制造等"],
        ["二", "服务业项目", 22, 3000, "含服务外包、研发中心"],
        ["三", "港口设施项目", 10, 1900, null],
        ["四", "农业项目", 5, 400, null],
        ["合计", null, 105, 18000, null],
        ["注：1.贴息项目由企业所在区发展改革部门或相关主管部门初审上报，新区管委会组织专家评审后确定。", null, null, null, null],
        ["2.新区安排3亿元专项资金，分两批对200个左右重点产业项目给予贷款贴息支持，本表为第一批。", null, null, null, null],
      ],
      merges: ["A1:E1", "A8:B8", "A9:E9", "A10:E10"],
    },
  ],
  settings: { district: "滨海新区" },
  expect: {
    tables: [
      { sheet: "贴息资金", kind: "composition", unit: "万元", headerRow: 3, lastRow: 8, columns: { A: "code", B: "line", C: "quantity", D: "amount" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D8", why: "合计 18,000 ≠ 12,600 + 3,000 + 1,900 + 400 = 17,900" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C8", why: "项目个数 105 = 68 + 22 + 10 + 5" },
      { rule: "composition.line-mismatch", why: "no unit amount is stated: 贴息 is no per-project standard" },
      { rule: "composition.total-mismatch", cell: "D9", why: "the notes' 3亿元 and 200个 are no table figures" },
    ],
  },
};
