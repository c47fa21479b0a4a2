import type { CorpusLayout } from "../types";

// 沈阳市扶贫办 (沈阳日报 2009-03-26): in 2008 沈阳 put 1.29亿元 of 农村扶贫开发资金 into 322 projects, the 21 村 of 整村推进 all done. Laid out as
// the county allocation such a year's money is published in: 序号 | 县（市、区） | 项目个数（个） | 扶贫开发资金 over 合计 | 整村推进 | 产业开发 | 其他,
// 单位：个、万元, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "shenyang-2008-rural-poverty-fund-county-allocation",
  source: {
    title: "去年沈阳投入农村扶贫开发资金1.29亿元（2008年农村扶贫开发资金分配表据报道拟）",
    url: "http://m.sxsjbj.com/povertyrelief/2009-03/26/content_17504490.htm",
    publisher: "沈阳市扶贫办（沈阳日报报道）",
    date: "2009-03-26",
    changes:
      "As published: the year, the 1.29亿元 (12,900万元) put in, the 322 projects and the 整村推进 of poor villages. The report gives no table: " +
      "the counties' shares, their project counts and the split by use are ours, adding up to 12,900万元 and 322 projects (表据报道拟). " +
      "Planted: the 整村推进 foot typed 5,050 where the counties add up to 1,500 + 1,000 + 1,500 + 1,500 = 5,500 (the 合计 12,900 agrees " +
      "with 5,500 + 6,150 + 1,250).",
  },
  classes: [
    "composition", "allocation-by-county", "count-column", "count-and-money-caption", "total-column-and-use-columns", "split-under-merged-header",
    "two-header-rows", "total-at-foot", "transposed-digits", "whole-wanyuan", "notes-under-table", "table-from-prose", "city-allocation",
    "liaoning",
  ],
  settings: { district: "沈阳市" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 14, 14, 12, 12, 12, 12],
      rows: [
        ["沈阳市2008年农村扶贫开发资金分配表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：个、万元"],
        ["序号", "县（市、区）", "项目个数（个）", "扶贫开发资金", null, null, null],
        [null, null, null, "合计", "整村推进", "产业开发", "其他"],
        [1, "新民市", 78, 3200, 1500, 1400, 300],
        [2, "辽中县", 60, 2300, 1000, 1100, 200],
        [3, "康平县", 72, 3100, 1500, 1300, 300],
        [4, "法库县", 70, 3000, 1500, 1200, 300],
        [5, "于洪区", 12, 350, null, 300, 50],
        [6, "沈北新区", 14, 380, null, 320, 60],
        [7, "苏家屯区", 10, 270, null, 250, 20],
        [8, "东陵区", 6, 300, null, 280, 20],
        ["合计", null, 322, 12900, 5050, 6150, 1250],
        ["注：整村推进资金用于21个贫困村基础设施和产业项目建设；其他为培训及项目管理费。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:G3", "A13:B13", "A14:G14"],
      numberFormats: { "C5:G13": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 13,
        columns: { B: "line", D: "amount", E: "amount:整村推进", F: "amount:产业开发", G: "amount:其他" }, year: 2008,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E13", why: "整村推进 foot 5,050; the counties add up to 1,500 + 1,000 + 1,500 + 1,500 = 5,500 (450万元 short)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D13", why: "合计 12,900 = 3,200 + 2,300 + 3,100 + 3,000 + 350 + 380 + 270 + 300, and = 5,500 + 6,150 + 1,250 with 整村推进 as its lines add up: not reported again across the row" },
      { rule: "composition.total-mismatch", cell: "F13", why: "产业开发 6,150 = 1,400 + 1,100 + 1,300 + 1,200 + 300 + 320 + 250 + 280; 其他 1,250 likewise" },
      { rule: "composition.total-mismatch", cell: "C13", why: "项目个数 322 = 78 + 60 + 72 + 70 + 12 + 14 + 10 + 6, a count, never added into the money" },
      { rule: "composition.total-mismatch", cell: "D9", why: "于洪区 350 = 300 + 50, 整村推进 blank adding nothing" },
      { rule: "composition.line-mismatch", why: "项目个数 is a count of projects, no quantity the money is a unit amount of" },
      { rule: "input.unreadable-value", cell: "A14", why: "the note under the table (21个贫困村) is no figure of it" },
    ],
  },
};
