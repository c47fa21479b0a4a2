import type { CorpusLayout } from "../types";

// 河南省政府新闻办 2022-02-09 (一揽子 stabilising measures): 10万元 for an above-scale industrial firm back at full capacity before
// 2月15日, 20万元 for one at full capacity through the first quarter with 主营业务收入 up 10% or more. Reported as prose; built here
// as a city's list of the two awards (新乡市, its counties as places), one firm eligible for both.
export const layout: CorpusLayout = {
  id: "henan-xinxiang-2022-q1-full-capacity-award-list",
  source: {
    title: "河南省将给予满负荷生产企业财政奖励 — 新乡市2022年一季度规上工业企业满负荷生产财政奖励拟奖励企业名单（表据报道拟）",
    url: "http://t.guhantai.com/t/20220210/12663.html",
    publisher: "河南省人民政府新闻办公室（新闻发布会报道）",
    date: "2022-02-10",
    changes:
      "As published: the two awards and their amounts (2月15日之前实现满负荷生产的给予10万元; 一季度保持连续满负荷生产且主营业务收入同比增长10%以上的给予20万元); " +
      "the catalog's two fixed caps are these. The report is prose (no list was found): the city, the columns, eight rows, firms and codes are " +
      "ours. Planted: 卫辉市豫北化纤 listed twice for the first-quarter award (row 8 repeats row 4); 原阳县黄河米业 given 20万元 under the 2月15日 " +
      "award, whose amount is 10万元. 辉县市太行水泥制品 under both awards is allowed (two items).",
  },
  classes: [
    "register", "item-column", "fixed-awards", "two-levels-of-award", "same-firm-two-items", "credit-codes", "counties-as-places",
    "city-list", "wanyuan-in-header", "total-at-foot", "notes-under-table", "table-from-prose", "news-report", "henan",
  ],
  settings: { district: "新乡市" },
  sheets: [
    {
      name: "拟奖励名单",
      widths: [6, 10, 30, 22, 40, 14],
      rows: [
        ["新乡市2022年一季度规上工业企业满负荷生产财政奖励拟奖励企业名单", null, null, null, null, null],
        ["序号", "县（市、区）", "企业名称", "统一社会信用代码", "奖励事项", "奖励金额（万元）"],
        [1, "红旗区", "新乡华锐电机有限公司", "91410702MA9KQ3T8XL", "2月15日前实现满负荷生产奖励", 10],
        [2, "卫辉市", "卫辉市豫北化纤有限公司", "91410781MA47C2L5RE", "一季度连续满负荷生产且主营业务收入同比增长10%以上奖励", 20],
        [3, "辉县市", "辉县市太行水泥制品有限公司", "91410782MA3XB7M1N4", "2月15日前实现满负荷生产奖励", 10],
        [4, "长垣市", "长垣市起重机械制造有限公司", "91410783MA9G4D2P6L", "一季度连续满负荷生产且主营业务收入同比增长10%以上奖励", 20],
        [5, "获嘉县", "获嘉县同盈纸业有限公司", "91410724MA9HK3W7EG", "2月15日前实现满负荷生产奖励", 10],
        [6, "卫辉市", "卫辉市豫北化纤有限公司", "91410781MA47C2L5RE", "一季度连续满负荷生产且主营业务收入同比增长10%以上奖励", 20],
        [7, "原阳县", "原阳县黄河米业有限公司", "91410725MA45H8Q2TY", "2月15日前实现满负荷生产奖励", 20],
        [8, "辉县市", "辉县市太行水泥制品有限公司", "91410782MA3XB7M1N4", "一季度连续满负荷生产且主营业务收入同比增长10%以上奖励", 20],
        ["合计", null, null, null, null, 130],
        ["注：对2月15日之前实现满负荷生产的规上工业企业给予10万元财政奖励；对一季度保持连续满负荷生产且实现主营业务收入同比增长10%以上的规上工业企业给予20万元财政奖励。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A11:E11", "A12:F12"],
    },
  ],
  catalog: {
    items: [
      { name: "2月15日前实现满负荷生产奖励", capType: "fixed", capAmount: 10, unit: "万元", year: 2022, document: "河南省促进经济平稳健康发展“一揽子”政策措施（2月15日之前实现满负荷生产的，给予10万元的财政奖励）" },
      { name: "一季度连续满负荷生产且主营业务收入同比增长10%以上奖励", capType: "fixed", capAmount: 20, unit: "万元", year: 2022, document: "同上（一季度保持连续满负荷生产且实现主营业务收入同比增长10%以上的，给予20万元的财政奖励）" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "拟奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "item", F: "approved" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "E8", why: "卫辉市豫北化纤 (91410781MA47C2L5RE) has the first-quarter award on row 4 already; row 8 lists it again for the same item and year" },
      { rule: "cap.exceeded", cell: "F9", why: "原阳县黄河米业: 2月15日前实现满负荷生产奖励 is 10万元, given 20: 10万元 over" },
    ],
    absent: [
      { rule: "register.duplicate", cell: "E10", why: "辉县市太行水泥制品 has the 2月15日 award (row 5) and the first-quarter award (row 10): two items, no duplicate" },
      { rule: "cap.exceeded", cell: "F4", why: "20万元 is the first-quarter award's amount" },
      { rule: "register.ineligible-location", why: "红旗区, 卫辉市, 辉县市, 长垣市, 获嘉县, 原阳县 all lie in 新乡市" },
      { rule: "register.location-code-mismatch", why: "each code's characters 3–8 (410702, 410781, 410782, 410783, 410724, 410725) name the county beside it" },
      { rule: "register.invalid-credit-code", why: "every code carries its GB 32100 check character" },
      { rule: "composition.total-mismatch", cell: "F11", why: "10 + 20 + 10 + 20 + 10 + 20 + 20 + 20 = 130" },
      { rule: "cap.unknown-policy", why: "both 奖励事项 are catalog items" },
      { rule: "register.unpaid", why: "a 拟奖励 list records no payments" },
    ],
  },
};
