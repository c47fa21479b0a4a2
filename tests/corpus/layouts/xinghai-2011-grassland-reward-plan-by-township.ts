import type { CorpusLayout } from "../types";

// 兴海县 (青海 海南州) 2011年草原生态保护补助奖励机制实施方案: the money by 乡（镇） as two groups under merged headings — 禁牧补助 and 草畜平衡奖励, each
// 面积（万亩） | 标准（元/亩） | 金额（万元） — and a 合计 column; 龙藏乡's 禁牧 money not its area × 6元, and the grand 合计 typed 10万元 short.
export const layout: CorpusLayout = {
  id: "xinghai-2011-grassland-reward-plan-by-township",
  source: {
    title: "2011年兴海县草原生态保护补助奖励机制实施方案（分乡镇资金测算表据正文拟）",
    url: "http://35331.cn/lhs_01e01c01d01dinog38lmfgjjpxlginn4viypfrxjhgqxxgbthnagc1ke2g8mi3ik3hk3dklk01203202q03703401n_1.html",
    publisher: "兴海县人民政府（文库转载）",
    date: "2011",
    changes:
      "The stored copy shows the plan's title only; the table is ours (表据正文拟), laid out as such plans give their money by township: 序号 | 乡（镇） " +
      "and the two measures 禁牧补助 and 草畜平衡奖励 under merged headings with 面积（万亩） | 标准（元/亩） | 金额（万元）, then 合计. The standards are the " +
      "2011 national ones (禁牧 6元/亩, 草畜平衡 1.5元/亩); the seven townships are 兴海县's; areas and money are ours. Planted: 龙藏乡's 禁牧补助 typed " +
      "454.20 where 74.20万亩 × 6元 = 445.20; the 合计 row's 合计 typed 3,782.00 where 3,057.00 + 735.00 = 3,792.00.",
  },
  classes: ["composition", "unit-times-quantity", "column-groups-under-merged-headings", "standard-heading", "row-total-column", "two-header-rows", "townships-as-lines", "area-in-wanmu", "two-decimal-wanyuan", "total-at-foot", "built-from-prose", "county-fund", "qinghai"],
  settings: { district: "兴海县" },
  sheets: [
    {
      name: "资金测算表",
      widths: [6, 12, 12, 12, 12, 12, 12, 12, 12],
      rows: [
        ["兴海县2011年草原生态保护补助奖励资金测算表（表据正文拟）", null, null, null, null, null, null, null, null],
        ["序号", "乡（镇）", "禁牧补助", null, null, "草畜平衡奖励", null, null, "合计（万元）"],
        [null, null, "面积（万亩）", "标准（元/亩）", "金额（万元）", "面积（万亩）", "标准（元/亩）", "金额（万元）", null],
        [1, "子科滩镇", 52.4, 6, 314.4, 68.2, 1.5, 102.3, 416.7],
        [2, "河卡镇", 86.3, 6, 517.8, 95.6, 1.5, 143.4, 661.2],
        [3, "曲什安镇", 40.1, 6, 240.6, 55.8, 1.5, 83.7, 324.3],
        [4, "温泉乡", 120.5, 6, 723, 88.4, 1.5, 132.6, 855.6],
        [5, "龙藏乡", 74.2, 6, 454.2, 62, 1.5, 93, 547.2],
        [6, "中铁乡", 95.8, 6, 574.8, 70.3, 1.5, 105.45, 680.25],
        [7, "唐乃亥乡", 38.7, 6, 232.2, 49.7, 1.5, 74.55, 306.75],
        ["合计", null, 508, null, 3057, 490, null, 735, 3782],
      ],
      merges: ["A1:I1", "A2:A3", "B2:B3", "C2:E2", "F2:H2", "I2:I3", "A11:B11"],
      numberFormats: { "C4:C11": "0.00", "E4:F11": "0.00", "H4:I11": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金测算表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount:禁牧补助", F: "quantity:草畜平衡奖励", G: "unitAmount:草畜平衡奖励", H: "amount:草畜平衡奖励", I: "amount" },
        year: 2011,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E8", why: "龙藏乡 禁牧补助: 74.20万亩 × 6元/亩 = 445.20万元, typed 454.20 (9.00 over)" },
      { rule: "composition.total-mismatch", cell: "I11", why: "合计: 3,057.00 + 735.00 = 3,792.00, and the townships' 合计 add up to 3,792.00; typed 3,782.00 (10.00 short)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E11", why: "314.40 + 517.80 + 240.60 + 723.00 + 454.20 + 574.80 + 232.20 = 3,057.00, the lines as typed" },
      { rule: "composition.total-mismatch", cell: "H11", why: "102.30 + 143.40 + 83.70 + 132.60 + 93.00 + 105.45 + 74.55 = 735.00" },
      { rule: "composition.total-mismatch", cell: "C11", why: "the areas add up to 508.00万亩 (and 草畜平衡 to 490.00): counts, not money, and right" },
      { rule: "composition.total-mismatch", cell: "I8", why: "龙藏乡's 合计 547.20 = 454.20 + 93.00 as typed; its slip is the 禁牧 figure's" },
      { rule: "composition.line-mismatch", cell: "H9", why: "中铁乡 草畜平衡: 70.30 × 1.5 = 105.45 exactly" },
      { rule: "composition.line-mismatch", cell: "E7", why: "温泉乡: 120.50 × 6 = 723.00" },
      { rule: "composition.total-mismatch", cell: "A4", why: "序号 1 … 7 number the townships; they are no money" },
      { rule: "register.ineligible-location", why: "子科滩镇, 河卡镇, 曲什安镇, 温泉乡, 龙藏乡, 中铁乡, 唐乃亥乡 are 兴海县's own townships, and the table is no list of firms" },
    ],
  },
};
