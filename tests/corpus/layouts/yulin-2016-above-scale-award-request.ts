import type { CorpusLayout } from "../types";

// 榆林市中小企业局 2017-04: the award money requested for 2016's new above-scale firms and the province's
// 成长梯队 firms, county by county — two blocks side by side (户数 | 奖励标准（万元/户） | 奖励金额), a
// county total on the right, counts and money in one 合计 row.
export const layout: CorpusLayout = {
  id: "yulin-2016-above-scale-award-request",
  source: {
    title: "榆林市中小企业局关于2016年新进规模以上工业企业和营业收入增长20%及以上省级成长梯队企业奖励资金的请示报告（汇总表据正文拟）",
    url: "http://kelebekee.com/html/a20201704161320.html",
    publisher: "榆林市中小企业局",
    date: "2017-04-03",
    changes:
      "The request gives, in prose, the counts of new above-scale firms by county (榆阳区13户，神木县23户 … 子洲县4户, 93 in all) and " +
      "of 成长梯队 firms (40, the split cut off in the stored copy), and the money needed (1,188万元). Laid out as the summary " +
      "table such a request annexes: the twelve counties and the first block's counts as published; the second block's split, the " +
      "standards (10 and 6万元 a firm), every amount, the title, caption and note are ours (so the total is not the published " +
      "1,188). Planted: 神木县 240 for 23 × 10; the 成长梯队 合计 246 where its rows add up to 240.",
  },
  classes: ["composition", "allocation-by-county", "unit-times-quantity", "two-blocks-side-by-side", "count-columns", "row-total-column", "two-header-rows", "wanyuan-caption", "notes-under-table"],
  sheets: [
    {
      name: "奖励资金汇总",
      widths: [6, 10, 8, 12, 12, 8, 12, 12, 14],
      rows: [
        ["2016年新进规模以上工业企业和省级成长梯队企业奖励资金汇总表", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "县区", "新进规模以上工业企业", null, null, "省级成长梯队企业", null, null, "奖励资金合计"],
        [null, null, "户数", "奖励标准（万元/户）", "奖励金额", "户数", "奖励标准（万元/户）", "奖励金额", null],
        [1, "榆阳区", 13, 10, 130, 1, 6, 6, 136],
        [2, "神木县", 23, 10, 240, 2, 6, 12, 252],
        [3, "府谷县", 17, 10, 170, 1, 6, 6, 176],
        [4, "横山区", 5, 10, 50, 0, 6, 0, 50],
        [5, "靖边县", 9, 10, 90, 1, 6, 6, 96],
        [6, "定边县", 9, 10, 90, 3, 6, 18, 108],
        [7, "绥德县", 3, 10, 30, 15, 6, 90, 120],
        [8, "米脂县", 2, 10, 20, 7, 6, 42, 62],
        [9, "吴堡县", 2, 10, 20, 1, 6, 6, 26],
        [10, "佳县", 4, 10, 40, 4, 6, 24, 64],
        [11, "清涧县", 2, 10, 20, 2, 6, 12, 32],
        [12, "子洲县", 4, 10, 40, 3, 6, 18, 58],
        ["合计", null, 93, null, 940, 40, null, 246, 1180],
        ["注：奖励标准按《榆林市人民政府关于工业稳增长促投资的实施意见》（榆政发〔2016〕34号）执行，资金在市政府稳增长资金中列支。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A3:A4", "B3:B4", "C3:E3", "F3:H3", "I3:I4", "A17:B17", "A18:I18"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "奖励资金汇总",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 17,
        columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount", H: "amount:省级成长梯队企业" },
        year: 2016,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E6", why: "神木县: 23 户 × 10万元 = 230; stated 240 (10万元 more)" },
      { rule: "composition.total-mismatch", cell: "H17", why: "省级成长梯队企业: 6 + 12 + 6 + 0 + 6 + 18 + 90 + 42 + 6 + 24 + 12 + 18 = 240; 合计 states 246" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E17", why: "the stated county amounts (神木 240 included) add up to 940, as stated" },
      { rule: "composition.total-mismatch", cell: "I17", why: "the county totals add up to 1,180 (= 940 + 240); only the 成长梯队 合计 is wrong" },
      { rule: "composition.total-mismatch", cell: "C17", why: "户数 13 + 23 + … + 4 = 93, a count, as stated" },
      { rule: "composition.total-mismatch", cell: "F17", why: "户数 40, as stated" },
      { rule: "composition.line-mismatch", cell: "H8", why: "横山区: 0 户 × 6 = 0" },
      { rule: "composition.line-mismatch", cell: "H11", why: "绥德县: 15 × 6 = 90" },
      { rule: "composition.line-mismatch", cell: "I6", why: "奖励资金合计 is the county's two amounts added (240 + 12 = 252), not a unit × quantity" },
      { rule: "input.unreadable-value", why: "the note under the table is not a line" },
    ],
  },
};
