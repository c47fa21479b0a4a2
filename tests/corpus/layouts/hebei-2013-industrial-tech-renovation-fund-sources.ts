import type { CorpusLayout } from "../types";

// 河北新闻网 (河北日报) 2013-03-14: 省财政厅 — 11亿元 for industrial firms' technical renovation in 2013: 省级综合预算 安排 工业企业技术改造专项资金
// 2亿元 and 省对下转移支付资金 9亿元; 1,500 projects of 3,000万元 or more expected. Laid out as the year's arrangement by source:
// 资金来源 | 金额 | 说明, 合计 at the foot, then the plan's figures as a block of counts under it.
export const layout: CorpusLayout = {
  id: "hebei-2013-industrial-tech-renovation-fund-sources",
  source: {
    title: "今年我省将安排11亿元支持工业企业技术改造（2013年河北省工业企业技术改造资金安排表；表据正文拟）",
    url: "https://m.fidreport.com/2013-03/14/content_3145573.htm",
    publisher: "河北新闻网（河北日报 骆玉荣、马云飞、刘清波）；河北省财政厅",
    date: "2013-03-14",
    changes:
      "As published: the two sources and their sums (省级综合预算 2亿元, 省对下转移支付资金 9亿元, 共计11亿元), their purpose, and the year's expected " +
      "projects (1,500 of 3,000万元以上, 总投资4,500亿元, 计划投资3,000亿元, 贷款800亿元). The item is prose only: the table — 序号 | 资金来源 | 金额 | 说明, " +
      "the 合计, the unit caption and the block of expected figures under a 二、预期 heading — is ours (table-from-prose). Clean.",
  },
  classes: [
    "composition", "clean", "allocation-by-source", "yi-yuan-caption", "whole-figures", "total-at-foot", "counts-block-under-money",
    "remark-column", "year-in-title", "table-from-prose", "news-report", "province-fund", "hebei",
  ],
  sheets: [
    {
      name: "资金安排",
      widths: [6, 40, 12, 44],
      rows: [
        ["2013年河北省工业企业技术改造资金安排表", null, null, null],
        [null, null, null, "单位：亿元"],
        ["序号", "资金来源", "金额", "说明"],
        ["一", "省级综合预算安排工业企业技术改造专项资金", 2, "支持全省工业企业开展技术改造"],
        ["二", "使用省对下转移支付资金安排", 9, "支持全省工业企业开展技术改造"],
        ["合计", null, 11, null],
        ["附：2013年预期技术改造项目情况", null, null, null],
        [null, "3000万元以上工业企业技术改造项目（个）", 1500, null],
        [null, "项目总投资（亿元）", 4500, null],
        [null, "2013年计划投资（亿元）", 3000, "其中贷款800亿元"],
        ["注：项目投产后投入产出比预计达到1∶3。", null, null, null],
      ],
      merges: ["A1:D1", "A6:B6", "A7:D7", "A11:D11"],
      numberFormats: { "C4:C6": "0" },
    },
  ],
  expect: {
    tables: [{ sheet: "资金安排", kind: "composition", unit: "亿元", headerRow: 3, lastRow: 6, columns: { B: "line", C: "amount" }, year: 2013 }],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "C6", why: "合计 11 = 2 + 9" },
      { rule: "composition.total-mismatch", why: "the expected projects under 附 are counts and the plan's figures, no lines of the 11亿元 and no total of it" },
      { rule: "composition.line-mismatch", why: "no unit or quantity columns" },
      { rule: "input.unreadable-value", cell: "A11", why: "the note under the table" },
    ],
  },
};
