import type { CorpusLayout } from "../types";

// 四川 乐山市财政局 2021-02: 提前下达2021年中央和省级水利发展资金的公告 — 补助依据 (川财农〔2020〕167号), 补助对象 (七个区县 and 青衣江流域
// 乐山灌区管理局) and 补助标准 one amount each (市中区1162万元 … 管理局150万元), then 资金支出用途. Laid out as the allocation table with the
// money split by level: 合计 | 中央资金 | 省级资金, 合计 row first, each line's use beside it.
export const layout: CorpusLayout = {
  id: "leshan-2021-water-fund-allocation",
  source: {
    title: "乐山市财政局关于提前下达2021年中央和省级水利发展资金的公告（分配表据公告拟）",
    url: "http://sczj.leshan.gov.cn/sczj/czzj/202102/a7a41e8bb2a54e1bba42ccb382239e98.shtml",
    publisher: "乐山市财政局",
    date: "2021-02-03",
    changes:
      "As published: the eight 补助对象 and their amounts (合计 8,454万元 by our sum), the 补助依据 and the five uses. Ours: the table, the split " +
      "into 中央 and 省级 money and which use stands beside each line (表据公告拟). Planted: 犍为县 804 over 中央 600 + 省级 240 = 840 (the 省级 " +
      "part meant 204); the 省级 foot 1,954 is that intended figure, so it misses its lines as typed (1,990).",
  },
  classes: ["composition", "allocation-by-county", "source-split-columns", "total-column-first", "total-row-first", "use-column", "agency-line", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "signoff-line", "table-from-prose", "city-fund", "sichuan"],
  settings: { district: "乐山市" },
  sheets: [
    {
      name: "分配表",
      widths: [8, 26, 12, 12, 12, 28],
      rows: [
        ["乐山市2021年中央和省级水利发展资金分配表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "补助对象", "合计", "中央资金", "省级资金", "资金支出用途"],
        ["合计", null, 8454, 6500, 1954, null],
        [1, "市中区", 1162, 900, 262, "中小河流治理"],
        [2, "五通桥区", 3294, 2600, 694, "2020年洪涝灾害灾后恢复重建"],
        [3, "沙湾区", 147, 100, 47, "水利工程维修养护"],
        [4, "金口河区", 2201, 1800, 401, "2020年洪涝灾害灾后恢复重建"],
        [5, "高新区", 348, 250, 98, "农村饮水安全工程"],
        [6, "犍为县", 804, 600, 240, "小型水库除险加固"],
        [7, "夹江县", 348, 250, 98, "农村饮水安全工程"],
        [8, "青衣江流域乐山灌区管理局", 150, 0, 150, "水利工程维修养护"],
        ["补助依据：《四川省财政厅 四川省水利厅关于下达2021年中央和省级水利发展资金的通知》（川财农〔2020〕167号）；乐山市财政局、乐山市水务局以乐市财政农〔2021〕13号分配下达。", null, null, null, null, null],
        [null, null, null, null, "乐山市财政局", null],
        [null, null, null, null, "2021年2月3日", null],
      ],
      merges: ["A1:F1", "A4:B4", "A13:F13", "E14:F14", "E15:F15"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "line", C: "amount", D: "amount:中央资金", E: "amount:省级资金", F: "category" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C10", why: "犍为县 合计 804 where 中央 600 + 省级 240 = 840 (36 off)" },
      { rule: "composition.total-mismatch", cell: "E4", why: "省级 foot 1,954 where its lines as typed add up to 262 + 694 + 47 + 401 + 98 + 240 + 98 + 150 = 1,990" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C4", why: "1,162 + 3,294 + 147 + 2,201 + 348 + 804 + 348 + 150 = 8,454, and 6,500 + 1,954 = 8,454 across" },
      { rule: "composition.total-mismatch", cell: "D4", why: "900 + 2,600 + 100 + 1,800 + 250 + 600 + 250 + 0 = 6,500" },
      { rule: "composition.total-mismatch", cell: "C12", why: "管理局 150 = 0 + 150: a line with no 中央 money" },
      { rule: "register.ineligible-location", why: "an allocation; the 灌区管理局 is a body, not a place outside the city" },
    ],
  },
};
