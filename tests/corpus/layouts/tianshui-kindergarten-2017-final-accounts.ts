import type { CorpusLayout } from "../types";

// 天水市幼儿园 2017年度部门决算: spending against the year's opening budget by function class, the
// completion rate as a number in a (%) column; the published text itself calls a spend above the
// budget "完成年初预算100%".
export const layout: CorpusLayout = {
  id: "tianshui-kindergarten-2017-final-accounts",
  source: {
    title: "天水市幼儿园2017年度部门决算公开",
    url: "http://www.kmxxf.com/jyj/info/1217/105784.htm",
    publisher: "天水市幼儿园（天水市教育局）",
    date: "2018",
    changes:
      "The publication states in text: 一般公共预算财政拨款支出总计1741.75万元 … 完成年初预算100%，决算数大于预算数55.93万元, " +
      "then the spending by function (1. 教育支出1595.95万元 …). Laid out as the table behind such text (科目编码/科目名称/" +
      "年初预算数/决算数/完成年初预算（%）, four function classes and a 合计); the wording is ours. Figures ours, " +
      "keeping the published fault: the total spends more than the budget while the rate says 100.00.",
  },
  classes: ["execution", "final-accounts", "rate-as-percent-number", "lei-codes-as-text", "wanyuan-caption"],
  settings: { asOf: "2017-12-31" },
  sheets: [
    {
      name: "支出决算",
      widths: [10, 26, 14, 14, 18],
      rows: [
        ["2017年度一般公共预算财政拨款支出决算情况表", null, null, null, null],
        ["单位：天水市幼儿园", null, null, null, "单位：万元"],
        ["科目编码", "科目名称", "年初预算数", "决算数", "完成年初预算（%）"],
        ["205", "教育支出", 1520, 1546, 101.71],
        ["208", "社会保障和就业支出", 96.3, 92.8, 96.37],
        ["210", "卫生健康支出", 48.6, 46.3, 95.27],
        ["221", "住房保障支出", 62.5, 60.1, 96.16],
        ["合计", null, 1727.4, 1745.2, 100],
      ],
      merges: ["A1:E1", "A2:D2", "A8:B8"],
      numberFormats: { "C4:D8": "#,##0.00", "E4:E8": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出决算",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 8,
        columns: { A: "code", B: "line", C: "initialBudget", D: "actual", E: "rate" },
        year: 2017,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "D4", why: "教育支出 1,546.00 spent against 1,520.00 (101.71%)" },
      { rule: "execution.rate-mismatch", cell: "E8", why: "1,745.20 / 1,727.40 = 101.03%; stated 100.00" },
    ],
    absent: [
      { rule: "execution.rate-mismatch", cell: "E5", why: "92.80 / 96.30 = 96.366%, shown 96.37 (a percent number, not a fraction)" },
      { rule: "execution.behind-schedule", why: "every class is within 5 points of the year's full 100% (95.27% the lowest)" },
      { rule: "execution.total-mismatch", cell: "C8", why: "1,520.00 + 96.30 + 48.60 + 62.50 = 1,727.40; the 决算数 add to 1,745.20" },
      { rule: "input.unreadable-value", cell: "A4", why: "205 is a function-class code" },
    ],
  },
};
