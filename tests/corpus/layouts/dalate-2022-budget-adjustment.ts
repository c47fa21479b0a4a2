import type { CorpusLayout } from "../types";

// 达拉特旗人民政府 2022-09-15: the banner's 2022 budget adjustment — revenue raised from the 人代会 budget (一般公共预算收入
// 290000万元, 旗本级 257800 and 开发区 32200; 政府性基金 down to 45000), and the 一般公共预算财力 it gives, line by line.
export const layout: CorpusLayout = {
  id: "dalate-2022-budget-adjustment",
  source: {
    title: "达拉特旗人民政府关于2022年财政收支预算调整情况的报告（附件1、附件2，表据正文拟）",
    url: "http://www.dlt.gov.cn/dltqrmzf2023/zfxxgk2023/fdzdgknr_151557/czysjs_151737/zfyjsgk_151739/202305/t20230531_3418939.html",
    publisher: "达拉特旗财政局",
    date: "2022-09-15",
    changes:
      "The report's figures are kept as published: 一般公共预算收入 290000万元 (旗本级 257800, 开发区 32200), 比人代会预算数增加60000 (旗本级 58800, " +
      "开发区 1200); 政府性基金收入 45000 (旗本级 35900, 开发区 9100), 减少25000; 合计 335000; 财力 lines 1)–7) (290000, 50000, 55000, 60000, " +
      "30000, 24000, 93623). The tables are laid out from the prose (附件1 and 附件2 are not in the stored copy); the 人代会 column is " +
      "derived (290000 − 60000 …); line 8) is cut off in the stored copy (`8）上…`), so 上年结转 18500 is ours. Planted: 财力合计 written " +
      "612123 where the eight lines add up to 621123.",
  },
  classes: ["composition", "execution", "two-sheets", "budget-adjustment", "qizhong-columns", "negative-change", "numbered-lines", "total-at-foot", "wanyuan-caption", "report-as-prose", "banner-county", "neimenggu"],
  sheets: [
    {
      name: "收入调整",
      widths: [24, 14, 14, 12, 14, 18],
      rows: [
        ["2022年达拉特旗财政收入调整预算表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["项目", "人代会预算数", "调整预算数", "调整增减", "其中：旗本级", "其中：达拉特开发区"],
        ["一、一般公共预算收入", 230000, 290000, 60000, 257800, 32200],
        ["二、政府性基金收入", 70000, 45000, -25000, 35900, 9100],
        ["地方财政收入合计", 300000, 335000, 35000, 293700, 41300],
      ],
      merges: ["A1:F1"],
      numberFormats: { "B4:F6": "#,##0" },
    },
    {
      name: "财力",
      widths: [34, 16],
      rows: [
        ["2022年全旗一般公共预算财力调整表", null],
        [null, "单位：万元"],
        ["项目", "调整预算数"],
        ["1.一般公共预算收入", 290000],
        ["2.上划市级返还收入", 50000],
        ["3.盘活存量资金", 55000],
        ["4.困难旗区补助", 60000],
        ["5.调入预算稳定调节资金", 30000],
        ["6.地方政府一般债务转贷收入", 24000],
        ["7.其他常规性转移支付补助", 93623],
        ["8.上年结转", 18500],
        ["财力合计", 612123],
      ],
      merges: ["A1:B1"],
      numberFormats: { "B4:B12": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收入调整",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 6,
        columns: { A: "line", B: "initialBudget", C: "adjustedBudget" },
        year: 2022,
      },
      {
        sheet: "财力",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { A: "line", B: "amount" },
        year: 2022,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        sheet: "财力",
        cell: "B12",
        why: "290000 + 50000 + 55000 + 60000 + 30000 + 24000 + 93623 + 18500 = 621123, stated 612123: 9000万元 short",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", sheet: "收入调整", why: "230000 + 70000 = 300000; 290000 + 45000 = 335000; 60000 − 25000 = 35000; 257800 + 35900 = 293700; 32200 + 9100 = 41300; and 257800 + 32200 = 290000, 35900 + 9100 = 45000 across" },
      { rule: "execution.overspent", sheet: "收入调整", why: "a revenue budget with no actual column: nothing is spent" },
      { rule: "execution.no-spending", sheet: "收入调整", why: "no actual column: the table states budgets only" },
      { rule: "input.unreadable-value", why: "-25000 is a decrease written as a number; captions are text" },
    ],
  },
};
