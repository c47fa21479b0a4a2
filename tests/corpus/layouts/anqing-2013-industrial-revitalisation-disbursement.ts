import type { CorpusLayout } from "../types";

// 安庆市经济和信息化委员会 2013-12: what the city's 工业振兴专项资金 has paid out by policy — the city's own
// budget for each award, the money paid (city and counties together), 其中 the city's share, and the
// city's execution rate. Paid money exceeds the city's budget wherever counties co-fund: only the
// city's share is spending against the city's budget.
export const layout: CorpusLayout = {
  id: "anqing-2013-industrial-revitalisation-disbursement",
  source: {
    title: "1.5亿余元各类奖补资金兑现（安庆市经信委 2013年度工业振兴专项资金兑现情况；表据正文拟）",
    url: "http://aq365.com/html/201312/18/40899.html",
    publisher: "安庆市经济和信息化委员会（安庆新闻网报道）",
    date: "2013-12-18",
    changes:
      "The publication states, award by award, 年初安排市本级资金, the money paid (发放奖补资金) and 其中：市本级资金, and the " +
      "city's and counties' totals, in prose. Laid out as the table behind it: the four awards' names as published; the columns " +
      "(年初安排市本级资金 | 已兑现奖补资金 合计 / 其中：市本级资金 / 县（市）区资金 | 市本级资金执行率), the title, caption and note " +
      "are ours; every figure is ours (the published ones: 600 / 1,640 / 372 for the first award). Planted: 工业投资项目补助's rate " +
      "stated 97.00% where 13,720.56 / 14,000 = 98.00%; 境外参展's city share 980.51 above its 950 budget; 重大投资项目前期补助 " +
      "has 14 of its 50 spent three weeks before year end.",
  },
  classes: ["execution", "qizhong-column", "two-header-rows", "co-funding-above-budget", "rates-as-numbers", "wanyuan-caption", "notes-under-table", "as-of-in-note"],
  settings: { asOf: "2013-12-18" },
  sheets: [
    {
      name: "兑现情况",
      widths: [6, 26, 14, 14, 16, 16, 14],
      rows: [
        ["2013年度工业振兴专项资金兑现情况表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "奖补项目", "年初安排市本级资金", "已兑现奖补资金", null, null, "市本级资金执行率"],
        [null, null, null, "合计", "其中：市本级资金", "县（市）区资金", null],
        [1, "新增规上工业企业奖励", 600, 1650, 588, 1062, 0.98],
        [2, "重大投资项目前期补助", 50, 70, 14, 56, 0.28],
        [3, "工业投资项目补助", 14000, 17305.8, 13720.56, 3585.24, 0.97],
        [4, "境外参展和进出口企业奖励", 950, 1420.1, 980.51, 439.59, 1.0321],
        ["合计", null, 15600, 20445.9, 15303.07, 5142.83, 0.981],
        ["注：1.已兑现奖补资金含市本级资金和所带动的县（市）区配套资金；2.市本级资金执行率=已兑现市本级资金÷年初安排市本级资金；3.数据截至2013年12月18日。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "A9:B9", "A10:G10"],
      numberFormats: { "C5:F9": "#,##0.00", "G5:G9": "0.00%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "兑现情况",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "line", C: "initialBudget", E: "actual", G: "rate" },
        year: 2013,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "G7", why: "工业投资项目补助: 13,720.56 / 14,000.00 = 98.00%; stated 97.00%" },
      { rule: "execution.overspent", cell: "E8", why: "境外参展和进出口企业奖励: the city's share 980.51 against its 950.00 budget (103.21%): 30.51万元 over" },
      {
        rule: "execution.behind-schedule",
        cell: "E6",
        why: "重大投资项目前期补助: 14 / 50 = 28.00% on 2013-12-18, when 352 of 365 days (96.44%) have passed: far more than 5 points behind",
      },
    ],
    absent: [
      {
        rule: "execution.overspent",
        why: "已兑现奖补资金 合计 (1,650 against 600, 70 against 50, 17,305.80 against 14,000) includes the counties' co-funding; the city's own budget is compared with the city's share only, and a 合计 row gets no status",
      },
      { rule: "execution.rate-mismatch", cell: "G5", why: "588 / 600 = 98.00%" },
      { rule: "execution.rate-mismatch", cell: "G6", why: "14 / 50 = 28.00%" },
      { rule: "execution.rate-mismatch", cell: "G8", why: "980.51 / 950.00 = 103.21%" },
      { rule: "execution.rate-mismatch", cell: "G9", why: "15,303.07 / 15,600.00 = 98.10%" },
      {
        rule: "execution.total-mismatch",
        why: "600 + 50 + 14,000 + 950 = 15,600; 1,650 + 70 + 17,305.80 + 1,420.10 = 20,445.90; 588 + 14 + 13,720.56 + 980.51 = 15,303.07; 1,062 + 56 + 3,585.24 + 439.59 = 5,142.83",
      },
      { rule: "execution.behind-schedule", cell: "E5", why: "98.00% is ahead of 96.44%" },
      { rule: "execution.behind-schedule", cell: "E7", why: "98.00% (whatever the stated 97.00%) is within 5 points of 96.44%" },
      { rule: "execution.no-spending", why: "every award has paid something" },
      { rule: "input.unreadable-value", why: "the note under the table is not a row of figures" },
    ],
  },
};
