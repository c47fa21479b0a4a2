import type { CorpusLayout } from "../types";

// 嘉定区农业农村委 (2025-09): the 2024 设施菜田 管护考核奖励 by 街镇 — 奖励面积（亩） | 奖励资金（元）, 200元/亩
// stated in the notice's text. Planted: the money column's 合计 typed with two digits swapped.
export const layout: CorpusLayout = {
  id: "jiading-2024-facility-vegetable-upkeep-awards",
  source: {
    title: "嘉定区2024年度设施菜田财政性资产管护考核奖励资金公示",
    url: "http://nongwei.jiading.cn/csz/xxgk2/tztg/content_940104",
    publisher: "嘉定区农业农村委员会种植业与农机办公室",
    date: "2025-09-19",
    changes:
      "Kept as published: the table's title, its three columns (街镇 | 奖励面积（亩） | 奖励资金（元）), the seven 街镇 and the 合计 row. " +
      "The notice's sentence 考核合格的高标准设施菜田每年奖励200元/亩 is written as a note under the table (ours). Areas and money are ours " +
      "(each line 200元 × its area). Planted: the 奖励资金 合计 typed 1,617,680 where the lines add up to 1,671,680.",
  },
  classes: ["composition", "places-as-lines", "area-and-money", "unit-in-notice-text", "yuan-in-headers", "total-row-last", "notes-under-table", "district-level", "shanghai"],
  settings: { district: "嘉定区" },
  sheets: [
    {
      name: "汇总表",
      widths: [16, 18, 18],
      rows: [
        ["2024年度设施菜田财政性资产管理工作考核奖励资金汇总表", null, null],
        ["街镇", "奖励面积（亩）", "奖励资金（元）"],
        ["外冈镇", 1512.4, 302480],
        ["华亭镇", 2388.5, 477700],
        ["菊园新区", 395, 79000],
        ["江桥镇", 862, 172400],
        ["安亭镇", 610.5, 122100],
        ["徐行镇", 1650, 330000],
        ["工业区", 940, 188000],
        ["合计", 8358.4, 1617680],
        ["注：考核合格的高标准设施菜田每年奖励200元/亩。", null, null],
      ],
      merges: ["A1:C1", "A11:C11"],
    },
  ],
  expect: {
    tables: [
      { sheet: "汇总表", kind: "composition", unit: "元", headerRow: 2, lastRow: 10, columns: { A: "line", B: "quantity", C: "amount" }, year: 2024 },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "C10",
        why: "302,480 + 477,700 + 79,000 + 172,400 + 122,100 + 330,000 + 188,000 = 1,671,680 元; stated 1,617,680: 54,000 元 short",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "B10", why: "areas 1,512.4 + 2,388.5 + 395 + 862 + 610.5 + 1,650 + 940 = 8,358.4 亩 as stated" },
      { rule: "composition.line-mismatch", cell: "C4", why: "2,388.5 亩 × 200 元 = 477,700 元; every line is its area × 200" },
      { rule: "composition.line-mismatch", cell: "C10", why: "the 合计 row is a total, not a line; its slip is the total's" },
      { rule: "register.ineligible-location", why: "the 街镇 (菊园新区, 工业区 included) are 嘉定's own and no one is paid here: an allocation among 街镇" },
      { rule: "input.unreadable-value", cell: "A11", why: "the note under the table is not data" },
    ],
  },
};
