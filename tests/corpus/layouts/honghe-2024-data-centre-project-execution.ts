import type { CorpusLayout } from "../types";

// 红河州数据发展中心 2025-04-29: the 2024 project-spending self-evaluation report of a prefecture's data centre — eight
// projects budgeted at the start of the year (985万元, one of them carried over), cut to 861.46万元 by adjustment;
// laid out as the report's table of budget execution by project (年初预算数 / 调整后预算数 / 实际支出数 / 预算执行率).
export const layout: CorpusLayout = {
  id: "honghe-2024-data-centre-project-execution",
  source: {
    title: "红河州数据发展中心2024年度项目支出绩效单位自评报告（项目预算执行情况；表据正文拟）",
    url: "https://www.hh.gov.cn/info/11481/1179592.htm",
    publisher: "红河州数据发展中心",
    date: "2025-04-29",
    changes:
      "The report's figures are kept: 年初批复预算8个项目985万元（含1个年初结转结余项目50万元）, 调整预算后项目预算861.46万元, and " +
      "the names of two projects (“数说红河”展厅运维经费; 红河州一中心一平台六大库N应用经费). The report gives them in prose; laid " +
      "out here as the table such a report carries (序号 | 项目名称 | 年初预算数 | 调整后预算数 | 实际支出数 | 预算执行率 | 备注, " +
      "合计, a note). The other six project names, every project's budget split, the spending and the rates are ours (the " +
      "年中增加 projects and the 实际到位资金 are left out). Planted: 数据共享交换平台运维经费 states 98.00% where 72.00 / 75.00 = " +
      "96.00%; the 合计 states 实际支出 703.72 where the projects add up to 693.72.",
  },
  classes: ["execution", "by-project", "adjusted-budget", "carried-over-project", "rates-as-text", "year-end", "remark-column", "wanyuan-caption", "notes-under-table", "yunnan"],
  settings: { asOf: "2024-12-31" },
  sheets: [
    {
      name: "项目预算执行",
      widths: [6, 40, 12, 14, 12, 12, 22],
      rows: [
        ["红河州数据发展中心2024年度项目支出预算执行情况表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "年初预算数", "调整后预算数", "实际支出数", "预算执行率", "备注"],
        [1, "“数说红河”展厅运维经费", 120, 120, 118.6, "98.83%", null],
        [2, "红河州一中心一平台六大库N应用经费", 300, 220.46, 96.3, "43.68%", "部分合同尾款跨年支付"],
        [3, "电子政务外网运维经费", 160, 160, 158.42, "99.01%", null],
        [4, "政务云平台租赁经费", 180, 150, 150, "100.00%", null],
        [5, "数据共享交换平台运维经费", 75, 75, 72, "98.00%", null],
        [6, "网络安全等级保护测评经费", 40, 36, 36, "100.00%", null],
        [7, "州级政务信息化项目技术审查经费", 60, 50, 12.4, "24.80%", "项目评审延至2025年"],
        [8, "数字红河宣传推广经费（2023年结转）", 50, 50, 50, "100.00%", "上年结转"],
        ["合计", null, 985, 861.46, 703.72, "81.69%", null],
        ["注：预算执行率=实际支出数/调整后预算数。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A12:B12", "A13:G13"],
      numberFormats: { "C4:E12": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目预算执行",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "line", C: "initialBudget", D: "adjustedBudget", E: "actual", F: "rate" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "execution.rate-mismatch", cell: "F8", why: "数据共享交换平台: 72.00 / 75.00 = 96.00%, stated 98.00%" },
      {
        rule: "execution.total-mismatch",
        cell: "E12",
        why: "合计 states 实际支出 703.72; 118.60 + 96.30 + 158.42 + 150.00 + 72.00 + 36.00 + 12.40 + 50.00 = 693.72 (10.00万元 too much)",
      },
      { rule: "execution.behind-schedule", cell: "E5", why: "96.30 / 220.46 = 43.68% with the year over: far more than 5 points behind" },
      { rule: "execution.behind-schedule", cell: "E10", why: "12.40 / 50.00 = 24.80% with the year over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C12", why: "年初 985.00 = 120 + 300 + 160 + 180 + 75 + 40 + 60 + 50 (the published total)" },
      { rule: "execution.total-mismatch", cell: "D12", why: "调整后 861.46 = the eight adjusted budgets (the published total)" },
      { rule: "execution.rate-mismatch", cell: "F12", why: "81.69% = the stated 703.72 / 861.46; the error is the total's, reported at E12" },
      { rule: "execution.rate-mismatch", cell: "F5", why: "96.30 / 220.46 = 43.68%, against the adjusted budget, not the 300.00 of the start of the year" },
      { rule: "execution.behind-schedule", cell: "E8", why: "96.00%: within 5 points of the year's end" },
      { rule: "execution.behind-schedule", cell: "E4", why: "98.83%: within 5 points" },
      { rule: "execution.overspent", why: "no project spent more than its adjusted budget" },
      { rule: "execution.no-spending", why: "every project has spent" },
      { rule: "input.unreadable-value", why: "备注 and the note are text by nature" },
    ],
  },
};
