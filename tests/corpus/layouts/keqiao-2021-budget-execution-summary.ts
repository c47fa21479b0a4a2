import type { CorpusLayout } from "../types";

// 绍兴市柯桥区 2022-02-18: 关于柯桥区2021年财政预算执行情况及2022年财政预算草案的报告 — the year's outcome in prose (一般公共预算收入完成…，
// 完成年度预算的…%; 政府性基金预算收入…，其中：国有土地使用权出让相关收入…). Laid out as the summary table such a report carries:
// 项目 | 年度预算 | 完成数 | 完成年度预算% | 同比增长%, the four budgets numbered 一、至四、, a 其中 line under the fund's revenue (表据正文拟).
export const layout: CorpusLayout = {
  id: "keqiao-2021-budget-execution-summary",
  source: {
    title: "关于绍兴市柯桥区2021年财政预算执行情况及2022年财政预算草案的报告（收支执行情况表据正文拟）",
    url: "http://gxs.kq.gov.cn/art/2022/2/18/art_1229617657_58941675.html",
    publisher: "绍兴市柯桥区财政局",
    date: "2022-02-18",
    changes:
      "The report is prose; its four headings (一般公共预算收入 / 支出, 政府性基金预算收入 / 支出), the 其中 line (国有土地使用权出让相关收入) and its " +
      "wording (完成年度预算的…%, 同比增长…%) give the table, which is ours (表据正文拟) with our own figures; as published, the fund's spending ran " +
      "past its year budget. Planted: 政府性基金预算支出 122.96 against 117.80 (overspent); 一般公共预算支出's rate typed 97.7% where " +
      "133.12 / 133.50 = 99.7%.",
  },
  classes: ["execution", "revenue-and-spending", "revenue-lines", "numbered-sections", "qizhong-split", "initial-budget", "percent-rate", "growth-column", "yiyuan-unit", "past-year", "table-from-prose", "district-fund", "zhejiang"],
  settings: { district: "绍兴市柯桥区" },
  sheets: [
    {
      name: "执行情况",
      widths: [36, 12, 12, 16, 12],
      rows: [
        ["绍兴市柯桥区2021年财政预算执行情况表（表据正文拟）", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "年度预算", "完成数", "完成年度预算%", "同比增长%"],
        ["一、一般公共预算收入", 146.2, 146.63, 1.003, 0.072],
        ["二、一般公共预算支出", 133.5, 133.12, 0.977, 0.025],
        ["三、政府性基金预算收入", 134.6, 129.95, 0.965, 0.083],
        ["其中：国有土地使用权出让相关收入", 130.5, 125.31, 0.96, 0.082],
        ["四、政府性基金预算支出", 117.8, 122.96, 1.044, -0.214],
        ["注：一般公共预算收入加上转移性收入为收入合计；一般公共预算支出加上转移性支出为支出合计。", null, null, null, null],
      ],
      merges: ["A1:E1", "A9:E9"],
      numberFormats: { "B4:C8": "0.00", "D4:E8": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "执行情况",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 8,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D5", why: "一般公共预算支出 133.12 / 133.50 = 99.72% → 99.7%; typed 97.7%" },
      { rule: "execution.overspent", cell: "C8", why: "政府性基金预算支出 122.96 against a year budget of 117.80: 5.16亿元 over (104.4%)" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "D4", why: "146.63 / 146.20 = 100.29% → 100.3%" },
      { rule: "execution.rate-mismatch", cell: "D6", why: "129.95 / 134.60 = 96.55% → 96.5%" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "125.31 / 130.50 = 96.02% → 96.0%" },
      { rule: "execution.rate-mismatch", cell: "D8", why: "122.96 / 117.80 = 104.38% → 104.4%" },
      { rule: "execution.rate-mismatch", cell: "E8", why: "同比增长 -21.4% is a change on last year, no execution rate" },
      { rule: "execution.overspent", cell: "C4", why: "revenue above its budget is collected beyond plan, not overspending" },
      { rule: "execution.behind-schedule", cell: "C6", why: "96.5% at the end of 2021: 3.5 points short, within 5" },
      { rule: "execution.behind-schedule", cell: "C7", why: "96.0%: 4.0 points short, within 5" },
      { rule: "execution.total-mismatch", why: "no total row; the 其中 line is a part of 政府性基金预算收入, not a peer (125.31 < 129.95)" },
      { rule: "input.unreadable-value", why: "the 注 line under the table is a note" },
    ],
  },
};
