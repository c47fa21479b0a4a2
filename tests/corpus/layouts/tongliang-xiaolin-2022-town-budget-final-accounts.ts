import type { CorpusLayout } from "../types";

// 重庆市铜梁区小林镇 2023-10-30: the town's 2022 决算报告 — general-budget revenue 111.11万元 (116.9% of the initial budget; 其中 税收
// 109.91, 非税 1.2) and spending 1,867.48万元 (120.9% of the initial budget, −30.2% on the year), the gap met by transfers. Laid out as
// the table the report's figures make: 项目 | 年初预算数 | 决算数 | 为年初预算% | 比上年增长%, spending by function under its total.
export const layout: CorpusLayout = {
  id: "tongliang-xiaolin-2022-town-budget-final-accounts",
  source: {
    title: "重庆市铜梁区小林镇人民政府2022年决算报告（一、预算收支决算情况；表据正文拟）",
    url: "https://cqstl.gov.cn/jz/xlz_70786/zwgk_70755/fdzdgknr_70758/ysjs3334/jsgk/202310/t20231030_12489033.html",
    publisher: "重庆市铜梁区小林镇人民政府",
    date: "2023-10-30",
    changes:
      "As published: revenue 111.11万元 at 116.9% of the initial budget and +9.0% (其中 税收收入 109.91, +14.5%; 非税收入 1.2), spending 1,867.48万元 at " +
      "120.9% of the initial budget and −30.2%, 政府性基金 0, the transfers of 1,756.37万元 that balance the year. The report is prose: the table, its " +
      "caption and note are ours, the initial budgets derived from the stated percentages (111.11 / 116.9% ≈ 95.05; 1,867.48 / 120.9% ≈ 1,544.65), " +
      "the function lines ours, shaped so that they add up to the published whole. Kept from the publication: spending above the initial budget, " +
      "carried by 城乡社区 and 农林水. Planted: 社会保障和就业 stated 99.2% where 231.80 / 236.00 = 98.2%.",
  },
  classes: ["execution", "final-accounts", "revenue-and-spending", "initial-budget-only", "qizhong-lines", "growth-rate-column", "rates-as-text", "one-decimal-rates", "overspent-lines-published", "town-government", "report-as-prose", "wanyuan-caption", "notes-under-table", "chongqing"],
  settings: { asOf: "2023-10-30" },
  sheets: [
    {
      name: "收支决算",
      widths: [26, 14, 14, 14, 14],
      rows: [
        ["小林镇2022年一般公共预算收支决算情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["项目", "年初预算数", "决算数", "为年初预算%", "比上年增长%"],
        ["一般公共预算收入", 95.05, 111.11, "116.9%", "9.0%"],
        ["其中：税收收入", null, 109.91, null, "14.5%"],
        ["非税收入", null, 1.2, null, null],
        ["一般公共预算支出", 1544.65, 1867.48, "120.9%", "-30.2%"],
        ["一般公共服务支出", 420, 412.36, "98.2%", null],
        ["公共安全支出", 18, 17.52, "97.3%", null],
        ["社会保障和就业支出", 236, 231.8, "99.2%", null],
        ["卫生健康支出", 62, 60.45, "97.5%", null],
        ["节能环保支出", 25, 24.1, "96.4%", null],
        ["城乡社区支出", 210.65, 346.75, "164.6%", null],
        ["农林水支出", 548, 750, "136.9%", null],
        ["交通运输支出", 25, 24.5, "98.0%", null],
        ["政府性基金预算支出", 0, 0, null, null],
        ["注：一般公共预算收入加上托底保障补助、结算补助、专项转移支付补助、上年结转、动用预算稳定调节基金等1,756.37万元，收入总计1,867.48万元，当年实现收支平衡。", null, null, null, null],
      ],
      merges: ["A1:E1", "A17:E17"],
      numberFormats: { "B4:C16": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收支决算",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 16,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "D10", why: "社会保障和就业 231.80 / 236.00 = 98.2%, stated 99.2%" },
      { rule: "execution.overspent", cell: "C13", why: "城乡社区 spent 346.75 of a budget of 210.65: 136.10万元 over (164.6%)" },
      { rule: "execution.overspent", cell: "C14", why: "农林水 spent 750.00 of a budget of 548.00: 202.00万元 over (136.9%)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "收入 111.11 = 其中 税收 109.91 + 非税 1.20 (the two are all of it)" },
      { rule: "execution.total-mismatch", cell: "C7", why: "支出 1,867.48 = 412.36 + 17.52 + 231.80 + 60.45 + 24.10 + 346.75 + 750.00 + 24.50" },
      { rule: "execution.total-mismatch", cell: "B7", why: "1,544.65 = 420 + 18 + 236 + 62 + 25 + 210.65 + 548 + 25" },
      { rule: "execution.total-mismatch", cell: "C16", why: "政府性基金 is a section of its own, not a line of 一般公共预算支出, and revenue and spending are not added together" },
      { rule: "execution.rate-mismatch", cell: "D4", why: "111.11 / 95.05 = 116.9%" },
      { rule: "execution.rate-mismatch", cell: "D7", why: "1,867.48 / 1,544.65 = 120.9%" },
      { rule: "execution.rate-mismatch", cell: "D13", why: "346.75 / 210.65 = 164.6%" },
      { rule: "execution.rate-mismatch", cell: "E4", why: "比上年增长% is growth on 2021, not an execution rate" },
      { rule: "execution.overspent", cell: "C4", why: "revenue collected above its budget is no spending" },
      { rule: "execution.overspent", cell: "C7", why: "the whole carries no status of its own: its lines (城乡社区, 农林水) do" },
      { rule: "execution.behind-schedule", why: "every line has spent at least 96.4% of its budget: within 5 points of the year's end" },
      { rule: "execution.no-spending", cell: "C16", why: "政府性基金 had no budget (0) and spent 0" },
      { rule: "input.unreadable-value", why: "rates and growth written 116.9% / -30.2% are numbers; the note is text" },
    ],
  },
};
