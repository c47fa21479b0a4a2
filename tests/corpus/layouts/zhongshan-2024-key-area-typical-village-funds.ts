import type { CorpusLayout } from "../types";

// 中山市农业农村局 2024-06-19: 2024年度4个重点片区典型村培育资金 — 200万元 for each of the 8 行政村 in four 典型村片区 (桂南—塘敢—雍陌,
// 崖口—翠亨, 左步—冲口, 曹边—北台), 1600万元 sent to the towns holding them, to be settled later at the award standard (多退少补). The
// notice's 《分配方案》 is not in the stored copy: set out as such a plan — 序号 | 重点片区 | 涉及行政村 | 村数（个） | 补贴标准（万元/村） |
// 下拨资金（万元）, 合计 at the foot (表据正文拟).
export const layout: CorpusLayout = {
  id: "zhongshan-2024-key-area-typical-village-funds",
  source: {
    title: "中山市农业农村局关于下拨2024年度4个重点片区典型村培育资金的函（分配方案据正文拟）",
    url: "http://nync.zs.gov.cn/zwgk/gab/tzgg/content/post_2414991.html",
    publisher: "中山市农业农村局",
    date: "2024-06-19",
    changes:
      "As published: the four 片区, 8 行政村, 200万元 a village and 1,600万元 in all, the settling at the standard. The plan itself is not shown: the table " +
      "is built from the notice's text (two villages counted to each 片区; the notice does not say which eight are the 行政村, so the village names in C are " +
      "the 片区's own). Planted: 左步—冲口 typed 300 where 2 × 200 = 400, so its line misses its standard and the four lines (1,500) miss the 合计 1,600.",
  },
  classes: ["composition", "unit-times-quantity", "standard-heading", "count-column", "areas-as-lines", "total-at-foot", "whole-wanyuan", "wanyuan-in-header", "notes-under-table", "table-from-prose", "city-fund", "guangdong"],
  settings: { district: "中山市" },
  sheets: [
    {
      name: "分配方案",
      widths: [6, 18, 22, 12, 18, 16],
      rows: [
        ["中山市4个重点片区典型村培育资金分配方案（表据正文拟）", null, null, null, null, null],
        ["序号", "重点片区", "涉及行政村", "村数（个）", "补贴标准（万元/村）", "下拨资金（万元）"],
        [1, "桂南—塘敢—雍陌片区", "桂南村、雍陌村", 2, 200, 400],
        [2, "崖口—翠亨片区", "崖口村、翠亨村", 2, 200, 400],
        [3, "左步—冲口片区", "左步村、冲口村", 2, 200, 300],
        [4, "曹边—北台片区", "曹边村、北台村", 2, 200, 400],
        ["合计", null, null, 8, null, 1600],
        ["注：按每村200万元预拨，按照同类型、同批次典型村选树培育对象的奖补政策标准清算，多退少补。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A7:C7", "A8:F8"],
      numberFormats: { "D3:F7": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配方案",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 7,
        columns: { B: "line", D: "quantity", E: "unitAmount", F: "amount" },
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "F5", why: "左步—冲口: 2 villages × 200万元 = 400, typed 300 (100 short); a 补贴标准 allows no rounding" },
      { rule: "composition.total-mismatch", cell: "F7", why: "合计 1600 where the lines as typed add up to 400 + 400 + 300 + 400 = 1500" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "F3", why: "2 × 200 = 400" },
      { rule: "composition.line-mismatch", cell: "F7", why: "the 合计 row states no standard: 8 villages is a count, not a line" },
      { rule: "composition.total-mismatch", cell: "D7", why: "the villages' count 8 = 2 + 2 + 2 + 2, and a count is no money" },
      { rule: "composition.total-mismatch", cell: "E7", why: "the standard is not added up" },
      { rule: "input.unreadable-value", cell: "A8", why: "the note under the table is no line" },
    ],
  },
};
