import type { CorpusLayout } from "../types";

// 南昌市烈士陵园管理处 2022: the 项目支出绩效自评总报告 lists its five projects, each "预算X万元，2022年全年实际支付Y万元，使用率Z%"
// (烈士纪念设施维修项目, 退役军人事务专项资金项目, 预算外资金政府集中款项目, 整体提升改造工程（一期）, …). Laid out as the execution table
// those sentences describe: 序号 | 项目名称 | 预算数 | 全年实际支付 | 使用率, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "nanchang-martyrs-cemetery-2022-project-spending",
  source: {
    title: "南昌市烈士陵园管理处2022年度项目支出绩效自评总报告（项目预算执行表据报告拟）",
    url: "https://m.001doc.com/doc/1156605.html",
    publisher: "南昌市烈士陵园管理处（文库转载）",
    changes:
      "Built from the prose (table from prose): the report gives each project's 预算, 2022年全年实际支付 and 使用率 in one sentence; the table " +
      "takes those words as its headings and the first four projects' names as published (the fifth is cut off in the stored copy: its name " +
      "is ours). Our own figures. Planted: the 整体提升改造工程（一期） paid 1,612.40 against 1,580.00 (overspent, 102.05%); the 祭扫服务保障 " +
      "project budgeted 12.00 and nothing paid by the year's end.",
  },
  classes: [
    "execution", "project-lines", "rate-column", "usage-rate-heading", "total-at-foot", "two-decimal-wanyuan", "two-decimal-rates",
    "rates-as-text", "wanyuan-caption", "past-year", "table-from-prose", "public-institution", "jiangxi",
  ],
  settings: { asOf: "2023-04-30" },
  sheets: [
    {
      name: "项目执行",
      widths: [6, 40, 12, 14, 10],
      rows: [
        ["南昌市烈士陵园管理处2022年度项目支出预算执行情况表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "预算数", "全年实际支付", "使用率"],
        [1, "烈士纪念设施维修项目", 38.5, 38.5, "100.00%"],
        [2, "2022年退役军人事务专项资金项目", 20, 19.2, "96.00%"],
        [3, "预算外资金政府集中款项目", 25, 25, "100.00%"],
        [4, "南昌市烈士陵园整体提升改造工程（一期）项目", 1580, 1612.4, "102.05%"],
        [5, "烈士陵园祭扫服务保障项目", 12, 0, "0.00%"],
        ["合计", null, 1675.5, 1695.1, "101.17%"],
      ],
      merges: ["A1:E1", "A9:B9"],
      numberFormats: { "C4:D9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目执行",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "line", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "D7", why: "整体提升改造工程（一期）paid 1,612.40 against its budget 1,580.00 (32.40 over, 102.05%)" },
      { rule: "execution.no-spending", cell: "D8", why: "祭扫服务保障项目 budgeted 12.00, nothing paid by 2022-12-31" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "D5", why: "96.00% at the year's end is within 5 points of 100%" },
      { rule: "execution.overspent", cell: "D9", why: "the 合计 row gets no spending status of its own" },
      { rule: "execution.total-mismatch", cell: "C9", why: "38.50 + 20.00 + 25.00 + 1,580.00 + 12.00 = 1,675.50; paid 38.50 + 19.20 + 25.00 + 1,612.40 + 0 = 1,695.10" },
      { rule: "execution.rate-mismatch", cell: "E9", why: "1,695.10 / 1,675.50 = 101.17%" },
      { rule: "execution.rate-mismatch", cell: "E7", why: "1,612.40 / 1,580.00 = 102.05%" },
    ],
  },
};
