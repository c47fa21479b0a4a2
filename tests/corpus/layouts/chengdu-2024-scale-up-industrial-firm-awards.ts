import type { CorpusLayout } from "../types";

// 成都日报 / 人民网四川频道 2024-04-23: 成都's 工业企业“小升规” award — a firm first entering the city's 规上工业 directory gets 10 / 20 / 30万元
// by its 营业收入 band (2000万–5000万, 5000万–1亿, 1亿 and more), in one sentence. Laid out as a one-row catalog in words beside an award
// list of our own (区（市）县 | firm | code | year entered | 营业收入 | award).
export const layout: CorpusLayout = {
  id: "chengdu-2024-scale-up-industrial-firm-awards",
  source: {
    title: "首次“上规”工业企业 成都最高奖30万元（政策标准与拟兑现名单据报道拟）",
    url: "http://sc.people.com.cn/n2/2024/0423/c345167-40820408.html",
    publisher: "成都日报（人民网四川频道转载）",
    date: "2024-04-23",
    changes:
      "Built from the news report (table from prose): the standard is quoted in words as reported — 营业收入 2000万元（含）至5000万元 10万元, " +
      "5000万元（含）至1亿元 20万元, 1亿元（含）以上 30万元 — with the office that takes the applications. The award list is ours (firms, " +
      "codes of 成都's districts, 营业收入, amounts): the report has none. Planted: a firm with 营业收入 15,600万元 awarded 35万元 (the largest " +
      "award is 30万元); the same firm (same code) listed twice. 简阳市 is a county-level city of 成都, not outside it.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "levels-in-one-sentence", "bands-as-conditions", "base-like-column", "credit-codes", "counties-as-places", "item-in-title", "duplicate-firm", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "table-from-prose", "news-report", "city-policy", "sichuan"],
  settings: { district: "成都市" },
  sheets: [
    {
      name: "政策标准",
      widths: [6, 24, 70, 30],
      rows: [
        ["成都市工业企业“小升规”奖励政策标准（据报道拟）", null, null, null],
        ["序号", "奖励事项", "奖励标准", "受理部门"],
        [1, "工业企业“小升规”奖励",
          "对2022年3月1日至2022年12月31日、2023年1月1日至2023年12月31日首次进入成都市规模以上工业企业名录库的企业，营业收入在2000万元（含）至5000万元的，给予10万元奖励；营业收入在5000万元（含）至1亿元的，给予20万元奖励；营业收入在1亿元（含）以上的，给予30万元奖励",
          "注册地所在区（市）县工业和信息化主管部门"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "拟兑现名单",
      widths: [6, 12, 32, 24, 12, 16, 14],
      rows: [
        ["2023年度工业企业“小升规”奖励拟兑现企业名单", null, null, null, null, null, null],
        ["序号", "区（市）县", "企业名称", "统一社会信用代码", "首次入库年度", "营业收入（万元）", "奖励金额（万元）"],
        [1, "武侯区", "成都锦城精密电子有限公司", "91510107MA6C3K2R4W", 2023, 3260, 10],
        [2, "双流区", "成都航舟装备制造有限公司", "91510116MA6D7H5N2Q", 2022, 7850, 20],
        [3, "新都区", "成都新桂智能家居有限公司", "91510114MA6A2P9L3G", 2023, 12400, 30],
        [4, "郫都区", "成都犀浦食品科技有限公司", "91510117MA6B8T4Q14", 2023, 2180, 10],
        [5, "龙泉驿区", "成都龙驿汽车零部件有限公司", "91510112MA6E5W3M7L", 2022, 15600, 35],
        [6, "温江区", "成都温医生物科技有限公司", "91510115MA6F1X8U6A", 2023, 5020, 20],
        [7, "简阳市", "简阳雄州建材有限公司", "91510185MA6G4Y2K9N", 2023, 4310, 10],
        [8, "双流区", "成都航舟装备制造有限公司", "91510116MA6D7H5N2Q", 2022, 7850, 20],
        ["合计", null, null, null, null, null, 155],
        ["注：营业收入为企业首次入库当年数据；奖励资金由市级财政兑现。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A11:F11", "A12:G12"],
      numberFormats: { "F3:F10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策标准", kind: "catalog", headerRow: 2, lastRow: 3, columns: { B: "item", C: "standard" } },
      {
        sheet: "拟兑现名单", kind: "register", unit: "万元", headerRow: 2, lastRow: 11,
        columns: { B: "place", C: "enterprise", D: "creditCode", G: "approved" }, year: 2023, item: "工业企业“小升规”奖励",
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "G7", why: "成都龙驿汽车零部件: 35 > 30万元, the largest of the standard's three awards (10 / 20 / 30万元)" },
      { rule: "register.duplicate", sheet: "拟兑现名单", cell: "G10", why: "91510116MA6D7H5N2Q (成都航舟装备制造) under the same award and year as row 4" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "G5", why: "成都新桂智能家居: 30 = the largest award" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F7", why: "营业收入 15,600万元 is the firm's revenue, no award" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "F5", why: "营业收入 12,400万元 is a band's condition, no award" },
      { rule: "register.ineligible-location", sheet: "拟兑现名单", cell: "B9", why: "简阳市 is a county-level city of 成都市" },
      { rule: "register.invalid-credit-code", why: "every code's check character is right" },
      { rule: "catalog.unreadable-standard", sheet: "政策标准", why: "2000万元（含）至5000万元, 5000万元（含）至1亿元, 1亿元（含）以上 are conditions; the awards are fixed 10 / 20 / 30万元" },
      { rule: "cap.unknown-policy", why: "the title names the catalog's 工业企业“小升规”奖励" },
    ],
  },
};
