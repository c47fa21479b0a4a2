import type { CorpusLayout } from "../types";

// 德化县财政局 德化县农业农村局 2020-10-13 (under 泉财农〔2020〕268号): 12万元 of 泉州's 市级财政专项扶贫资金（第二批扶贫开发项目）, its 附件1
// 安排表 as published: 乡镇、村 | 金额 | 建设项目 | 补助金额, three villages, 合计 under both money columns.
export const layout: CorpusLayout = {
  id: "dehua-2020-city-poverty-fund-batch2-arrangement",
  source: {
    title: "关于下达2020年市级财政专项扶贫资金（第二批扶贫开发项目）的通知（附件1：安排表）",
    url: "http://cidudehua.net/plus/view.php?aid=4306",
    publisher: "德化县财政局、德化县农业农村局",
    date: "2020-10-13",
    changes:
      "As published: the annex label, the title, the four headings, the three villages and their works, the 合计 row's 12 under both money columns. " +
      "Ours: each village's money (4.5, 3.5, 4.5 where the notice gives 4 each). Planted: so the lines add to 12.5 against the 合计 12 in both columns.",
  },
  classes: ["composition", "villages-as-lines", "amount-twice", "project-text-column", "total-at-foot", "decimal-wanyuan", "no-unit-caption", "annex-label-row", "county-fund", "fujian"],
  settings: { district: "德化县" },
  sheets: [
    {
      name: "附件1",
      widths: [18, 8, 50, 10],
      rows: [
        ["附件1", null, null, null],
        ["2020年市级财政专项扶贫资金（第二批扶贫开发项目）安排表", null, null, null],
        ["乡镇、村", "金额", "建设项目", "补助金额"],
        ["龙门滩镇霞山村", 4.5, "修复农田水利设施，修复拦水坝3座，水圳350米。", 4.5],
        ["龙门滩镇磻坑村", 3.5, "新建蓄水池及修复自来水管道，确保饮水安全。", 3.5],
        ["葛坑镇邱村村", 4.5, "后洋至后洋下角长约1公里，宽3.5米的道路硬化。", 4.5],
        ["合计", 12, null, 12],
      ],
      merges: ["A2:D2"],
    },
  ],
  expect: {
    tables: [
      { sheet: "附件1", kind: "composition", headerRow: 3, lastRow: 7, columns: { A: "line", B: "amount", D: "amount:补助金额" }, year: 2020 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "B7", why: "金额 合计 12; 4.5 + 3.5 + 4.5 = 12.5: 0.5 apart" },
      { rule: "composition.total-mismatch", cell: "D7", why: "补助金额 合计 12; 4.5 + 3.5 + 4.5 = 12.5: 0.5 apart" },
    ],
    absent: [
      { rule: "composition.line-mismatch", why: "no unit amount: 3座, 350米, 1公里, 3.5米 in the works are no quantities" },
      { rule: "composition.total-mismatch", cell: "D4", why: "补助金额 repeats each village's 金额, no part of it" },
    ],
  },
};
