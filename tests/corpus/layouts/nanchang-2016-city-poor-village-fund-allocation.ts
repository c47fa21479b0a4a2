import type { CorpusLayout } from "../types";

// 南昌市财政局 / 市扶贫办 2016-10: 340万元 of 2016 市定贫困村 财政专项扶贫资金 sent down at 20万元 a village — 南昌县 6, 进贤县 6, 新建区 4,
// 湾里区 1. Laid out as such 分配表 are: 序号 | 县（区） | 市定贫困村个数 | 每村补助标准 | 分配资金, 合计 at the foot, a note on the use.
export const layout: CorpusLayout = {
  id: "nanchang-2016-city-poor-village-fund-allocation",
  source: {
    title: "南昌市拨付340万元贫困村扶贫资金（2016年市定贫困村财政专项扶贫资金分配表，表据报道拟）",
    url: "http://nanchang.baogaosu.com/xinwen/%E4%B8%87%E5%85%83%E8%B4%AB%E5%9B%B0%E6%9D%91%E6%89%B6%E8%B4%AB/51180198",
    publisher: "南昌市财政局、南昌市扶贫办（报道）",
    date: "2016-10-09",
    changes:
      "The stored copy is a news report: 340万元, 20万元 a village, the counties' numbers of villages (6, 6, 4, 1) and the money's use (村庄整治建设). " +
      "The table is laid out from it (table-from-prose): the counties and their counts as reported, the standard in its own column, 合计 at the " +
      "foot, the use in a note. Planted: 进贤县's money typed 100 where 6 × 20 = 120 (the 合计 340 is the reported sum, so it is 20 over the lines " +
      "as typed).",
  },
  classes: [
    "composition", "unit-times-quantity", "standard-column", "counties-as-lines", "count-column", "total-at-foot", "whole-wanyuan",
    "wanyuan-in-header", "notes-under-table", "table-from-prose", "city-allocation", "jiangxi",
  ],
  settings: { district: "南昌市" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 12, 18, 18, 16],
      rows: [
        ["2016年市定贫困村财政专项扶贫资金分配表", null, null, null, null],
        ["序号", "县（区）", "市定贫困村个数（个）", "每村补助标准（万元）", "分配资金（万元）"],
        [1, "南昌县", 6, 20, 120],
        [2, "进贤县", 6, 20, 100],
        [3, "新建区", 4, 20, 80],
        [4, "湾里区", 1, 20, 20],
        ["合计", null, 17, null, 340],
        ["注：资金主要用于2016年市定贫困村村庄整治建设，各县（区）须在年底前完成项目。", null, null, null, null],
      ],
      merges: ["A1:E1", "A7:B7", "A8:E8"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 7,
        columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount" },
        year: 2016,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E4", why: "进贤县 6 villages × 20万元 = 120; 100 typed" },
      { rule: "composition.total-mismatch", cell: "E7", why: "合计 340; the lines as typed 120 + 100 + 80 + 20 = 320: 20万元 apart" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "E3", why: "南昌县 6 × 20 = 120" },
      { rule: "composition.line-mismatch", cell: "E6", why: "湾里区 1 × 20 = 20" },
      { rule: "composition.line-rounded", why: "每村补助标准 is a standard: whole figures, no rounding" },
      { rule: "composition.total-mismatch", cell: "C7", why: "村个数 6 + 6 + 4 + 1 = 17 is a count, never money" },
      { rule: "composition.total-mismatch", cell: "D7", why: "the standard column has no foot" },
    ],
  },
};
