import type { CorpusLayout } from "../types";

// 中山市小榄镇 2025-09-29: 小榄镇2025年上半年预算执行情况的报告 — a town without its own treasury: revenue is almost all 上级补助收入
// (返还性收入 split into 税收返还, 非税返还, 税收基数返还; 一般性 and 专项转移支付) and 调入资金 from four sources, each 完成年初预算%
// given where a budget exists; spending 本级 and 上解. In 亿元 to two decimals. The report's figures set out as the table it describes.
export const layout: CorpusLayout = {
  id: "xiaolan-2025-h1-general-budget-execution",
  source: {
    title: "小榄镇2025年上半年预算执行情况的报告（一、一般公共预算；表据报告正文拟）",
    url: "http://www.zs.gov.cn/xlz/zdlygk/czxx/content/post_2553134.html",
    publisher: "中山市小榄镇人民政府",
    date: "2025-09-29",
    changes:
      "As published: the lines and their nesting (一般公共预算总收入 = 上级补助收入 + 调入资金; 返还性收入 = 税收返还 + 非税返还 + 税收基数返还; " +
      "调入资金 from 其他财政专户（上年结转结余）, 政府性基金, 其他财政专户, 其他; 总支出 = 本级支出 + 上解上级支出), the unit 亿元 and which " +
      "lines state 完成年初预算%. The report is prose: the table frame (项目 | 年初预算数 | 1-6月完成数 | 完成年初预算%) is ours, and so are the " +
      "figures (published e.g. 上级补助收入 11.43亿元, 45.03%; 本级支出 11.79亿元, 41.84%). Planted: 调入资金 2.50 where its four parts give " +
      "2.40; 本级支出 at 42.01% of its budget at the half year.",
  },
  classes: ["execution", "revenue-and-spending", "table-from-prose", "outline-numbering", "qizhong-lines", "nested-parts", "budget-only-on-some-lines", "dash-as-nothing", "yiyuan", "yiyuan-caption", "half-year", "town-without-treasury", "guangdong"],
  settings: { asOf: "2025-06-30" },
  sheets: [
    {
      name: "一般公共预算",
      widths: [40, 14, 14, 16],
      rows: [
        ["小榄镇2025年上半年一般公共预算收支执行情况表", null, null, null],
        [null, null, null, "单位：亿元"],
        ["项目", "年初预算数", "1-6月完成数", "完成年初预算%"],
        ["一、一般公共预算总收入", "—", 14.02, "—"],
        ["（一）上级补助收入", 24.6, 11.52, "46.83%"],
        ["1.返还性收入", "—", 9.79, "—"],
        ["其中：税收返还", 9.3, 4.98, "53.55%"],
        ["非税返还", 8.5, 4.02, "47.29%"],
        ["税收基数返还", "—", 0.79, "—"],
        ["2.一般性转移支付收入", "—", 1.62, "—"],
        ["3.专项转移支付收入", "—", 0.11, "—"],
        ["（二）调入资金", "—", 2.5, "—"],
        ["其中：从其他财政专户调入（来源于上年结转结余）", "—", 0.35, "—"],
        ["从政府性基金调入", "—", 1.61, "—"],
        ["从其他财政专户调入", "—", 0.25, "—"],
        ["其他调入", "—", 0.19, "—"],
        ["二、一般公共预算总支出", "—", 13.74, "—"],
        ["（一）一般公共预算本级支出", 28.4, 11.93, "42.01%"],
        ["（二）上解上级支出", "—", 1.81, "—"],
        ["注：未设立国库的镇街一般公共预算结余在财政专户管理资金结转结余中反映。", null, null, null],
      ],
      merges: ["A1:D1", "A20:D20"],
      numberFormats: { "B4:C19": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一般公共预算",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 19,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C12", why: "调入资金 2.50亿元 where its four parts, all of it (其他调入 the rest), give 0.35 + 1.61 + 0.25 + 0.19 = 2.40: 0.10亿元 too much, beyond the 0.005亿 rounding of each" },
      { rule: "execution.behind-schedule", cell: "D18", why: "本级支出 11.93 / 28.40 = 42.01% at 2025-06-30, when half the year (about 49.6–50%) has passed: more than 5 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "总收入 14.02 = 上级补助 11.52 + 调入 2.50 as stated; the slip is 调入资金's" },
      { rule: "execution.total-mismatch", cell: "C5", why: "上级补助 11.52 = 9.79 + 1.62 + 0.11" },
      { rule: "execution.total-mismatch", cell: "C6", why: "返还性收入 9.79 = 4.98 + 4.02 + 0.79" },
      { rule: "execution.total-mismatch", cell: "C17", why: "总支出 13.74 = 11.93 + 1.81" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "11.52 / 24.60 = 46.83%" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "4.98 / 9.30 = 53.55%" },
      { rule: "execution.rate-mismatch", cell: "D8", why: "4.02 / 8.50 = 47.29%" },
      { rule: "execution.behind-schedule", cell: "D5", why: "46.83% is within 5 points of the half year" },
      { rule: "execution.overspent", why: "no line passes its budget; lines with — have none" },
      { rule: "execution.no-spending", why: "every line has money in it" },
      { rule: "input.unreadable-value", why: "— means nothing; the note is text" },
    ],
  },
};
