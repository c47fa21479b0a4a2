import type { CorpusLayout } from "../types";

// 河北省财政厅 2022-09-27: the report on the province's budget execution to the end of July, to the provincial people's congress
// standing committee — each budget's revenue and spending for 1—7月, its share of the year's budget (完成预算的59.3%) and its change on last
// year, 省本级 and 市县级 beneath. Laid out as the table such a report carries: 项目 | 预算数 | 1—7月执行数 | 完成预算% | 比上年增长%.
export const layout: CorpusLayout = {
  id: "hebei-2022-jan-jul-budget-execution",
  source: {
    title: "关于河北省2022年1—7月省本级预算及省总预算执行情况的报告（一、1—7月预算执行情况；表据正文拟）",
    url: "https://www.hxacc.com/index.php/site/account_law/content_show/135618/0",
    publisher: "河北省财政厅",
    date: "2022-09-27",
    changes:
      "As published: the lines and their 1—7月 figures (一般公共预算收入 2633.4亿元, 59.3%, −6.3%, 省本级 385.4, 市县级 2248; 支出 5394.4, 省本级 749.4; " +
      "基金收入 1014.5, 32.8%, 省本级 12.7, 市县级 1001.8; 基金支出 2658.4, 36.4 / 2622; 国资收入 6.9, 39.2%, 省本级 1.6). Ours: the table form, " +
      "every budget but those the stated shares give (4440.8, 3093.0, 17.6), the split budgets, 市县级支出 4645.0 for the report's 4644.9 (so the parts add up), " +
      "国资 市县级 5.3, the growth figures not in the excerpt. Planted: 省本级 revenue stated 58.1% where 385.4 / 700.0 = 55.06%.",
  },
  classes: ["execution", "province-report", "mid-year", "revenue-and-spending-lines", "qizhong-lines", "province-and-counties-split", "growth-column", "yiyuan-caption", "one-decimal-yiyuan", "rates-as-numbers", "table-from-prose", "hebei"],
  settings: { asOf: "2022-07-31" },
  sheets: [
    {
      name: "执行情况",
      widths: [28, 12, 14, 12, 12],
      rows: [
        ["河北省2022年1—7月预算执行情况表", null, null, null, null],
        ["单位：亿元", null, null, null, null],
        ["项目", "预算数", "1—7月执行数", "完成预算%", "比上年增长%"],
        ["一、一般公共预算收入", 4440.8, 2633.4, 0.593, -0.063],
        ["其中：省本级收入", 700.0, 385.4, 0.581, -0.214],
        ["市县级收入", 3740.8, 2248.0, 0.601, -0.031],
        ["二、一般公共预算支出", 9600.0, 5394.4, 0.562, 0.045],
        ["其中：省本级支出", 1500.0, 749.4, 0.5, 0.029],
        ["市县级支出", 8100.0, 4645.0, 0.573, 0.06],
        ["三、政府性基金预算收入", 3093.0, 1014.5, 0.328, -0.249],
        ["其中：省本级收入", 40.5, 12.7, 0.314, -0.12],
        ["市县级收入", 3052.5, 1001.8, 0.328, -0.251],
        ["四、政府性基金预算支出", 4200.0, 2658.4, 0.633, 0.6],
        ["其中：省本级支出", 80.0, 36.4, 0.455, 0.212],
        ["市县级支出", 4120.0, 2622.0, 0.636, 0.606],
        ["五、国有资本经营预算收入", 17.6, 6.9, 0.392, -0.63],
        ["其中：省本级收入", 4.0, 1.6, 0.4, -0.71],
        ["市县级收入", 13.6, 5.3, 0.39, -0.6],
        ["注：1—7月时间进度为58.3%；比上年增长按可比口径计算的见报告正文。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A19:E19"],
      numberFormats: { "B4:C18": "0.0", "D4:E18": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "执行情况",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 18,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D5", why: "省本级收入 385.4 / 700.0 = 55.06%, stated 58.1%" },
      { rule: "execution.behind-schedule", cell: "C8", why: "省本级支出 749.4 / 1500.0 = 49.96% against time progress about 58% (1—7月): more than 5 points behind" },
      { rule: "execution.behind-schedule", cell: "C10", why: "政府性基金预算收入 1014.5 / 3093.0 = 32.80%, far behind about 58%" },
      { rule: "execution.behind-schedule", cell: "C11", why: "基金 省本级收入 12.7 / 40.5 = 31.36%, behind" },
      { rule: "execution.behind-schedule", cell: "C12", why: "基金 市县级收入 1001.8 / 3052.5 = 32.82%, behind" },
      { rule: "execution.behind-schedule", cell: "C14", why: "基金 省本级支出 36.4 / 80.0 = 45.5%, behind" },
      { rule: "execution.behind-schedule", cell: "C16", why: "国有资本经营预算收入 6.9 / 17.6 = 39.20%, behind" },
      { rule: "execution.behind-schedule", cell: "C17", why: "国资 省本级收入 1.6 / 4.0 = 40.0%, behind" },
      { rule: "execution.behind-schedule", cell: "C18", why: "国资 市县级收入 5.3 / 13.6 = 38.97%, behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", why: "each 其中 pair adds up to its line: 385.4+2248.0 = 2633.4, 749.4+4645.0 = 5394.4, 12.7+1001.8 = 1014.5, 36.4+2622.0 = 2658.4, 1.6+5.3 = 6.9; budgets 700.0+3740.8 = 4440.8, 1500+8100 = 9600, 40.5+3052.5 = 3093.0, 80+4120 = 4200, 4.0+13.6 = 17.6" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "2633.4 / 4440.8 = 59.30%, as stated" },
      { rule: "execution.rate-mismatch", cell: "D9", why: "4645.0 / 8100.0 = 57.35% shows as 57.3%, within its own rounding" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "比上年增长% is growth, never the rate" },
      { rule: "execution.behind-schedule", cell: "C5", why: "省本级收入 55.06% is within 5 points of about 58%" },
      { rule: "execution.behind-schedule", cell: "C7", why: "支出 56.19% is within 5 points" },
      { rule: "execution.overspent", why: "no line is above its budget" },
      { rule: "execution.total-mismatch", cell: "A19", why: "the note is no line" },
    ],
  },
};
