import type { CorpusLayout } from "../types";

// 绍兴市上虞区章镇镇 2025-03-05: the town's report on 2024's budget execution — 非税收入 9265.21万元 (土地出让金 1375.05, 国有资源资产有偿使用
// 20.95, 其他上级部门补助 7586.30, 其他 282.91), 体制结算收入 6582.47万元 (保障基数 3688, 税收分成 741.47, 公共服务奖补 948, 共同富裕 1000, 绩效奖励
// 205), 可用收入合计 15847.68, 上年结余 117.83, 全年实际可用资金 15965.51 (完成年初预算的63.61%). Laid out as the report's income table.
export const layout: CorpusLayout = {
  id: "zhangzhen-2024-town-available-revenue-execution",
  source: {
    title: "章镇镇2024年财政预算执行情况及2025年财政预算草案的报告（可用收入执行情况表据报告拟）",
    url: "http://www.shangyu.gov.cn/art/2025/3/5/art_1229415890_4214970.html",
    publisher: "绍兴市上虞区章镇镇人民政府",
    date: "2025-03-05",
    changes:
      "As published: every 执行数 (the lines under 非税收入 and 体制结算收入, 可用收入合计 15847.68, 上年结余 117.83, 全年实际可用资金 15965.51) " +
      "and the whole's 63.61% of the year-start budget. The report gives no line budgets and no table: the layout, the 年初预算 column " +
      "(adding up to 25099.00, so that 15965.51 is the 63.61% published) and the line rates are ours (表据报告拟). Planted: 土地出让金 far short " +
      "of its budget (13.10%), so 非税收入 too (50.40%); 税收分成's rate typed 95.76% where 741.47 / 760.00 = 97.56%.",
  },
  classes: [
    "execution", "revenue", "town-finance", "budget-execution-report", "rate-column", "section-rows-with-figures", "lines-indented",
    "total-then-carry-over", "two-totals", "percent-format", "two-decimal-wanyuan", "transposed-digits", "wanyuan-caption", "notes-under-table",
    "table-from-prose", "zhejiang",
  ],
  sheets: [
    {
      name: "可用收入",
      widths: [30, 14, 14, 16],
      rows: [
        ["章镇镇2024年财政可用收入执行情况表", null, null, null],
        [null, null, null, "单位：万元"],
        ["项目", "2024年年初预算", "2024年执行数", "完成年初预算%"],
        ["一、非税收入", 18385.17, 9265.21, 0.504],
        ["    国有土地使用权出让金收入", 10500.0, 1375.05, 0.131],
        ["    国有资源资产有偿使用收入", 21.0, 20.95, 0.9976],
        ["    其他上级部门补助收入", 7574.17, 7586.3, 1.0016],
        ["    其他收入", 290.0, 282.91, 0.9756],
        ["二、体制结算收入", 6596.0, 6582.47, 0.9979],
        ["    保障基数", 3688.0, 3688.0, 1.0],
        ["    税收分成", 760.0, 741.47, 0.9576],
        ["    公共服务奖补资金", 948.0, 948.0, 1.0],
        ["    共同富裕专项基金", 1000.0, 1000.0, 1.0],
        ["    财政管理绩效奖励资金", 200.0, 205.0, 1.025],
        ["可用收入合计", 24981.17, 15847.68, 0.6344],
        ["三、上年结余", 117.83, 117.83, 1.0],
        ["全年实际可用资金总计", 25099.0, 15965.51, 0.6361],
        ["注：国有土地使用权出让金收入按实际出让进度入库，未完成部分结转以后年度。", null, null, null],
        ["章镇镇人民政府", null, null, "2025年3月"],
      ],
      merges: ["A1:D1", "A18:D18"],
      numberFormats: { "B4:C17": "#,##0.00", "D4:D17": "0.00%" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "可用收入", kind: "execution", unit: "万元", headerRow: 3, lastRow: 17,
        columns: { A: "line", B: "initialBudget", C: "actual", D: "rate" }, year: 2024,
      },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "C5", why: "国有土地使用权出让金收入 1,375.05 / 10,500.00 = 13.10% collected by 2024-12-31, against 100% of the year: 86.9 points behind" },
      { rule: "execution.behind-schedule", cell: "C4", why: "非税收入 9,265.21 / 18,385.17 = 50.40% by 2024-12-31: 49.6 points behind (a revenue section measured as 税收收入 is)" },
      { rule: "execution.rate-mismatch", cell: "D11", why: "税收分成 741.47 / 760.00 = 97.56%, typed 95.76%" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C4", why: "非税收入 9,265.21 = 1,375.05 + 20.95 + 7,586.30 + 282.91; budget 18,385.17 = 10,500 + 21 + 7,574.17 + 290" },
      { rule: "execution.total-mismatch", cell: "C9", why: "体制结算收入 6,582.47 = 3,688 + 741.47 + 948 + 1,000 + 205; budget 6,596 likewise" },
      { rule: "execution.total-mismatch", cell: "C15", why: "可用收入合计 15,847.68 = 9,265.21 + 6,582.47 (the sections, never their lines again)" },
      { rule: "execution.total-mismatch", cell: "C17", why: "全年实际可用资金总计 15,965.51 = 15,847.68 + 上年结余 117.83; budget 25,099.00 = 24,981.17 + 117.83" },
      { rule: "execution.behind-schedule", cell: "C11", why: "税收分成 97.56%: within 5 points of the year's end" },
      { rule: "execution.behind-schedule", cell: "C17", why: "the 总计 (and 可用收入合计 above it) gets no status of its own" },
      { rule: "execution.overspent", cell: "C14", why: "revenue above its budget (绩效奖励 205 of 200) is collected beyond plan, not overspent" },
      { rule: "execution.rate-mismatch", cell: "D17", why: "15,965.51 / 25,099.00 = 63.61%, as published" },
      { rule: "input.unreadable-value", cell: "D19", why: "the sign-off date under the table is no figure of it" },
    ],
  },
};
