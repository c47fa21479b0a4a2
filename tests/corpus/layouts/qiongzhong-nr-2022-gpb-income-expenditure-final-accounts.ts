import type { CorpusLayout } from "../types";

// 琼中黎族苗族自治县自然资源和规划局（本级） 2022年度决算公开报告, 第二部分's 一般公共预算财政拨款收入支出决算公开表: 类 / 款 / 项 codes and names |
// 年初结转和结余 | 本年收入 | 本年支出 (小计 | 基本支出 | 项目支出) | 年末结转和结余, a 栏次 row, 合计 on top.
export const layout: CorpusLayout = {
  id: "qiongzhong-nr-2022-gpb-income-expenditure-final-accounts",
  source: {
    title: "海南省琼中黎族苗族自治县自然资源和规划局本级2022年度决算公开报告（一般公共预算财政拨款收入支出决算公开表）",
    url: "https://qiongzhong.hainan.gov.cn/xxgkzl/gtzyj/xxgkml/202404/t20240425_3653365.html",
    publisher: "琼中黎族苗族自治县自然资源和规划局",
    date: "2023-04-25",
    changes:
      "As published: the report, the unit (本级), the year and its contents (第二部分 2022年度本级决算公开表). The stored copy shows the contents and 单位职责 " +
      "only: the table is the 决算 template's 一般公共预算财政拨款收入支出决算公开表, and its 科目 lines and every figure are ours. Planted: the 款 22001 " +
      "自然资源事务's 本年支出 小计 typed 1,475.10 where its 基本支出 612.38 + 项目支出 844.72 = 1,457.10 (its 项 lines and the 类 220 above it carry 1,457.10).",
  },
  classes: [
    "execution", "final-accounts", "class-section-item-outline", "functional-codes", "carry-over-columns", "subtotal-column", "basic-and-project-split",
    "total-row-first", "column-number-row", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-not-in-stored-copy", "county-department", "hainan",
  ],
  settings: { district: "琼中黎族苗族自治县" },
  sheets: [
    {
      name: "公开表五",
      widths: [14, 30, 14, 12, 12, 12, 12, 14],
      rows: [
        ["一般公共预算财政拨款收入支出决算公开表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "公开05表"],
        ["编制单位：琼中黎族苗族自治县自然资源和规划局（本级）", null, null, null, "2022年度", null, null, "单位：万元"],
        ["项目", null, "年初结转和结余", "本年收入", "本年支出", null, null, "年末结转和结余"],
        ["支出功能分类科目编码", "科目名称", null, null, "小计", "基本支出", "项目支出", null],
        ["栏次", null, 1, 2, 3, 4, 5, 6],
        [null, "合计", 36.5, 1624.99, 1628.13, 783.41, 844.72, 33.36],
        ["208", "社会保障和就业支出", 0, 86.52, 86.52, 86.52, 0, 0],
        ["20805", "行政事业单位养老支出", 0, 86.52, 86.52, 86.52, 0, 0],
        ["2080505", "机关事业单位基本养老保险缴费支出", 0, 57.68, 57.68, 57.68, 0, 0],
        ["2080506", "机关事业单位职业年金缴费支出", 0, 28.84, 28.84, 28.84, 0, 0],
        ["210", "卫生健康支出", 0, 39.21, 39.21, 39.21, 0, 0],
        ["21011", "行政事业单位医疗", 0, 39.21, 39.21, 39.21, 0, 0],
        ["2101101", "行政单位医疗", 0, 26.45, 26.45, 26.45, 0, 0],
        ["2101102", "事业单位医疗", 0, 12.76, 12.76, 12.76, 0, 0],
        ["220", "自然资源海洋气象等支出", 36.5, 1453.96, 1457.1, 612.38, 844.72, 33.36],
        ["22001", "自然资源事务", 36.5, 1453.96, 1475.1, 612.38, 844.72, 33.36],
        ["2200101", "行政运行", 0, 402.16, 402.16, 402.16, 0, 0],
        ["2200104", "自然资源规划及管理", 20, 340, 352.6, 0, 352.6, 7.4],
        ["2200106", "自然资源利用与保护", 16.5, 501.58, 492.12, 0, 492.12, 25.96],
        ["2200150", "事业运行", 0, 210.22, 210.22, 210.22, 0, 0],
        ["221", "住房保障支出", 0, 45.3, 45.3, 45.3, 0, 0],
        ["22102", "住房改革支出", 0, 45.3, 45.3, 45.3, 0, 0],
        ["2210201", "住房公积金", 0, 45.3, 45.3, 45.3, 0, 0],
        ["注：本表反映部门本年度一般公共预算财政拨款的收支和年初、年末结转结余情况。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A3:D3", "E3:G3", "A4:B4", "C4:C5", "D4:D5", "E4:G4", "H4:H5", "A6:B6", "A25:H25"],
      numberFormats: { "C7:H24": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公开表五",
        kind: "execution",
        unit: "万元",
        headerRow: 4,
        lastRow: 24,
        columns: { A: "code", B: "line", E: "actual", F: "actual:基本支出", G: "actual:项目支出" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "E17", why: "22001 自然资源事务 小计 1,475.10 where 612.38 + 844.72 = 1,457.10 (and its 项 lines 402.16 + 352.60 + 492.12 + 210.22 = 1,457.10): 18.00 over" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "E16", why: "类 220's 1,457.10 agrees with its 项 lines and its own 612.38 + 844.72; the slip is the 款's, reported once" },
      { rule: "execution.total-mismatch", cell: "E7", why: "合计 1,628.13 = 86.52 + 39.21 + 1,457.10 + 45.30 = 783.41 + 844.72" },
      { rule: "execution.total-mismatch", cell: "F7", why: "基本支出 86.52 + 39.21 + 612.38 + 45.30 = 783.41" },
      { rule: "execution.total-mismatch", cell: "D7", why: "本年收入 86.52 + 39.21 + 1,453.96 + 45.30 = 1,624.99" },
      { rule: "execution.overspent", cell: "E19", why: "2200104 spent 352.60 of 本年收入 340.00 with 20.00 carried over: neither 本年收入 nor 年初结转和结余 is a budget" },
      { rule: "execution.no-spending", cell: "G18", why: "行政运行 has no 项目支出 and no budget column: nothing budgeted is unspent" },
      { rule: "execution.behind-schedule", why: "the table has no budget column: there is no rate to fall behind" },
      { rule: "execution.total-mismatch", cell: "C6", why: "1–6 are column numbers (栏次)" },
    ],
  },
};
