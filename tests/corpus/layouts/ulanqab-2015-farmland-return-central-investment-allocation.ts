import type { CorpusLayout } from "../types";

// 乌兰察布市林业局 2015: the region's finance department sent down 2,397万元 of 2015 中央基建投资 for 退耕还林 in 察右前旗、察右后旗、卓资县、凉城县、
// 兴和县、化德县、丰镇市, all passed on. Laid out as the allocation by 旗县（市）: 退耕还林任务（亩） | 补助标准（元/亩） | 下达资金（万元）, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "ulanqab-2015-farmland-return-central-investment-allocation",
  source: {
    title: "2015年乌兰察布市退耕还林还草工程第一批资金已到位（中央基建投资分配表据正文拟）",
    url: "http://60.31.144.131:1998/do/bencandy.php?fid=58&id=5588",
    publisher: "乌兰察布市林业局",
    date: "2015",
    changes:
      "As published (in prose): 2015年中央基建投资资金2397万元, 专项用于 seven named banners, counties and a city, all paid out. Laid out as an " +
      "allocation with the new round's 种苗造林费 of 300元/亩 as the standard column; the areas are ours (79,900亩, which at 300元 give the " +
      "report's 2,397万元). Planted: 凉城县 typed 384 where 11,600亩 × 300元 = 348万元 — the line, and the 合计 2,397 against lines of 2,433.",
  },
  classes: [
    "composition", "unit-times-quantity", "standard-column", "yuan-standard-wanyuan-amount", "count-column", "banners-and-counties-as-lines",
    "whole-wanyuan", "unit-in-header", "total-at-foot", "remark-column", "one-slip-two-findings", "notes-under-table", "table-from-prose",
    "prefecture-fund", "neimenggu",
  ],
  settings: { district: "乌兰察布市" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 14, 18, 18, 18, 16],
      rows: [
        ["2015年退耕还林工程中央基建投资（第一批）分配表", null, null, null, null, null],
        ["序号", "旗县（市）", "退耕还林任务（亩）", "补助标准（元/亩）", "下达资金（万元）", "备注"],
        [1, "察右前旗", 12000, 300, 360, null],
        [2, "察右后旗", 14500, 300, 435, null],
        [3, "卓资县", 10800, 300, 324, null],
        [4, "凉城县", 11600, 300, 384, null],
        [5, "兴和县", 13200, 300, 396, null],
        [6, "化德县", 9800, 300, 294, null],
        [7, "丰镇市", 8000, 300, 240, "园区"],
        ["合计", null, 79900, null, 2397, null],
        ["注：中央基建投资用于退耕还林种苗造林费，资金已全部拨付到相关旗县（市）。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A10:B10", "A11:F11"],
      numberFormats: { "C3:C10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 10,
        columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount" },
        year: 2015,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E6", why: "凉城县 11,600亩 × 300元 = 348万元; 384 typed (36 over)" },
      { rule: "composition.total-mismatch", cell: "E10", why: "合计 2,397; the lines as typed add up to 360+435+324+384+396+294+240 = 2,433" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "E3", why: "12,000 × 300元 = 360万元 (every other line is its area × 300元)" },
      { rule: "composition.total-mismatch", cell: "C10", why: "79,900亩 = the seven areas, a count, not money" },
      { rule: "composition.line-mismatch", cell: "E10", why: "the 合计 is 79,900 × 300元 = 2,397万元 exactly" },
      { rule: "composition.line-rounded", why: "whole 万元 that the standard gives exactly: no rounding" },
      { rule: "input.unreadable-value", cell: "F9", why: "备注 园区 is a remark, no figure" },
      { rule: "input.unreadable-value", cell: "A11", why: "the note under the table" },
    ],
  },
};
