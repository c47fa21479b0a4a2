import type { CorpusLayout } from "../types";

// 西安市人民政府办公厅 2018 (市政办发〔2018〕72号): 关于支持实体经济发展若干财税措施的意见, following 陕政办发〔2017〕102号 —
// 一、大力支持工业稳增长、促投资: a 30亿元 pool over four years, 2% of fixed-asset investment at most 500万元, 一事一议 for large
// projects, 10% of equipment investment at most 500万元, an output-growth award at most 50万元; each clause names the bureaus
// responsible. Laid out as the clause list an office keeps of it.
export const layout: CorpusLayout = {
  id: "xian-2018-real-economy-fiscal-measures",
  source: {
    title: "西安市人民政府办公厅关于支持实体经济发展若干财税措施的意见（市政办发〔2018〕72号）一、大力支持工业稳增长、促投资",
    url: "http://nybiz.cn/law/7276.html",
    publisher: "西安市人民政府办公厅",
    date: "2018",
    changes:
      "As published: the clauses' wording, their order under (一) (二) (三) and the bureaus named after each. The document is prose: laid out " +
      "as a list (序号 | 条款 | 支持事项 | 支持标准 | 责任单位); the short names in 支持事项 are ours. Cut: the banded awards (分档给予20-500万元, " +
      "连续三年分档给予100-200万元) and the clauses after (三). Nothing invented in the standards; the unreadable ones are the document's own.",
  },
  classes: ["catalog", "prose-caps", "rate-with-cap", "max-cap", "conditions-not-caps", "one-matter-one-policy", "pool-not-cap", "clause-column", "responsible-bureau-column", "no-year-in-title", "city-government", "shaanxi"],
  sheets: [
    {
      name: "政策条款",
      widths: [6, 8, 26, 90, 20],
      rows: [
        ["西安市支持实体经济发展若干财税措施（工业稳增长、促投资部分）", null, null, null, null],
        ["序号", "条款", "支持事项", "支持标准", "责任单位"],
        [1, "（一）", "工业发展专项资金", "2018—2021年累计安排各类支持工业发展的专项资金不低于30亿元，采取贷款贴息、奖励补助、融资引导等方式支持工业发展", "市工信委、市财政局"],
        [2, "（二）", "新引进重点工业项目补助", "对各区县、开发区新引进总投资1亿元和2亿元以上的重点工业项目，自签约之日起两年内完成全部投资的，按实际固定资产投入的2%给予补助，最高不超过500万元", "市工信委、市财政局"],
        [3, "（二）", "重大高技术工业项目支持", "对新引进固定资产投资5亿元以上的高技术工业项目和10亿元以上的新建重点工业项目，按照市政府“一事一议、一企一策”方式给予重点支持", "市工信委、市财政局"],
        [4, "（二）", "工业技术改造项目补助", "对新增固定资产投入达到1000万元以上的工业技术改造项目，按设备投资额的10%给予分档补助，最高不超过500万元", "市工信委、市财政局"],
        [5, "（三）", "工业企业产值增长奖励", "对年产值达到2000万元以上的工业企业，结合产值增速给予奖励，最高不超过50万元", "市工信委、市财政局"],
      ],
      merges: ["A1:E1"],
    },
  ],
  expect: {
    tables: [{ sheet: "政策条款", kind: "catalog", unit: "万元", headerRow: 2, lastRow: 7, columns: { A: "code", B: "document", C: "item", D: "standard" } }],
    findings: [
      { rule: "catalog.unreadable-standard", cell: "D3", why: "a pool of 不低于30亿元 over four years for all support: no cap of one award" },
      { rule: "catalog.unreadable-standard", cell: "D5", why: "5亿元 / 10亿元以上 are conditions; 一事一议 names no amount, rate or maximum" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "D4", why: "2% of 实际固定资产投入, at most 500万元; 1亿元和2亿元以上 are conditions" },
      { rule: "catalog.unreadable-standard", cell: "D6", why: "10% of 设备投资额, at most 500万元; 1000万元以上 is a condition" },
      { rule: "catalog.unreadable-standard", cell: "D7", why: "最高不超过50万元; 2000万元以上 is a condition" },
      { rule: "input.unreadable-value", why: "条款 cites clauses, 责任单位 names bureaus: text" },
    ],
  },
};
