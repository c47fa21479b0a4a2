import type { CorpusLayout } from "../types";

// 广西壮族自治区工业和信息化厅、财政厅 2025-12-08 (桂工信综合〔2025〕984号): the 2025 四季度加力推动工业经济稳中向好 guide rewards
// counties (县（市、区）), not firms, by what their firms achieved — 有基数的企业扩大生产, new firms above scale, 工业投资, 用电增量 … —
// the reward by county under its city, each city's 小计 above its counties, the 合计 first.
export const layout: CorpusLayout = {
  id: "guangxi-2025-q4-industry-county-awards-allocation",
  source: {
    title: "自治区工业和信息化厅 自治区财政厅关于印发2025年四季度加力推动工业经济稳中向好政策申报指南的通知（桂工信综合〔2025〕984号）",
    url: "http://m.zhainanchi.com/g/1820.html",
    publisher: "广西壮族自治区工业和信息化厅、广西壮族自治区财政厅",
    date: "2025-12-11",
    changes:
      "As published: the guide's principle (自治区 rewards each 县（市、区） by its quarter's indicators) and the indicator names used as " +
      "columns (有基数的企业扩大生产, 新增入规企业, 工业投资, 用电增量). The stored copy is the guide: the allocation table it leads to — " +
      "its layout (设区市 | 县（市、区）, 小计 above each city's counties, 合计 first), the ten counties and every figure — is ours. " +
      "Planted: 柳州市's 小计 of 工业投资 typed 70 where its counties give 80; 荔浦市's 合计 typed 70 where its parts add up to 60, so " +
      "桂林市's 小计 210 misses its 合计 column as typed (220).",
  },
  classes: ["composition", "allocation-by-county", "row-total-column", "category-subtotals-above-lines", "total-row-first", "city-and-county-columns", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-guide", "province-fund", "guangxi"],
  sheets: [
    {
      name: "分配表",
      widths: [6, 10, 12, 18, 14, 12, 12, 12],
      rows: [
        ["2025年四季度加力推动工业经济稳中向好政策奖补资金分配表", null, null, null, null, null, null, null],
        ["单位：万元", null, null, null, null, null, null, null],
        ["序号", "设区市", "县（市、区）", "有基数的企业扩大生产", "新增入规企业", "工业投资", "用电增量", "合计"],
        [null, "合计", null, 435, 130, 220, 95, 880],
        ["一", "南宁市", "小计", 185, 60, 80, 45, 370],
        [1, "南宁市", "青秀区", 60, 20, 30, 10, 120],
        [2, "南宁市", "江南区", 45, 10, 20, 15, 90],
        [3, "南宁市", "邕宁区", 30, 10, 0, 10, 50],
        [4, "南宁市", "横州市", 50, 20, 30, 10, 110],
        ["二", "柳州市", "小计", 145, 40, 70, 35, 300],
        [5, "柳州市", "柳江区", 70, 20, 40, 20, 150],
        [6, "柳州市", "柳城县", 35, 10, 20, 5, 70],
        [7, "柳州市", "鹿寨县", 40, 10, 20, 10, 80],
        ["三", "桂林市", "小计", 105, 30, 60, 15, 210],
        [8, "桂林市", "临桂区", 50, 10, 30, 10, 100],
        [9, "桂林市", "全州县", 25, 10, 10, 5, 50],
        [10, "桂林市", "荔浦市", 30, 10, 20, 0, 70],
        ["注：奖补资金按各县（市、区）2025年四季度当季产值、工业投资、用电增量等指标完成情况测算，由县级统筹用于支持工业企业发展。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:H2", "B4:C4", "A18:H18"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 17,
        columns: { B: "category", C: "line", D: "amount:有基数的企业扩大生产", E: "amount:新增入规企业", F: "amount:工业投资", G: "amount:用电增量", H: "amount" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F10", why: "柳州市 小计 of 工业投资: 40 + 20 + 20 = 80, typed 70" },
      { rule: "composition.total-mismatch", cell: "H17", why: "荔浦市: 30 + 10 + 20 + 0 = 60, typed 70" },
      { rule: "composition.total-mismatch", cell: "H14", why: "桂林市 小计 210 against its counties' 合计 as typed: 100 + 50 + 70 = 220 (the corpus's convention: a row total typed wrong is reported again at its column's total when that total does not equal the column as typed)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "H10", why: "柳州市 小计 300: its counties' 合计 150 + 70 + 80 = 300; across the row it agrees once its 工业投资 is 80, as its lines add up (reported once, at F10)" },
      { rule: "composition.total-mismatch", cell: "F4", why: "合计 220 = the 工业投资 lines 30 + 20 + 0 + 30 + 40 + 20 + 20 + 30 + 10 + 20; it agrees with the 小计s' own lines, so 柳州's slip is not reported again" },
      { rule: "composition.total-mismatch", cell: "H4", why: "合计 880 = 370 + 300 + 210, the 小计s as typed" },
      { rule: "composition.total-mismatch", cell: "D4", why: "185 + 145 + 105 = 435" },
      { rule: "composition.total-mismatch", cell: "H5", why: "南宁市 小计 370 = 120 + 90 + 50 + 110 and = 185 + 60 + 80 + 45" },
      { rule: "composition.total-mismatch", cell: "H8", why: "邕宁区 30 + 10 + 0 + 10 = 50; a 0 is a part" },
      { rule: "register.ineligible-location", why: "an allocation to counties, no register" },
      { rule: "input.unreadable-value", why: "the note under the table is text" },
    ],
  },
};
