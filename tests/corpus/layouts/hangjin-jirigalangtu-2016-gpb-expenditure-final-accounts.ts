import type { CorpusLayout } from "../types";

// 鄂尔多斯市杭锦旗吉日嘎朗图镇人民政府 2016年度部门决算, 一般公共预算财政拨款支出决算表: 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 under
// 本年支出, a 栏次 row, 合计 first, then 类 / 款 / 项 by code — a township whose whole income is 财政拨款 (十个全覆盖, 精准扶贫 money in 农林水).
export const layout: CorpusLayout = {
  id: "hangjin-jirigalangtu-2016-gpb-expenditure-final-accounts",
  source: {
    title: "内蒙古自治区鄂尔多斯市杭锦旗吉日嘎朗图镇人民政府2016年度部门决算（一般公共预算财政拨款支出决算表）",
    url: "http://www.hjq.gov.cn/zwgk2023/xxgk/fdzdgk/czzj/yjsgk_152671/2020nqyjsgk/smz/jrgltz_152737/202308/t20230826_3475008.html",
    publisher: "杭锦旗吉日嘎朗图镇人民政府",
    date: "2017",
    changes:
      "The stored copy shows the 基本情况 and the 决算情况说明 (收入总计 all 财政拨款; more 农林水 money for 十个全覆盖 and 精准扶贫), not the " +
      "tables: the 一般公共预算财政拨款支出决算表 is laid out as the national 部门决算 form of 2016 prints it (本年支出 over 合计 | 基本支出 | " +
      "项目支出, 栏次 row, 合计 first, 类 / 款 / 项 by 科目编码) (table-not-in-stored-copy). Lines and figures are ours. Planted: 213 农林水支出 " +
      "typed 3,063.65 where its 款 add up to 232.15 + 2,486.50 + 318.00 = 3,036.65 (基本 232.15 + 项目 2,804.50 = 3,036.65 too).",
  },
  classes: ["execution", "final-accounts", "function-classification", "code-column", "class-section-item-rows", "basic-and-project-across", "column-number-row", "total-row-first", "thousands-separator", "two-decimal-wanyuan", "unit-line-with-department", "notes-under-table", "table-not-in-stored-copy", "township", "neimenggu"],
  settings: { district: "鄂尔多斯市杭锦旗" },
  sheets: [
    {
      name: "一般公共预算财政拨款支出决算表",
      widths: [12, 34, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        ["编制单位：杭锦旗吉日嘎朗图镇人民政府", null, "2016年度", null, "单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 4259.23, 1454.73, 2804.5],
        ["201", "一般公共服务支出", 997.66, 997.66, null],
        ["20103", "政府办公厅（室）及相关机构事务", 997.66, 997.66, null],
        ["2010301", "行政运行", 612.4, 612.4, null],
        ["2010350", "事业运行", 385.26, 385.26, null],
        ["208", "社会保障和就业支出", 146.8, 146.8, null],
        ["20805", "行政事业单位离退休", 146.8, 146.8, null],
        ["2080501", "归口管理的行政单位离退休", 146.8, 146.8, null],
        ["213", "农林水支出", 3063.65, 232.15, 2804.5],
        ["21301", "农业", 232.15, 232.15, null],
        ["2130104", "事业运行", 232.15, 232.15, null],
        ["21305", "扶贫", 2486.5, null, 2486.5],
        ["2130599", "其他扶贫支出", 2486.5, null, 2486.5],
        ["21307", "农村综合改革", 318, null, 318],
        ["2130705", "对村民委员会和村党支部的补助", 318, null, 318],
        ["221", "住房保障支出", 78.12, 78.12, null],
        ["22102", "住房改革支出", 78.12, 78.12, null],
        ["2210201", "住房公积金", 78.12, 78.12, null],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:B3", "C3:E3", "A5:B5", "A6:B6", "A24:E24"],
      numberFormats: { "C6:E23": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一般公共预算财政拨款支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 23,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2016,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C14", why: "213 农林水支出 3,063.65 where its 款 21301 232.15 + 21305 2,486.50 + 21307 318.00 = 3,036.65, and 基本 232.15 + 项目 2,804.50 = 3,036.65 (27.00 over)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C6", why: "合计 4,259.23 = 997.66 + 146.80 + 3,036.65 + 78.12 (the 类 as their 款 add up); 1,454.73 + 2,804.50 = 4,259.23" },
      { rule: "execution.total-mismatch", cell: "E14", why: "项目支出 2,804.50 = 2,486.50 + 318.00" },
      { rule: "execution.total-mismatch", cell: "C8", why: "20103 997.66 = 612.40 + 385.26" },
      { rule: "execution.total-mismatch", cell: "C5", why: "栏次 1 | 2 | 3 are column numbers, not figures" },
      { rule: "execution.no-spending", why: "no budget column: a final-accounts table of spending only has no spending status" },
      { rule: "execution.overspent", why: "no budget column" },
      { rule: "register.ineligible-location", why: "no register: 科目名称 are budget heads, not places" },
    ],
  },
};
