import type { CorpusLayout } from "../types";

// 云南省“一部手机游云南”领导小组办公室 / 省文化和旅游厅 2018-12-06: 智慧旅游景区建设 以奖代补专项经费分配建议方案 — 3A级及以上景区 by
// 州（市）, each with its 等级 and 考核得分, the award set by grade and score (5A 400, 4A 200, 3A 100万元 at the most); no year written on it.
export const layout: CorpusLayout = {
  id: "yunnan-2018-smart-scenic-area-awards",
  source: {
    title: "云南省对109家景区奖补2亿元（昆明日报；《智慧旅游景区建设 以奖代补专项经费分配建议方案》公示）— 表据正文拟",
    url: "https://www.lvjie.com.cn/destination/2018/1207/9996.html",
    publisher: "云南省文化和旅游厅（新旅界转载昆明日报）",
    date: "2018-12-07",
    changes:
      "The report gives the proposal's title, its basis (根据景区级别和考核分，奖补资金从100万元到400万元不等) and 昆明's eleven areas with their grades and " +
      "awards (石林、世博园 400; 云南民族村、轿子雪山、九乡、大观公园、西山森林公园、云南野生动物园、金殿 200; 翠湖讲武堂、嘉丽泽 100). Laid out as the proposal's " +
      "table (序号 | 州（市） | 景区名称 | 等级 | 考核得分 | 奖补资金（万元）) under its own title, which states no year; the catalog gives each grade the " +
      "largest award the report names (5A 400, 4A 200, 3A 100) as its maximum. Cut to 昆明 and three areas each of 大理、丽江; the scores and the other " +
      "prefectures' areas and amounts are ours, 昆明's amounts as reported except where planted. Planted: 大观公园 240 above the 4A maximum of 200; 丽江 " +
      "束河古镇 listed twice.",
  },
  classes: [
    "register", "grade-column", "levels-as-items", "kind-in-brackets", "max-cap", "score-column", "no-credit-codes", "scenic-areas-as-applicants",
    "prefectures-as-places", "province-wide-list", "no-year-stated", "table-from-prose", "news-report", "wanyuan-in-header", "total-at-foot", "yunnan",
  ],
  settings: { district: "云南省" },
  sheets: [
    {
      name: "分配建议方案",
      widths: [6, 12, 28, 8, 10, 16],
      rows: [
        ["智慧旅游景区建设以奖代补专项经费分配建议方案", null, null, null, null, null],
        ["序号", "州（市）", "景区名称", "等级", "考核得分", "奖补资金（万元）"],
        [1, "昆明市", "石林风景名胜区", "5A级", 96, 400],
        [2, "昆明市", "昆明世博园", "5A级", 94, 400],
        [3, "昆明市", "云南民族村", "4A级", 92, 200],
        [4, "昆明市", "轿子雪山", "4A级", 90, 200],
        [5, "昆明市", "九乡风景名胜区", "4A级", 91, 200],
        [6, "昆明市", "大观公园", "4A级", 93, 240],
        [7, "昆明市", "西山森林公园", "4A级", 89, 200],
        [8, "昆明市", "云南野生动物园", "4A级", 90, 200],
        [9, "昆明市", "金殿风景名胜区", "4A级", 88, 200],
        [10, "昆明市", "翠湖讲武堂", "3A级", 86, 100],
        [11, "昆明市", "嘉丽泽度假区", "3A级", 85, 100],
        [12, "大理州", "崇圣寺三塔文化旅游区", "5A级", 95, 400],
        [13, "大理州", "南诏风情岛", "4A级", 84, 150],
        [14, "大理州", "喜洲古镇", "3A级", 82, 80],
        [15, "丽江市", "玉龙雪山景区", "5A级", 97, 400],
        [16, "丽江市", "束河古镇", "4A级", 87, 180],
        [17, "丽江市", "束河古镇", "4A级", 87, 180],
        ["合计", null, null, null, null, 3830],
      ],
      merges: ["A1:F1", "A20:E20"],
    },
  ],
  catalog: {
    items: [
      { name: "智慧旅游景区建设以奖代补（5A级）", capType: "max", capAmount: 400, unit: "万元", document: "智慧旅游景区建设以奖代补专项经费分配建议方案（上限取报道所列最高额）" },
      { name: "智慧旅游景区建设以奖代补（4A级）", capType: "max", capAmount: 200, unit: "万元", document: "智慧旅游景区建设以奖代补专项经费分配建议方案（上限取报道所列最高额）" },
      { name: "智慧旅游景区建设以奖代补（3A级）", capType: "max", capAmount: 100, unit: "万元", document: "智慧旅游景区建设以奖代补专项经费分配建议方案（上限取报道所列最高额）" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "分配建议方案",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 20,
        columns: { B: "place", C: "enterprise", D: "category", F: "approved" },
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F8", why: "大观公园 is 4A级: 智慧旅游景区建设以奖代补（4A级） at most 200万元, 240 proposed: 40万元 over" },
      { rule: "register.duplicate", cell: "F19", why: "束河古镇 (4A级) is in row 18 and again in row 19 under the same item; the list has no year, so none sets them apart" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "F3", why: "石林 5A级 400 meets the 5A maximum of 400" },
      { rule: "cap.exceeded", cell: "F12", why: "翠湖讲武堂 3A级 100 meets the 3A maximum" },
      { rule: "cap.exceeded", cell: "F20", why: "合计 3,830 is no award (400 × 4 + 200 × 6 + 240 + 150 + 180 × 2 + 100 × 2 + 80 = 1,600 + 1,200 + 240 + 150 + 360 + 200 + 80)" },
      { rule: "cap.exceeded", cell: "E3", why: "考核得分 is a score, not money" },
      { rule: "cap.unknown-policy", why: "each row's 等级 names one of the catalog's three grades of the fund the title names" },
      { rule: "register.ineligible-location", why: "昆明市, 大理州 and 丽江市 are prefectures of 云南" },
      { rule: "register.invalid-credit-code", why: "the table gives no codes" },
      { rule: "register.unpaid", why: "a proposal put up for comment: it records no payments" },
    ],
  },
};
