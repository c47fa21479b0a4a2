import type { CorpusLayout } from "../types";

// 四川日报 2023-07-27: by the end of June the province's 直达资金 were 96.3% allocated and 71.5% spent, the general budget's
// spending 6,740.3亿元. Laid out as the progress table finance departments circulate for direct funds: 序号 | 资金名称 | 预算数 |
// 1-6月支出数 | 支出进度 | 序时进度, one line per fund, 合计 on top, in 亿元.
export const layout: CorpusLayout = {
  id: "sichuan-2023-h1-direct-funds-spending-progress",
  source: {
    title: "上半年四川省一般公共预算支出完成超6740亿元（直达资金支出进度表据正文拟）",
    url: "http://swbd.cn/sichuanshangjie/115636.html",
    publisher: "四川日报（四川省财政厅）",
    date: "2023-07-27",
    changes:
      "As published: the period (1—6月), that direct funds are tracked for allocation and spending progress, and the kinds of money the report " +
      "speaks of. The stored copy is a news report: the table, the funds listed and every figure are ours (so the 合计's 66.52% is not the " +
      "report's 71.5%). Planted: 衔接推进乡村振兴补助资金 31.20% spent against time progress 50.00%; 城镇保障性安居工程补助资金 nothing spent; " +
      "农业相关转移支付资金's rate typed 56.60% (98.40 / 150.00 = 65.60%).",
  },
  classes: ["execution", "time-progress-column", "mid-year", "direct-funds", "rate-column", "total-row-first", "yiyuan-caption", "table-from-prose", "news-report", "provincial-fund", "sichuan"],
  settings: { district: "四川省", asOf: "2023-06-30" },
  sheets: [
    {
      name: "直达资金",
      widths: [6, 34, 12, 14, 12, 12],
      rows: [
        ["四川省2023年1-6月直达资金支出进度表", null, null, null, null, null],
        [null, null, null, null, null, "单位：亿元"],
        ["序号", "资金名称", "预算数", "1-6月支出数", "支出进度", "序时进度"],
        [null, "合计", 1593, 1059.71, 0.6652, 0.5],
        [1, "县级基本财力保障机制奖补资金", 420, 355.1, 0.8455, 0.5],
        [2, "义务教育补助经费", 180, 121.5, 0.675, 0.5],
        [3, "城乡居民基本医疗保险补助", 310, 262.4, 0.8465, 0.5],
        [4, "基本公共卫生服务补助", 62, 29.15, 0.4702, 0.5],
        [5, "困难群众救助补助", 128, 101.12, 0.79, 0.5],
        [6, "中央财政衔接推进乡村振兴补助资金", 295, 92.04, 0.312, 0.5],
        [7, "农业相关转移支付资金", 150, 98.4, 0.566, 0.5],
        [8, "城镇保障性安居工程补助资金", 48, 0, 0, 0.5],
        ["注：支出进度=1-6月支出数/预算数；序时进度按月计算为50%。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A13:F13"],
      numberFormats: { "C4:D12": "#,##0.00", "E4:F12": "0.00%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "直达资金",
        kind: "execution",
        unit: "亿元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "line", C: "adjustedBudget", D: "actual", E: "rate", F: "progress" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "E10", why: "衔接推进乡村振兴补助资金: 92.04 / 295.00 = 31.20% against time progress 6/12 = 50.00%, 18.80 points behind" },
      { rule: "execution.no-spending", cell: "D12", why: "城镇保障性安居工程补助资金: 48.00 budgeted, nothing spent by 2023-06-30" },
      { rule: "execution.rate-mismatch", cell: "E11", why: "农业相关转移支付资金 rate stated 56.60%; 98.40 / 150.00 = 65.60%" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "E8", why: "基本公共卫生服务补助 47.02% is 2.98 points under 50.00%: within the 5-point tolerance" },
      { rule: "execution.behind-schedule", cell: "E11", why: "农业相关转移支付资金 actually spent 65.60%, ahead of 50%; its slip is the rate" },
      { rule: "execution.behind-schedule", cell: "E12", why: "nothing spent is reported as no-spending only" },
      { rule: "execution.behind-schedule", cell: "E4", why: "合计 66.52% is ahead; a total row gets no status of its own" },
      { rule: "execution.total-mismatch", cell: "C4", why: "1,593.00 = 420 + 180 + 310 + 62 + 128 + 295 + 150 + 48" },
      { rule: "execution.total-mismatch", cell: "D4", why: "1,059.71 = 355.10 + 121.50 + 262.40 + 29.15 + 101.12 + 92.04 + 98.40 + 0" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "1,059.71 / 1,593.00 = 66.52%, as stated" },
      { rule: "execution.overspent", why: "every fund spent below its budget" },
    ],
  },
};
