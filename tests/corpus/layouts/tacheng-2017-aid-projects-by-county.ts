import type { CorpusLayout } from "../types";

// 塔城地区发改委（受援办）2017: the prefecture's 102 aid projects, 5.3085亿元, split by how the money is given — 27 交钥匙 projects,
// 22,426万元, and 75 交支票, 30,659万元. Laid out as the prefecture's plan by county: 县（市） | 项目个数 | 援疆资金 (交钥匙 | 交支票 | 合计)
// under one merged heading, 合计 at the foot, the 续建 / 新建 split in a note.
export const layout: CorpusLayout = {
  id: "tacheng-2017-aid-projects-by-county",
  source: {
    title: "发改委：2017年援疆项目进展顺利（援疆项目资金安排表据报道拟）",
    url: "https://xjtc.gov.cn/ywdt/jrtc/bmdt/content_6282",
    publisher: "塔城地区行政公署（地区受援办）",
    date: "2017",
    changes:
      "As reported: 102 projects and 53,085万元 of aid, 交钥匙 22,426万元 and 交支票 30,659万元, 87 续建 and 15 新建 projects. The report gives " +
      "no split by county: the table, its lines (地区本级 and the seven counties and cities of the time) and their figures are ours, adding up " +
      "to the reported totals. Planted: 额敏县's 合计 typed 8,623 where 3,126 + 5,200 = 8,326, so the county's row and the 合计 column's " +
      "foot (53,085 under lines typed to 53,382) both disagree.",
  },
  classes: [
    "composition", "allocation-by-county", "row-total-column", "parts-under-merged-header", "two-header-rows", "count-column",
    "count-and-money-caption", "whole-wanyuan", "total-at-foot", "notes-under-table", "table-from-prose", "prefecture-fund", "xinjiang",
  ],
  settings: { district: "塔城地区" },
  sheets: [
    {
      name: "援疆项目",
      widths: [16, 12, 12, 12, 12],
      rows: [
        ["2017年塔城地区援疆项目及资金安排情况", null, null, null, null],
        [null, null, null, null, "单位：个、万元"],
        ["县（市）", "项目个数", "援疆资金", null, null],
        [null, null, "交钥匙", "交支票", "合计"],
        ["地区本级", 8, 6200, 2100, 8300],
        ["塔城市", 15, 3800, 4900, 8700],
        ["乌苏市", 14, 2900, 4400, 7300],
        ["额敏县", 16, 3126, 5200, 8623],
        ["沙湾县", 13, 2100, 4300, 6400],
        ["托里县", 14, 1900, 4159, 6059],
        ["裕民县", 11, 1200, 3100, 4300],
        ["和布克赛尔蒙古自治县", 11, 1200, 2500, 3700],
        ["合计", 102, 22426, 30659, 53085],
        ["注：102个项目中续建项目87个、新建项目15个；“交钥匙”项目由援疆省市组织实施，“交支票”项目由受援地组织实施。", null, null, null, null],
      ],
      merges: ["A1:E1", "A3:A4", "B3:B4", "C3:E3", "A14:E14"],
      numberFormats: { "C5:E13": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "援疆项目",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { A: "line", B: "quantity", C: "amount:交钥匙", D: "amount:交支票", E: "amount" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E8", why: "额敏县: 交钥匙 3,126 + 交支票 5,200 = 8,326, its 合计 typed 8,623: 297万元 apart" },
      {
        rule: "composition.total-mismatch",
        cell: "E13",
        why: "合计 column's foot 53,085; its lines as typed 8,300 + 8,700 + 7,300 + 8,623 + 6,400 + 6,059 + 4,300 + 3,700 = 53,382: 297万元 apart",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C13", why: "交钥匙 lines add up to 22,426" },
      { rule: "composition.total-mismatch", cell: "D13", why: "交支票 lines add up to 30,659" },
      { rule: "composition.total-mismatch", cell: "B13", why: "项目个数 8 + 15 + 14 + 16 + 13 + 14 + 11 + 11 = 102, a count never added into the money" },
      { rule: "composition.total-mismatch", cell: "E5", why: "地区本级 6,200 + 2,100 = 8,300; every other county's row agrees too" },
      { rule: "composition.line-mismatch", why: "no unit amount: 项目个数 counts projects, it multiplies nothing" },
    ],
  },
};
