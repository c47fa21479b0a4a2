import type { CorpusLayout } from "../types";

// 中新社 2022-02-09 from 山西省财政厅: 2021 全省一般公共预算收入 about 2,834.6亿元, 为年度调整预算的111.5%, 增长23.4%; 税收收入 2,094.7 (增长28.8%),
// 非税收入 739.9 (增长10.3%). Laid out as the province's 一般公共预算收入执行情况表: 项目 | 调整预算数 | 完成数 | 为调整预算% | 比上年增长%,
// the whole first, 税收收入小计 over five taxes, then 非税收入.
export const layout: CorpusLayout = {
  id: "shanxi-2021-general-budget-revenue-execution",
  source: {
    title: "山西2021年财政收入规模首次突破2800亿元（全省一般公共预算收入执行情况表据报道拟）",
    url: "http://w4vfr.cn/redian/2022/0209/36075.html",
    publisher: "中国新闻网（转载）",
    date: "2022-02-09",
    changes:
      "As published: 一般公共预算收入 2,834.6亿元 at 111.5% of the 调整预算 and +23.4%, 税收收入 2,094.7 (+28.8%), 非税收入 739.9 (+10.3%) — " +
      "they add up. Ours: the table form, the 调整预算数 (2,542.2 = 2,834.6 / 111.5%, split 1,860.0 / 682.2), the five tax lines under " +
      "税收收入小计 and their figures. Planted: 企业所得税's 为调整预算% typed 116.9 where 418.6 / 350.0 = 119.6%.",
  },
  classes: [
    "execution", "revenue-execution", "total-row-first", "subtotal-heading-lines", "rate-column-as-number", "growth-column",
    "one-decimal-yiyuan", "yiyuan-caption", "revenue-above-budget", "past-year", "table-from-prose", "province-finance", "shanxi",
  ],
  sheets: [
    {
      name: "收入执行",
      widths: [22, 16, 14, 14, 14],
      rows: [
        ["2021年山西省一般公共预算收入执行情况表", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["项目", "2021年调整预算数", "2021年完成数", "为调整预算%", "比上年增长%"],
        ["一般公共预算收入", 2542.2, 2834.6, 111.5, 23.4],
        ["税收收入小计", 1860.0, 2094.7, 112.6, 28.8],
        ["  增值税", 720.0, 812.4, 112.8, 26.1],
        ["  企业所得税", 350.0, 418.6, 116.9, 35.2],
        ["  资源税", 420.0, 489.5, 116.5, 41.7],
        ["  个人所得税", 60.0, 63.1, 105.2, 12.4],
        ["  其他税收", 310.0, 311.1, 100.4, 14.9],
        ["非税收入", 682.2, 739.9, 108.5, 10.3],
        ["注：2021年全省一般公共预算收入超额完成全年收入调整预算；增幅居全国前列。", null, null, null, null],
      ],
      merges: ["A1:E1", "A12:E12"],
      numberFormats: { "B4:C11": "#,##0.0", "D4:E11": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收入执行",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 11,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", sheet: "收入执行", cell: "D7", why: "企业所得税 418.6 / 350.0 = 119.6%; 116.9 typed" },
    ],
    absent: [
      { rule: "execution.total-mismatch", sheet: "收入执行", cell: "B4", why: "1,860.0 + 682.2 = 2,542.2 (the 小计 and its sibling, never the taxes again)" },
      { rule: "execution.total-mismatch", sheet: "收入执行", cell: "C4", why: "2,094.7 + 739.9 = 2,834.6" },
      { rule: "execution.total-mismatch", sheet: "收入执行", cell: "C5", why: "812.4 + 418.6 + 489.5 + 63.1 + 311.1 = 2,094.7" },
      { rule: "execution.total-mismatch", sheet: "收入执行", cell: "B5", why: "720 + 350 + 420 + 60 + 310 = 1,860.0" },
      { rule: "execution.rate-mismatch", sheet: "收入执行", cell: "D4", why: "2,834.6 / 2,542.2 = 111.50%" },
      { rule: "execution.rate-mismatch", sheet: "收入执行", cell: "D8", why: "489.5 / 420.0 = 116.548%, shown 116.5" },
      { rule: "execution.rate-mismatch", sheet: "收入执行", cell: "E4", why: "比上年增长% is growth on 2020, no execution rate" },
      { rule: "execution.overspent", sheet: "收入执行", why: "revenue collected beyond its budget is beyond plan, not overspending" },
      { rule: "execution.behind-schedule", sheet: "收入执行", why: "every revenue line is above its full-year budget (2021 is past: time progress 100%)" },
      { rule: "input.unreadable-value", sheet: "收入执行", cell: "A12", why: "the note under the table is no data" },
    ],
  },
};
