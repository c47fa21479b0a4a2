import type { CorpusLayout } from "../types";

// 信阳市工业和信息化局 2023-06-29: how the province's 一季度 满负荷生产 award (10万元 or 20万元 a firm) reached each county —
// 奖励企业户数 split by the two standards under one merged heading with a 小计, then 省级财政资金 and 拨付金额, the city's
// 全辖合计 on the first body row (信阳市 in the 序号 column), 单位：万元.
export const layout: CorpusLayout = {
  id: "xinyang-2023-q1-full-capacity-award-summary",
  source: {
    title: "关于2023年一季度规上工业企业满负荷生产奖励落实情况的通报（附件：全市2023年一季度规上工业企业满负荷生产财政奖励资金汇总表）",
    url: "http://gyhxxhj.xinyang.gov.cn/news/show.php?itemid=13117",
    publisher: "信阳市工业和信息化局",
    date: "2023-06-29",
    changes:
      "As published: the title, 单位：万元, the headings (序号 | 县区 | 奖励企业户数 over 10万元 / 20万元 / 小计 | 省级财政资金 | 拨付金额, the last two " +
      "merged down two rows), 信阳市 | 全辖合计 on the first body row with the published totals 51 / 57 / 108 / 825 / 1650, and the nine " +
      "counties' names in order. The counties' counts and amounts are ours (each 拨付金额 = 10 × 户数 + 20 × 户数, 省级 half of it). " +
      "Planted: the 全辖合计 拨付金额 written 1,670 where the nine lines add up to 1,650.",
  },
  classes: ["composition", "allocation-by-county", "total-row-first", "count-columns", "standard-in-group-heading", "merged-header-over-three", "two-header-rows", "wanyuan-caption", "henan"],
  sheets: [
    {
      name: "汇总表",
      widths: [8, 12, 10, 10, 10, 14, 12],
      rows: [
        ["附件", null, null, null, null, null, null],
        ["全市2023年一季度规上工业企业满负荷生产财政奖励资金汇总表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "县区", "奖励企业户数", null, null, "省级财政资金", "拨付金额"],
        [null, null, "10万元", "20万元", "小计", null, null],
        ["信阳市", "全辖合计", 51, 57, 108, 825, 1670],
        [1, "市本级", 9, 12, 21, 165, 330],
        [2, "罗山县", 4, 6, 10, 80, 160],
        [3, "光山县", 8, 3, 11, 70, 140],
        [4, "新县", 3, 4, 7, 55, 110],
        [5, "商城县", 6, 8, 14, 110, 220],
        [6, "固始县", 9, 7, 16, 115, 230],
        [7, "潢川县", 3, 9, 12, 105, 210],
        [8, "淮滨县", 5, 2, 7, 45, 90],
        [9, "息县", 4, 6, 10, 80, 160],
      ],
      merges: ["A2:G2", "A4:A5", "B4:B5", "C4:E4", "F4:F5", "G4:G5"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "汇总表",
        kind: "composition",
        unit: "万元",
        headerRow: 4,
        lastRow: 15,
        columns: { B: "line", F: "amount:省级财政资金", G: "amount" },
        year: 2023,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "G6",
        why: "全辖合计 拨付金额 1,670 where the counties give 330 + 160 + 140 + 110 + 220 + 230 + 210 + 90 + 160 = 1,650: 20万元 more",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F6", why: "省级财政资金 825 = 165 + 80 + 70 + 55 + 110 + 115 + 105 + 45 + 80" },
      { rule: "composition.total-mismatch", cell: "E6", why: "户数 are counts: 9+4+8+3+6+9+3+5+4 = 51, 12+6+3+4+8+7+9+2+6 = 57, 108 in all, and each row's 小计 is its two counts" },
      { rule: "composition.line-mismatch", why: "each county's 拨付金额 is 10 × its 10万元 firms + 20 × its 20万元 firms (市本级 90 + 240 = 330); 10万元 / 20万元 are headings, not unit amounts beside a quantity" },
      { rule: "composition.total-mismatch", cell: "G7", why: "市本级 is a line, not a subtotal of the counties below it" },
      { rule: "input.unreadable-value", why: "信阳市 in the 序号 column and the 10万元 / 20万元 headings are labels" },
    ],
  },
};
