import type { CorpusLayout } from "../types";

// 常州市发展和改革委员会 2018-06: three 常州 projects (中天钢铁 高炉煤气发电三期, 金为环保 废有机溶剂处置利用, 永迈循环 NMP综合利用) entered
// the 生态文明建设专项 2018年中央预算内投资计划 with 4064万元 between them. The page is a news item: the table is built from it.
export const layout: CorpusLayout = {
  id: "changzhou-2018-ecology-central-investment-projects",
  source: {
    title: "常州3个项目列入生态文明建设专项2018年中央预算内投资计划（项目资金表据正文拟）",
    url: "https://fgw.changzhou.gov.cn/html/fgw/2018/BBAOLMPL_0626/23156.html",
    publisher: "常州市发展和改革委员会",
    date: "2018-06-26",
    changes:
      "The page is prose: the three projects, their firms and the total 4064万元 are as published; the table (序号 | 项目名称 | 项目单位 | 所在地 | " +
      "中央预算内投资), the unit caption, the split of the money between the projects, the districts and the note are ours. Planted: " +
      "the 永迈 line typed 860 where the published total leaves it 800, so the lines add up to 4124 against the 合计 4064.",
  },
  classes: ["composition", "allocation-by-project", "firms-as-lines", "place-column", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "city-fund", "jiangsu"],
  settings: { district: "常州市" },
  sheets: [
    {
      name: "项目资金表",
      widths: [6, 40, 30, 10, 16],
      rows: [
        ["常州市生态文明建设专项2018年中央预算内投资计划项目表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "项目单位", "所在地", "中央预算内投资"],
        [1, "高炉煤气发电三期项目", "常州中天钢铁集团有限公司", "天宁区", 2200],
        [2, "年处置、利用废有机溶剂5万吨项目", "金为环保科技（常州）有限公司", "武进区", 1064],
        [3, "年产6万吨N-甲基吡咯烷酮循环综合利用项目", "江苏永迈循环科技有限公司", "新北区", 860],
        ["合计", null, null, null, 4064],
        ["注：全省共10个项目获得生态文明建设专项中央预算内投资1.02亿元，常州项目个数、资金总额均列全省第一。", null, null, null, null],
      ],
      merges: ["A1:E1", "A7:D7", "A8:E8"],
    },
  ],
  expect: {
    tables: [
      { sheet: "项目资金表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 7, columns: { B: "line", E: "amount" }, year: 2018 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E7", why: "合计 4064 where 2200 + 1064 + 860 = 4124 (60万元 apart)" },
    ],
    absent: [
      { rule: "register.ineligible-location", why: "天宁区, 武进区 and 新北区 are districts of 常州市" },
      { rule: "composition.total-mismatch", cell: "A4", why: "序号 1–3 are no money" },
      { rule: "composition.total-mismatch", cell: "E4", why: "a project line is no total" },
      { rule: "input.unreadable-value", why: "the note's 1.02亿元 is text under the table, not a figure of it" },
    ],
  },
};
