import type { CorpusLayout } from "../types";

// 长治市财政局 2023: the provincial 冬季清洁取暖 and 大气污染防治 money (for the 上党革命老区 散煤清零 work) by district —
// 散煤清零任务数（户） beside the two funds and their 合计. The page gives each district's figures in prose; the grid is ours.
export const layout: CorpusLayout = {
  id: "changzhi-2023-clean-heating-air-fund-allocation",
  source: {
    title: "长治市财政局关于下达2023年度省级冬季清洁取暖和大气污染防治专项资金的通知（分配表据正文拟）",
    url: "http://chinaluju.com/w/a14/12802.html",
    publisher: "长治市财政局（农村清洁取暖网转载）",
    date: "2023",
    changes:
      "The page states, in prose, each district's 散煤清零任务数, its 冬季清洁取暖资金, its 大气污染防治资金 and their 合计 (潞城区, 屯留区). " +
      "The grid (序号 | 县（区） | 任务数（户） | two funds | 合计, a 合计 row, the note on the use) is built from that prose; the households and " +
      "money are ours. Planted: 屯留区's 合计 typed 2,563.80 where 1,008.00 + 1,528.80 = 2,536.80, so the 合计 column's foot (13,710.80, " +
      "the two funds' true sum) no longer agrees with the lines as typed.",
  },
  classes: ["composition", "allocation-by-county", "districts-as-lines", "count-column", "row-total-column", "two-fund-columns", "two-decimal-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "city-fund", "shanxi"],
  settings: { district: "长治市" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 12, 22, 18, 18, 14],
      rows: [
        ["附件", null, null, null, null, null],
        ["长治市2023年度省级冬季清洁取暖和大气污染防治专项资金分配表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "县（区）", "2023年散煤清零任务数（户）", "冬季清洁取暖资金", "大气污染防治资金", "合计"],
        [1, "潞城区", 18500, 4440, 6734, 11174],
        [2, "屯留区", 4200, 1008, 1528.8, 2563.8],
        ["合计", null, 22700, 5448, 8262.8, 13710.8],
        ["注：资金专项用于上党革命老区散煤清零工程。", null, null, null, null, null],
      ],
      merges: ["A2:F2", "A7:B7", "A8:F8"],
      numberFormats: { "C5:C7": "#,##0", "D5:F7": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表", kind: "composition", unit: "万元", headerRow: 4, lastRow: 7,
        columns: { B: "line", C: "quantity", D: "amount:冬季清洁取暖资金", E: "amount:大气污染防治资金", F: "amount" }, year: 2023,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F6", why: "屯留区 合计 2,563.80 where 1,008.00 + 1,528.80 = 2,536.80 (27.00万元 over)" },
      { rule: "composition.total-mismatch", cell: "F7", why: "合计 column: 11,174.00 + 2,563.80 = 13,737.80 as typed, the foot says 13,710.80" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C7", why: "18,500 + 4,200 = 22,700 households: a count, and it agrees" },
      { rule: "composition.total-mismatch", cell: "D7", why: "4,440.00 + 1,008.00 = 5,448.00" },
      { rule: "composition.total-mismatch", cell: "E7", why: "6,734.00 + 1,528.80 = 8,262.80" },
      { rule: "composition.total-mismatch", cell: "F5", why: "潞城区 4,440.00 + 6,734.00 = 11,174.00" },
      { rule: "register.ineligible-location", why: "潞城区 and 屯留区 are districts of 长治市, and the table is an allocation" },
      { rule: "composition.total-mismatch", cell: "A8", why: "the note under the table is no data" },
    ],
  },
};
