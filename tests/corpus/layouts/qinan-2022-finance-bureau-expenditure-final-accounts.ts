import type { CorpusLayout } from "../types";

// 甘肃 天水市秦安县财政局 2022 部门决算, 三、支出决算表 (公开03表): spending by function in 类 / 款 / 项 codes, 本年支出合计 beside 基本支出 |
// 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出 (the last three empty for a bureau), a 栏次 row, 合计 first.
export const layout: CorpusLayout = {
  id: "qinan-2022-finance-bureau-expenditure-final-accounts",
  source: {
    title: "秦安县财政局2022年度部门决算公开说明（第二部分 三、支出决算表）",
    url: "https://www.qinan.gov.cn/info/2531/927182.htm",
    publisher: "秦安县财政局",
    date: "2023",
    changes:
      "The table's title and its place among the nine tables (一、收入支出决算总表 … 三、支出决算表 …) are as published; the stored copy shows the " +
      "contents and the bureau's duties, not the table body, so the body follows the national 公开03表 as units published it for 2022 (项目: 科目编码 / " +
      "科目名称 | 本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出; 栏次 1–6; 合计 first). Which classes the bureau uses " +
      "and every amount are ours. Planted: 20805 行政事业单位养老支出 states 79.58 where its two 项 add up to 78.58; 合计 基本支出 630.66 where the 类 " +
      "add up to 620.66.",
  },
  classes: [
    "execution", "final-accounts", "lei-kuan-xiang-codes", "codes-as-text", "row-total-column", "basic-and-project-columns", "empty-part-columns",
    "two-header-rows", "column-number-row", "total-row-first", "blank-as-nothing", "wanyuan-caption", "gansu",
  ],
  sheets: [
    {
      name: "支出决算表",
      widths: [12, 32, 14, 12, 12, 12, 10, 14],
      rows: [
        ["支出决算表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "公开03表"],
        ["部门：秦安县财政局", null, null, "2022年度", null, null, null, "金额单位：万元"],
        ["项目", null, "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
        ["科目编码", "科目名称", null, null, null, null, null, null],
        ["栏次", null, 1, 2, 3, 4, 5, 6],
        ["合计", null, 727.41, 630.66, 106.75, null, null, null],
        ["201", "一般公共服务支出", 575.07, 468.32, 106.75, null, null, null],
        ["20106", "财政事务", 575.07, 468.32, 106.75, null, null, null],
        ["2010601", "行政运行", 468.32, 468.32, null, null, null, null],
        ["2010602", "一般行政管理事务", 35.6, null, 35.6, null, null, null],
        ["2010607", "信息化建设", 18.4, null, 18.4, null, null, null],
        ["2010699", "其他财政事务支出", 52.75, null, 52.75, null, null, null],
        ["208", "社会保障和就业支出", 79.58, 79.58, null, null, null, null],
        ["20805", "行政事业单位养老支出", 79.58, 79.58, null, null, null, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 56.84, 56.84, null, null, null, null],
        ["2080506", "机关事业单位职业年金缴费支出", 21.74, 21.74, null, null, null, null],
        ["210", "卫生健康支出", 31.26, 31.26, null, null, null, null],
        ["21011", "行政事业单位医疗", 31.26, 31.26, null, null, null, null],
        ["2101101", "行政单位医疗", 31.26, 31.26, null, null, null, null],
        ["221", "住房保障支出", 41.5, 41.5, null, null, null, null],
        ["22102", "住房改革支出", 41.5, 41.5, null, null, null, null],
        ["2210201", "住房公积金", 41.5, 41.5, null, null, null, null],
        ["注：本表反映部门本年度各项支出情况。本表金额转换成万元时，因四舍五入可能存在尾差。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A3:C3", "D3:G3", "A4:B4", "C4:C5", "D4:D5", "E4:E5", "F4:F5", "G4:G5", "H4:H5", "A6:B6", "A7:B7", "A24:H24"],
      numberFormats: { "C7:H23": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 23,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C15", why: "20805 states 79.58; its 项 56.84 + 21.74 = 78.58 (1.00万元 too much)" },
      { rule: "execution.total-mismatch", cell: "D15", why: "20805 基本支出 79.58 where 56.84 + 21.74 = 78.58, the same slip in the 基本支出 column" },
      { rule: "execution.total-mismatch", cell: "D7", why: "合计 基本支出 630.66 where the 类 give 468.32 + 79.58 + 31.26 + 41.50 = 620.66 (10.00万元 too much)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 727.41 = 575.07 + 79.58 + 31.26 + 41.50, the 类 as stated" },
      { rule: "execution.total-mismatch", cell: "E7", why: "项目支出 106.75 = 106.75 from 201 alone" },
      { rule: "execution.total-mismatch", cell: "C9", why: "20106 575.07 = 468.32 + 35.60 + 18.40 + 52.75" },
      { rule: "execution.total-mismatch", cell: "E9", why: "20106 项目支出 106.75 = 35.60 + 18.40 + 52.75" },
      { rule: "execution.total-mismatch", cell: "C14", why: "208 79.58 = its one 款 20805 as stated (the slip is below it)" },
      { rule: "execution.total-mismatch", cell: "C6", why: "the 栏次 row (1–6) is column numbers, not amounts" },
      { rule: "execution.overspent", why: "a final-accounts table of spending only: no budget column" },
      { rule: "execution.no-spending", why: "no budget column; 上缴上级 / 经营 / 对附属单位补助 are simply empty" },
      { rule: "execution.rate-mismatch", why: "no rate column" },
      { rule: "input.unreadable-value", why: "the codes, 2022年度, the 栏次 label and the note are not amounts" },
    ],
  },
};
