import type { CorpusLayout } from "../types";

// 厦门市工信局: the third quarter's award for manufacturers growing their output — at most 0.3% of the quarter's year-on-year
// increase in output, at most 100万元 a firm a quarter, paid through “免申即享”. The list of 145 firms to be paid, laid out
// with the increase beside the award; no year on the list (the as-of date dates it).
export const layout: CorpusLayout = {
  id: "xiamen-q3-manufacturing-output-growth-award",
  source: {
    title: "最高奖励100万元！三季度鼓励制造业企业增产增效奖补兑现工作启动（厦门晚报；奖补兑现名单据正文拟）",
    url: "https://fensifuwu.com/economics/2492764.html",
    publisher: "厦门晚报（page as stored by a mirror）",
    date: "2023-11",
    changes:
      "As published: the terms (对符合补助条件的规上制造业企业，按不超过季度产值同比增量的0.3%给予奖励，单家企业单季度奖励不超过100万元; " +
      "工业产值数据以市政府相关部门核定的企业数据为准; 145家企业入选奖补兑现名单), quoted in the note. The page prints no list: its title, " +
      "columns (序号 | 企业名称 | 统一社会信用代码 | 所在区 | 季度产值同比增量（万元） | 奖励金额（万元）), the firms, codes (厦门 3502xx) and " +
      "figures are ours; the page gives no year, so the as-of date 2023-11-09 (the day data were due) is ours. Planted: 厦门翔安锂能's " +
      "120.00 above the 100万元 maximum; 厦门同安重工's 18.00 above 0.3% × 5,000 = 15.00; a 漳州市龙海区 firm in a 厦门 list.",
  },
  classes: ["register", "rate-with-cap", "base-column", "output-increment-base", "permille-rate", "item-in-title", "no-year-stated", "as-of-dates-list", "credit-codes", "districts-as-places", "zone-among-districts", "wanyuan-in-header", "total-at-foot", "notes-under-table", "fujian"],
  settings: { district: "厦门市", asOf: "2023-11-09" },
  sheets: [
    {
      name: "兑现名单",
      widths: [6, 34, 22, 14, 20, 16],
      rows: [
        ["三季度鼓励制造业企业增产增效奖补兑现名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在区", "季度产值同比增量（万元）", "奖励金额（万元）"],
        [1, "厦门湖里精密模具有限公司", "91350206MABGHP3L3N", "湖里区", 12000, 36],
        [2, "厦门海沧新材料科技有限公司", "91350205MAQ4BHME9J", "海沧区", 8500, 25.5],
        [3, "厦门翔安锂能科技有限公司", "91350213MA11DEWF55", "翔安区", 40000, 120],
        [4, "厦门集美食品工业有限公司", "91350211MA4GX7GR0H", "集美区", 3200, 9.6],
        [5, "厦门同安重工机械有限公司", "91350212MAPJMP3L9D", "同安区", 5000, 18],
        [6, "厦门火炬光电显示有限公司", "91350200MAJHPEL3XT", "火炬高新区", 15600, 46.8],
        [7, "漳州角美电子科技有限公司", "91350600MANCEMNP74", "漳州市龙海区", 2400, 7.2],
        [8, "厦门湖里医疗器械有限公司", "91350206MAFXTEDU98", "湖里区", 4300, 12.9],
        [9, "厦门海沧生物制药有限公司", "91350205MAK4C8WY69", "海沧区", 6200, 18.6],
        [10, "厦门集美家居制造有限公司", "91350211MAYR2LC40A", "集美区", 2750, 8.25],
        [11, "厦门同安汽车配件有限公司", "91350212MAKN6XWX0H", "同安区", 1980, 5.94],
        [12, "厦门翔安半导体材料有限公司", "91350213MA3W7F7N3R", "翔安区", 33340, 100],
        ["合计", null, null, null, 135270, 408.79],
        ["注：对符合补助条件的规上制造业企业，按不超过季度产值同比增量的0.3%给予奖励，单家企业单季度奖励不超过100万元；工业产值数据以市政府相关部门核定的企业数据为准。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A15:D15", "A16:F16"],
      numberFormats: { "E3:E15": "#,##0", "F3:F15": "#,##0.00" },
    },
  ],
  catalog: {
    items: [
      { name: "鼓励制造业企业增产增效奖补", capType: "rate", rate: "0.3%", capAmount: 100, unit: "万元", base: "季度产值同比增量", year: 2023, document: "厦门市工信局 三季度鼓励制造业企业增产增效奖补" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 15,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "base", F: "approved" },
        year: 2023,
        item: "鼓励制造业企业增产增效奖补",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F5", why: "0.3% × 40,000 = 120 but at most 100万元 a firm a quarter: the maximum binds; 120.00 given, 20.00万元 over" },
      { rule: "cap.rate-exceeded", cell: "F7", why: "0.3% × 5,000 = 15.00 (below the 100 maximum, so the rate binds); 18.00 given, 3.00万元 over" },
      { rule: "register.ineligible-location", cell: "D9", why: "漳州市龙海区 is in 漳州, not 厦门市" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "F14", why: "0.3% × 33,340 = 100.02, held to the 100万元 maximum: 100.00 is at the cap, not above" },
      { rule: "cap.rate-exceeded", cell: "F14", why: "100.00 is below 0.3% × 33,340 = 100.02" },
      { rule: "cap.rate-exceeded", cell: "F5", why: "only the binding limit is reported: the 100万元 maximum binds before 0.3% × 40,000" },
      { rule: "cap.rate-exceeded", cell: "F12", why: "0.3% × 2,750 = 8.25, exactly the award" },
      { rule: "cap.exceeded", cell: "F15", why: "合计 408.79 = the twelve awards; a total, not an award" },
      { rule: "register.ineligible-location", cell: "D8", why: "火炬高新区 (厦门火炬高技术产业开发区) lies in 厦门, its code 350200 the city's own" },
      { rule: "register.location-code-mismatch", why: "each 厦门 firm's code carries its own district or the city; the 漳州 firm's 350600 agrees with its place" },
      { rule: "register.unpaid", why: "as of 2023-11-09 the year's 11-30 deadline has not passed" },
      { rule: "register.duplicate", why: "every firm appears once" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "cap.no-cap", why: "every row gives its base" },
      { rule: "input.unreadable-value", why: "the note under the table is text" },
    ],
  },
};
