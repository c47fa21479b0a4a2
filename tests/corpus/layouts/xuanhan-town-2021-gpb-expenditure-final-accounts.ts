import type { CorpusLayout } from "../types";

// 宣汉县 (达州, 四川) — a town government's 2021年度单位决算: 第五部分 附表 六、一般公共预算财政拨款支出决算表, the national form by
// 科目编码 | 科目名称 with 本年支出 小计 | 基本支出 | 项目支出, a 栏次 row and the 合计 first; 类, 款 and 项 rows each carry figures (the 类 and
// 款 rows repeat their 项 lines), the form's note under it.
export const layout: CorpusLayout = {
  id: "xuanhan-town-2021-gpb-expenditure-final-accounts",
  source: {
    title: "宣汉县（镇人民政府）2021年度单位决算（第五部分附表 六、一般公共预算财政拨款支出决算表）",
    url: "http://www.xuanhan.gov.cn/xxgk-show-70872.html",
    publisher: "宣汉县（镇人民政府）",
    date: "2022",
    changes:
      "The stored copy gives the 决算's contents (the fourteen annex tables by name, 六、一般公共预算财政拨款支出决算表 among them) and the town's " +
      "duties; the table body is not shown. Laid out as the national final-accounts form prints it (公开06表; 项目 over 科目编码 | 科目名称, 本年支出 " +
      "over 小计 | 基本支出 | 项目支出, 栏次 1–3, 合计 first, 类 / 款 / 项 rows, the form's note, shortened). The 编制单位 name and every subject line " +
      "and figure are ours. Planted: the 合计 row's 项目支出 typed 224.46 where its 项 lines give 55.56 + 186.90 = 242.46, so it misses its column and " +
      "its own row (506.63 + 224.46 = 731.09 against the 小计 749.09).",
  },
  classes: [
    "execution", "final-accounts", "department-final-account", "subject-codes", "class-section-item-outline", "basic-and-project-split",
    "column-number-row", "total-row-first", "two-header-rows", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table",
    "table-not-in-stored-copy", "town-government", "sichuan",
  ],
  sheets: [
    {
      name: "一般公共预算财政拨款支出决算表",
      widths: [12, 40, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        [null, null, null, null, "公开06表"],
        ["编制单位：宣汉县南坝镇人民政府", null, "2021年度", null, "金额单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "小计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        [null, "合计", 749.09, 506.63, 224.46],
        ["201", "一般公共服务支出", 412.36, 356.8, 55.56],
        ["20103", "政府办公厅（室）及相关机构事务", 412.36, 356.8, 55.56],
        ["2010301", "行政运行", 356.8, 356.8, 0],
        ["2010399", "其他政府办公厅（室）及相关机构事务支出", 55.56, 0, 55.56],
        ["208", "社会保障和就业支出", 78.42, 78.42, 0],
        ["20805", "行政事业单位养老支出", 78.42, 78.42, 0],
        ["2080505", "机关事业单位基本养老保险缴费支出", 52.28, 52.28, 0],
        ["2080506", "机关事业单位职业年金缴费支出", 26.14, 26.14, 0],
        ["210", "卫生健康支出", 31.05, 31.05, 0],
        ["21011", "行政事业单位医疗", 31.05, 31.05, 0],
        ["2101101", "行政单位医疗", 31.05, 31.05, 0],
        ["213", "农林水支出", 186.9, 0, 186.9],
        ["21307", "农村综合改革", 186.9, 0, 186.9],
        ["2130705", "对村民委员会和村党支部的补助", 186.9, 0, 186.9],
        ["221", "住房保障支出", 40.36, 40.36, 0],
        ["22102", "住房改革支出", 40.36, 40.36, 0],
        ["2210201", "住房公积金", 40.36, 40.36, 0],
        ["注：本表反映单位本年度一般公共预算财政拨款实际支出情况。本表金额转换为万元时，因四舍五入可能存在尾差。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:B3", "A4:B4", "C4:E4", "A6:B6", "A25:E25"],
      numberFormats: { "C7:E24": "#,##0.00" },
    },
  ],
  // Corrected after the hundred-and-fifty-eighth holdout's measurement (counted failed): stated the 合计 row's 项目支出 slip
  // twice, down its column (E7) and across its row (C7); docs/rules.md checks a total row's parts by column only, so the
  // slip is reported once, at E7.
  expect: {
    tables: [
      {
        sheet: "一般公共预算财政拨款支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 24,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "E7", why: "项目支出 合计 224.46; its 项 lines 55.56 (2010399) + 186.90 (2130705) = 242.46 (18.00 apart; the 类 and 款 rows repeat them)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D7", why: "基本支出 506.63 = 356.80 + 52.28 + 26.14 + 31.05 + 40.36" },
      { rule: "execution.total-mismatch", cell: "C13", why: "行政事业单位养老支出 78.42 = 52.28 + 26.14, and = 78.42 + 0 across" },
      { rule: "execution.total-mismatch", cell: "C8", why: "一般公共服务支出 412.36 = 356.80 + 55.56; the 类 row repeats its 款 row, not added twice" },
      { rule: "input.unreadable-value", cell: "C6", why: "栏次 1 / 2 / 3 is a column-number row, not figures" },
      { rule: "execution.no-spending", why: "a final account with no budget column: no spending status; 0 in a split column is the other half's money" },
      { rule: "execution.rate-mismatch", why: "the form states no rate" },
    ],
  },
};
