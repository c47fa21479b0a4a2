import type { CorpusLayout } from "../types";

// 重庆市江津区滨江新城建设管理中心 2024 部门决算, 公开03表 支出决算表 (the national form): 项目 (科目编码 | 科目名称) beside 本年支出合计 |
// 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出, a 栏次 row, 合计 first, then 类 / 款 / 项; land-sale money (21208) dwarfs the rest.
export const layout: CorpusLayout = {
  id: "jiangjin-2024-binjiang-new-town-centre-expenditure-final",
  source: {
    title: "重庆市江津区滨江新城建设管理中心2024年度部门决算公开说明（支出决算表）",
    url: "http://www.jiangjin.gov.cn/bm/qzfcxjw_69012/zwgk_81474/fdzdgknr_81476/ysjs_81483/js/202508/t20250821_14924076.html",
    publisher: "江津区住房城乡建委（重庆市江津区滨江新城建设管理中心）",
    date: "2025-08-21",
    changes:
      "The stored copy gives the 说明 (收入总计99278.25万元, 支出总计99598.25万元, land sale revenue, 新型城镇化建设) but not the tables: the 支出决算表 " +
      "is laid out as the national form prints it (six money columns, the last three empty for this centre, 栏次 row, 合计 first, 类/款/项) " +
      "(table-not-in-stored-copy). Lines follow the 说明; figures are ours. " +
      "Planted: 土地开发支出's 合计 typed 18,752.50 where its 项目支出 is 18,725.50 (基本支出 0), so its 款 21208 (88,565.80) no longer equals its 项 as typed (88,592.80).",
  },
  classes: ["execution", "final-accounts", "function-codes", "class-item-hierarchy", "basic-and-project-columns", "empty-money-columns", "merged-two-row-header", "column-number-row", "total-row-first", "large-two-decimal-wanyuan", "unit-line-with-department", "table-not-in-stored-copy", "district-unit", "chongqing"],
  settings: { district: "重庆市江津区" },
  sheets: [
    {
      name: "支出决算表",
      widths: [12, 34, 14, 12, 14, 12, 10, 14],
      rows: [
        ["支出决算表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "公开03表"],
        ["编制单位：重庆市江津区滨江新城建设管理中心        2024年度", null, null, null, null, null, null, "单位：万元"],
        ["项目", null, "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
        ["科目编码", "科目名称", null, null, null, null, null, null],
        ["栏次", null, "1", "2", "3", "4", "5", "6"],
        ["合计", null, 89868.84, 457.44, 89411.4, null, null, null],
        ["208", "社会保障和就业支出", 62.34, 62.34, 0, null, null, null],
        ["20805", "行政事业单位养老支出", 62.34, 62.34, 0, null, null, null],
        ["2080505", "机关事业单位基本养老保险缴费支出", 41.56, 41.56, 0, null, null, null],
        ["2080506", "机关事业单位职业年金缴费支出", 20.78, 20.78, 0, null, null, null],
        ["212", "城乡社区支出", 89767.6, 356.2, 89411.4, null, null, null],
        ["21201", "城乡社区管理事务", 1201.8, 356.2, 845.6, null, null, null],
        ["2120101", "行政运行", 356.2, 356.2, 0, null, null, null],
        ["2120199", "其他城乡社区管理事务支出", 845.6, 0, 845.6, null, null, null],
        ["21208", "国有土地使用权出让收入安排的支出", 88565.8, 0, 88565.8, null, null, null],
        ["2120801", "征地和拆迁补偿支出", 42360, 0, 42360, null, null, null],
        ["2120802", "土地开发支出", 18752.5, 0, 18725.5, null, null, null],
        ["2120803", "城市建设支出", 27480.3, 0, 27480.3, null, null, null],
        ["221", "住房保障支出", 38.9, 38.9, 0, null, null, null],
        ["22102", "住房改革支出", 38.9, 38.9, 0, null, null, null],
        ["2210201", "住房公积金", 38.9, 38.9, 0, null, null, null],
        ["注：本表反映部门本年度各项支出情况。本单位无上缴上级支出、经营支出和对附属单位补助支出。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A3:G3", "A4:B4", "C4:C5", "D4:D5", "E4:E5", "F4:F5", "G4:G5", "H4:H5", "A6:B6", "A7:B7", "A23:H23"],
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
        year: 2024,
      },
    ],
    findings: [
      { rule: "execution.total-mismatch", cell: "C18", why: "土地开发支出 合计 18,752.50 where 基本支出 0.00 + 项目支出 18,725.50 = 18,725.50 (27.00 over)" },
      { rule: "execution.total-mismatch", cell: "C16", why: "款 21208 合计 88,565.80 where its 项 as typed add up to 42,360.00 + 18,752.50 + 27,480.30 = 88,592.80" },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "C12", why: "类 212 89,767.60 = 款 1,201.80 + 88,565.80 (the 款 as typed)" },
      { rule: "execution.total-mismatch", cell: "C7", why: "合计 89,868.84 = 62.34 + 89,767.60 + 38.90" },
      { rule: "execution.total-mismatch", cell: "E16", why: "项目支出 88,565.80 = 42,360.00 + 18,725.50 + 27,480.30" },
      { rule: "execution.total-mismatch", cell: "D7", why: "基本支出 457.44 = 62.34 + 356.20 + 38.90" },
      { rule: "execution.no-spending", why: "a final account of spending alone (no budget column); the empty 上缴上级 / 经营 / 对附属单位补助 columns are no lines" },
      { rule: "execution.behind-schedule", why: "no budget or rate column; the year is closed" },
      { rule: "input.unreadable-value", cell: "C6", why: "the 栏次 row numbers the columns, no data" },
      { rule: "input.unreadable-value", why: "the note under the table is no data row" },
    ],
  },
};
