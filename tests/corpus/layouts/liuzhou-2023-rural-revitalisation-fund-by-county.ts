import type { CorpusLayout } from "../types";

// 柳州日报 2023-03-10: 柳州 receives 3.8425亿元 of 2023 自治区乡村振兴发展补助资金 for 51 projects in 8 县区 (三江, 融水, 融安, 柳城, 鹿寨,
// 柳江 among them), split into 产业发展, 基础设施 and 公共服务 专项. The report gives no table: a county-by-专项 table is laid out from it.
export const layout: CorpusLayout = {
  id: "liuzhou-2023-rural-revitalisation-fund-by-county",
  source: {
    title: "我市获自治区乡村振兴发展补助资金逾3.8亿元 覆盖8个县区涉及51个项目（县区分专项表据报道拟）",
    url: "https://www.smelz.cn/article/zixun/detail-50248.html",
    publisher: "柳州日报（转载）",
    date: "2023-03-10",
    changes:
      "As published: 51 projects in 8 县区, the six 县区 the report names, and the three 专项 (产业发展, 基础设施, 公共服务). The report prints no " +
      "table (and its own 专项 figures, 3.1335 + 0.22 + 0.454亿元, do not add up to its 3.8425亿元): the layout (县（市、区） | 项目个数（个） | 补助资金 " +
      "merged over 合计 and the three 专项), the two further 县区 (柳北区, 鱼峰区) and all figures are ours; the project count keeps the report's 51. " +
      "Planted: 融安县's 合计 typed 4,860 where 3,900 + 280 + 500 = 4,680, so its row and the 合计 column's foot disagree.",
  },
  classes: ["composition", "allocation-by-county", "money-by-purpose", "merged-header-over-four", "two-header-rows", "row-total-column", "count-column", "autonomous-counties-as-places", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "city-level", "guangxi"],
  settings: { district: "柳州市" },
  sheets: [
    {
      name: "分配表",
      widths: [18, 12, 12, 14, 14, 14],
      rows: [
        ["2023年自治区乡村振兴发展补助资金安排情况表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["县（市、区）", "项目个数（个）", "补助资金", null, null, null],
        [null, null, "合计", "产业发展专项", "基础设施专项", "公共服务专项"],
        ["三江侗族自治县", 9, 7450, 6200, 450, 800],
        ["融水苗族自治县", 10, 8170, 6820, 500, 850],
        ["融安县", 6, 4860, 3900, 280, 500],
        ["柳城县", 7, 5230, 4330, 300, 600],
        ["鹿寨县", 7, 5110, 4160, 300, 650],
        ["柳江区", 5, 3575, 2975, 200, 400],
        ["柳北区", 4, 2150, 1700, 150, 300],
        ["鱼峰区", 3, 1600, 1250, 100, 250],
        ["合计", 51, 37965, 31335, 2280, 4350],
        ["注：项目总投资122.09亿元；补助资金由市发展改革委会同有关部门监督实施。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A3:A4", "B3:B4", "C3:F3", "A14:F14"],
      numberFormats: { "C5:F13": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { A: "line", B: "quantity", C: "amount", D: "amount:产业发展专项", E: "amount:基础设施专项", F: "amount:公共服务专项" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C7", why: "融安县: 3,900 + 280 + 500 = 4,680; its 合计 states 4,860 (180 more)" },
      { rule: "composition.total-mismatch", cell: "C13", why: "合计 column as typed: 7,450 + 8,170 + 4,860 + 5,230 + 5,110 + 3,575 + 2,150 + 1,600 = 38,145; the foot states 37,965 (180 less)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D13", why: "6,200 + 6,820 + 3,900 + 4,330 + 4,160 + 2,975 + 1,700 + 1,250 = 31,335" },
      { rule: "composition.total-mismatch", cell: "E13", why: "450 + 500 + 280 + 300 + 300 + 200 + 150 + 100 = 2,280" },
      { rule: "composition.total-mismatch", cell: "F13", why: "800 + 850 + 500 + 600 + 650 + 400 + 300 + 250 = 4,350" },
      { rule: "composition.total-mismatch", cell: "B13", why: "9 + 10 + 6 + 7 + 7 + 5 + 4 + 3 = 51 projects" },
      { rule: "composition.total-mismatch", cell: "C5", why: "三江: 6,200 + 450 + 800 = 7,450" },
      { rule: "composition.line-mismatch", why: "the project count is no quantity × standard" },
      { rule: "input.unreadable-value", cell: "A14", why: "the note's 122.09亿元 is text under the table" },
    ],
  },
};
