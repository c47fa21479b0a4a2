import type { CorpusLayout } from "../types";

// 鄂尔多斯市审计局 2023年度部门决算, 第五部分 七、一般公共预算财政拨款项目支出决算明细表: 类 / 款 / 项 against 合计 and the project
// money's economic classes (工资福利支出 | 商品和服务支出 | 对个人和家庭的补助 | 资本性支出 | 其他支出), 栏次 1–6, 合计 first.
export const layout: CorpusLayout = {
  id: "ordos-audit-2023-gpb-project-expenditure",
  source: {
    title: "内蒙古自治区鄂尔多斯市审计局2023年度部门决算（第五部分 七、一般公共预算财政拨款项目支出决算明细表）",
    url: "https://sjj.ordos.gov.cn/zfxxgk/fdzdgknr/czysjs/202409/t20240927_3661522.html",
    publisher: "鄂尔多斯市审计局",
    date: "2024-09",
    changes:
      "As published: the department, its 2023 决算 and the table's name and place among the eleven 决算表 (七、一般公共预算财政拨款项目支出决算明细表). " +
      "The stored copy gives the contents, not the tables' bodies: the columns follow the national template for the table (科目编码 | 科目名称 | 合计 | " +
      "economic classes, 栏次 row, 合计 first), the subjects are the 审计事务 款 (2010802 一般行政管理事务 … 2010899 其他审计事务支出) and 2080801 " +
      "死亡抚恤, the figures are ours. Planted: 款 20108 written 336.15 (合计) and 258.15 (商品和服务支出), 27.00 short of its 项 (363.15 / 285.15), " +
      "the 类 and the 合计 row carrying the short figure on.",
  },
  classes: ["execution", "final-accounts", "project-expenditure", "by-economic-class", "lei-kuan-xiang-codes", "codes-as-text", "row-total-column", "empty-columns", "two-header-rows", "column-number-row", "total-row-first", "wanyuan-caption", "notes-under-table", "city-bureau", "inner-mongolia"],
  settings: { asOf: "2023-12-31" },
  sheets: [
    {
      name: "项目支出决算明细表",
      widths: [12, 30, 12, 12, 14, 14, 12, 10],
      rows: [
        ["一般公共预算财政拨款项目支出决算明细表", null, null, null, null, null, null, null],
        ["编制单位：鄂尔多斯市审计局", null, null, "2023年度", null, null, null, "单位：万元"],
        ["项目", null, "合计", "工资福利支出", "商品和服务支出", "对个人和家庭的补助", "资本性支出", "其他支出"],
        ["科目编码", "科目名称", null, null, null, null, null, null],
        ["栏次", null, 1, 2, 3, 4, 5, 6],
        ["合计", null, 367.41, null, 258.15, 31.26, 78, null],
        ["201", "一般公共服务支出", 336.15, null, 258.15, null, 78, null],
        ["20108", "审计事务", 336.15, null, 258.15, null, 78, null],
        ["2010802", "一般行政管理事务", 42.6, null, 42.6, null, null, null],
        ["2010804", "审计业务", 186.35, null, 186.35, null, null, null],
        ["2010805", "审计管理", 12.8, null, 12.8, null, null, null],
        ["2010806", "信息化建设", 96.4, null, 18.4, null, 78, null],
        ["2010899", "其他审计事务支出", 25, null, 25, null, null, null],
        ["208", "社会保障和就业支出", 31.26, null, null, 31.26, null, null],
        ["20808", "抚恤", 31.26, null, null, 31.26, null, null],
        ["2080801", "死亡抚恤", 31.26, null, null, 31.26, null, null],
        ["注：本表反映部门本年度一般公共预算财政拨款项目支出情况，按支出功能分类科目和部门预算支出经济分类科目（类级）列示。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:B2", "A3:B3", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:H4", "A5:B5", "A6:B6", "A17:H17"],
      numberFormats: { "C6:H16": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目支出决算明细表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 16,
        columns: { A: "code", B: "line", C: "actual", D: "actual:工资福利支出", E: "actual:商品和服务支出", F: "actual:对个人和家庭的补助", G: "actual:资本性支出", H: "actual:其他支出" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C8", why: "款 20108 合计 336.15 where its 项 give 42.60 + 186.35 + 12.80 + 96.40 + 25.00 = 363.15: 27.00万元 short" },
      { rule: "execution.total-mismatch", cell: "E8", why: "款 20108 商品和服务支出 258.15 where its 项 give 42.60 + 186.35 + 12.80 + 18.40 + 25.00 = 285.15: 27.00万元 short" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "类 201 = 款 20108 as stated (336.15); the slip is the 款's against its 项, reported there" },
      { rule: "execution.total-mismatch", cell: "C6", why: "合计 367.41 = 336.15 + 31.26 (the 类 as stated) and = 258.15 + 31.26 + 78.00 across" },
      { rule: "execution.total-mismatch", cell: "C12", why: "信息化建设 96.40 = 18.40 + 78.00" },
      { rule: "execution.total-mismatch", cell: "G8", why: "资本性支出 78.00 = 信息化建设's 78.00" },
      { rule: "execution.total-mismatch", cell: "C15", why: "款 20808 31.26 = 2080801 31.26; 类 208 likewise" },
      { rule: "execution.total-mismatch", cell: "C5", why: "栏次 1–6 number the columns" },
      { rule: "execution.overspent", why: "a 决算 table without a budget column has nothing to overspend" },
      { rule: "execution.no-spending", why: "no budget column; the empty 工资福利支出 and 其他支出 columns are nothing" },
      { rule: "input.unreadable-value", why: "codes written as text, the 栏次 row and the note are labels" },
    ],
  },
};
