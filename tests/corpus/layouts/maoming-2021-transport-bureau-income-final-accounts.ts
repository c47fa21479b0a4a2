import type { CorpusLayout } from "../types";

// 茂名市交通运输局(本级) 2021年部门决算, 第二部分 表2 收入决算表: income by function subject in 类 / 款 / 项 outline, 本年收入合计 and its six
// sources (财政拨款收入 … 其他收入) side by side, a 栏次 row numbering the columns 1–7, 合计 first, the note under it.
export const layout: CorpusLayout = {
  id: "maoming-2021-transport-bureau-income-final-accounts",
  source: {
    title: "2021年茂名市交通运输局(本级)部门决算（第二部分 二、收入决算表）",
    url: "https://www.kunmingchi.com/archives/r9pk6xl4gbz5bldjgq3y.html",
    publisher: "茂名市交通运输局（转载）",
    date: "2022",
    changes:
      "As published: the report's contents (nine tables, 二、收入决算表 among them), the bureau's duties (公路, 水路, 港口航道) and that it has no " +
      "subordinate units. The stored copy shows the report's opening, not the table body: the columns (项目: 科目编码 | 科目名称; 本年收入合计 | " +
      "财政拨款收入 | 上级补助收入 | 事业收入 | 经营收入 | 附属单位上缴收入 | 其他收入), the 栏次 row, 公开02表, the header line and the note follow " +
      "the national template of 部门决算 tables; the subjects and every amount are ours. Planted: 合计's 本年收入合计 6,350.56 for 6,530.56 (digits " +
      "swapped); 2140106 公路养护 本年收入合计 881.70 where 845.20 + 26.50 = 871.70 (its 款 21401 states the true 5,927.25).",
  },
  classes: ["execution", "final-accounts", "income-by-source", "code-outline", "lei-kuan-xiang-codes", "codes-as-text", "row-total-column", "merged-header-over-two", "two-header-rows", "column-number-row", "total-row-first", "blank-as-nothing", "wanyuan-caption", "notes-under-table", "guangdong"],
  settings: { asOf: "2021-12-31" },
  sheets: [
    {
      name: "收入决算表",
      widths: [12, 30, 12, 12, 10, 10, 10, 12, 10],
      rows: [
        ["收入决算表", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "公开02表"],
        ["部门：茂名市交通运输局(本级)", null, null, null, "2021年度", null, null, null, "金额单位：万元"],
        ["项目", null, "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"],
        ["科目编码", "科目名称", null, null, null, null, null, null, null],
        ["栏次", null, 1, 2, 3, 4, 5, 6, 7],
        ["合计", null, 6350.56, 6491.66, null, null, null, null, 38.9],
        ["208", "社会保障和就业支出", 399.96, 399.96, null, null, null, null, null],
        ["20805", "行政事业单位养老支出", 399.96, 399.96, null, null, null, null, null],
        ["2080501", "行政单位离退休", 186.42, 186.42, null, null, null, null, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 142.36, 142.36, null, null, null, null, null],
        ["2080506", "机关事业单位职业年金缴费支出", 71.18, 71.18, null, null, null, null, null],
        ["210", "卫生健康支出", 90.71, 90.71, null, null, null, null, null],
        ["21011", "行政事业单位医疗", 90.71, 90.71, null, null, null, null, null],
        ["2101101", "行政单位医疗", 68.54, 68.54, null, null, null, null, null],
        ["2101103", "公务员医疗补助", 22.17, 22.17, null, null, null, null, null],
        ["214", "交通运输支出", 5927.25, 5888.35, null, null, null, null, 38.9],
        ["21401", "公路水路运输", 5927.25, 5888.35, null, null, null, null, 38.9],
        ["2140101", "行政运行", 1280.75, 1268.35, null, null, null, null, 12.4],
        ["2140104", "公路建设", 3560, 3560, null, null, null, null, null],
        ["2140106", "公路养护", 881.7, 845.2, null, null, null, null, 26.5],
        ["2140112", "公路运输管理", 214.8, 214.8, null, null, null, null, null],
        ["221", "住房保障支出", 112.64, 112.64, null, null, null, null, null],
        ["22102", "住房改革支出", 112.64, 112.64, null, null, null, null, null],
        ["2210201", "住房公积金", 112.64, 112.64, null, null, null, null, null],
        ["注：本表反映部门本年度取得的各项收入情况。", null, null, null, null, null, null, null, null],
      ],
      merges: [
        "A1:I1", "A3:D3", "E3:G3", "A4:B4", "C4:C5", "D4:D5", "E4:E5", "F4:F5", "G4:G5", "H4:H5", "I4:I5", "A6:B6", "A7:B7", "A26:I26",
      ],
      numberFormats: { "C7:I25": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "收入决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 25,
        columns: { A: "code", B: "line", C: "actual", D: "actual:财政拨款收入", I: "actual:其他收入" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 本年收入合计 6,350.56; the 类 give 399.96 + 90.71 + 5,927.25 + 112.64 = 6,530.56: 180.00万元 apart" },
      { rule: "execution.total-mismatch", cell: "C21", why: "2140106 公路养护 881.70 where 财政拨款收入 845.20 + 其他收入 26.50 = 871.70: 10.00万元 too much" },
      { rule: "execution.total-mismatch", cell: "C18", why: "款 21401 5,927.25 where its 项 1,280.75 + 3,560.00 + 881.70 + 214.80 = 5,937.25 (the 项 as written)" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D7", why: "财政拨款收入 6,491.66 = 399.96 + 90.71 + 5,888.35 + 112.64" },
      { rule: "execution.total-mismatch", cell: "I7", why: "其他收入 38.90 = 12.40 + 26.50, all under 214" },
      { rule: "execution.total-mismatch", cell: "C17", why: "类 214 5,927.25 = its one 款 21401 as stated" },
      { rule: "execution.total-mismatch", cell: "C9", why: "款 20805 399.96 = 186.42 + 142.36 + 71.18" },
      { rule: "execution.total-mismatch", cell: "C19", why: "2140101 1,280.75 = 1,268.35 + 12.40" },
      { rule: "execution.overspent", why: "an income table states no budget" },
      { rule: "execution.no-spending", why: "no budget column; blank sources are nothing" },
      { rule: "input.unreadable-value", why: "the 栏次 row, the codes, the header line and the note are labels" },
    ],
  },
};
