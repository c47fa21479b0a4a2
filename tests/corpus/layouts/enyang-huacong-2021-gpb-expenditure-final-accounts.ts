import type { CorpusLayout } from "../types";

// 巴中市恩阳区花丛镇人民政府 2021部门决算公开 (2022-10-19): 第五部分 附表 六、一般公共预算财政拨款支出决算表 — 项目 over 科目编码 |
// 科目名称, 本年支出 over 合计 | 基本支出 | 项目支出, a 栏次 row, 合计 first, then 类 / 款 / 项 of a town government's spending
// (一般公共服务, 社会保障和就业, 卫生健康, 农林水, 住房保障).
export const layout: CorpusLayout = {
  id: "enyang-huacong-2021-gpb-expenditure-final-accounts",
  source: {
    title: "巴中市恩阳区花丛镇人民政府2021年度部门决算公开（第五部分 附表 六、一般公共预算财政拨款支出决算表）",
    url: "http://www.scey.gov.cn/public/6599611/11498123.html",
    publisher: "巴中市恩阳区花丛镇人民政府",
    date: "2022-10-19",
    changes:
      "As published: the town's name, the year and the list of fourteen tables naming 六、一般公共预算财政拨款支出决算表. The stored copy " +
      "shows the contents, not the tables: the form is the national 部门决算 form as 四川's towns publish it (项目 | 本年支出 合计 / 基本支出 / " +
      "项目支出, 栏次, 合计 first, codes as text), and every line and figure is ours. Planted: 21301 农业农村's 合计 written 63.10 where its " +
      "项 give 61.30 (= 48.90 + 12.40 across); the 合计 row's 基本支出 typed 357.42 where the 类 give 375.42.",
  },
  classes: ["execution", "final-accounts", "by-function", "lei-kuan-xiang-codes", "codes-as-text", "total-row-first", "column-number-row", "row-total-column", "two-header-rows", "blank-as-nothing", "town-government", "wanyuan-caption", "notes-under-table", "sichuan"],
  settings: { asOf: "2022-10-19" },
  sheets: [
    {
      name: "公开06表",
      widths: [12, 40, 12, 12, 12],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        [null, null, null, null, "公开06表"],
        ["部门：巴中市恩阳区花丛镇人民政府", null, "2021年度", null, "金额单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 555.42, 357.42, 180],
        ["201", "一般公共服务支出", 231.83, 228.63, 3.2],
        ["20101", "人大事务", 3.2, null, 3.2],
        ["2010108", "代表工作", 3.2, null, 3.2],
        ["20103", "政府办公厅（室）及相关机构事务", 228.63, 228.63, null],
        ["2010301", "行政运行", 186.45, 186.45, null],
        ["2010350", "事业运行", 42.18, 42.18, null],
        ["208", "社会保障和就业支出", 60.87, 54.07, 6.8],
        ["20805", "行政事业单位养老支出", 54.07, 54.07, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 38.62, 38.62, null],
        ["2080506", "机关事业单位职业年金缴费支出", 15.45, 15.45, null],
        ["20808", "抚恤", 6.8, null, 6.8],
        ["2080801", "死亡抚恤", 6.8, null, 6.8],
        ["210", "卫生健康支出", 19.64, 19.64, null],
        ["21011", "行政事业单位医疗", 19.64, 19.64, null],
        ["2101101", "行政单位医疗", 14.26, 14.26, null],
        ["2101102", "事业单位医疗", 5.38, 5.38, null],
        ["213", "农林水支出", 218.9, 48.9, 170],
        ["21301", "农业农村", 63.1, 48.9, 12.4],
        ["2130104", "事业运行", 48.9, 48.9, null],
        ["2130126", "农村社会事业", 12.4, null, 12.4],
        ["21305", "巩固脱贫衔接乡村振兴", 85, null, 85],
        ["2130599", "其他巩固脱贫衔接乡村振兴支出", 85, null, 85],
        ["21307", "农村综合改革", 72.6, null, 72.6],
        ["2130705", "对村民委员会和村党支部的补助", 72.6, null, 72.6],
        ["221", "住房保障支出", 24.18, 24.18, null],
        ["22102", "住房改革支出", 24.18, 24.18, null],
        ["2210201", "住房公积金", 24.18, 24.18, null],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:B3", "A4:B4", "C4:E4", "A6:B6", "A7:B7", "A35:E35"],
      numberFormats: { "C7:E34": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公开06表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 34,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C25", why: "21301 农业农村 合计 63.10; its 项 give 48.90 + 12.40 = 61.30, as do its own parts across (1.80万元 apart); 213 218.90 agrees with 61.30 + 85 + 72.60" },
      { rule: "execution.total-mismatch", cell: "D7", why: "合计 基本支出 357.42; the 类 give 228.63 + 54.07 + 19.64 + 48.90 + 24.18 = 375.42 (18.00万元 apart)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 555.42 = 231.83 + 60.87 + 19.64 + 218.90 + 24.18" },
      { rule: "execution.total-mismatch", cell: "E7", why: "项目支出 180.00 = 3.20 + 6.80 + 170.00" },
      { rule: "execution.total-mismatch", cell: "C24", why: "213 218.90 = 61.30 + 85.00 + 72.60, the 款 21301 as its 项 add up; the slip is reported once, at C25" },
      { rule: "execution.total-mismatch", cell: "C8", why: "201 231.83 = 3.20 + 228.63 and = 228.63 + 3.20 across" },
      { rule: "execution.total-mismatch", cell: "C6", why: "the 栏次 row numbers the columns" },
      { rule: "execution.overspent", why: "a final account with no budget column" },
      { rule: "execution.no-spending", why: "no budget; blank cells mean nothing" },
    ],
  },
};
