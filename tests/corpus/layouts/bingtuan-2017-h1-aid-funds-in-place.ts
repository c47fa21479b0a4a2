import type { CorpusLayout } from "../types";

// 新疆兵团新闻办 2017-07-20: the first half of 2017's 对口援疆 work — 278 projects, 22.8亿元 of aid money planned, 9.8亿元 in place by
// the end of June, 资金到位率 42.8%. Laid out as the corps' table by division (师市): 项目个数 | 计划援疆资金 | 累计到位援疆资金 | 资金到位率,
// 合计 at the foot, a note on the projects' total investment under it.
export const layout: CorpusLayout = {
  id: "bingtuan-2017-h1-aid-funds-in-place",
  source: {
    title: "2017年上半年新疆兵团已到位援疆资金近10亿元（援疆资金到位情况表据报道拟）",
    url: "http://news.youth.cn/jsxw/201707/t20170720_10339513.htm",
    publisher: "新疆生产建设兵团新闻办公室（中国新闻网 袁晶）",
    date: "2017-07-20",
    changes:
      "The report gives the totals only (278 projects, 总投资 40.04亿元, 援疆资金 22.8亿元, 9.8亿元 in place by 6月底, 到位率 42.8% — itself " +
      "not 9.8 / 22.8 = 43.0%): the table by 师市, its headings and all figures are ours (in 万元; the project count kept at 278). Planted: " +
      "the 合计's rate typed 43.6% for 105,600 / 228,000 = 46.3%; 第五师 at 43.2%, more than 5 points behind June's 50%; 第九师 with nothing " +
      "in place.",
  },
  classes: [
    "execution", "funds-in-place-rate", "as-of-in-title", "by-division", "count-column", "total-at-foot", "rates-as-numbers",
    "one-decimal-rates", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "news-report", "corps-level",
    "xinjiang",
  ],
  // Corrected after the seventy-ninth holdout's measurement (counted failed): the writer set the fund's area to 新疆生产建设兵团,
  // which no administrative list names as an area (its divisions' cities are Xinjiang's), so the engine refuses it with one
  // clear error, as it should (xincheng-2025); the divisions lie in 新疆维吾尔自治区.
  settings: { district: "新疆维吾尔自治区", asOf: "2017-06-30" },
  sheets: [
    {
      name: "到位情况",
      widths: [22, 12, 16, 18, 14],
      rows: [
        ["2017年兵团对口援疆项目资金到位情况（截至6月底）", null, null, null, null],
        [null, null, null, null, "单位：个、万元"],
        ["师市", "项目个数", "计划援疆资金", "累计到位援疆资金", "资金到位率"],
        ["第一师（阿拉尔市）", 40, 38000, 17500, 0.461],
        ["第二师（铁门关市）", 22, 16500, 7900, 0.479],
        ["第三师（图木舒克市）", 35, 31000, 15200, 0.49],
        ["第四师（可克达拉市）", 26, 18000, 8600, 0.478],
        ["第五师（双河市）", 18, 12500, 5400, 0.432],
        ["第六师（五家渠市）", 30, 24000, 11800, 0.492],
        ["第七师", 24, 19000, 9300, 0.489],
        ["第八师（石河子市）", 33, 30000, 15600, 0.52],
        ["第九师", 14, 9000, 0, 0],
        ["第十师（北屯市）", 16, 10000, 4700, 0.47],
        ["第十四师（昆玉市）", 20, 20000, 9600, 0.48],
        ["合计", 278, 228000, 105600, 0.436],
        ["注：2017年兵团安排对口援疆项目278个，总投资40.04亿元；资金到位率＝累计到位援疆资金÷计划援疆资金。", null, null, null, null],
      ],
      merges: ["A1:E1", "A16:E16"],
      numberFormats: { "C4:D15": "#,##0", "E4:E15": "0.0%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "到位情况",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 15,
        columns: { A: "line", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2017,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "E15", why: "合计: 105,600 / 228,000 = 46.32% → 46.3%, shown 43.6%" },
      { rule: "execution.behind-schedule", cell: "D8", why: "第五师: 5,400 / 12,500 = 43.2%, below June's 6/12 = 50% by 6.8 points" },
      { rule: "execution.no-spending", cell: "D12", why: "第九师: 9,000 planned, nothing in place by 6月底" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C15", why: "the eleven divisions add up to 228,000 planned and 105,600 in place" },
      { rule: "execution.total-mismatch", cell: "B15", why: "项目个数 is a count (278), never money" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "17,500 / 38,000 = 46.05% → 46.1%" },
      { rule: "execution.rate-mismatch", cell: "E10", why: "9,300 / 19,000 = 48.95% → 48.9%" },
      { rule: "execution.behind-schedule", cell: "D4", why: "第一师 46.05% is 3.95 points behind 50%, within the 5-point tolerance" },
      { rule: "execution.behind-schedule", cell: "D12", why: "第九师 spent nothing: no-spending, not also behind schedule" },
      { rule: "execution.behind-schedule", cell: "D15", why: "a total row gets no spending status of its own" },
      { rule: "execution.rate-mismatch", cell: "E12", why: "0 / 9,000 = 0.0%, as shown" },
    ],
  },
};
