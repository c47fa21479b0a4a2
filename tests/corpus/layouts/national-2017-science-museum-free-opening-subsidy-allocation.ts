import type { CorpusLayout } from "../types";

// 财政部 2017: 关于下达2017年科技馆免费开放补助资金的通知 and its 分配表 — a published grid: 单位：万元, 序号 | 地区 | 2017年补助金额 |
// 2016年提前下达 | 2017年实际下达, the 合计 row first (合 计 merged over 序号 and 地区), one row per province / 计划单列市.
// Kept: the grid's order from 天津市 to 河南省 (16 rows), the 合计 over them.
export const layout: CorpusLayout = {
  id: "national-2017-science-museum-free-opening-subsidy-allocation",
  source: {
    title: "关于下达2017年科技馆免费开放补助资金的通知 附：2017年科技馆免费开放补助资金分配表（天津市至河南省）",
    url: "http://jiuaninvest.com/czb/201711/4746.html",
    publisher: "财政部",
    date: "2017",
    changes:
      "As published: the table's layout (title, caption, five columns with their wording and spacing — 序 号, 地 区 — the 合计 row on top, " +
      "计划单列市 厦门 and 青岛 as rows of their own). Cut: the rows after 河南省 (湖北省 to 新疆), the 合计 recomputed over the 16 kept. All " +
      "figures ours. Planted: 山西省's 2017年实际下达 typed 518 where 1,694 − 1,186 = 508, so its row no longer adds up and the column's " +
      "foot (8,692) no longer agrees with its lines (8,702).",
  },
  classes: [
    "composition", "published-grid", "total-on-top", "total-label-merged-over-number-and-line", "row-total-across", "advance-and-balance-split",
    "two-findings-one-slip", "provinces-as-lines", "plan-listed-cities", "spaced-header-words", "wanyuan-caption", "rows-cut",
    "national", "tianjin", "hebei", "shanxi", "neimenggu", "shandong", "henan",
  ],
  sheets: [
    {
      name: "分配表",
      widths: [6, 16, 16, 16, 16],
      rows: [
        ["2017年科技馆免费开放补助资金分配表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序 号", "地 区", "2017年补助金额", "2016年提前下达", "2017年实际下达"],
        ["合 计", null, 28973, 20281, 8692],
        [1, "天津市", 760, 532, 228],
        [2, "河北省", 1128, 790, 338],
        [3, "山西省", 1694, 1186, 518],
        [4, "内蒙古自治区", 1580, 1106, 474],
        [5, "辽宁省", 4862, 3403, 1459],
        [6, "吉林省", 1210, 847, 363],
        [7, "黑龙江省", 2018, 1413, 605],
        [8, "江苏省", 1346, 942, 404],
        [9, "浙江省", 3270, 2289, 981],
        [10, "安徽省", 2986, 2090, 896],
        [11, "福建省", 1720, 1204, 516],
        [12, "厦门市", 150, 105, 45],
        [13, "江西省", 1164, 815, 349],
        [14, "山东省", 3198, 2239, 959],
        [15, "青岛市", 45, 31, 14],
        [16, "河南省", 1842, 1289, 553],
      ],
      merges: ["A1:E1", "A4:B4"],
      numberFormats: { "C4:E20": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 20,
        columns: { B: "line", C: "amount", D: "amount:2016年提前下达", E: "amount:2017年实际下达" },
        year: 2017,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C7", why: "山西省 2017年补助金额 1,694 but 1,186 + 518 = 1,704 (10 off)" },
      { rule: "composition.total-mismatch", cell: "E4", why: "2017年实际下达 lines as typed add to 8,702 (with 山西 518), not 8,692" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C4", why: "the 16 lines of 2017年补助金额 add to 28,973" },
      { rule: "composition.total-mismatch", cell: "D4", why: "the 16 lines of 2016年提前下达 add to 20,281" },
      { rule: "composition.total-mismatch", cell: "C8", why: "内蒙古自治区: 1,106 + 474 = 1,580" },
      { rule: "composition.total-mismatch", cell: "C16", why: "厦门市 is a line of its own (计划单列市), not part of 福建省's row: 105 + 45 = 150" },
      { rule: "register.ineligible-location", why: "the provinces are lines of a national allocation, not places checked against a district" },
    ],
  },
};
