import type { CorpusLayout } from "../types";

// 中国财经报 2015-10-27: 中央财政 农产品产地初加工补助 3,000万元 for 江西, its first such subsidy — 7 counties, 蔬菜 in 乐平、永丰、永新、高安 and
// 柑橘 in 瑞金、南城、永修, 乐平 given more for its larger storage needs. Laid out as the province's allocation table: 序号 | 县（市） | 品种 |
// 补助资金, grouped by 品种 with a 小计 after each group and the 合计 at the foot.
export const layout: CorpusLayout = {
  id: "jiangxi-2015-agri-primary-processing-subsidy",
  source: {
    title: "江西7县（市）农产品产地初加工设施建设获补助（资金分配表据报道拟）",
    url: "http://finance.china.com.cn/roll/20151027/3404055.shtml",
    publisher: "中国财经报（中国网财经转载）",
    date: "2015-10-27",
    changes:
      "The report gives the fund (3,000万元), the seven counties and which 品种 each builds storage for, and that 乐平 gets more than the rest; " +
      "we lay this out as an allocation table grouped by 品种 with a 小计 after each group, the use in a note. The amounts are ours (乐平 still the " +
      "largest, 3,000 in all). Planted: 柑橘小计 typed 1,108 where 瑞金 410 + 南城 390 + 永修 380 = 1,180; the 合计 3,000 agrees with the seven " +
      "counties.",
  },
  classes: [
    "composition", "allocation-by-county", "category-column", "subtotals-after-groups", "total-at-foot", "whole-wanyuan", "wanyuan-caption",
    "notes-under-table", "table-from-prose", "news-report", "province-fund", "jiangxi",
  ],
  settings: { district: "江西省" },
  sheets: [
    {
      name: "分配表",
      widths: [6, 16, 10, 14],
      rows: [
        ["2015年中央财政农产品产地初加工补助项目资金分配表", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "县（市）", "品种", "补助资金"],
        [1, "乐平市", "蔬菜", 620],
        [2, "永丰县", "蔬菜", 400],
        [3, "永新县", "蔬菜", 380],
        [4, "高安市", "蔬菜", 420],
        [null, "蔬菜小计", null, 1820],
        [5, "瑞金市", "柑橘", 410],
        [6, "南城县", "柑橘", 390],
        [7, "永修县", "柑橘", 380],
        [null, "柑橘小计", null, 1108],
        ["合计", null, null, 3000],
        ["注：补助资金主要用于果蔬产业贮藏设施建设；乐平市蔬菜产业基础好、贮藏设施建设规模需求大，适当增加安排。", null, null, null],
      ],
      merges: ["A1:D1", "A13:C13", "A14:D14"],
      numberFormats: { "D4:D13": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { A: "code", B: "line", C: "category", D: "amount" },
        year: 2015,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D12", why: "柑橘小计 1,108; its counties add up to 410 + 390 + 380 = 1,180 (72 apart)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D13", why: "合计 3,000 = 620 + 400 + 380 + 420 + 410 + 390 + 380, the counties as typed: the 小计's slip is reported once, at the 小计" },
      { rule: "composition.total-mismatch", cell: "D8", why: "蔬菜小计 1,820 = 620 + 400 + 380 + 420" },
      { rule: "register.ineligible-location", why: "an allocation among 江西's own counties names no payee outside it" },
      { rule: "input.unreadable-value", cell: "A14", why: "the note under the table is text" },
    ],
  },
};
