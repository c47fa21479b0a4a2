import type { CorpusLayout } from "../types";

// 重庆 涪陵区 a town's 2023 决算 (本级决算, 一、全镇收支决算情况), in prose: 一般公共预算收入 against the 镇人大's 年初预算 (完成年初预算的
// …%), 上级转移支付收入 split into 一般转移支付 (含 均衡性 / 基本财力保障机制奖补 / 结算补助 / 其他一般转移支付) and 专项转移支付,
// 上年结转结余, 基金调入, 收入合计; spending by function with 增长 / 下降 %, 专项上解, 结转下年, 支出合计 equal to the income.
export const layout: CorpusLayout = {
  id: "fuling-town-2023-general-budget-final-accounts",
  source: {
    title: "（重庆市涪陵区 镇本级）2023年决算公开 — 一、全镇收支决算情况（一）一般公共预算（表据正文拟）",
    url: "http://fl.gov.cn/jz/qxz/zwgk_46948/fdzdgknr_46950/ysjsjz/jsgk/bjjs/202408/t20240813_13497599.html",
    publisher: "重庆市涪陵区 镇人民政府（the stored copy does not name the town; its address is the town's section qxz of the district site）",
    date: "2024-08-13",
    changes:
      "The report is prose; laid out as the 收支决算表 it describes: 项目 | 年初预算数 | 决算数 | 完成年初预算% | 比上年增长%, the income lines in the " +
      "published order (一般公共预算收入, 上级转移支付收入 with 其中 一般转移支付收入 and its four parts, 专项转移支付收入, 上年结转结余, 基金调入, 收入合计) and " +
      "the spending lines in the published order (nine functions and 国防, 专项上解, 结转下年, 支出合计); 下降 written as a negative growth. Every figure is ours. " +
      "Planted: 完成年初预算 125.56% where 4,780 / 3,900 is 122.56%; 结转下年 10 short, so 支出合计 does not add up.",
  },
  classes: ["execution", "final-accounts", "revenue-and-spending", "report-as-prose", "qizhong-lines", "nested-parts", "parts-with-other", "growth-rate-column", "negative-growth", "rates-as-text", "budget-for-one-line-only", "carry-forward-lines", "section-rows", "wanyuan-caption", "town-government", "chongqing"],
  sheets: [
    {
      name: "收支决算",
      widths: [34, 12, 12, 14, 14],
      rows: [
        ["2023年全镇一般公共预算收支决算表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "年初预算数", "决算数", "完成年初预算%", "比上年增长%"],
        ["一、收入", null, null, null, null],
        ["一般公共预算收入", 3900, 4780, "125.56%", "10.35%"],
        ["上级转移支付收入", null, 2035, null, null],
        ["其中：一般转移支付收入", null, 1590, null, null],
        ["        含：均衡性转移支付收入", null, 180, null, null],
        ["            基本财力保障机制奖补资金收入", null, 1040, null, null],
        ["            结算补助收入", null, 145, null, null],
        ["            其他一般转移支付收入", null, 225, null, null],
        ["      专项转移支付收入", null, 445, null, null],
        ["上年结转结余", null, 72, null, null],
        ["基金调入", null, 110, null, null],
        ["收入合计", null, 6997, null, null],
        ["二、支出", null, null, null, null],
        ["一般公共服务支出", null, 1720, null, "6.83%"],
        ["文化旅游体育与传媒支出", null, 90, null, "-3.23%"],
        ["社会保障和就业支出", null, 805, null, "12.41%"],
        ["卫生健康支出", null, 142, null, "1.43%"],
        ["节能环保支出", null, 196, null, "-38.56%"],
        ["城乡社区支出", null, 210, null, "-27.84%"],
        ["农林水支出", null, 1160, null, "2.65%"],
        ["住房保障支出", null, 238, null, "18.41%"],
        ["资源勘探工业信息等支出", null, 1420, null, "196.87%"],
        ["国防支出", null, 4, null, null],
        ["专项上解", null, 90, null, null],
        ["结转下年", null, 912, null, null],
        ["支出合计", null, 6997, null, null],
        ["注：支出合计含专项上解和结转下年；增长率为负数的表示下降。", null, null, null, null],
      ],
      merges: ["A1:E1", "A30:E30"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收支决算",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 29,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D5", why: "4,780 / 3,900 = 122.56%; stated 125.56%" },
      {
        rule: "execution.total-mismatch",
        cell: "C29",
        why: "支出: 1,720 + 90 + 805 + 142 + 196 + 210 + 1,160 + 238 + 1,420 + 4 + 专项上解 90 + 结转下年 912 = 6,987; 支出合计 states 6,997 (10 more), whole 万元",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C15", why: "收入: 4,780 + 2,035 + 72 + 110 = 6,997, as stated (the 其中 lines under 上级转移支付 are not added again)" },
      { rule: "execution.total-mismatch", cell: "C6", why: "上级转移支付 2,035 = 一般转移支付 1,590 + 专项转移支付 445" },
      { rule: "execution.total-mismatch", cell: "C7", why: "一般转移支付 1,590 = 180 + 1,040 + 145 + 225 (其他一般转移支付 the rest)" },
      { rule: "execution.overspent", why: "only 一般公共预算收入 has a budget, and it is revenue above its budget; spending lines have none" },
      { rule: "execution.behind-schedule", why: "a year's final accounts; the one budgeted line is above its budget" },
      { rule: "execution.no-spending", why: "every spending line has its figure" },
      { rule: "execution.rate-mismatch", cell: "E17", why: "比上年增长% is growth over last year (no last-year figures given), not actual / budget" },
      { rule: "input.unreadable-value", why: "section rows (一、收入 / 二、支出) and the note are text; negative growth is a percentage" },
    ],
  },
};
