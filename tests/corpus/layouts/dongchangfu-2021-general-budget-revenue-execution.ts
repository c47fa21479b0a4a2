import type { CorpusLayout } from "../types";

// 聊城市东昌府区财政局 2022-01-22: 关于东昌府区2021年财政预算执行情况和2022年财政预算草案的报告 — 全区一般公共预算收入46.22亿元, 完成年度预算的
// 100.3%, 增长6.8%; transfers 6.2亿, 预算稳定调节基金 2.18亿, 调入资金 14.89亿, 上年结转 2.02亿. Such a report carries its 收入执行情况表
// (项目 | 预算数 | 执行数 | 完成预算% | 比上年增长%, 税收收入 and 非税收入 by kind); the stored copy gives only the report's prose.
export const layout: CorpusLayout = {
  id: "dongchangfu-2021-general-budget-revenue-execution",
  source: {
    title: "关于东昌府区2021年财政预算执行情况和2022年财政预算草案的报告（一般公共预算收入执行情况表据正文拟）",
    url: "https://gcs66.com/document_detail/109431.html",
    publisher: "聊城市东昌府区财政局",
    date: "2022-01-22",
    changes:
      "As published: the whole (全区一般公共预算收入 46.22亿元 = 462,190万元 here, 100.3% of the budget, 增长6.8%) and the resources left out of the " +
      "table (6.2亿 transfers, 2.18亿 stabilisation fund, 14.89亿 调入, 2.02亿 结转: the note). The table is ours: its columns as such tables are " +
      "published, the split into 税收收入 (8 taxes) and 非税收入 (5 kinds) and every figure but the whole. Planted: the 税收收入 subtotal typed " +
      "341,900 where its taxes add up to 341,090 (its rate 102.06 follows the typed figure); 个人所得税's rate typed 107.58 where 13,540 / 12,800 = " +
      "105.78; 国有资源（资产）有偿使用收入 at 90.06% of its budget at the year's end.",
  },
  classes: ["execution", "revenue-execution", "revenue-lines", "adjusted-budget", "percent-number-column", "growth-column", "total-first", "subtotal-rows", "outline-numbering", "past-year", "notes-under-table", "table-from-prose", "budget-report", "district-level", "shandong"],
  settings: { asOf: "2021-12-31", district: "聊城市东昌府区" },
  sheets: [
    {
      name: "收入执行",
      widths: [30, 12, 12, 12, 12],
      rows: [
        ["2021年东昌府区一般公共预算收入执行情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "预算数", "执行数", "完成预算%", "比上年增长%"],
        ["一般公共预算收入", 460800, 462190, 100.3, 6.8],
        ["一、税收收入", 335000, 341900, 102.06, 7.4],
        ["    增值税", 132000, 133680, 101.27, 8.1],
        ["    企业所得税", 46500, 47120, 101.33, 5.6],
        ["    个人所得税", 12800, 13540, 107.58, 9.3],
        ["    城市维护建设税", 21600, 21980, 101.76, 4.2],
        ["    房产税", 18900, 19260, 101.9, 3.7],
        ["    城镇土地使用税", 24500, 23500, 95.92, -2.4],
        ["    土地增值税", 38700, 40150, 103.75, 11.6],
        ["    契税", 40000, 41860, 104.65, 12.9],
        ["二、非税收入", 125800, 121100, 96.26, 5.1],
        ["    专项收入", 28000, 29480, 105.29, 6.3],
        ["    行政事业性收费收入", 15800, 15100, 95.57, -1.8],
        ["    罚没收入", 12000, 12480, 104, 2.5],
        ["    国有资源（资产）有偿使用收入", 62000, 55840, 90.06, 7.9],
        ["    其他收入", 8000, 8200, 102.5, 1.2],
        ["注：本表为全区一般公共预算收入；上级税收返还和转移支付收入6.2亿元、动用预算稳定调节基金2.18亿元、调入资金14.89亿元、上年结转收入2.02亿元未列入本表。", null, null, null, null],
      ],
      merges: ["A1:E1", "A20:E20"],
      numberFormats: { "B4:C19": "#,##0", "D4:E19": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收入执行",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 19,
        columns: { A: "line", B: "adjustedBudget", C: "actual", D: "rate" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C5", why: "税收收入 341,900 where 133,680 + 47,120 + 13,540 + 21,980 + 19,260 + 23,500 + 40,150 + 41,860 = 341,090: 810 over" },
      { rule: "execution.rate-mismatch", cell: "D8", why: "个人所得税: 13,540 / 12,800 = 105.78%, typed 107.58" },
      { rule: "execution.behind-schedule", cell: "D18", why: "国有资源（资产）有偿使用收入 55,840 / 62,000 = 90.06% at the end of 2021 (time progress 100%): 9.94 points behind" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "462,190 = the taxes' 341,090 + 非税 121,100: the 小计's slip is reported once, at C5" },
      { rule: "execution.total-mismatch", cell: "B4", why: "460,800 = 335,000 + 125,800" },
      { rule: "execution.total-mismatch", cell: "B5", why: "335,000 = the eight taxes' budgets" },
      { rule: "execution.total-mismatch", cell: "C14", why: "121,100 = 29,480 + 15,100 + 12,480 + 55,840 + 8,200" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "462,190 / 460,800 = 100.30%" },
      { rule: "execution.rate-mismatch", cell: "D5", why: "102.06 is the typed 341,900 / 335,000; the slip is the subtotal's" },
      { rule: "execution.rate-mismatch", cell: "D13", why: "契税 41,860 / 40,000 = 104.65% exactly" },
      { rule: "execution.behind-schedule", cell: "D11", why: "城镇土地使用税 95.92%: 4.08 points below 100%, within 5" },
      { rule: "execution.behind-schedule", cell: "D16", why: "行政事业性收费收入 95.57%: 4.43 points below, within 5" },
      { rule: "execution.behind-schedule", cell: "D14", why: "非税收入 96.26% is a subtotal within 5 points; its line 国有资源 carries the status" },
      { rule: "execution.overspent", cell: "D6", why: "revenue above its budget is collected beyond plan, not overspent" },
      { rule: "execution.rate-mismatch", cell: "E11", why: "比上年增长% is growth over last year (−2.4), not a rate of the budget" },
    ],
  },
};
