import type { CorpusLayout } from "../types";

// 西安建筑科技大学 2016-03-15 2016年度预算编制说明: the year's 年初部门预算 68,158.05万元 — income by source (财政拨款, 事业收入 with its
// 教育收费 share, 其他收入) and spending by kind (基本支出 with 工资福利 / 对个人和家庭的补助 / 日常公用经费, then 项目支出). Laid out as the
// 收支预算总表 such a 说明 goes with: 收入 | 预算数 beside 支出 | 预算数, 其中 lines under their line, 收入总计 / 支出总计 at the foot.
export const layout: CorpusLayout = {
  id: "xauat-2016-budget-income-expenditure-summary",
  source: {
    title: "西安建筑科技大学2016年度预算编制说明（收支预算总表据正文拟）",
    url: "https://xy.xauat.edu.cn/xxgk/newsmlshow.asp?lngId=396",
    publisher: "西安建筑科技大学",
    date: "2016-03-15",
    changes:
      "As published (in prose): income 68,158.05万元 — 财政拨款 18,777.83 (陕教财〔2016〕11号), 事业收入 35,957.91 of which 纳入财政专户管理的教育收费 " +
      "21,037 and 其他事业收入 14,920.91, 其他收入 10,422.31; spending 68,158.05 — 基本支出 49,658.05 of which 工资福利支出 21,492.22, 对个人和家庭补助支出 " +
      "10,149, 日常公用经费支出 18,016.83. The table form is ours; so are 上年结转 3,000.00 (the published sources leave 3,000.00 of the income " +
      "unnamed in the stored excerpt) and 项目支出. Planted: 项目支出 typed 18,050.00, so 支出总计 68,158.05 (as published) is not 49,658.05 + 18,050.00 = 67,708.05.",
  },
  classes: [
    "execution", "budget-only", "balance-two-halves", "income-and-spending-side-by-side", "qizhong-lines", "first-only-marked-qizhong",
    "total-at-foot", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "university", "shaanxi",
  ],
  sheets: [
    {
      name: "收支预算总表",
      widths: [34, 14, 30, 14],
      rows: [
        ["西安建筑科技大学2016年部门收支预算总表", null, null, null],
        [null, null, null, "单位：万元"],
        ["收入", null, "支出", null],
        ["项目", "预算数", "项目", "预算数"],
        ["一、财政拨款", 18777.83, "一、基本支出", 49658.05],
        ["二、事业收入", 35957.91, "其中：工资福利支出", 21492.22],
        ["其中：纳入财政专户管理的教育收费", 21037.0, "对个人和家庭的补助", 10149.0],
        ["其他事业收入", 14920.91, "日常公用经费", 18016.83],
        ["三、其他收入", 10422.31, "二、项目支出", 18050.0],
        ["四、上年结转", 3000.0, null, null],
        ["收入总计", 68158.05, "支出总计", 68158.05],
        ["注：财政拨款依据《陕西省教育厅关于2016年部门预算批复的通知》（陕教财〔2016〕11号）。", null, null, null],
      ],
      merges: ["A1:D1", "A3:B3", "C3:D3", "A12:D12"],
      numberFormats: { "B5:B11": "#,##0.00", "D5:D11": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "收支预算总表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 11, columns: { A: "line", B: "initialBudget" }, year: 2016 },
      { sheet: "收支预算总表", kind: "execution", unit: "万元", headerRow: 3, lastRow: 11, columns: { C: "line", D: "initialBudget" }, year: 2016 },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "D11",
        why: "支出总计 68,158.05 where 基本支出 49,658.05 + 项目支出 18,050.00 = 67,708.05 (450.00万元 apart)",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B11", why: "收入总计 68,158.05 = 18,777.83 + 35,957.91 + 10,422.31 + 3,000.00; the 事业收入 其中 lines are not added again" },
      { rule: "execution.total-mismatch", cell: "B6", why: "事业收入 35,957.91 = 教育收费 21,037.00 + 其他事业收入 14,920.91" },
      { rule: "execution.total-mismatch", cell: "D5", why: "基本支出 49,658.05 = 21,492.22 + 10,149.00 + 18,016.83, its parts under the first-marked 其中" },
      { rule: "execution.overspent", why: "a budget alone: no spending column" },
      { rule: "execution.no-spending", why: "a budget, not an outcome" },
      { rule: "input.unreadable-value", cell: "A12", why: "the note cites the approval document; it is no row of the table" },
    ],
  },
};
