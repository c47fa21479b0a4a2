import type { CorpusLayout } from "../types";

// 贵州省黔南州平塘县财政局 2023-09-16: the 2022 department final accounts, 五、一般公共预算财政拨款支出决算表 — spending from the
// general budget by function class in 类 / 款 / 项 codes, 本年支出 split 小计 / 基本支出 / 项目支出 under a merged header, a 栏次
// row, 合计 first.
export const layout: CorpusLayout = {
  id: "pingtang-2022-finance-bureau-gpb-expenditure",
  source: {
    title: "平塘县财政局2022年度部门决算公开（第二部分 五、一般公共预算财政拨款支出决算表）",
    url: "https://www.gzpt.gov.cn/ztzl_500411/rdzt/ptxczzjxxgkzl/xygbmhdwczyjsjsgjf/xczj_5787728/202309/t20230916_82417937.html",
    publisher: "平塘县财政局",
    date: "2023-09-16",
    changes:
      "The table's title and its place among the nine tables (一、收入支出决算总表 … 五、一般公共预算财政拨款支出决算表 …) are as published; " +
      "the stored copy shows the contents and the unit's duties, not the table body, so the body follows the national 公开05表 as " +
      "units published it for 2022 (项目: 科目编码 / 科目名称 | 本年支出: 小计 / 基本支出 / 项目支出; 栏次 1–3; 合计 first; 部门 and 金额单位：万元 " +
      "above; a note). The classes and codes are the national function classification; which of them the bureau uses and every " +
      "amount are ours. Planted: 20106 财政事务 小计 908.00 where its four 项 add up to 896.00 (its 类 201 carries the 908.00); 合计 " +
      "项目支出 148.40 where the 类 add up to 138.40.",
  },
  classes: [
    "execution", "final-accounts", "lei-kuan-xiang-codes", "codes-as-text", "total-row-first", "column-number-row", "merged-header-over-three",
    "basic-and-project-columns", "two-header-rows", "wanyuan-caption", "notes-under-table", "guizhou",
  ],
  sheets: [
    {
      name: "一般公共预算财政拨款支出决算表",
      widths: [14, 34, 14, 14, 14],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        [null, null, null, null, "公开05表"],
        ["部门：平塘县财政局", null, "2022年度", null, "金额单位：万元"],
        ["项目", null, "本年支出", null, null],
        ["科目编码", "科目名称", "小计", "基本支出", "项目支出"],
        ["栏次", null, 1, 2, 3],
        ["合计", null, 1180.08, 1029.68, 148.4],
        ["201", "一般公共服务支出", 908, 757.6, 138.4],
        ["20106", "财政事务", 908, 757.6, 138.4],
        ["2010601", "行政运行", 612.4, 612.4, null],
        ["2010602", "一般行政管理事务", 86.3, null, 86.3],
        ["2010650", "事业运行", 145.2, 145.2, null],
        ["2010699", "其他财政事务支出", 52.1, null, 52.1],
        ["208", "社会保障和就业支出", 147.67, 147.67, null],
        ["20805", "行政事业单位养老支出", 135.07, 135.07, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 96.48, 96.48, null],
        ["2080506", "机关事业单位职业年金缴费支出", 38.59, 38.59, null],
        ["20808", "抚恤", 12.6, 12.6, null],
        ["2080801", "死亡抚恤", 12.6, 12.6, null],
        ["210", "卫生健康支出", 52.05, 52.05, null],
        ["21011", "行政事业单位医疗", 52.05, 52.05, null],
        ["2101101", "行政单位医疗", 41.25, 41.25, null],
        ["2101102", "事业单位医疗", 10.8, 10.8, null],
        ["221", "住房保障支出", 72.36, 72.36, null],
        ["22102", "住房改革支出", 72.36, 72.36, null],
        ["2210201", "住房公积金", 72.36, 72.36, null],
        ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:B3", "A4:B4", "C4:E4", "A6:B6", "A7:B7", "A27:E27"],
      numberFormats: { "C7:E26": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一般公共预算财政拨款支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 26,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C9", why: "20106 财政事务 states 908.00; its 项 612.40 + 86.30 + 145.20 + 52.10 = 896.00 (12.00万元 too much), as are its own 757.60 + 138.40" },
      { rule: "execution.total-mismatch", cell: "E7", why: "合计 项目支出 148.40 where the 类 give 138.40 + 0 + 0 + 0 = 138.40 (10.00万元 too much)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 1,180.08 = 908.00 + 147.67 + 52.05 + 72.36, the 类 as stated" },
      { rule: "execution.total-mismatch", cell: "D7", why: "基本支出 1,029.68 = 757.60 + 147.67 + 52.05 + 72.36" },
      { rule: "execution.total-mismatch", cell: "D9", why: "20106 基本支出 757.60 = 612.40 + 145.20" },
      { rule: "execution.total-mismatch", cell: "E9", why: "20106 项目支出 138.40 = 86.30 + 52.10" },
      { rule: "execution.total-mismatch", cell: "C14", why: "208 147.67 = 135.07 + 12.60" },
      { rule: "execution.total-mismatch", cell: "C15", why: "20805 135.07 = 96.48 + 38.59" },
      { rule: "execution.total-mismatch", cell: "C21", why: "21011 52.05 = 41.25 + 10.80" },
      { rule: "execution.total-mismatch", cell: "C6", why: "the 栏次 row (1–3) is column numbers, not amounts" },
      { rule: "execution.overspent", why: "a final-accounts table of spending only: no budget column" },
      { rule: "execution.no-spending", why: "no budget column" },
      { rule: "execution.rate-mismatch", why: "no rate column" },
      { rule: "input.unreadable-value", why: "the codes, 2022年度, the 栏次 label and the note are not amounts" },
    ],
  },
};
