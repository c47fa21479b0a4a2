import type { CorpusLayout } from "../types";

// 拉萨 2023 招商引资 incentives as a news report gives them: 上市 awards of 100-500万元 (a range: at most its top) and a 5000万元
// 工业企业发展专项资金 set aside for all firms (no cap of one award). Laid out as the catalog (one policy a row, the words as
// reported) and, on a second sheet, a listing-award list against it.
export const layout: CorpusLayout = {
  id: "lhasa-2023-investment-incentive-catalog",
  source: {
    title: "拉萨招商引资：补贴+奖励+政策（西藏自治区发改委招商引资局介绍上半年全区招商引资情况；政策表及兑现表据报道拟）",
    url: "https://www.easyfundingllc.com/cn/news/zx/202308/t20230822_7470753.html",
    publisher: "西藏自治区发展和改革委员会招商引资局（自治区投资促进中心）, as reported",
    date: "2023-08-22",
    changes:
      "The report is prose; the two award sentences are kept as reported, one to a row (序号 | 政策类别 | 政策内容; the 政策类别 names are ours) " +
      "(table from prose); the tax-rate, loan-rate and 110亿元 fund sentences, which set no award, are left out. The award list is ours " +
      "(firms, 5401xx codes, districts, boards, amounts). Planted: 达孜藏缘文旅 awarded 600 where 上市奖励 is at most 500; the " +
      "5000万元 fund sentence gives no cap of one award.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "range-award", "sum-set-aside-not-cap", "board-column-as-category", "credit-codes", "districts-as-places", "item-per-row", "wanyuan-in-header", "total-at-foot", "table-from-prose", "news-report", "city-policy", "xizang"],
  settings: { district: "拉萨市" },
  sheets: [
    {
      name: "优惠政策",
      widths: [6, 18, 90],
      rows: [
        ["拉萨市招商引资优惠政策（摘录）", null, null],
        ["序号", "政策类别", "政策内容"],
        [1, "上市奖励", "对在藏首发、新三板挂牌上市的企业，建立“即报即审、审过即发”的绿色通道；对在主板和新三板上市的企业，分别给予100-500万元资金奖励。"],
        [2, "工业企业发展扶持", "制定《工业企业发展专项资金管理办法》，专门设立5000万元扶持资金，支持工业企业尤其是绿色工业发展。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 14, 10, 14, 16],
      rows: [
        ["拉萨市上市企业奖励兑现名单", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在县（区）", "上市板块", "奖励项目", "奖励金额（万元）"],
        [1, "拉萨雪域高原生物科技股份有限公司", "91540102MAF1NKRMF0", "城关区", "主板", "上市奖励", 500],
        [2, "西藏堆龙净土食品股份有限公司", "91540103MA4FD3YT1B", "堆龙德庆区", "新三板", "上市奖励", 150],
        [3, "西藏达孜藏缘文旅股份有限公司", "91540104MAJRTN52MF", "达孜区", "主板", "上市奖励", 600],
        ["合计", null, null, null, null, null, 1250],
      ],
      merges: ["A1:G1", "A6:F6"],
    },
  ],
  expect: {
    tables: [
      { sheet: "优惠政策", kind: "catalog", headerRow: 2, lastRow: 4, columns: { B: "item", C: "standard" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 6,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "category", F: "item", G: "approved" },
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G5", why: "上市奖励 gives 100-500万元: at most 500; 600 is 100 over" },
      { rule: "catalog.unreadable-standard", sheet: "优惠政策", cell: "C4", why: "5000万元 is a fund set aside for all industrial firms, no cap of one award; the sentence states none" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "优惠政策", cell: "C3", why: "a range given as the award (100-500万元): at most 500" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G3", why: "500 = the top of the range" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "G4", why: "150 ≤ 500" },
      { rule: "composition.total-mismatch", sheet: "兑现名单", cell: "G6", why: "500 + 150 + 600 = 1,250" },
      { rule: "register.ineligible-location", sheet: "兑现名单", why: "城关区, 堆龙德庆区 and 达孜区 are districts of 拉萨市" },
      { rule: "cap.unknown-policy", sheet: "兑现名单", why: "every row's 奖励项目 is a catalog item" },
      { rule: "register.location-code-mismatch", sheet: "兑现名单", why: "540102 城关区, 540103 堆龙德庆区, 540104 达孜区" },
    ],
  },
};
