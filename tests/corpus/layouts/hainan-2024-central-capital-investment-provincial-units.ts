import type { CorpusLayout } from "../types";

// 海南省财政厅 2024-07-31: the 2024 central capital-investment budget (重大区域发展战略专项, 推进海南全面深化改革开放方向) sent to
// provincial units — 附件1 预算表: 合计 first, then each unit and its project with the amount and the function and economic
// classification codes written with their names (2299999-其他支出, 50404-设备购置).
export const layout: CorpusLayout = {
  id: "hainan-2024-central-capital-investment-provincial-units",
  source: {
    title: "海南省财政厅关于下达重大区域发展战略专项（推进海南全面深化改革开放方向）2024年中央基建投资预算的通知（附件1：2024年中央基建投资预算表（省级部门））",
    url: "http://mof.hainan.gov.cn/sczt/0503/202408/606c26ff0ea94ddfadea23748b6039d3.shtml?ddtab=true",
    publisher: "海南省财政厅",
    date: "2024-07-31",
    changes:
      "The notice, the annex's title, 单位：万元, the columns (市县/单位名称 | 项目名称 | 金额 | 支出功能分类科目 | 支出经济分类科目), the 合计 " +
      "first with 78,400, the five units and the first three projects with their codes are as published; the stored copy cuts the last " +
      "two projects' names (they are ours) and every line's amount is ours. Planted: the lines add up to 78,000 where 合计 states the " +
      "published 78,400.",
  },
  classes: ["composition", "allocation-by-unit", "total-row-first", "unit-repeated", "classification-codes-with-names", "project-name-column", "wanyuan-caption", "hainan"],
  sheets: [
    {
      name: "附件1",
      widths: [28, 40, 12, 20, 28],
      rows: [
        ["附件1", null, null, null, null],
        ["重大区域发展战略专项（推进海南全面深化改革开放方向）2024年中央基建投资预算表（省级部门）", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["市县/单位名称", "项目名称", "金额", "支出功能分类科目", "支出经济分类科目"],
        ["合计", null, 78400, null, null],
        ["海南省大数据管理局", "反走私综合执法站信息化配套项目", 8200, "2299999-其他支出", "50602-资本性支出（基本建设）"],
        ["海南省公安厅", "反走私视频图像前端补点（一期）项目", 19800, "2299999-其他支出", "50404-设备购置"],
        ["海南省公安厅", "反走私视频图像综合应用系统项目", 6100, "2299999-其他支出", "50404-设备购置"],
        ["海南省动物疫病预防控制中心", "海南省动物疫病防控能力提升项目", 12400, "2299999-其他支出", "50602-资本性支出（基本建设）"],
        ["海南大学", "海南大学科研基础设施建设项目", 31500, "2299999-其他支出", "50602-资本性支出（基本建设）"],
      ],
      merges: ["A2:E2"],
      numberFormats: { "C5:C10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附件1",
        kind: "composition",
        unit: "万元",
        headerRow: 4,
        lastRow: 10,
        columns: { A: "category", B: "line", C: "amount" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C5", why: "合计 78,400 where the five projects add up to 8,200 + 19,800 + 6,100 + 12,400 + 31,500 = 78,000: 400万元 too much" },
    ],
    absent: [
      { rule: "composition.line-mismatch", why: "no unit × quantity columns" },
      { rule: "register.duplicate", why: "海南省公安厅 twice is two projects of one unit, not a repeated applicant; the table is an allocation" },
      { rule: "cap.unknown-policy", why: "units and projects are not applicants against a policy item" },
      { rule: "input.unreadable-value", why: "2299999-其他支出 and 50404-设备购置 are classification codes with their names, not amounts" },
    ],
  },
};
