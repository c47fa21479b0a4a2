import type { CorpusLayout } from "../types";

// 杭州市钱塘区 2023-07: the 上半年预算执行情况 report to the 区人大常委会 — spending of the four budgets as a share of the year's budget
// (一般公共预算 54.0%, 政府性基金 25.9% with its three main uses, 国有资本经营 nothing yet, 机关事业单位养老保险). Laid out as the 附表
// the report points to: 项目 | 年度预算 | 1—6月完成 | 为年度预算% | 同比增长%, 其中 lines under the fund budget, the report's notes below.
export const layout: CorpusLayout = {
  id: "qiantang-2023-h1-spending-execution",
  source: {
    title: "关于杭州市钱塘区2023年上半年预算执行情况的报告（支出执行表据报告拟）",
    url: "https://www.qiantang.gov.cn/art/2023/8/10/art_1229608210_4191510.html",
    publisher: "杭州市钱塘区财政局",
    date: "2023-07-28",
    changes:
      "As published: 一般公共预算支出 73.1亿元 (54.0% of the year's budget, +8.2%), 政府性基金支出 38.0亿元 (25.9%, −55.1%) of which 征地拆迁 18.6, " +
      "基础设施建设 10.5 and 债务化解 2.5, 国有资本经营预算支出 0 (profits are paid in the second half), 机关事业单位养老保险支出 0.6亿元. The report's " +
      "tables (附表) were not in the stored copy: the layout is ours, the year's budgets are worked back from the shares (135.4, 146.7) or ours " +
      "(国有资本 0.4, 养老保险 1.3 where the report gives 44.9%). Planted: the pension line's share typed 56.2% (0.6 / 1.3 = 46.2%); the fund " +
      "budget's 25.9% is the report's own and is half a year behind; 国有资本经营 nothing spent by 6月.",
  },
  classes: [
    "execution", "half-year", "four-budgets", "qizhong-lines", "some-parts-only", "dash-cells", "one-decimal-rates", "rate-column-as-number",
    "growth-column", "negative-growth", "one-decimal-yiyuan", "yiyuan-caption", "as-of-in-title", "notes-under-table", "table-from-prose",
    "district-government-report", "zhejiang",
  ],
  settings: { asOf: "2023-06-30", district: "杭州市钱塘区" },
  sheets: [
    {
      name: "支出执行",
      widths: [34, 12, 12, 14, 12],
      rows: [
        ["杭州市钱塘区2023年1—6月财政支出执行情况表（表据报告拟）", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "年度预算", "1—6月完成", "为年度预算%", "同比增长%"],
        ["一般公共预算支出", 135.4, 73.1, 54.0, 8.2],
        ["政府性基金预算支出", 146.7, 38.0, 25.9, -55.1],
        ["  其中：征地拆迁支出", "—", 18.6, "—", "—"],
        ["        基础设施建设支出", "—", 10.5, "—", "—"],
        ["        债务化解支出", "—", 2.5, "—", "—"],
        ["国有资本经营预算支出", 0.4, 0, 0.0, "—"],
        ["社会保险基金预算支出（机关事业单位养老保险）", 1.3, 0.6, 56.2, "—"],
        ["注：1.国有企业利润需中介机构审计确认后于下半年上缴，上半年国有资本经营预算收入暂未实现，相应支出数为0。", null, null, null, null],
        ["    2.社会保险基金预算按照统筹地核算，本区仅包含机关事业单位基本养老保险基金。", null, null, null, null],
      ],
      merges: ["A1:E1", "A11:E11", "A12:E12"],
      numberFormats: { "B4:C10": "0.0", "D4:E10": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出执行",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 10,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "C5", why: "政府性基金预算支出 38.0 / 146.7 = 25.9% as of 6月, time progress 6/12 = 50%: 24.1 points behind" },
      { rule: "execution.no-spending", cell: "C9", why: "国有资本经营预算支出: 0 spent of 0.4亿元 by the end of 6月" },
      { rule: "execution.rate-mismatch", cell: "D10", why: "0.6 / 1.3 = 46.2%, typed 56.2%" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "C4", why: "73.1 / 135.4 = 54.0%, above the 50% time progress" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "73.1 / 135.4 = 53.99%, shown 54.0" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "38.0 / 146.7 = 25.90%, shown 25.9" },
      { rule: "execution.behind-schedule", cell: "C10", why: "0.6 / 1.3 = 46.2%, 3.8 points under 50%: within the 5-point margin" },
      { rule: "execution.total-mismatch", cell: "C5", why: "the 其中 lines name three uses only (18.6 + 10.5 + 2.5 = 31.6 of 38.0)" },
      { rule: "execution.no-spending", cell: "C6", why: "a 其中 line with no budget of its own" },
      { rule: "execution.behind-schedule", cell: "C7", why: "a 其中 line with no budget of its own" },
      { rule: "execution.rate-mismatch", cell: "E5", why: "同比增长 −55.1% is growth on last year, not a share of the budget" },
    ],
  },
};
