import type { CorpusLayout } from "../types";

// 福州市人民政府办公厅 2019-03: 《关于促进工业企业高质量增长的若干措施》 as 福州日报 reported it — firms of 5亿元+ output growing 10%+ get
// 2万元 for each 1000万元 of 2019's output over 2018's; firms newly producing and counted in 2019 get a one-off 100万元 (5亿元~10亿元 of
// output) or 300万元 (over 10亿元). Laid out as the city's award list under it: 县（市）区 | 企业名称 | 统一社会信用代码 | 奖励项目 |
// 产值增量（万元） | 奖励金额（万元）, 合计 at the foot, with the measures as the catalog.
export const layout: CorpusLayout = {
  id: "fuzhou-2019-industrial-growth-awards",
  source: {
    title: "新投产企业年产值超10亿元奖励300万元（福州市《关于促进工业企业高质量增长的若干措施》；奖励名单据正文拟）",
    url: "http://izzymizzy.com/news/fj/fz/201903/25/1727692.shtml",
    publisher: "海峡网（福州日报 覃作权）；福州市人民政府办公厅",
    date: "2019-03-25",
    changes:
      "As published: the measures' conditions and standards (每1000万元增量奖励2万元; 新投产 5亿元~10亿元 100万元, 超10亿元 300万元) and the 142产业集群. " +
      "The report gives no list: the list's layout, firms, codes, places, increments and awards are ours, and the catalog is written from the report. " +
      "Planted: 福清元洪食品 given 56 where its 25,000万元 increment earns 50; 马尾电子 (5亿元~10亿元 band) given 150 against its fixed 100.",
  },
  classes: ["register", "item-column", "rate-of-increment", "rate-without-maximum", "fixed-awards-by-band", "items-with-band-in-brackets", "base-column", "dash-cells", "credit-codes", "counties-and-districts-as-places", "total-at-foot", "wanyuan-in-header", "catalog-from-prose", "news-report", "city-policy", "fujian"],
  settings: { district: "福州市" },
  sheets: [
    {
      name: "奖励名单",
      widths: [6, 10, 28, 22, 34, 16, 16],
      rows: [
        ["福州市2019年度促进工业企业高质量增长奖励资金名单（表据正文拟）", null, null, null, null, null, null],
        ["序号", "县（市）区", "企业名称", "统一社会信用代码", "奖励项目", "产值增量（万元）", "奖励金额（万元）"],
        [1, "仓山区", "福州金山纺织化纤有限公司", "91350104MA2Y1K5C02", "产值增量奖励", 36000, 72],
        [2, "长乐区", "长乐恒申锦纶科技有限公司", "91350112MA31B7L2XB", "产值增量奖励", 82000, 164],
        [3, "福清市", "福清元洪食品有限公司", "91350181MA32C4N8YJ", "产值增量奖励", 25000, 56],
        [4, "闽侯县", "闽侯青口机械制造有限公司", "91350121MA33D6P1UK", "新投产企业奖励（年产值5亿元~10亿元）", "—", 100],
        [5, "连江县", "连江可门冶金有限公司", "91350122MA34E9Q3WW", "新投产企业奖励（年产值超10亿元）", "—", 300],
        [6, "马尾区", "福州马尾电子信息有限公司", "91350105MA35F2R6TK", "新投产企业奖励（年产值5亿元~10亿元）", "—", 150],
        ["合计", null, null, null, null, 143000, 842],
      ],
      merges: ["A1:G1", "A9:E9"],
      numberFormats: { "F3:F9": "#,##0", "G3:G9": "0" },
    },
  ],
  catalog: {
    items: [
      {
        name: "产值增量奖励",
        capType: "rate",
        rate: 0.002,
        base: "产值增量",
        unit: "万元",
        year: 2019,
        document: "福州市《关于促进工业企业高质量增长的若干措施》（年产值5亿元以上、增长10%以上的企业，按2019年产值较2018年增量每1000万元奖励2万元）",
      },
      {
        name: "新投产企业奖励（年产值5亿元~10亿元）",
        capType: "fixed",
        capAmount: 100,
        unit: "万元",
        year: 2019,
        document: "福州市《关于促进工业企业高质量增长的若干措施》（2019年新投产纳统企业，年产值完成5亿元~10亿元的，给予一次性奖励100万元）",
      },
      {
        name: "新投产企业奖励（年产值超10亿元）",
        capType: "fixed",
        capAmount: 300,
        unit: "万元",
        year: 2019,
        document: "福州市《关于促进工业企业高质量增长的若干措施》（2019年新投产纳统企业，年产值超10亿元的，给予一次性奖励300万元）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "item", F: "base", G: "approved" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "G5", why: "福清元洪食品: 产值增量奖励 is 0.2% of the increment (2万元 per 1000万元): 25,000 × 0.002 = 50; 56 is 6万元 over" },
      { rule: "cap.exceeded", cell: "G8", why: "福州马尾电子: 新投产企业奖励（年产值5亿元~10亿元） is a fixed 100万元; 150 is 50 over" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", cell: "G3", why: "36,000 × 0.002 = 72" },
      { rule: "cap.rate-exceeded", cell: "G4", why: "82,000 × 0.002 = 164" },
      { rule: "cap.exceeded", cell: "G6", why: "闽侯青口机械: 100 = its band's fixed 100" },
      { rule: "cap.exceeded", cell: "G7", why: "连江可门冶金 (over 10亿元): 300 = its band's fixed 300" },
      { rule: "cap.exceeded", cell: "G9", why: "合计 842 is no award" },
      { rule: "cap.unknown-policy", why: "every 奖励项目 is an item of the catalog" },
      { rule: "cap.no-cap", cell: "G6", why: "a new firm's row needs no base: its item is a fixed award, the dash in F is no missing base" },
      { rule: "register.invalid-credit-code", why: "every code is valid" },
      { rule: "register.ineligible-location", why: "仓山区, 长乐区, 福清市, 闽侯县, 连江县 and 马尾区 are all of 福州市" },
      { rule: "register.location-code-mismatch", why: "each code's 3–8 (350104, 350112, 350181, 350121, 350122, 350105) is the row's own district" },
      { rule: "register.duplicate", why: "six different firms" },
      { rule: "register.unpaid", why: "an award list records no payments" },
      { rule: "composition.total-mismatch", cell: "G9", why: "72 + 164 + 56 + 100 + 300 + 150 = 842; 36,000 + 82,000 + 25,000 = 143,000" },
    ],
  },
};
