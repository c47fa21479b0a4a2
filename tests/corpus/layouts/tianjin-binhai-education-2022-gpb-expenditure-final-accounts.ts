import type { CorpusLayout } from "../types";

// 天津市滨海新区教育体育局（汇总）2022年度部门决算 (2023): the report lists twelve 决算表; table 六, 一般公共预算财政拨款支出决算表, is laid
// out here on the 2022 form — 项目 (科目编码 | 科目名称) beside 本年支出 (合计 | 基本支出 | 项目支出), a 栏次 row, 合计 first, then 类, 款, 项.
export const layout: CorpusLayout = {
  id: "tianjin-binhai-education-2022-gpb-expenditure-final-accounts",
  source: {
    title: "天津市滨海新区教育体育局（汇总）2022年度部门决算（六、一般公共预算财政拨款支出决算表）",
    url: "https://jtj.tjbh.gov.cn/contents/9930/277820.html",
    publisher: "天津市滨海新区教育体育局",
    date: "2023",
    changes:
      "The stored copy shows the report's contents and the bureau's duties, not the tables: the form (its headings, 栏次 row, 类/款/项 " +
      "lines) follows the 2022 部门决算 form, the subjects kept are ten 项 of an education bureau's, and every figure is ours. Planted: 高中教育's " +
      "合计 typed 9,512.40 where 基本支出 8,215.40 + 项目支出 1,306.00 = 9,521.40; the 款 普通教育 states 152,478.74 (its 项 as they should be) " +
      "so against its 项 as typed it is 9.00 over.",
  },
  classes: ["execution", "final-accounts", "spending-only", "basic-and-project-split", "function-classification", "class-section-item-codes", "total-row-first", "column-number-row", "form-number", "past-year", "wanyuan-caption", "department-final-accounts", "table-not-in-stored-copy", "district-department", "tianjin"],
  settings: { district: "天津市滨海新区" },
  sheets: [
    {
      name: "公开06表",
      widths: [12, 34, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        ["2022年度", null, null, null, "公开06表"],
        ["部门：天津市滨海新区教育体育局", null, null, null, "金额单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        [null, "合计", 180554.29, 165496.2, 15058.09],
        ["205", "教育支出", 154767.89, 139709.8, 15058.09],
        ["20501", "教育管理事务", 2289.15, 1862.35, 426.8],
        ["2050101", "行政运行", 1862.35, 1862.35, 0],
        ["2050199", "其他教育管理事务支出", 426.8, 0, 426.8],
        ["20502", "普通教育", 152478.74, 137847.45, 14631.29],
        ["2050201", "学前教育", 24728.07, 21540.62, 3187.45],
        ["2050202", "小学教育", 74147.11, 68214.93, 5932.18],
        ["2050203", "初中教育", 44082.16, 39876.5, 4205.66],
        ["2050204", "高中教育", 9512.4, 8215.4, 1306],
        ["208", "社会保障和就业支出", 13747.24, 13747.24, 0],
        ["20805", "行政事业单位养老支出", 13747.24, 13747.24, 0],
        ["2080505", "机关事业单位基本养老保险缴费支出", 9832.16, 9832.16, 0],
        ["2080506", "机关事业单位职业年金缴费支出", 3915.08, 3915.08, 0],
        ["210", "卫生健康支出", 4612.77, 4612.77, 0],
        ["21011", "行政事业单位医疗", 4612.77, 4612.77, 0],
        ["2101102", "事业单位医疗", 4612.77, 4612.77, 0],
        ["221", "住房保障支出", 7426.39, 7426.39, 0],
        ["22102", "住房改革支出", 7426.39, 7426.39, 0],
        ["2210201", "住房公积金", 7426.39, 7426.39, 0],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:B4", "C4:E4", "A27:E27"],
      numberFormats: { "C7:E26": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "公开06表", kind: "execution", unit: "万元", headerRow: 4, lastRow: 26, columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" }, year: 2022 },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C16", why: "高中教育 合计 9,512.40; 基本支出 8,215.40 + 项目支出 1,306.00 = 9,521.40 (9.00 short)" },
      { rule: "execution.total-mismatch", cell: "C12", why: "普通教育 152,478.74; its 项 as typed 24,728.07 + 74,147.11 + 44,082.16 + 9,512.40 = 152,469.74 (9.00 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C8", why: "教育支出 adds its 款 as typed: 2,289.15 + 152,478.74 = 154,767.89 (the slip is reported at 普通教育 only)" },
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 154,767.89 + 13,747.24 + 4,612.77 + 7,426.39 = 180,554.29; across 165,496.20 + 15,058.09 = 180,554.29" },
      { rule: "execution.total-mismatch", cell: "D12", why: "基本支出 21,540.62 + 68,214.93 + 39,876.50 + 8,215.40 = 137,847.45" },
      { rule: "execution.total-mismatch", cell: "E7", why: "项目支出 426.80 + 3,187.45 + 5,932.18 + 4,205.66 + 1,306.00 = 15,058.09" },
      { rule: "execution.no-spending", cell: "E17", why: "a spending-only final account has no budget: a 0 of 项目支出 is no unspent budget" },
      { rule: "execution.overspent", why: "no budget column" },
      { rule: "input.unreadable-value", cell: "A6", why: "the 栏次 row numbers the columns" },
    ],
  },
};
