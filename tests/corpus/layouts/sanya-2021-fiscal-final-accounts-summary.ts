import type { CorpusLayout } from "../types";

// 三亚市人民政府 2022-10-10 (市八届人大常委会第五次会议): the city's 2021 决算 — 地方一般公共预算收入 117.1亿元 (103.0% of budget, +6.1%),
// 支出 202.4亿元 (87.2%, +1.4%), with the fund and state-capital budgets beside; laid out as 项目 | 预算数 | 决算数 | 完成预算% | 同比增长%
// in 亿元 with one decimal, the transfers that make up 总收入 / 总支出 in a note.
export const layout: CorpusLayout = {
  id: "sanya-2021-fiscal-final-accounts-summary",
  source: {
    title: "关于三亚市2021年财政决算的报告——2022年10月10日在市八届人大常委会第五次会议上（决算收支情况表据报告拟）",
    url: "https://rd.sanya.gov.cn/rdsite/s8jc5hy/202303/3ac5f8399e7d4b22ba593de08f19da11.shtml",
    publisher: "三亚市人民政府",
    date: "2022-10-10",
    changes:
      "From the report as published: 地方一般公共预算收入 117.1 (103.0%, +6.1%) and 支出 202.4 (87.2%, +1.4%), and the transfers in the note " +
      "(88.5 + 22.9 + 31.8 + 3.2; 11.3 + 12.6 + 2.5 + 21.4; 结余结转 13.3). The budgets of those two lines are ours, chosen to give the report's " +
      "shares; the fund and state-capital lines are ours; the table and its headings are ours (表据报告拟). Planted: 政府性基金预算支出's share " +
      "typed 96.7 (118.9 / 120.5 = 98.7%); 国有资本经营预算支出 0.9 against a budget of 0.8. The general budget's spending at 87.2% of budget " +
      "is the report's own figure and far short of a closed year.",
  },
  classes: ["execution", "final-accounts", "three-budgets", "revenue-and-spending-lines", "one-decimal-yiyuan", "one-decimal-rates", "growth-column", "revenue-above-budget", "past-year-fund", "yiyuan-caption", "notes-under-table", "table-from-prose", "city-finance-report", "hainan"],
  settings: { district: "三亚市" },
  sheets: [
    {
      name: "决算收支",
      widths: [30, 12, 12, 14, 14],
      rows: [
        ["三亚市2021年财政决算收支情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "预算数", "决算数", "完成预算%", "同比增长%"],
        ["一、地方一般公共预算收入", 113.7, 117.1, 103, 6.1],
        ["二、地方一般公共预算支出", 232.1, 202.4, 87.2, 1.4],
        ["三、政府性基金预算收入", 92, 88.6, 96.3, -12.4],
        ["四、政府性基金预算支出", 120.5, 118.9, 96.7, -3.8],
        ["五、国有资本经营预算收入", 1.2, 1.5, 125, 36.4],
        ["六、国有资本经营预算支出", 0.8, 0.9, 112.5, 28.6],
        ["注：地方一般公共预算收入加上上级补助收入88.5亿元、债务转贷收入22.9亿元、动用预算稳定调节基金31.8亿元、调入资金3.2亿元，总收入263.5亿元；支出加上上解上级支出11.3亿元、债务还本支出12.6亿元、调出资金2.5亿元、安排预算稳定调节基金21.4亿元，总支出250.2亿元；收支相抵，年终结余结转13.3亿元。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:E10"],
      numberFormats: { "B4:C9": "0.0", "D4:E9": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "决算收支", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 9, columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" }, year: 2021 },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "C5", why: "地方一般公共预算支出 202.4 / 232.1 = 87.2% of budget for a closed year (截至 2021-12-31, time progress 100%): 12.8 points short, beyond 5" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "政府性基金预算支出 118.9 / 120.5 = 98.7%, stated 96.7%" },
      { rule: "execution.overspent", cell: "C9", why: "国有资本经营预算支出 0.9 > its budget 0.8" },
    ],
    absent: [
      { rule: "execution.overspent", cell: "C4", why: "revenue above budget (117.1 of 113.7) is collected beyond plan, not overspending" },
      { rule: "execution.overspent", cell: "C8", why: "国有资本经营预算收入 1.5 of 1.2: revenue beyond plan" },
      { rule: "execution.behind-schedule", cell: "C6", why: "政府性基金预算收入 88.6 / 92.0 = 96.3%: 3.7 points short, within 5" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "同比增长% is growth on 2020, never the execution rate" },
      { rule: "execution.total-mismatch", cell: "A10", why: "the note's 总收入 / 总支出 are sums of the report (117.1 + 88.5 + 22.9 + 31.8 + 3.2 = 263.5; 202.4 + 11.3 + 12.6 + 2.5 + 21.4 = 250.2), not rows of the table" },
    ],
  },
};
