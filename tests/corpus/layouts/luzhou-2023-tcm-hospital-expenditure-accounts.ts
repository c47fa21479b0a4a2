import type { CorpusLayout } from "../types";

// 泸州市中医医院 2024-09-24: the 2023 unit final accounts, 支出决算表 (公开03表) — spending by function class in
// 类 / 款 / 项 codes, 本年支出合计 split 基本支出 / 项目支出 (and four columns left empty), a 栏次 row, 合计 first.
export const layout: CorpusLayout = {
  id: "luzhou-2023-tcm-hospital-expenditure-accounts",
  source: {
    title: "2023年度泸州市中医医院单位决算（第五部分 附表 三、支出决算表）",
    url: "http://www.lzszyyy.com/content/3654.html",
    publisher: "泸州市中医医院",
    date: "2024-09-24",
    changes:
      "The table's title and its place among the annexes (一、收入支出决算总表 二、收入决算表 三、支出决算表 …) are as published; " +
      "the stored copy shows the table of contents and links the tables as an .xls, so the table body follows the national " +
      "公开03表 as units publish it (项目 | 本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出; " +
      "功能分类科目编码 / 科目名称; 栏次 1–6; 合计 first; 单位名称 and 金额单位：万元 above). The classes and codes are the " +
      "national function classification; which of them the hospital uses and every amount are ours. Planted: 21011 " +
      "行政事业单位医疗 states 221.05 where its two 项 add up to 211.05 (and so do its 基本支出 211.05 + 项目支出 0).",
  },
  classes: [
    "execution", "final-accounts", "lei-kuan-xiang-codes", "codes-as-text", "total-row-first", "column-number-row", "row-total-column",
    "basic-and-project-columns", "empty-columns", "three-header-rows", "wanyuan-caption", "notes-under-table", "sichuan",
  ],
  sheets: [
    {
      name: "支出决算表",
      widths: [16, 30, 14, 12, 12, 12, 10, 16],
      rows: [
        ["支出决算表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "公开03表"],
        ["单位名称：泸州市中医医院", null, null, null, null, null, null, "金额单位：万元"],
        ["项目", null, "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
        ["功能分类科目编码", "科目名称", null, null, null, null, null, null],
        ["栏次", null, 1, 2, 3, 4, 5, 6],
        ["合计", null, 7119.48, 5792.9, 1326.58, null, null, null],
        ["208", "社会保障和就业支出", 468.6, 468.6, null, null, null, null],
        ["20805", "行政事业单位养老支出", 468.6, 468.6, null, null, null, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 312.4, 312.4, null, null, null, null],
        ["2080506", "机关事业单位职业年金缴费支出", 156.2, 156.2, null, null, null, null],
        ["210", "卫生健康支出", 6363.98, 5037.4, 1326.58, null, null, null],
        ["21002", "公立医院", 6066.53, 4826.35, 1240.18, null, null, null],
        ["2100202", "中医（民族）医院", 6066.53, 4826.35, 1240.18, null, null, null],
        ["21004", "公共卫生", 86.4, null, 86.4, null, null, null],
        ["2100408", "基本公共卫生服务", 86.4, null, 86.4, null, null, null],
        ["21011", "行政事业单位医疗", 221.05, 211.05, null, null, null, null],
        ["2101102", "事业单位医疗", 198.75, 198.75, null, null, null, null],
        ["2101199", "其他行政事业单位医疗支出", 12.3, 12.3, null, null, null, null],
        ["221", "住房保障支出", 286.9, 286.9, null, null, null, null],
        ["22102", "住房改革支出", 286.9, 286.9, null, null, null, null],
        ["2210201", "住房公积金", 286.9, 286.9, null, null, null, null],
        ["注：本表反映单位本年度各项支出情况。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A4:B4", "C4:C5", "D4:D5", "E4:E5", "F4:F5", "G4:G5", "H4:H5", "A6:B6", "A7:B7", "A23:H23"],
      numberFormats: { "C7:H22": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 22,
        columns: { A: "code", B: "line", C: "actual", D: "actual:基本支出", E: "actual:项目支出" },
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "C17",
        why: "21011 行政事业单位医疗 states 221.05; its 项 198.75 + 12.30 = 211.05, as are its own 基本支出 211.05 + 项目支出 0 (10.00万元 too much)",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 7,119.48 = 468.60 + 6,363.98 + 286.90 (the 类) = 5,792.90 + 1,326.58" },
      { rule: "execution.total-mismatch", cell: "D7", why: "基本支出 5,792.90 = 468.60 + 5,037.40 + 286.90" },
      { rule: "execution.total-mismatch", cell: "E7", why: "项目支出 1,326.58 = 1,240.18 + 86.40" },
      { rule: "execution.total-mismatch", cell: "C9", why: "20805 468.60 = 312.40 + 156.20" },
      { rule: "execution.total-mismatch", cell: "D12", why: "210 基本支出 5,037.40 = 4,826.35 + 0 + 211.05" },
      { rule: "execution.total-mismatch", cell: "E12", why: "210 项目支出 1,326.58 = 1,240.18 + 86.40 + 0" },
      { rule: "execution.total-mismatch", cell: "C20", why: "221 286.90 = its one 款, = its one 项" },
      { rule: "execution.total-mismatch", cell: "C6", why: "the 栏次 row (1–6) is column numbers, not amounts" },
      { rule: "execution.overspent", why: "a final-accounts table of spending only: no budget column" },
      { rule: "execution.no-spending", why: "no budget column" },
      { rule: "execution.rate-mismatch", why: "no rate column" },
      { rule: "input.unreadable-value", why: "the codes, the 栏次 label and the note are not amounts" },
    ],
  },
};
