import type { CorpusLayout } from "../types";

// 昌吉市 (昌吉州, 新疆) 2023年度政府预算公开, the report's 2022 revenue against the year-start plan: 地方财政收入合计 first, then the four
// budgets (一、一般公共预算收入 with 其中 税收 / 非税, 二、政府性基金, 三、国有资本经营, 四、社会保险基金) — 年初预算数 | 完成数 | 完成年初
// 预算% | 比上年增长%. The 合计 typed 1,000 high; a share typed with two digits swapped; land revenue far behind at the year's end.
export const layout: CorpusLayout = {
  id: "changji-2022-fiscal-revenue-execution",
  source: {
    title: "2023年度昌吉市政府预算公开（关于2022年昌吉市财政预算执行情况及2023年财政预算（草案）的报告：2022年财政收入预算执行情况，表据报告拟）",
    url: "http://cjs.cj.gov.cn/yjsgk/2023ndysjsgjbgk/916387.htm",
    publisher: "昌吉市财政局",
    date: "2023-01-10",
    changes:
      "As published: the report states the 2022 year-start plan for local revenue by budget (一般公共预算收入, 政府性基金预算收入, " +
      "国有资本经营预算收入, 社会保险基金预算收入 adding up to the total) and what each collected, 税收 / 非税 within the general budget, " +
      "in prose; the 四本预算公开表 are not shown. Laid out as a revenue execution table (项目 | 年初预算数 | 完成数 | 完成年初预算% | " +
      "比上年增长%, the total first, numbered budgets, a 其中 pair, a note). The figures are ours (the report's own totals mix transfers " +
      "into the collected general revenue). Planted: 合计 完成数 705,416 while its lines add up to 704,416; 非税收入 stated 97.93% for " +
      "224,000 / 230,000 = 97.39%; 政府性基金 85.22% collected at the year's end.",
  },
  classes: [
    "execution", "revenue-lines", "total-first", "numbered-lines", "qizhong-complement-pair", "initial-budget-only", "rate-column",
    "growth-column", "revenue-beyond-plan", "past-year", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose",
    "county-level", "xinjiang",
  ],
  sheets: [
    {
      name: "收入执行",
      widths: [30, 14, 14, 14, 12],
      rows: [
        ["昌吉市2022年财政收入预算执行情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "年初预算数", "完成数", "完成年初预算%", "比上年增长%"],
        ["地方财政收入合计", 753800, 705416, 0.9345, 0.062],
        ["一、一般公共预算收入", 480000, 462400, 0.9633, 0.048],
        ["    其中：税收收入", 250000, 238400, 0.9536, 0.031],
        ["          非税收入", 230000, 224000, 0.9793, 0.067],
        ["二、政府性基金预算收入", 230000, 196000, 0.8522, -0.118],
        ["三、国有资本经营预算收入", 800, 806, 1.0075, -0.124],
        ["四、社会保险基金预算收入", 43000, 45210, 1.0514, 0.053],
        ["注：一般公共预算收入为地方一般公共预算收入，不含上级补助收入、调入资金、债务转贷收入和上年结余。", null, null, null, null],
      ],
      merges: ["A1:E1", "A11:E11"],
      numberFormats: { "B4:C10": "#,##0", "D4:E10": "0.00%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收入执行",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C4", why: "合计 完成数 705,416; its lines 462,400 + 196,000 + 806 + 45,210 = 704,416 (1,000 more)" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "非税收入 224,000 / 230,000 = 97.39%; stated 97.93%" },
      { rule: "execution.behind-schedule", cell: "C8", why: "政府性基金预算收入 196,000 / 230,000 = 85.22% collected by 2022-12-31, 14.78 points behind the year's 100%" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "93.45% = 704,416 / 753,800 (93.449%), the 合计 as its lines add up: its slip is reported once, at C4" },
      { rule: "execution.total-mismatch", cell: "B4", why: "年初 480,000 + 230,000 + 800 + 43,000 = 753,800" },
      { rule: "execution.total-mismatch", cell: "C5", why: "一般公共预算收入 462,400 = 税收 238,400 + 非税 224,000; 年初 480,000 = 250,000 + 230,000" },
      { rule: "execution.behind-schedule", cell: "C6", why: "税收收入 95.36%: 4.64 points behind, within the 5-point tolerance" },
      { rule: "execution.behind-schedule", cell: "C5", why: "一般公共预算收入 96.33%: 3.67 points behind, within tolerance" },
      { rule: "execution.overspent", cell: "C10", why: "社会保险基金 105.14% and 国有资本经营 100.75%: revenue collected beyond plan, not overspending" },
      { rule: "execution.rate-mismatch", cell: "E8", why: "比上年增长% is growth on last year, never the rate" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "806 / 800 = 100.75%; 45,210 / 43,000 = 105.14%; 196,000 / 230,000 = 85.22%; 238,400 / 250,000 = 95.36%" },
      { rule: "execution.behind-schedule", cell: "C4", why: "a total row gets no status of its own" },
    ],
  },
};
