import type { CorpusLayout } from "../types";

// 辽宁省本溪观音阁经济开发区管委会 2023年度部门决算 (本溪满族自治县 2024-10-15) — 收入决算表 (公开02表): revenue by 类/款/项 of
// the spending it funds, 本年收入合计 beside its sources (财政拨款收入 | 上级补助收入 | 事业收入 | 经营收入 | 附属单位上缴收入 | 其他收入),
// 项目 over 科目编码 / 科目名称, a 栏次 row, 合计 first, codes as text.
export const layout: CorpusLayout = {
  id: "benxi-guanyinge-2023-income-final-accounts",
  source: {
    title: "辽宁省本溪观音阁经济开发区管委会2023年度部门决算（第四部分 二、收入决算表）",
    url: "http://bx.gov.cn/publicity/xzfxx/czyjs/bmjs/qtbmjs/124833",
    publisher: "本溪满族自治县人民政府（辽宁省本溪观音阁经济开发区管委会）",
    date: "2024-10-15",
    changes:
      "The stored page gives the publication's contents, duties and text, not the table body; the layout follows the national " +
      "部门决算公开 template of 收入决算表 (公开02表) that the contents list: 项目 (科目编码 | 科目名称) | 本年收入合计 | the six sources, the 栏次 " +
      "row, 合计 first, 金额单位：万元, the note. The codes and names are real functional-classification codes chosen for a development-" +
      "zone committee (招商引资, 土地开发支出); the amounts are ours. Planted: 合计 本年收入合计 1,821.65 where the 类 and the sources both " +
      "give 1,811.65; 2010350 事业运行 本年收入合计 95.50 where 86.20 + 4.30 = 90.50 (its 款 20103 keeps the right 402.96).",
  },
  classes: ["execution", "final-accounts", "income-by-source", "lei-kuan-xiang-codes", "codes-as-text", "total-row-first", "column-number-row", "row-total-column", "two-header-rows", "empty-source-columns", "wanyuan-caption", "notes-under-table", "liaoning"],
  settings: { asOf: "2023-12-31" },
  sheets: [
    {
      name: "公开02表",
      widths: [12, 34, 14, 14, 12, 10, 10, 14, 10],
      rows: [
        ["收入决算表", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "公开02表"],
        ["部门：辽宁省本溪观音阁经济开发区管委会", null, null, null, null, null, null, null, "金额单位：万元"],
        ["项目", null, "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"],
        ["科目编码", "科目名称", null, null, null, null, null, null, null],
        ["栏次", null, 1, 2, 3, 4, 5, 6, 7],
        ["合计", null, 1821.65, 1807.35, null, null, null, null, 4.3],
        ["201", "一般公共服务支出", 460.96, 456.66, null, null, null, null, 4.3],
        ["20103", "政府办公厅（室）及相关机构事务", 402.96, 398.66, null, null, null, null, 4.3],
        ["2010301", "行政运行", 312.46, 312.46, null, null, null, null, null],
        ["2010350", "事业运行", 95.5, 86.2, null, null, null, null, 4.3],
        ["20113", "商贸事务", 58, 58, null, null, null, null, null],
        ["2011308", "招商引资", 58, 58, null, null, null, null, null],
        ["208", "社会保障和就业支出", 53.93, 53.93, null, null, null, null, null],
        ["20805", "行政事业单位养老支出", 53.93, 53.93, null, null, null, null, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 38.52, 38.52, null, null, null, null, null],
        ["2080506", "机关事业单位职业年金缴费支出", 15.41, 15.41, null, null, null, null, null],
        ["210", "卫生健康支出", 17.86, 17.86, null, null, null, null, null],
        ["21011", "行政事业单位医疗", 17.86, 17.86, null, null, null, null, null],
        ["2101101", "行政单位医疗", 17.86, 17.86, null, null, null, null, null],
        ["212", "城乡社区支出", 1250, 1250, null, null, null, null, null],
        ["21208", "国有土地使用权出让收入安排的支出", 1250, 1250, null, null, null, null, null],
        ["2120802", "土地开发支出", 1250, 1250, null, null, null, null, null],
        ["221", "住房保障支出", 28.9, 28.9, null, null, null, null, null],
        ["22102", "住房改革支出", 28.9, 28.9, null, null, null, null, null],
        ["2210201", "住房公积金", 28.9, 28.9, null, null, null, null, null],
        ["注：本表反映部门本年度取得的各项收入情况。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A3:D3", "A4:B4", "C4:C5", "D4:D5", "E4:E5", "F4:F5", "G4:G5", "H4:H5", "I4:I5", "A6:B6", "A7:B7", "A27:I27"],
      numberFormats: { "C7:I26": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公开02表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 26,
        columns: { A: "code", B: "line", C: "actual", D: "actual:财政拨款收入", I: "actual:其他收入" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 本年收入合计 1,821.65 where the 类 add up to 460.96 + 53.93 + 17.86 + 1,250.00 + 28.90 = 1,811.65, and its sources to 1,807.35 + 4.30 = 1,811.65: 10.00万元 too much" },
      { rule: "execution.total-mismatch", cell: "C11", why: "2010350 事业运行 本年收入合计 95.50 where its sources give 86.20 + 4.30 = 90.50: 5.00万元 too much" },
      { rule: "execution.total-mismatch", cell: "C9", why: "款 20103 402.96 where its 项 as stated give 312.46 + 95.50 = 407.96 (the slip is in 2010350; 402.96 is right by its sources 398.66 + 4.30)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D7", why: "财政拨款收入 1,807.35 = 456.66 + 53.93 + 17.86 + 1,250.00 + 28.90" },
      { rule: "execution.total-mismatch", cell: "I7", why: "其他收入 4.30 = 201's 4.30" },
      { rule: "execution.total-mismatch", cell: "C8", why: "201 460.96 = 402.96 + 58.00, and = 456.66 + 4.30" },
      { rule: "execution.total-mismatch", cell: "D9", why: "20103 财政拨款收入 398.66 = 312.46 + 86.20" },
      { rule: "execution.total-mismatch", cell: "C15", why: "20805 53.93 = 38.52 + 15.41" },
      { rule: "execution.total-mismatch", cell: "C6", why: "the 栏次 row (1–7) is column numbers, not amounts" },
      { rule: "execution.overspent", why: "a 收入决算表 has no budget column" },
      { rule: "execution.no-spending", why: "no budget column; the empty source columns are sources not used, not rows unspent" },
      { rule: "input.unreadable-value", why: "the codes are text by design; blank source columns mean nothing; the note is text" },
    ],
  },
};
