import type { CorpusLayout } from "../types";

// 贵州: 省服务业发展引导资金支持新增纳统企业项目建设实施细则 — a one-time 奖补 for service firms newly entered into the statistics
// (纳统). Laid out as the province's 奖补 list by 市（州）, with firms, codes and amounts of our own.
export const layout: CorpusLayout = {
  id: "guizhou-services-fund-new-statistical-firms-awards",
  source: {
    title: "省服务业发展引导资金支持新增纳统企业项目建设实施细则（新增纳统企业奖补名单据细则拟）",
    url: "https://www.zhetiaohe.com/ss/1a540c6dd1d23d79a2b117ec63a7b3712a48a94c99d6c00e32b22dad585a536b162144e84419ea72d1c6a634b9f6370729acade9e9a06ba99693fa9ee4ef56100bf184911e8ff0f771f63732f1b5ba3b.html",
    publisher: "贵州省发展和改革委员会（省服务业发展引导资金）",
    changes:
      "As published: only the 实施细则's title in the stored copy (no standards, no list). " +
      "Ours: the whole list — 序号 | 企业名称 | 统一社会信用代码 | 所在市（州） | 纳统时间 | 行业类别 | 奖补资金（万元）, firms, codes, dates, amounts, 合计 and note. " +
      "Planted: one firm placed in 昭通市 (云南), outside 贵州省; the 合计 typed 150 over lines giving 140.",
  },
  classes: ["register", "fixed-award", "field-column", "date-column", "credit-codes", "cities-as-places", "item-in-title", "no-catalog", "whole-wanyuan", "unit-in-headings", "total-at-foot", "notes-under-table", "table-from-prose", "province-fund", "guizhou"],
  settings: { district: "贵州省" },
  sheets: [
    {
      name: "奖补名单",
      widths: [6, 30, 22, 14, 12, 16, 16],
      rows: [
        ["贵州省服务业发展引导资金新增纳统企业奖补名单", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在市（州）", "纳统时间", "行业类别", "奖补资金（万元）"],
        [1, "贵阳筑云数据服务有限公司", "91520100MA6HA2B3C9", "贵阳市", "2023年3月", "信息服务", 20],
        [2, "遵义黔北物流股份有限公司", "91520300MA6JD4E5F8", "遵义市", "2023年5月", "现代物流", 30],
        [3, "六盘水凉都文旅发展有限公司", "91520200MA6KG6H7JP", "六盘水市", "2023年6月", "文化旅游", 20],
        [4, "毕节乌蒙康养服务有限公司", "91520500MA6LK8L9MU", "毕节市", "2023年8月", "健康养老", 20],
        [5, "贵阳观山湖检验检测有限公司", "91520100MA6MN1P2QH", "贵阳市", "2023年9月", "科技服务", 30],
        [6, "昭通乌蒙商贸服务有限公司", "91530600MA6NQ3R4TK", "昭通市", "2023年10月", "现代物流", 20],
        ["合计", null, null, null, null, null, 150],
        ["注：对新增纳入统计的规模以上服务业企业给予一次性奖补，资金用于企业项目建设。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A9:F9", "A10:G10"],
    },
  ],
  expect: {
    tables: [
      { sheet: "奖补名单", kind: "register", unit: "万元", headerRow: 2, lastRow: 9, columns: { B: "enterprise", C: "creditCode", D: "place", F: "category", G: "approved" } },
    ],
    findings: [
      { rule: "register.ineligible-location", cell: "D8", why: "昭通市 is a city of 云南省, not of 贵州省" },
      { rule: "composition.total-mismatch", cell: "G9", why: "合计 150; the lines 20 + 30 + 20 + 20 + 30 + 20 = 140 (10万元 apart)" },
      { rule: "cap.unknown-policy", cell: "G3", why: "no catalog: the list's item (服务业发展引导资金新增纳统企业奖补, from its title) is in none; reported once for the 6 rows" },
    ],
    absent: [
      { rule: "register.invalid-credit-code", why: "every code's check character is right" },
      { rule: "register.location-code-mismatch", cell: "C3", why: "the 贵州 firms' characters 3–8 (520100, 520300, 520200, 520500) match their cities" },
      { rule: "register.duplicate", cell: "G7", why: "two firms of 贵阳市 are different firms" },
      { rule: "register.unpaid", why: "an award list records no payments" },
    ],
  },
};
