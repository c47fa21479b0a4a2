import type { CorpusLayout } from "../types";

// 安徽省发展改革委、财政厅、农委、水利厅、林业厅 2014-05-05 (皖发改农经〔2014〕155号): 2014's 巩固退耕还林成果 task plan sent to the
// cities — 总投资 and its three sources (中央财政巩固退耕还林成果专项资金, 县区配套, 农民自筹), as the notice's own sentence splits the
// 58,360.75万元; by city, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "anhui-2014-farmland-return-consolidation-plan",
  source: {
    title: "安徽省发展改革委 安徽省财政厅 安徽省农委 安徽省水利厅 安徽省林业厅关于下达安徽省2014年巩固退耕还林成果任务计划的通知（皖发改农经〔2014〕155号）",
    url: "http://m.03j9n.cn/law/2/8949.html",
    publisher: "安徽省发展和改革委员会等五部门",
    date: "2014-05-05",
    changes:
      "As published: the plan's split of 总投资 into 中央财政巩固退耕还林成果专项资金, 县区配套 and 农民自筹 (the notice's sentence: " +
      "58,360.75 = 32,099 + 9,630.03 + 16,631.72万元) and its level (cities of 安徽). The stored copy shows the notice, not its annex: the " +
      "table's layout (市别 rows, 资金来源 merged over the three sources, 合计 at the foot) and every figure are ours, ten cities cut from " +
      "the province's. Planted: 宿州市's 总投资 typed 5,629.96 where its sources add up to 5,692.96; the 合计 row gives the right 48,646.98, " +
      "which the column as typed (48,583.98) misses.",
  },
  classes: ["composition", "allocation-by-city", "row-total-column", "sources-under-merged-header", "two-header-rows", "two-decimal-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-notice", "province-fund", "anhui"],
  sheets: [
    {
      name: "任务计划表",
      widths: [6, 12, 14, 22, 14, 14],
      rows: [
        ["安徽省2014年巩固退耕还林成果任务计划表", null, null, null, null, null],
        ["单位：万元", null, null, null, null, null],
        ["序号", "市别", "总投资", "资金来源", null, null],
        [null, null, null, "中央财政巩固退耕还林成果专项资金", "县区配套", "农民自筹"],
        [1, "合肥市", 2293.4, 1260, 378, 655.4],
        [2, "淮北市", 1532.44, 842, 252.6, 437.84],
        [3, "亳州市", 4213.3, 2315, 694.5, 1203.8],
        [4, "宿州市", 5629.96, 3128, 938.4, 1626.56],
        [5, "滁州市", 4890.34, 2687, 806.1, 1397.24],
        [6, "六安市", 10854.48, 5964, 1789.2, 3101.28],
        [7, "安庆市", 8867.04, 4872, 1461.6, 2533.44],
        [8, "宣城市", 4069.52, 2236, 670.8, 1162.72],
        [9, "池州市", 2762.76, 1518, 455.4, 789.36],
        [10, "黄山市", 3470.74, 1907, 572.1, 991.64],
        ["合计", null, 48646.98, 26729, 8018.7, 13899.28],
        ["注：县区配套资金和农民自筹资金由各市、县（区）负责落实。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "A15:B15", "A16:F16"],
      numberFormats: { "C5:F15": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "任务计划表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 15,
        columns: { B: "line", C: "amount", D: "amount:中央财政", E: "amount:县区配套", F: "amount:农民自筹" },
        year: 2014,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C8", why: "宿州市: 3,128.00 + 938.40 + 1,626.56 = 5,692.96, typed 5,629.96 (63万元 apart)" },
      { rule: "composition.total-mismatch", cell: "C15", why: "the 总投资 column as typed adds up to 48,583.98; the 合计 says 48,646.98 (the corpus's convention: a row total typed wrong is reported again at its column's total when that total does not equal the column as typed)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D15", why: "the ten 中央 figures add up to 26,729.00" },
      { rule: "composition.total-mismatch", cell: "E15", why: "the 县区配套 figures add up to 8,018.70" },
      { rule: "composition.total-mismatch", cell: "F15", why: "the 农民自筹 figures add up to 13,899.28" },
      { rule: "composition.total-mismatch", cell: "C10", why: "六安市: 5,964 + 1,789.20 + 3,101.28 = 10,854.48" },
      { rule: "composition.line-mismatch", why: "no unit × quantity in this table" },
      { rule: "input.unreadable-value", why: "the note under the table is text" },
    ],
  },
};
