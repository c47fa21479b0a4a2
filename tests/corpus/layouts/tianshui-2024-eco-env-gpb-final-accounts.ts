import type { CorpusLayout } from "../types";

// 天水市生态环境局 2025-09-23: 2024年度天水市生态环境局（汇总）部门决算 — 第二部分's 五、一般公共预算财政拨款支出决算表 (公开05表): 项目 as
// 科目代码 | 科目名称, 本年支出 over 合计 | 基本支出 | 项目支出, a 栏次 row, 合计 first, then 类 / 款 / 项 by code.
export const layout: CorpusLayout = {
  id: "tianshui-2024-eco-env-gpb-final-accounts",
  source: {
    title: "2024年度天水市生态环境局(汇总)部门决算（五、一般公共预算财政拨款支出决算表）",
    url: "http://www.tianshui.gov.cn/sthj/info/1311/108612.htm",
    publisher: "天水市生态环境局",
    date: "2025-09-23",
    changes:
      "As published: the 部门决算's table list and the national 公开05表 form it names (项目 科目代码 | 科目名称; 本年支出 合计 | 基本支出 | 项目支出; 栏次 1–3; " +
      "部门 and 金额单位 caption). The stored copy lists the tables without their bodies: the 科目 rows (211 节能环保支出 with 21101 / 21103; 208, 210, 221 " +
      "for pensions, medical and housing) and every figure are ours. Planted: the 合计 row's 基本支出 typed 1,632.15 against the 类 1,286.45 + 168.24 + 72.16 " +
      "+ 96.30 = 1,623.15.",
  },
  classes: ["execution", "final-accounts", "gpb-expenditure", "code-and-name-columns", "class-section-item", "basic-and-project-columns", "total-column-first", "column-number-row", "total-row-first", "department-caption", "two-decimal-wanyuan", "form-number", "city-department", "gansu"],
  settings: { district: "天水市" },
  sheets: [
    {
      name: "公开05表",
      widths: [12, 34, 14, 14, 14],
      rows: [
        ["天水市生态环境局（汇总）2024年度一般公共预算财政拨款支出决算表", null, null, null, null],
        [null, null, null, null, "公开05表"],
        ["部门：天水市生态环境局（汇总）", null, null, null, "金额单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目代码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 2877.1, 1632.15, 1253.95],
        ["211", "节能环保支出", 2540.4, 1286.45, 1253.95],
        ["21101", "环境保护管理事务", 1541.85, 1286.45, 255.4],
        ["2110101", "行政运行", 1286.45, 1286.45, 0],
        ["2110104", "生态环境保护宣传", 18.6, 0, 18.6],
        ["2110199", "其他环境保护管理事务支出", 236.8, 0, 236.8],
        ["21103", "污染防治", 998.55, 0, 998.55],
        ["2110301", "大气", 412.35, 0, 412.35],
        ["2110302", "水体", 586.2, 0, 586.2],
        ["208", "社会保障和就业支出", 168.24, 168.24, 0],
        ["20805", "行政事业单位养老支出", 168.24, 168.24, 0],
        ["2080505", "机关事业单位基本养老保险缴费支出", 168.24, 168.24, 0],
        ["210", "卫生健康支出", 72.16, 72.16, 0],
        ["21011", "行政事业单位医疗", 72.16, 72.16, 0],
        ["2101101", "行政单位医疗", 72.16, 72.16, 0],
        ["221", "住房保障支出", 96.3, 96.3, 0],
        ["22102", "住房改革支出", 96.3, 96.3, 0],
        ["2210201", "住房公积金", 96.3, 96.3, 0],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:B4", "C4:E4", "A6:B6", "A7:B7", "A25:E25"],
      numberFormats: { "C7:E24": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公开05表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 24,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "D7", why: "合计 基本支出 1,632.15 against the 类 1,286.45 + 168.24 + 72.16 + 96.30 = 1,623.15: 9万元 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 2,877.10 = 2,540.40 + 168.24 + 72.16 + 96.30" },
      { rule: "execution.total-mismatch", cell: "C8", why: "211 2,540.40 = 21101 1,541.85 + 21103 998.55 = 1,286.45 + 1,253.95" },
      { rule: "execution.total-mismatch", cell: "E9", why: "21101 项目支出 255.40 = 18.60 + 236.80" },
      { rule: "execution.total-mismatch", cell: "C6", why: "栏次 1 2 3 is a column-number row, not figures" },
      { rule: "execution.no-spending", why: "no budget column: a 0 under 基本支出 or 项目支出 is no unspent budget" },
      { rule: "execution.overspent", why: "no budget column" },
    ],
  },
};
