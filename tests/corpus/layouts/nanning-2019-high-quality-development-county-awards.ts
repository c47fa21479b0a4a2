import type { CorpusLayout } from "../types";

// 南宁日报 / 国际在线广西频道 2021-01-11: 自治区财政 sends down 10.4亿元 of 2019年度广西高质量发展先进县（城区）、进步县（城区）奖励资金; six of
// 南宁市's counties and districts share in it — 宾阳县、青秀区 5,000万元 each as 先进, 武鸣区、隆安县、马山县、江南区 3,000万元 each as 进步.
// Laid out as the city's 下达表: 序号 | 县（区） | 评定类别 | 奖励标准（万元/个） | 奖励资金（万元）, 合计 at the foot, the use of the money as a note.
export const layout: CorpusLayout = {
  id: "nanning-2019-high-quality-development-county-awards",
  source: {
    title: "自治区财政下达2019年度广西高质量发展先进县（城区）、进步县（城区）奖励资金10.4亿元 南宁6县区获奖励（下达表据正文拟）",
    url: "https://gx.cri.cn/old/2021-01-11/6b9bc40c-632c-cd22-a6be-a64c1cbb8818.html",
    publisher: "广西壮族自治区财政厅（南宁日报报道）",
    date: "2021-01-11",
    changes:
      "As published: the 10.4亿元, the six 南宁 counties and districts, their grades and standards (先进 5,000万元 each: 宾阳县、青秀区; 进步 3,000万元 " +
      "each: 武鸣区、隆安县、马山县、江南区) and the use of the money (优先用于“三保”支出…不得用于发放个人奖励). The report is prose; the table is ours, " +
      "the six lines with their grade and standard, 合计 at the foot. Planted: the 合计 typed 21,000 where 2 × 5,000 + 4 × 3,000 = 22,000.",
  },
  classes: ["composition", "allocation-by-county", "grade-column-as-category", "standard-column", "total-at-foot", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "news-report", "city-share-of-province-award", "guangxi"],
  settings: { district: "南宁市", asOf: "2021-01-11" },
  sheets: [
    {
      name: "下达表",
      widths: [6, 12, 18, 18, 18],
      rows: [
        ["2019年度广西高质量发展先进县（城区）、进步县（城区）奖励资金下达表（南宁市）", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "县（区）", "评定类别", "奖励标准（万元/个）", "奖励资金（万元）"],
        [1, "宾阳县", "高质量发展先进县", 5000, 5000],
        [2, "青秀区", "高质量发展先进城区", 5000, 5000],
        [3, "武鸣区", "高质量发展进步城区", 3000, 3000],
        [4, "隆安县", "高质量发展进步县", 3000, 3000],
        [5, "马山县", "高质量发展进步县", 3000, 3000],
        [6, "江南区", "高质量发展进步城区", 3000, 3000],
        ["合计", null, null, null, 21000],
        ["注：奖励资金由相关县（区）统筹使用并优先用于“三保”支出；在确保“三保”前提下，可统筹用于保障重点事项、重大项目，重点支持工业等产业发展，但不得用于发放个人奖励。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:D10", "A11:E11"],
      numberFormats: { "D4:E10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "下达表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 10, columns: { B: "line", C: "category", E: "amount" }, year: 2019 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E10", why: "合计 21,000; the six lines add up to 5,000 + 5,000 + 3,000 × 4 = 22,000 (1,000万元 short)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D10", why: "奖励标准 is a standard per county, not money to be summed (and the 合计 leaves it blank)" },
      { rule: "composition.line-mismatch", why: "each line's award equals its grade's standard for one county" },
      { rule: "register.ineligible-location", why: "an allocation to counties, no register; every county and district is 南宁市's" },
      { rule: "cap.unknown-policy", why: "an allocation, not an award list of firms" },
      { rule: "input.unreadable-value", cell: "A11", why: "the note on the money's use is text under the table" },
    ],
  },
};
