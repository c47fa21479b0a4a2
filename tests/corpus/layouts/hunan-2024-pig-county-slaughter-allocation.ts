import type { CorpusLayout } from "../types";

// 湖南省农业农村厅 2023-12-18: the province's pooled share of the 2024 生猪调出大县奖励资金, proposed for slaughter capacity by county —
// 序号 | 市州 | 县市区/单位 | 建议分配金额（万元）, each 市州 merged down over its counties, 全省合计 at the foot.
export const layout: CorpusLayout = {
  id: "hunan-2024-pig-county-slaughter-allocation",
  source: {
    title: "2024年生猪调出大县奖励资金（省级统筹部分）分配建议公示（附：省级统筹奖励资金安排建议表）",
    url: "http://tczx.org.cn/show-152360.html",
    publisher: "湖南省农业农村厅（转载）",
    date: "2023-12-18",
    changes:
      "As published: the table's title 省级统筹奖励资金安排建议表, 金额单位：万元, the four headings, the seventeen counties under their 市州 in order " +
      "(韶山市 … 吉首市), the 市州 written once over their counties, and 全省合计. Ours: every amount (the published lines add up to the stated 2124). " +
      "Planted: 全省合计 2,124 where the lines add up to 2,154.",
  },
  classes: ["composition", "allocation-by-county", "city-merged-down", "province-wide", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "no-year-in-table", "hunan"],
  sheets: [
    {
      name: "安排建议表",
      widths: [6, 12, 16, 20],
      rows: [
        ["省级统筹奖励资金安排建议表", null, null, null],
        ["金额单位：万元", null, null, null],
        ["序号", "市州", "县市区/单位", "建议分配金额（万元）"],
        [1, "湘潭市", "韶山市", 380],
        [2, "衡阳市", "衡南县", 12],
        [3, null, "衡山县", 34],
        [4, null, "衡东县", 18],
        [5, null, "祁东县", 256],
        [6, "岳阳市", "岳阳楼区", 65],
        [7, "常德市", "临澧县", 48],
        [8, "益阳市", "资阳区", 226],
        [9, null, "南县", 64],
        [10, null, "赫山区", 105],
        [11, null, "安化县", 62],
        [12, "郴州市", "资兴市", 41],
        [13, null, "嘉禾县", 27],
        [14, "怀化市", "辰溪县", 238],
        [15, null, "溆浦县", 9],
        [16, null, "靖州县", 120],
        [17, "湘西州", "吉首市", 449],
        ["全省合计", null, null, 2124],
      ],
      merges: ["A1:D1", "A2:D2", "B5:B8", "B11:B14", "B15:B16", "B17:B19", "A21:C21"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "安排建议表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 21,
        columns: { B: "category", C: "line", D: "amount" },
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "D21",
        why: "全省合计 2,124; the seventeen lines add up to 380 + 12 + 34 + 18 + 256 + 65 + 48 + 226 + 64 + 105 + 62 + 41 + 27 + 238 + 9 + 120 + 449 = 2,154: 30万元 apart",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D5", why: "衡阳市 is a merged label over four counties, not a subtotal row" },
      { rule: "composition.line-mismatch", why: "no unit or quantity columns" },
      { rule: "composition.approved-mismatch", why: "the table states no approved budget of its own (the notice's 2124万元 is in its paragraph, not in the workbook)" },
      { rule: "input.unreadable-value", cell: "A4", why: "序号 is a row number" },
    ],
  },
};
