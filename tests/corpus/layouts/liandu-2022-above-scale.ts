import type { CorpusLayout } from "../types";

// 莲都区经济商务局 2022-10-26: two award levels (30万元 for firms reaching scale within three years
// of starting production, 10万元 after), so the policy item comes from category rows between the groups.
export const layout: CorpusLayout = {
  id: "liandu-2022-above-scale",
  source: {
    title: "莲都区首次上规工业企业奖励公示（依据莲政办抄〔2019〕20号第1条）",
    url: "http://www.zjzodq.com/zhongou_news/10.cshtml",
    publisher: "莲都区经济商务局 (original: www.liandu.gov.cn/art/2022/10/26/art_1229427079_5017086.html)",
    date: "2022-10-26",
    changes:
      "The notice names the firms in two paragraphs (20 firms × 30万元 within three years, 8 firms × 10万元 after; " +
      "total 680万元). Laid out here as the usual 公示 table with the two groups as category rows, 小计 per group and " +
      "a 合计; the header wording and the 所在乡镇（街道） column are ours. Firms, places and the row count (6 + 4) " +
      "invented. Planted: one firm of the second group (cap 10万元) is given 30万元.",
  },
  classes: ["register", "category-rows-give-item", "subtotals", "towns-as-places", "wanyuan-caption", "fixed-cap"],
  settings: { district: "莲都区" },
  sheets: [
    {
      name: "公示名单",
      widths: [8, 36, 18, 12],
      rows: [
        ["莲都区2022年首次上规工业企业奖励名单", null, null, null],
        [null, null, null, "单位：万元"],
        ["序号", "企业名称", "所在乡镇（街道）", "奖励金额"],
        ["一、投产三年内首次上规企业（每家奖励30万元）", null, null, null],
        [1, "浙江瓯江活塞制造有限公司", "南明山街道", 30],
        [2, "丽水市括苍通讯科技有限公司", "南明山街道", 30],
        [3, "浙江碧湖电气有限公司", "碧湖镇", 30],
        [4, "丽水市联城新材料科技有限公司", "联城街道", 30],
        [5, "浙江白云阀门有限公司", "白云街道", 30],
        [6, "丽水市紫金箱包有限公司", "紫金街道", 30],
        ["小计", null, null, 180],
        ["二、投产三年后首次上规企业（每家奖励10万元）", null, null, null],
        [7, "丽水市岩泉特种玻璃有限公司", "岩泉街道", 10],
        [8, "浙江大港头动物保健品有限公司", "大港头镇", 10],
        [9, "丽水市万象机电元件有限公司", "万象街道", 30],
        [10, "浙江雅溪流体设备有限公司", "雅溪镇", 10],
        ["小计", null, null, 60],
        ["合计", null, null, 240],
        ["注：奖励依据《莲都区进一步提振生态工业发展的意见》（莲政办抄〔2019〕20号）第1条。", null, null, null],
      ],
      merges: ["A1:D1", "A4:D4", "A11:C11", "A12:D12", "A17:C17", "A18:C18", "A19:D19"],
    },
  ],
  catalog: {
    items: [
      { name: "投产三年内首次上规企业", capType: "fixed", capAmount: 30, unit: "万元", document: "莲政办抄〔2019〕20号" },
      { name: "投产三年后首次上规企业", capType: "fixed", capAmount: 10, unit: "万元", document: "莲政办抄〔2019〕20号" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "公示名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 18,
        columns: { B: "enterprise", C: "place", D: "approved" },
        year: 2022,
      },
    ],
    findings: [
      {
        rule: "cap.exceeded",
        cell: "D15",
        why: "丽水市万象机电元件有限公司 sits under 二、投产三年后首次上规企业 (fixed 10万元) but is given 30万元: 20万元 over",
      },
    ],
    absent: [
      { rule: "input.unreadable-value", cell: "D4", why: "row 4 is a category row (一、投产三年内首次上规企业…), not an award" },
      { rule: "input.unreadable-value", cell: "D12", why: "row 12 is a category row (二、投产三年后首次上规企业…)" },
      { rule: "cap.exceeded", cell: "D11", why: "小计 (180) is the group's sum, not an award" },
      { rule: "cap.exceeded", cell: "D18", why: "合计 (240 = 180 + 60) is not an award" },
      { rule: "cap.exceeded", cell: "D5", why: "the first group's 30万元 is that group's fixed amount; the item comes from the category row above" },
      { rule: "register.duplicate", why: "no enterprise repeats; 小计/合计 rows are not enterprises" },
      { rule: "register.ineligible-location", why: "南明山/联城/白云/紫金/岩泉/万象街道, 碧湖/大港头/雅溪镇 are in 莲都区" },
      { rule: "cap.unknown-policy", why: "each row's item is its group's category row, both in the catalog" },
    ],
  },
};
