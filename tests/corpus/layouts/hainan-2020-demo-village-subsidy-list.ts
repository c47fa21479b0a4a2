import type { CorpusLayout } from "../types";

// 海南省农业农村厅、省财政厅 2020: the 乡村振兴及百镇千村专项资金 (特色产业小镇和美丽乡村建设方向) implementation plan — 特色产业小镇 rewarded
// 以奖代补 up to 700万元 each, 美丽乡村示范村 given 50万元 each. Its two standards as a small catalog, and a list of 示范村 under it
// (市县 | 示范村 | 补助资金), 合计 at the foot.
export const layout: CorpusLayout = {
  id: "hainan-2020-demo-village-subsidy-list",
  source: {
    title: "2020年乡村振兴及百镇千村专项资金（支持特色产业小镇和美丽乡村建设方向）项目实施方案（支持标准；示范村名单据正文拟）",
    url: "https://zhjsw.cn/jianshehangye/show-2744.html",
    publisher: "海南省农业农村厅、海南省财政厅（转载）",
    date: "2020",
    changes:
      "The two standards are the plan's own sentences (每个小镇奖励最高不超过700万元; 每个村庄补助50万元), laid out as 序号 | 支持项目 | 支持标准 with our " +
      "row names for the two directions. The plan names 185 villages but the stored copy lists none: the 示范村名单 (ten villages in ten rows, 市县 and " +
      "village names, amounts) is ours. Planted: 万宁市文通村 given 60 against the fixed 50万元; 琼海市南强村 listed a second time.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "fixed-award", "maximum-award", "villages-as-bodies", "county-column",
    "autonomous-counties", "item-in-title", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "excerpt", "table-from-prose",
    "province-fund", "hainan",
  ],
  settings: { district: "海南省" },
  sheets: [
    {
      name: "支持标准",
      widths: [6, 22, 90],
      rows: [
        ["2020年乡村振兴及百镇千村专项资金（支持特色产业小镇和美丽乡村建设方向）支持标准", null, null],
        ["序号", "支持项目", "支持标准"],
        [1, "特色产业小镇建设奖励", "省级财政资金通过以奖代补方式，按市县级财政资金投入特色产业小镇基础设施建设等情况分配资金，每个小镇奖励最高不超过700万元，由市县统筹使用。"],
        [2, "美丽乡村示范村补助", "省级财政资金对2020年开展美丽乡村示范村建设的村庄予以适当支持，每个村庄补助50万元，由市县统筹使用。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "示范村名单",
      widths: [6, 22, 16, 12],
      rows: [
        ["2020年美丽乡村示范村名单（摘录）", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "市县", "示范村", "补助资金"],
        [1, "海口市", "山尾村", 50],
        [2, "儋州市", "石屋村", 50],
        [3, "琼海市", "南强村", 50],
        [4, "文昌市", "十八行村", 50],
        [5, "万宁市", "文通村", 60],
        [6, "五指山市", "毛脑村", 50],
        [7, "琼中黎族苗族自治县", "大平村", 50],
        [8, "保亭黎族苗族自治县", "什进村", 50],
        [9, "琼海市", "南强村", 50],
        [10, "陵水黎族自治县", "母爸村", 50],
        ["合计", null, null, 510],
      ],
      merges: ["A1:D1", "A14:C14"],
    },
  ],
  expect: {
    tables: [
      { sheet: "支持标准", kind: "catalog", headerRow: 2, lastRow: 4, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "示范村名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "place", C: "enterprise", D: "approved" },
        year: 2020,
        item: "美丽乡村示范村补助",
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "示范村名单", cell: "D8", why: "万宁市文通村 60 against the fixed 50万元 a village (10万元 over)" },
      { rule: "register.duplicate", sheet: "示范村名单", cell: "D12", why: "琼海市南强村 already listed on row 6 for 美丽乡村示范村补助 in 2020" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "支持标准", cell: "C3", why: "最高不超过700万元 is a maximum a town; 以奖代补 says how the money is shared" },
      { rule: "catalog.unreadable-standard", sheet: "支持标准", cell: "C4", why: "每个村庄补助50万元 is a fixed award; 2020年 is the year" },
      { rule: "cap.unknown-policy", why: "the title names 美丽乡村示范村 without its support word: the catalog's 美丽乡村示范村补助" },
      { rule: "cap.exceeded", sheet: "示范村名单", cell: "D14", why: "合计 510 = 9 × 50 + 60 is no award" },
      { rule: "composition.total-mismatch", sheet: "示范村名单", cell: "D14", why: "the ten amounts add up to 510" },
      { rule: "register.ineligible-location", sheet: "示范村名单", cell: "B10", why: "琼中黎族苗族自治县, 保亭黎族苗族自治县 and 陵水黎族自治县 are Hainan's own autonomous counties; every 市县 lies in 海南省" },
    ],
  },
};
