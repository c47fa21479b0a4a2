import type { CorpusLayout } from "../types";

// 河北省冀州市 (undated report, 中国农机化信息网 via 畅享): 国家和省补贴资金120.4万元 all placed, 358 machines subsidised — 30 tractors over 80hp,
// 10 maize harvesters, 22 rotary tillers, 21 straw returners, 5 forage harvesters, 83 seeders, 187 knapsack sprayers; 228 handed out so far.
export const layout: CorpusLayout = {
  id: "jizhou-farm-machinery-subsidy-by-type",
  source: {
    title: "河北省冀州市农机购置补贴工作进展顺利（补贴机具分类表据正文拟）",
    url: "http://changxiangtd.cn/46-77746-1.html",
    publisher: "冀州市农机局（转载）",
    changes:
      "As published: 120.4万元, 358 machines and the seven counts (30, 10, 22, 21, 5, 83, 187), 228 handed out. No table is shown: the grid " +
      "(序号 | 机具种类 | 数量（台） | 补贴资金（万元）, 合计 at the foot, the note) is built from the prose and the money per kind is ours. " +
      "Planted: 播种机械 typed 18.6 so the kinds add to 122.4 against the 合计 120.4. The year is not stated.",
  },
  classes: ["composition", "allocation-by-type", "count-column", "quantity-and-amount", "total-at-foot", "one-decimal-wanyuan", "wanyuan-in-header", "notes-under-table", "year-not-stated", "table-from-prose", "county-fund", "hebei"],
  sheets: [
    {
      name: "补贴机具",
      widths: [6, 22, 12, 16],
      rows: [
        ["冀州市农机购置补贴机具分类表（表据正文拟）", null, null, null],
        ["序号", "机具种类", "数量（台）", "补贴资金（万元）"],
        [1, "80马力以上拖拉机", 30, 45.0],
        [2, "玉米收获机", 10, 30.0],
        [3, "旋耕机", 22, 8.8],
        [4, "秸秆还田机", 21, 8.4],
        [5, "牧草收获机", 5, 6.5],
        [6, "播种机械", 83, 18.6],
        [7, "背负式喷雾器", 187, 5.1],
        ["合计", null, 358, 120.4],
        ["注：国家和省补贴资金120.4万元已全部落实到位；5月12日开始组织农民购机，到目前农民申领机具228台，预计5月底全部发放。", null, null, null],
      ],
      merges: ["A1:D1", "A10:B10", "A11:D11"],
      numberFormats: { "D3:D10": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "补贴机具", kind: "composition", unit: "万元", headerRow: 2, lastRow: 10, columns: { B: "line", C: "quantity", D: "amount" } },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D10", why: "合计 120.4 where 45.0 + 30.0 + 8.8 + 8.4 + 6.5 + 18.6 + 5.1 = 122.4: 2.0万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "C10", why: "358 = 30 + 10 + 22 + 21 + 5 + 83 + 187" },
      { rule: "composition.line-mismatch", why: "no per-machine standard is stated, so no line is count × standard" },
      { rule: "composition.total-mismatch", cell: "A11", why: "the note's 120.4 and 228 are prose" },
    ],
  },
};
