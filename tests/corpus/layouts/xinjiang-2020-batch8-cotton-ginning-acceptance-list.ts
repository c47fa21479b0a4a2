import type { CorpusLayout } from "../types";

// 新疆维吾尔自治区发展和改革委员会 2020-10-15: 关于自治区2020年度第八批棉花加工企业通过验收的公示 — firms found to meet the 自治区棉花加工企业
// 基本技术条件 on inspection, the annex 2020年度第八批棉花加工企业公示名单. The stored page names the firms in prose; laid out as the annex list:
// 序号 | 地（州、市） | 县（市） | 企业名称 | 统一社会信用代码 | 验收结论, no money.
export const layout: CorpusLayout = {
  id: "xinjiang-2020-batch8-cotton-ginning-acceptance-list",
  source: {
    title: "关于自治区2020年度第八批棉花加工企业通过验收的公示（附件：2020年度第八批棉花加工企业公示名单；名单据正文拟）",
    url: "https://www.4112.net/xibei/xinjiang/6232.html",
    publisher: "新疆维吾尔自治区发展和改革委员会",
    date: "2020-10-15",
    changes:
      "As published: the notice's subject (棉花加工企业 that passed the 自治区 inspection under 新发改经贸〔2017〕1029号), the batch and year and the " +
      "annex's title. The page names three firms in its prose and does not show the annex: the list's columns, its eight rows, every firm (invented) " +
      "and code are ours, and the title's count is ours to match. Planted: 乌苏金穗棉业有限公司 listed twice (rows 1 and 8); 呼图壁丰源棉业's code ends " +
      "X where its check character is T; a firm placed in 酒泉市敦煌市 (甘肃省), outside the 自治区.",
  },
  classes: ["register", "recognition-list", "no-amount-column", "credit-codes", "prefecture-beside-county", "autonomous-prefectures-as-places", "out-of-province-place", "annex-title-row", "table-not-in-stored-copy", "province-wide-list", "xinjiang"],
  settings: { district: "新疆维吾尔自治区" },
  sheets: [
    {
      name: "公示名单",
      widths: [6, 18, 12, 30, 22, 10],
      rows: [
        ["附件", null, null, null, null, null],
        ["2020年度第八批棉花加工企业公示名单（8家）", null, null, null, null, null],
        ["序号", "地（州、市）", "县（市）", "企业名称", "统一社会信用代码", "验收结论"],
        [1, "塔城地区", "乌苏市", "乌苏金穗棉业有限公司", "91654202MALBABR38B", "合格"],
        [2, "塔城地区", "沙湾县", "沙湾天润棉花加工有限公司", "91654223MAQWPQ61MA", "合格"],
        [3, "昌吉回族自治州", "呼图壁县", "呼图壁丰源棉业有限公司", "91652323MAN7D9KNBX", "合格"],
        [4, "昌吉回族自治州", "玛纳斯县", "玛纳斯银河轧花有限公司", "91652324MAB6G0Y9AN", "合格"],
        [5, "博尔塔拉蒙古自治州", "精河县", "精河县晶绒棉业有限公司", "91652722MATJXA19BM", "合格"],
        [6, "酒泉市", "敦煌市", "敦煌绿洲棉花加工有限公司", "91620982MAY8HYR0TP", "合格"],
        [7, "阿克苏地区", "阿瓦提县", "阿瓦提长绒棉业有限公司", "91652928MAGMR9M4QY", "合格"],
        [8, "塔城地区", "乌苏市", "乌苏金穗棉业有限公司", "91654202MALBABR38B", "合格"],
      ],
      merges: ["A2:F2"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公示名单",
        kind: "register",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "place", C: "place", D: "enterprise", E: "creditCode" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "register.duplicate", sheet: "公示名单", cell: "D11", why: "乌苏金穗棉业有限公司 (91654202MALBABR38B) listed again in the same batch of 2020; first at row 4" },
      { rule: "register.invalid-credit-code", sheet: "公示名单", cell: "E6", why: "91652323MAN7D9KNBX: the GB 32100 check character of 91652323MAN7D9KNB is T, not X" },
      { rule: "register.ineligible-location", sheet: "公示名单", cell: "B9", why: "酒泉市敦煌市 is in 甘肃省, outside 新疆维吾尔自治区 (the place is the prefecture and county joined, reported at the prefecture's cell)" },
    ],
    absent: [
      { rule: "register.ineligible-location", sheet: "公示名单", cell: "B8", why: "博尔塔拉蒙古自治州精河县 is in 新疆" },
      { rule: "register.ineligible-location", sheet: "公示名单", cell: "B6", why: "昌吉回族自治州呼图壁县 is in 新疆" },
      { rule: "register.ineligible-location", sheet: "公示名单", cell: "B5", why: "塔城地区沙湾县 is in 新疆 (沙湾 a 县 until 2021)" },
      { rule: "register.duplicate", sheet: "公示名单", cell: "D5", why: "another firm of 塔城地区, not a repeat" },
      { rule: "register.location-code-mismatch", sheet: "公示名单", cell: "E4", why: "654202 is 乌苏市, where the row places the firm" },
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "register.unpaid", why: "a recognition list records no awards or payments" },
    ],
  },
};
