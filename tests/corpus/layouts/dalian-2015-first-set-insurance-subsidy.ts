import type { CorpusLayout } from "../types";

// 大连市财政局 2016-03 (大财指企〔2016〕66号): the 2015 产业技术研究与开发资金 paid as 首台（套）重大技术装备保险保费补贴 — a firm's
// report (大连重工, 1,353万元 for a stacker and a car dumper) shows the notice; laid out as the allocation by firm, 实缴保费 beside 补贴资金,
// the subsidy 80% of the premium paid, the document in a note under the 合计.
export const layout: CorpusLayout = {
  id: "dalian-2015-first-set-insurance-subsidy",
  source: {
    title: "大连市财政局关于下达2015年产业技术研究与开发资金（首台（套）重大技术装备保险保费补贴资金）指标的通知（大财指企〔2016〕66号；分配表据报道拟）",
    url: "http://stock.stockstar.com/JC2016033000005631.shtml",
    publisher: "大连市财政局（证券之星转载公司公告）",
    date: "2016-03-30",
    changes:
      "As published: the fund's name, the document number, the kind of equipment (固定式堆料机、双车翻车机) and that the money reached the firm. " +
      "Ours: the table, every firm, code, district, premium and subsidy (the first line's equipment named after the report, its amount not the " +
      "reported 1,353); the 80% rate is the national 首台（套） premium-subsidy share (财建〔2015〕19号), put in the note and the catalog. Planted: " +
      "旅港船舶 200 where 80% × 240 = 192; 瓦房店精工轴承's code with a wrong check character.",
  },
  classes: ["register", "rate-cap", "base-column", "credit-codes", "districts-as-places", "city-fund", "wanyuan-caption", "total-at-foot", "notes-under-table", "document-in-note", "table-from-prose", "news-report", "liaoning"],
  settings: { district: "大连市" },
  catalog: {
    items: [
      {
        name: "首台（套）重大技术装备保险保费补贴",
        capType: "rate",
        rate: 0.8,
        base: "实缴保费",
        unit: "万元",
        year: 2015,
        document: "财建〔2015〕19号：按投保年度保费的80%给予补贴（率为本语料所取的全国口径）",
      },
    ],
  },
  sheets: [
    {
      name: "分配表",
      widths: [6, 34, 22, 12, 30, 12, 12],
      rows: [
        ["2015年产业技术研究与开发资金（首台（套）重大技术装备保险保费补贴资金）分配表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在区市县", "首台（套）装备名称", "实缴保费", "补贴资金"],
        [1, "大连甘泉重型机械有限公司", "91210211MA0QC4X7PB", "甘井子区", "固定式堆料机、双车翻车机等", 1700, 1360],
        [2, "大连金石滩数控机床有限公司", "91210213MA0R2HT8L2", "金州区", "五轴联动立式加工中心", 185, 148],
        [3, "大连旅港船舶配套有限公司", "91210212MA0P7K3D2E", "旅顺口区", "大型船用组合曲轴", 240, 200],
        [4, "瓦房店精工轴承有限公司", "91210281MA0U5N6W1D", "瓦房店市", "风电主轴轴承", 96, 76.8],
        [5, "庄河海洋装备制造有限公司", "91210283MA0TL9E4CH", "庄河市", "深海养殖工船舱段", 62.5, 50],
        [6, "大连沙河口电气控制设备有限公司", "91210204MA0QA2M5JA", "沙河口区", "高压变频调速装置", 45, 36],
        ["合计", null, null, null, null, 2328.5, 1870.8],
        ["注：依据《大连市财政局关于下达2015年产业技术研究与开发资金（首台（套）重大技术装备保险保费补贴资金）指标的通知》（大财指企〔2016〕66号），补贴资金按实缴保费的80%核定。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A10:E10", "A11:G11"],
      numberFormats: { "F4:G10": "#,##0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "project", F: "base", G: "approved" },
        year: 2015,
        item: "首台（套）重大技术装备保险保费补贴",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "G6", why: "80% × 240 = 192万元 allowed; 200 approved: 8万元 over" },
      { rule: "register.invalid-credit-code", cell: "C7", why: "91210281MA0U5N6W1D: the check character for the first 17 is A, not D" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", cell: "G4", why: "80% × 1,700 = 1,360, exactly the amount" },
      { rule: "cap.rate-exceeded", cell: "G7", why: "80% × 96 = 76.8, exactly the amount" },
      { rule: "cap.rate-exceeded", cell: "G8", why: "80% × 62.5 = 50, exactly" },
      { rule: "cap.rate-exceeded", cell: "G10", why: "the 合计 row is no award: 1,870.8 against 80% × 2,328.5 = 1,862.8 is the sum of the lines" },
      { rule: "composition.total-mismatch", cell: "G10", why: "1,360 + 148 + 200 + 76.8 + 50 + 36 = 1,870.8; premiums 1,700 + 185 + 240 + 96 + 62.5 + 45 = 2,328.5" },
      { rule: "register.ineligible-location", why: "甘井子区, 金州区, 旅顺口区, 瓦房店市, 庄河市, 沙河口区 are all of 大连市" },
      { rule: "register.location-code-mismatch", why: "each code's area chars (210211, 210213, 210212, 210281, 210283, 210204) are its district's" },
      { rule: "cap.unknown-policy", why: "the equipment names are the firms' projects, not policies; the item is in the catalog" },
      { rule: "register.duplicate", why: "no firm appears twice" },
    ],
  },
};
