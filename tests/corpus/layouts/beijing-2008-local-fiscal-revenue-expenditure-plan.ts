import type { CorpusLayout } from "../types";

// 新华网 2008-01-18 (搜狐转载): at the 北京市财政工作会议, the city's 2008 plan — 地方财政计划收入 1,716.5亿元 (+15.0%), 市级 982.7 (+16.0%) and
// 区县 733.8 (+13.7%); 财政计划支出 1,786.4亿元 (+13.6%), 市级 1,012.0 (+15.1%) and 区县 774.4 (+11.7%), 收支基本平衡, still to be passed by
// each level's people's congress. Laid out as the plan's summary table: 项目 | 2008年计划 | 比上年增长%, each whole over 其中：市级 | 区县.
export const layout: CorpusLayout = {
  id: "beijing-2008-local-fiscal-revenue-expenditure-plan",
  source: {
    title: "北京2008年地方财政计划收入1716.5亿元（2008年北京市地方财政收支计划表；表据报道拟）",
    url: "https://news.sohu.com/20080118/n254739280.shtml",
    publisher: "新华网（搜狐转载）",
    date: "2008-01-18",
    changes:
      "As published: every figure but one — 地方财政计划收入 1,716.5亿元 (市级 982.7, 区县 733.8) and 计划支出 1,786.4亿元 (市级 1,012.0, 区县 774.4) with " +
      "their growth on 2007 (15.0%, 16.0%, 13.7%; 13.6%, 15.1%, 11.7%). The report is prose: the table — title, caption, headings, the 其中 layout " +
      "and the note — is ours (table-from-prose). Planted: the 区县 spending typed 764.4 where the report gives 774.4, so 市级 1,012.0 + 区县 764.4 = " +
      "1,776.4 misses the 1,786.4 above them.",
  },
  classes: [
    "execution", "budget-only", "plan-table", "revenue-and-spending", "levels-of-government-qizhong", "growth-column", "one-decimal-yiyuan",
    "yiyuan-caption", "notes-under-table", "year-in-title", "table-from-prose", "news-report", "city-plan", "beijing",
  ],
  settings: { district: "北京市" },
  sheets: [
    {
      name: "收支计划",
      widths: [26, 14, 14],
      rows: [
        ["2008年北京市地方财政收支计划表", null, null],
        [null, null, "单位：亿元"],
        ["项目", "2008年计划", "比上年增长%"],
        ["地方财政收入", 1716.5, 0.15],
        ["    其中：市级", 982.7, 0.16],
        ["          区县", 733.8, 0.137],
        ["地方财政支出", 1786.4, 0.136],
        ["    其中：市级", 1012.0, 0.151],
        ["          区县", 764.4, 0.117],
        ["注：收支计划须经同级人民代表大会审议批准后执行；收支基本平衡。", null, null],
      ],
      merges: ["A1:C1", "A10:C10"],
      numberFormats: { "B4:B9": "#,##0.0", "C4:C9": "0.0%" },
    },
  ],
  expect: {
    tables: [
      { sheet: "收支计划", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "initialBudget" }, year: 2008 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B7", why: "地方财政支出 1,786.4 against its levels 市级 1,012.0 + 区县 764.4 = 1,776.4: 10.0 apart" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B4", why: "地方财政收入 1,716.5 = 市级 982.7 + 区县 733.8" },
      { rule: "execution.total-mismatch", cell: "C4", why: "比上年增长% is growth, no amount to add" },
      { rule: "execution.rate-mismatch", cell: "C4", why: "比上年增长% is growth over 2007, no share of a budget" },
      { rule: "execution.no-spending", why: "a plan: no spending column" },
      { rule: "execution.behind-schedule", why: "a plan: nothing collected or spent is stated" },
      { rule: "execution.total-mismatch", cell: "B9", why: "the slip is reported once, at the whole above the levels" },
    ],
  },
};
