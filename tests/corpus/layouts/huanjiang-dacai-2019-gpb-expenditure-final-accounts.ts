import type { CorpusLayout } from "../types";

// 环江毛南族自治县大才乡人民政府 2019年度部门决算及“三公”经费决算情况说明: 第二部分 lists 表五 一般公共预算财政拨款支出决算表 among eight tables; the
// grids are not in the stored copy. Set out as the 2019 national 公开05表 prints it — 项目 (科目编码 | 科目名称) | 本年支出 (合计 | 基本支出 | 项目支出), a 栏次
// row, 合计 first, then a township government's 类 / 款 / 项 (行政运行, 养老保险缴费, 对村民委员会和村党支部的补助, 住房公积金).
export const layout: CorpusLayout = {
  id: "huanjiang-dacai-2019-gpb-expenditure-final-accounts",
  source: {
    title: "环江毛南族自治县大才乡人民政府2019年度部门决算及“三公”经费决算情况说明（表五：一般公共预算财政拨款支出决算表；表据决算目录拟）",
    url: "http://159.75.53.135:8081/index.php?content_id=129839&r=article%2FContent%2Findex",
    publisher: "环江毛南族自治县大才乡人民政府",
    date: "2020",
    changes:
      "As published: the 决算's parts and its eight tables (表五 一般公共预算财政拨款支出决算表), the township's 内设机构 (党政办公室、社会事务办公室、经济发展办公室 …). " +
      "The tables' grids are not in the stored copy (table-not-in-stored-copy): the national 公开05表 wording, the township's 科目 and every figure are ours. " +
      "Planted: 类 208 社会保障和就业支出 合计 typed 58.73 where its 款 and its own 基本支出 give 58.37; the 合计 row's 项目支出 typed 191.10 where " +
      "42.30 + 76.80 = 119.10.",
  },
  classes: [
    "execution", "final-accounts", "national-template", "lei-kuan-xiang-codes", "codes-as-text", "row-total-column", "two-header-rows", "column-number-row",
    "total-row-first", "blank-as-nothing", "indented-names", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy",
    "township-government", "guangxi",
  ],
  sheets: [
    {
      name: "公开05表",
      widths: [12, 34, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        [null, null, null, null, "公开05表"],
        ["部门：环江毛南族自治县大才乡人民政府", null, null, null, "金额单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 593.55, 474.45, 191.1],
        ["201", "一般公共服务支出", 424.96, 382.66, 42.3],
        ["20103", "  政府办公厅（室）及相关机构事务", 424.96, 382.66, 42.3],
        ["2010301", "    行政运行", 328.84, 286.54, 42.3],
        ["2010350", "    事业运行", 96.12, 96.12, null],
        ["208", "社会保障和就业支出", 58.73, 58.37, null],
        ["20805", "  行政事业单位离退休", 58.37, 58.37, null],
        ["2080505", "    机关事业单位基本养老保险缴费支出", 58.37, 58.37, null],
        ["213", "农林水支出", 76.8, null, 76.8],
        ["21307", "  农村综合改革", 76.8, null, 76.8],
        ["2130705", "    对村民委员会和村党支部的补助", 76.8, null, 76.8],
        ["221", "住房保障支出", 33.42, 33.42, null],
        ["22102", "  住房改革支出", 33.42, 33.42, null],
        ["2210201", "    住房公积金", 33.42, 33.42, null],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:B4", "C4:E4", "A6:B6", "A7:B7", "A21:E21"],
      numberFormats: { "C7:E20": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公开05表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 20,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C12", why: "类 208 合计 58.73 where its 款 20805 gives 58.37, and its own 基本支出 58.37 + 项目支出 (blank) = 58.37: 0.36万元 too much" },
      { rule: "execution.total-mismatch", cell: "E7", why: "合计 row 项目支出 191.10 where the 类 give 42.30 + 76.80 = 119.10 (72.00万元 too much)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 593.55 = 424.96 + 58.37 + 76.80 + 33.42, 208 as its parts give (the slip is 208's, reported once); across the row 474.45 + 119.10 (the 项目支出 as its lines give) = 593.55, so the foot's slip is not reported again across" },
      { rule: "execution.total-mismatch", cell: "D7", why: "基本支出 474.45 = 382.66 + 58.37 + 33.42 (213 none)" },
      { rule: "execution.total-mismatch", cell: "C9", why: "20103 424.96 = 328.84 + 96.12, and = 382.66 + 42.30" },
      { rule: "execution.total-mismatch", cell: "C10", why: "行政运行 328.84 = 286.54 + 42.30" },
      { rule: "execution.total-mismatch", cell: "C6", why: "栏次 1 2 3 number the columns" },
      { rule: "execution.overspent", why: "the form states no budget" },
      { rule: "execution.rate-mismatch", why: "the form states no rate" },
      { rule: "input.unreadable-value", why: "blank 基本支出 / 项目支出 cells mean nothing; the codes are text; the note is text" },
    ],
  },
};
