import type { CorpusLayout } from "../types";

// 河源市源城区农业农村局 2023-06-26: the district's one-off 2023 早造 grain-farmer subsidy shared out by town —
// area × 13.06125元 a 亩, four towns and streets, 13,076.85亩 in all.
export const layout: CorpusLayout = {
  id: "yuancheng-2023-early-rice-grain-subsidy",
  source: {
    title: "2023年度源城区早造种粮农民一次性补贴资金分配方案公示（分配表据正文拟）",
    url: "http://www.gdyc.gov.cn/hyycnyj/gkmlpt/content/0/555/post_555724.html",
    publisher: "河源市源城区农业农村局",
    date: "2023-06-26",
    changes:
      "The stored page states the plan in prose (no grid was found): 13,076.85亩 in all, 埔前镇 11,598.35亩, 源南镇 1,339.60亩, 源西街道 18.90亩, 东埔街道 120亩, " +
      "13.06125元 a 亩, the 公示 dates and phones. We laid these out as an allocation by town (序号 | 镇（街道） | 补贴面积（亩） | 补贴标准（元/亩） | 补贴资金（元）) " +
      "with a 合计, the 公示 line and the sign-off; the money column is ours, area × standard to the fen. Planted: 源南镇's money typed 17,946.85 " +
      "(1,339.60 × 13.06125 = 17,496.85: two digits swapped).",
  },
  classes: ["composition", "unit-times-quantity", "standard-heading", "area-column", "yuan-amounts", "allocation-by-town", "towns-and-streets", "total-at-foot", "five-decimal-standard", "signoff-line", "table-from-prose", "district-fund", "guangdong"],
  settings: { district: "源城区" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 14, 16, 18, 16],
      rows: [
        ["2023年度源城区早造种粮农民一次性补贴资金分配表", null, null, null, null],
        ["序号", "镇（街道）", "补贴面积（亩）", "补贴标准（元/亩）", "补贴资金（元）"],
        [1, "埔前镇", 11598.35, 13.06125, 151488.95],
        [2, "源南镇", 1339.6, 13.06125, 17946.85],
        [3, "源西街道", 18.9, 13.06125, 246.86],
        [4, "东埔街道", 120, 13.06125, 1567.35],
        ["合计", null, 13076.85, null, 170800.01],
        ["公示时间：2023年6月26日至2023年6月30日。公示期间如有疑问或异议，可径向区农业农村局或相关部门反映。", null, null, null, null],
        [null, null, null, "河源市源城区农业农村局", null],
        [null, null, null, "2023年6月26日", null],
      ],
      merges: ["A1:E1", "A7:B7", "A8:E8", "D9:E9", "D10:E10"],
      numberFormats: { "C3:C7": "0.00", "D3:D6": "0.00000", "E3:E7": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "元",
        headerRow: 2,
        lastRow: 7,
        columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E4", why: "源南镇 1,339.60亩 × 13.06125元 = 17,496.85元, typed 17,946.85 (450.00元 over)" },
      { rule: "composition.total-mismatch", cell: "E7", why: "合计 170,800.01; the lines as typed add up to 151,488.95 + 17,946.85 + 246.86 + 1,567.35 = 171,250.01 (450.00 apart)" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "E3", why: "11,598.35 × 13.06125 = 151,488.946…, shown 151,488.95" },
      { rule: "composition.line-mismatch", cell: "E5", why: "18.90 × 13.06125 = 246.858…, shown 246.86" },
      { rule: "composition.line-mismatch", cell: "E6", why: "120 × 13.06125 = 1,567.35" },
      { rule: "composition.total-mismatch", cell: "C7", why: "11,598.35 + 1,339.60 + 18.90 + 120 = 13,076.85亩, in its own measure" },
      { rule: "composition.line-rounded", cell: "E3", why: "the standard is the policy's own figure; the fen rounding of the product is within the shown precision" },
      { rule: "input.unreadable-value", cell: "A8", why: "the 公示 line under the table is text" },
    ],
  },
};
