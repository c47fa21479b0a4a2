import type { CorpusLayout } from "../types";

// 湛江市财政局 2021-09-14: 关于我市2020年市本级财政决算草案的报告 — 全市一般公共预算收入 137.78亿元 (税收 87.75, 非税 50.03) plus 上级补助收入
// 366.92亿元 (返还性 / 一般性转移支付 / 专项转移支付), 上年结余, 调入资金, 债务（转贷）收入, 动用预算稳定调节基金 … 收入总计 673.56亿元; then the
// spending side (支出 538.59, 上解, 调出, 债务还本 …). Laid out as the balance such a report annexes, stacked: 收入项目 | 决算数, then 支出项目 | 决算数.
export const layout: CorpusLayout = {
  id: "zhanjiang-2020-general-budget-final-balance",
  source: {
    title: "关于我市2020年市本级财政决算草案的报告（2020年全市一般公共预算收支决算总表据正文拟）",
    url: "http://zjsczj.zhanjiang.gov.cn/czj/xxgk/zdlyxxgk/czyjs/czjs/content/post_1503050.html",
    publisher: "湛江市财政局",
    date: "2021-09-14",
    changes:
      "As published: 一般公共预算收入 137.78亿元 (其中 税收收入 87.75, 非税收入 50.03), 上级补助收入 366.92 (其中 返还性收入 18.20, 一般性转移支付收入 295.68, " +
      "专项转移支付收入 53.03), 待偿债置换一般债券上年结余 4,364万元 (0.44亿元), 上年结余 55.84, 调入资金 47.08, 债务（转贷）收入 39.68, 动用预算稳定调节基金 " +
      "25.82, 收入总计 673.56; 一般公共预算支出 538.59, 上解上级支出 36.85, 调出资金 1.27, 债务还本支出 22.36. The report gives them in sentences " +
      "(table-from-prose) and the stored copy breaks off there: the rest of the spending side (安排预算稳定调节基金 19.05, 年终结余 55.44, closing on 673.56) " +
      "is ours, and 返还性收入 is 18.21 here so that the three transfers make 366.92. Planted: 非税收入 typed 50.30 where 137.78 − 87.75 = 50.03 (the " +
      "report's figure); 支出总计 typed 673.65 where the spending lines add up to 673.56.",
  },
  classes: [
    "execution", "final-accounts", "balance-of-resources", "two-tables-stacked", "qizhong-lines", "tax-and-non-tax-split", "transfers-split",
    "carry-over-lines", "debt-lines", "two-decimal-yiyuan", "yiyuan-caption", "notes-under-table", "table-from-prose", "prefecture-fund", "guangdong",
  ],
  settings: { district: "湛江市" },
  sheets: [
    {
      name: "收支决算总表",
      widths: [34, 16],
      rows: [
        ["2020年湛江市全市一般公共预算收支决算总表", null],
        [null, "单位：亿元"],
        ["收入项目", "决算数"],
        ["一般公共预算收入", 137.78],
        ["  其中：税收收入", 87.75],
        ["        非税收入", 50.3],
        ["上级补助收入", 366.92],
        ["  其中：返还性收入", 18.21],
        ["        一般性转移支付收入", 295.68],
        ["        专项转移支付收入", 53.03],
        ["待偿债置换一般债券上年结余", 0.44],
        ["上年结余", 55.84],
        ["调入资金", 47.08],
        ["债务（转贷）收入", 39.68],
        ["动用预算稳定调节基金", 25.82],
        ["收入总计", 673.56],
        ["支出项目", "决算数"],
        ["一般公共预算支出", 538.59],
        ["上解上级支出", 36.85],
        ["调出资金", 1.27],
        ["债务还本支出", 22.36],
        ["安排预算稳定调节基金", 19.05],
        ["年终结余", 55.44],
        ["支出总计", 673.65],
        ["注：一般公共预算收入完成年度预算的105.9%，一般公共预算支出完成年度预算的107.8%。", null],
      ],
      merges: ["A1:B1", "A25:B25"],
      numberFormats: { "B4:B16": "#,##0.00", "B18:B24": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "收支决算总表", kind: "execution", unit: "亿元", headerRow: 3, lastRow: 16, columns: { A: "line", B: "actual" }, year: 2020 },
      { sheet: "收支决算总表", kind: "execution", unit: "亿元", headerRow: 17, lastRow: 24, columns: { A: "line", B: "actual" }, year: 2020 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "B4", why: "一般公共预算收入 137.78 where its 其中 税收收入 87.75 + 非税收入 50.30 = 138.05 (0.27亿元 apart): the two are all of it" },
      { rule: "execution.total-mismatch", cell: "B24", why: "支出总计 673.65 where 538.59 + 36.85 + 1.27 + 22.36 + 19.05 + 55.44 = 673.56 (0.09亿元 more)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "B16", why: "收入总计 673.56 = 137.78 + 366.92 + 0.44 + 55.84 + 47.08 + 39.68 + 25.82, the top lines as typed; the 其中 lines are not added again" },
      { rule: "execution.total-mismatch", cell: "B7", why: "上级补助收入 366.92 = 18.21 + 295.68 + 53.03" },
      { rule: "execution.total-mismatch", cell: "B17", why: "支出项目 | 决算数 heads the second table; it is no figure" },
      { rule: "execution.overspent", why: "one 决算数 column: no budget in the table (the shares of the year's budget are in the note)" },
      { rule: "execution.behind-schedule", why: "a closed year's final account with no budget column" },
      { rule: "execution.rate-mismatch", cell: "A25", why: "105.9% and 107.8% are in the note under the table, no rate column" },
    ],
  },
};
