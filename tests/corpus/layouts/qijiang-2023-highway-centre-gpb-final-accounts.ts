import type { CorpusLayout } from "../types";

// 重庆市綦江区公路事务中心 2023 决算公开说明: the 一般公共预算财政拨款支出 by 类 / 款 / 项, each written in prose as “支出决算为X万元，
// 完成预算Y%”. Laid out as the table behind it: 科目编码 | 科目名称 | 预算数 | 决算数 | 完成预算%, 合计 first, 类 and 款 rows above their 项.
export const layout: CorpusLayout = {
  id: "qijiang-2023-highway-centre-gpb-final-accounts",
  source: {
    title: "重庆市綦江区公路事务中心2023年度决算公开说明（一般公共预算财政拨款支出决算表据正文拟）",
    url: "http://cqqj.gov.cn/zwgk_159/fdzdgknr/czyjs/js/jtj/202410/t20241022_13728183_wap.html",
    publisher: "重庆市綦江区公路事务中心",
    date: "2024-10-22",
    changes:
      "As published: the unit, the year, the function classes a highway centre spends under (社会保障和就业, 卫生健康, 交通运输 公路水路运输, 住房保障) " +
      "and the “完成预算%” wording. Ours: the table (the stored copy shows the prose only), every figure, the cut to eight 项. Planted: 公路建设 spent " +
      "5,012.30 of 4,860.00; 公路运输管理 spent nothing of 126.00; 公路养护's rate typed 97.07% (3,388.76 / 3,420.50 = 99.07%).",
  },
  classes: ["execution", "final-accounts", "function-codes", "class-kuan-xiang-rows", "total-row-first", "rates-as-text", "two-decimal-rates", "two-decimal-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "district-unit", "chongqing"],
  settings: { asOf: "2024-10-22" },
  sheets: [
    {
      name: "一般公共预算财政拨款支出决算表",
      widths: [12, 30, 12, 12, 12],
      rows: [
        ["一般公共预算财政拨款支出决算表", null, null, null, null],
        ["编制单位：重庆市綦江区公路事务中心　　2023年度", null, null, null, "单位：万元"],
        ["科目编码", "科目名称", "预算数", "决算数", "完成预算%"],
        [null, "合计", 9187.96, 9172.85, "99.84%"],
        ["208", "社会保障和就业支出", 260.96, 260.96, "100.00%"],
        ["20805", "行政事业单位养老支出", 260.96, 260.96, "100.00%"],
        ["2080505", "机关事业单位基本养老保险缴费支出", 186.4, 186.4, "100.00%"],
        ["2080506", "机关事业单位职业年金缴费支出", 74.56, 74.56, "100.00%"],
        ["210", "卫生健康支出", 98.2, 96.35, "98.12%"],
        ["21011", "行政事业单位医疗", 98.2, 96.35, "98.12%"],
        ["2101102", "事业单位医疗", 98.2, 96.35, "98.12%"],
        ["214", "交通运输支出", 8716.5, 8703.24, "99.85%"],
        ["21401", "公路水路运输", 8716.5, 8703.24, "99.85%"],
        ["2140104", "公路建设", 4860, 5012.3, "103.13%"],
        ["2140106", "公路养护", 3420.5, 3388.76, "97.07%"],
        ["2140112", "公路运输管理", 126, 0, "0.00%"],
        ["2140199", "其他公路水路运输支出", 310, 302.18, "97.48%"],
        ["221", "住房保障支出", 112.3, 112.3, "100.00%"],
        ["22102", "住房改革支出", 112.3, 112.3, "100.00%"],
        ["2210201", "住房公积金", 112.3, 112.3, "100.00%"],
        ["注：预算数为全年预算数（含年中追加）；公路建设超预算支出系使用上级补助资金结转部分。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:D2", "A21:E21"],
      numberFormats: { "C4:D20": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "一般公共预算财政拨款支出决算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 20,
        columns: { A: "code", B: "line", C: "adjustedBudget", D: "actual", E: "rate" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "execution.overspent", cell: "D14", why: "2140104 公路建设 spent 5,012.30 against a budget of 4,860.00 (152.30 over)" },
      { rule: "execution.no-spending", cell: "D16", why: "2140112 公路运输管理: budget 126.00, nothing spent by the year's end" },
      { rule: "execution.rate-mismatch", cell: "E15", why: "2140106 公路养护 stated 97.07%; 3,388.76 / 3,420.50 = 99.07%" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D4", why: "合计 9,172.85 = 260.96 + 96.35 + 8,703.24 + 112.30; budget 9,187.96 = 260.96 + 98.20 + 8,716.50 + 112.30" },
      { rule: "execution.total-mismatch", cell: "D13", why: "21401 8,703.24 = 5,012.30 + 3,388.76 + 0 + 302.18; budget 8,716.50 = 4,860 + 3,420.50 + 126 + 310" },
      { rule: "execution.overspent", cell: "D12", why: "214 交通运输 spent 8,703.24 of 8,716.50: its lines' overspending is the line's, not the class's" },
      { rule: "execution.behind-schedule", cell: "D11", why: "事业单位医疗 98.12% at the year's end: within 5 points" },
      { rule: "execution.behind-schedule", cell: "D17", why: "其他公路水路运输支出 97.48%: within 5 points" },
      { rule: "execution.behind-schedule", cell: "D16", why: "公路运输管理 is no-spending, reported once as that" },
      { rule: "execution.rate-mismatch", cell: "E14", why: "103.13% = 5,012.30 / 4,860.00" },
    ],
  },
};
