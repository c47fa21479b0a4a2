import type { CorpusLayout } from "../types";

// 阿坝州财政局 2023-03: 3,100万元 of 州级 incentive money for the 乡村振兴战略实绩考核 — one county upgraded (汶川, 500 as 升级补差), one
// county (红原, 1,000), 8 towns at 100万元 each and 20 + 20 villages at 20万元 each. Laid out as the allocation table the notice implies:
// 类别 | 对象 | 个数 | 每个奖补 | 奖补资金 | 备注, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "aba-2023-rural-revitalisation-assessment-incentives",
  source: {
    title: "州级财政下达奖补资金3100万元 激励乡村振兴战略实绩考核工作（奖补资金分配表据正文拟）",
    url: "https://flodiffusion.com/czj/abzczj/c100076/202303/b40790597fa643b7b5cb137345c2b374.shtml",
    publisher: "阿坝藏族羌族自治州财政局",
    date: "2023-03",
    changes:
      "The page is prose; the table is ours (表据正文拟) with the notice's categories, counts and standards as published (汶川县 500万元 升级补差, " +
      "红原县 1,000万元, 8个乡（镇） × 100万元, 20个示范村 × 20万元, 20个重点帮扶优秀村 × 20万元) and its 3,100万元 合计. Planted: the 重点帮扶优秀村 " +
      "line typed 420 (20 × 20 = 400), so the lines as typed add up to 3,120 against the 合计 3,100.",
  },
  classes: ["composition", "unit-times-quantity", "count-column", "standard-column", "remark-column", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "counties-towns-villages-as-lines", "table-from-prose", "prefecture-fund", "sichuan"],
  settings: { district: "阿坝藏族羌族自治州" },
  sheets: [
    {
      name: "奖补资金分配表",
      widths: [6, 30, 20, 10, 16, 16, 14],
      rows: [
        ["阿坝州乡村振兴战略实绩考核激励奖补资金分配表（表据正文拟）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "激励类别", "激励对象", "个数", "每个奖补标准", "奖补资金", "备注"],
        [1, "州乡村振兴成效显著县", "汶川县", 1, 500, 500, "升级补差"],
        [2, "州重点帮扶优秀县", "红原县", 1, 1000, 1000, null],
        [3, "州“三家园”先进乡（镇）", "8个乡（镇）", 8, 100, 800, null],
        [4, "州“三家园”示范村", "20个村", 20, 20, 400, null],
        [5, "州“三家园”重点帮扶优秀村", "20个村", 20, 20, 420, null],
        ["合计", null, null, 50, "—", 3100, null],
      ],
      merges: ["A1:G1", "A9:C9"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "奖补资金分配表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 9,
        columns: { B: "line", D: "quantity", E: "unitAmount", F: "amount" },
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "F8", why: "重点帮扶优秀村: 20个 × 20万元 = 400; typed 420" },
      { rule: "composition.total-mismatch", cell: "F9", why: "the lines as typed: 500 + 1,000 + 800 + 400 + 420 = 3,120, the 合计 says 3,100 (20 apart)" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "F6", why: "8 × 100 = 800" },
      { rule: "composition.line-mismatch", cell: "F7", why: "20 × 20 = 400" },
      { rule: "composition.line-mismatch", cell: "F4", why: "1 × 500 = 500 (the 升级补差 is the line's whole amount)" },
      { rule: "composition.total-mismatch", cell: "D9", why: "个数 50 = 1 + 1 + 8 + 20 + 20, a count" },
      { rule: "input.unreadable-value", cell: "E9", why: "the dash in the 合计's standard cell means no standard" },
      { rule: "register.ineligible-location", why: "an allocation to places, no list of firms" },
    ],
  },
};
