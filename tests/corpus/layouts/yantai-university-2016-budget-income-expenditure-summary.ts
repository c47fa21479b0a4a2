import type { CorpusLayout } from "../types";

// 烟台大学 2016年部门预算, 公开报表1 2016年收支预算总表（功能分类科目）, 单位：万元: 收入 | 2016年预算 beside 支出 | 2016年预算 on one
// sheet, 一、财政拨款 31,604.00 split 一般公共预算 / 政府性基金预算, spending by function as 教育支出 > 普通教育 > 高等教育 64,757.36 (names, no
// codes), 收入总计 / 支出总计 at the foot.
export const layout: CorpusLayout = {
  id: "yantai-university-2016-budget-income-expenditure-summary",
  source: {
    title: "2016年烟台大学预算（公开报表1 2016年收支预算总表（功能分类科目））",
    url: "https://gk.ytu.edu.cn/info/1094/1670.htm",
    publisher: "烟台大学",
    date: "2016",
    changes:
      "As published: the title and caption (公开报表1 … 单位：万元), the two halves 收入 | 2016年预算 and 支出 | 2016年预算 under 项 目, the lines " +
      "一、财政拨款 31,604.00 with 一般公共预算 31,604.00 and 政府性基金预算 left blank, and 教育支出 / 普通教育 64,757.36 with 高等(教育) under " +
      "them. The stored copy stops there: the further income lines (财政专户管理资金, 其他收入, 上年结转), their amounts and the foot are ours, " +
      "the 收入总计 kept at the published 64,757.36. Planted: 其他收入 typed 3,837.36 where 64,757.36 − 31,604.00 − 27,480.00 − 1,800.00 = " +
      "3,873.36, so the income lines add up to 64,721.36 against the 收入总计 64,757.36.",
  },
  classes: [
    "execution", "budget-only", "balance-two-halves", "income-and-spending-side-by-side", "qizhong-lines", "blank-as-nothing",
    "lei-kuan-xiang-by-name", "total-at-foot", "two-decimal-wanyuan", "wanyuan-caption", "university", "shandong",
  ],
  sheets: [
    {
      name: "收支预算总表",
      widths: [30, 14, 30, 14],
      rows: [
        ["公开报表1  2016年收支预算总表（功能分类科目）", null, null, null],
        ["单位名称：烟台大学", null, null, "单位：万元"],
        ["收    入", null, "支    出", null],
        ["项    目", "2016年预算", "项    目", "2016年预算"],
        ["一、财政拨款", 31604, "教育支出", 64757.36],
        ["    一般公共预算", 31604, "  普通教育", 64757.36],
        ["    政府性基金预算", null, "    高等教育", 64757.36],
        ["二、财政专户管理资金", 27480, null, null],
        ["三、其他收入", 3837.36, null, null],
        ["四、上年结转", 1800, null, null],
        ["收入总计", 64757.36, "支出总计", 64757.36],
      ],
      merges: ["A1:D1", "A3:B3", "C3:D3"],
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
        cell: "B11",
        why: "收入总计 64,757.36 where 财政拨款 31,604.00 + 财政专户管理资金 27,480.00 + 其他收入 3,837.36 + 上年结转 1,800.00 = 64,721.36 (36.00万元 short)",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B5", why: "财政拨款 31,604.00 = 一般公共预算 31,604.00 + 政府性基金预算 (blank, nothing); its parts are not added into 收入总计 again" },
      { rule: "execution.total-mismatch", cell: "D11", why: "支出总计 64,757.36 = 教育支出 alone; 普通教育 and 高等教育 are its 款 and 项, not peers (adding them would give 194,272.08)" },
      { rule: "execution.total-mismatch", cell: "D5", why: "教育支出 64,757.36 = 普通教育 64,757.36 = 高等教育 64,757.36, each level one line" },
      { rule: "execution.overspent", why: "a budget alone: no spending column; the 支出 half is the budget of spending" },
      { rule: "execution.no-spending", why: "a budget, not an outcome" },
      { rule: "input.unreadable-value", cell: "A2", why: "the 单位名称 line is text above the table" },
    ],
  },
};
