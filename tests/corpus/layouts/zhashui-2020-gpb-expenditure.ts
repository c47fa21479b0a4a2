import type { CorpusLayout } from "../types";

// 柞水县审计局 2020年部门决算 — 一般公共预算财政拨款支出决算表: function-classification codes of
// 3/5/7 digits (类/款/项) in one column, written as numbers, a 合计 row first, 基本支出/项目支出
// under 本年支出, a 栏次 row.
export const layout: CorpusLayout = {
  id: "zhashui-2020-gpb-expenditure",
  source: {
    title: "柞水县审计局2020年部门决算 — 五、一般公共预算财政拨款支出决算表",
    url: "http://219.145.244.73:88/html/zwgk/czysjs/118395.html",
    publisher: "柞水县审计局",
    date: "2021",
    changes:
      "The stored page lists the table in its contents but does not reproduce its body; the layout follows the " +
      "national 部门决算公开 template for this table (项目: 科目编码/科目名称; 本年支出: 合计/基本支出/项目支出; 栏次 1 2 3; " +
      "合计 row first; 注 under the table), which the publication says it uses. Codes are real function-" +
      "classification codes; amounts invented. Planted: 2080506 states 9.93 so that 20805 (stated 28.16) no " +
      "longer equals its 项 (18.77 + 9.93 = 28.70), in 合计 and in 基本支出.",
  },
  classes: ["execution", "final-accounts", "lei-kuan-xiang-codes", "codes-as-numbers", "column-number-row", "total-row-first", "two-header-rows", "wanyuan-caption"],
  settings: { asOf: "2020-12-31" },
  sheets: [
    {
      name: "公开05表",
      widths: [12, 36, 12, 12, 12],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        [null, null, null, null, "公开05表"],
        ["部门：柞水县审计局", null, null, null, "金额单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 268.4, 231.55, 36.85],
        [201, "一般公共服务支出", 224.92, 188.07, 36.85],
        [20108, "审计事务", 224.92, 188.07, 36.85],
        [2010801, "行政运行", 188.07, 188.07, 0],
        [2010804, "审计业务", 26.85, 0, 26.85],
        [2010899, "其他审计事务支出", 10, 0, 10],
        [208, "社会保障和就业支出", 28.16, 28.16, 0],
        [20805, "行政事业单位养老支出", 28.16, 28.16, 0],
        [2080505, "机关事业单位基本养老保险缴费支出", 18.77, 18.77, 0],
        [2080506, "机关事业单位职业年金缴费支出", 9.93, 9.93, 0],
        [210, "卫生健康支出", 6.84, 6.84, 0],
        [21011, "行政事业单位医疗", 6.84, 6.84, 0],
        [2101101, "行政单位医疗", 6.84, 6.84, 0],
        [221, "住房保障支出", 8.48, 8.48, 0],
        [22102, "住房改革支出", 8.48, 8.48, 0],
        [2210201, "住房公积金", 8.48, 8.48, 0],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:B4", "C4:E4", "A7:B7", "A23:E23"],
      numberFormats: { "C7:E22": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公开05表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 22,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C14", why: "款 20805 states 28.16; its 项 2080505 18.77 + 2080506 9.93 = 28.70" },
      { rule: "execution.total-mismatch", cell: "D14", why: "基本支出 of 20805 states 28.16; 18.77 + 9.93 = 28.70" },
    ],
    absent: [
      {
        rule: "execution.total-mismatch",
        cell: "C7",
        why: "合计 268.40 = the 类 rows 224.92 + 28.16 + 6.84 + 8.48; 款 and 项 rows are not added again (all rows would give 3 × as much)",
      },
      { rule: "execution.total-mismatch", cell: "C9", why: "款 20108 224.92 = 188.07 + 26.85 + 10.00" },
      { rule: "execution.total-mismatch", cell: "C13", why: "类 208 = 款 20805 as stated (28.16); the error is in 20805 against its 项, reported there" },
      { rule: "execution.total-mismatch", cell: "C10", why: "合计 = 基本支出 + 项目支出 on every row (188.07 = 188.07 + 0.00)" },
      { rule: "input.unreadable-value", cell: "A8", why: "201 is a 类 code, not an amount" },
      { rule: "execution.total-mismatch", cell: "C6", why: "the 栏次 row (1, 2, 3) numbers columns" },
      { rule: "execution.overspent", why: "a 决算 table without a budget column has nothing to overspend" },
    ],
  },
};
