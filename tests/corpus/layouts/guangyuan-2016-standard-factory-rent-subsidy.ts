import type { CorpusLayout } from "../types";

// 广元市经济和信息化委员会 2017-08-18: the 2016 rent subsidy for standard factory buildings (广经信发〔2015〕34号) — the city pays
// 258567元 and each county or district pays as much again: 县区 (merged over its firms) | 企业名称 | 租赁面积 | 实付年租金 |
// 县区财政补贴 | 市财政补贴 | 备注 (补40% / 补50%: the share of the rent paid, half by each level), 合计 with / in the text columns, no unit.
export const layout: CorpusLayout = {
  id: "guangyuan-2016-standard-factory-rent-subsidy",
  source: {
    title: "关于下达2016年度标准化厂房租赁补贴的通知（标题据正文拟）",
    url: "https://www.cngy.gov.cn/gongkai/show/20170818103438-35280-00-000.html",
    publisher: "广元市经济和信息化委员会",
    date: "2017-08-18",
    changes:
      "As published: the notice's facts (广经信发〔2015〕34号; the city's 2016 subsidy; from 2017 the counties bear it, 广府办发〔2017〕65号), the " +
      "seven columns in their order and wording, the county cell merged over its firms, 备注 as 补40% / 补50%, the 合计 row with / in the name and " +
      "备注 cells, no unit caption (the notice gives the money in 元). Ours: the title row (from the notice's sentence), the firms, areas and " +
      "rents, three more counties' rows and the figures (the published rows each pay half of 40% or 50% of the rent on each level, fractions of a " +
      "元 dropped, as here). The catalog's rate is chosen for the corpus: the city's half of the larger share, 25% of the rent paid. Planted: " +
      "旺苍鼓城食品's city subsidy 28050 where 25% of 88200 is 22050; 巴中秦巴机电 under 巴州区, a district of 巴中市, outside 广元.",
  },
  classes: ["register", "rate-cap", "base-column", "two-level-shares", "co-funding-column", "merged-place-cells", "area-column", "rate-in-remark", "no-unit-stated", "no-credit-codes", "slash-as-nothing", "sichuan"],
  settings: { asOf: "2017-08-18", district: "广元市" },
  sheets: [
    {
      name: "补贴明细",
      widths: [10, 30, 12, 14, 14, 14, 10],
      rows: [
        ["2016年度标准化厂房租赁补贴明细表", null, null, null, null, null, null],
        ["县区", "企业名称", "租赁面积", "实付年租金", "县区财政补贴", "市财政补贴", "备注"],
        ["剑阁县", "剑阁兴川新材料有限公司", 3850, 184800, 36960, 36960, "补40%"],
        [null, "剑阁蜀北服装有限公司", 4200, 96000, 24000, 24000, "补50%"],
        [null, "剑门关光电科技有限公司", 2560, 153600, 30720, 30720, "补40%"],
        [null, "剑阁恒力活塞有限公司", 4680, 280800, 56160, 56160, "补40%"],
        ["旺苍县", "旺苍米仓建材有限公司", 3600, 349248, 69849, 69849, "补40%"],
        [null, "旺苍鼓城食品有限公司", 2100, 88200, 22050, 28050, "补50%"],
        ["朝天区", "朝天曾家山食品有限公司", 12000, 42000, 10500, 10500, "补50%"],
        ["昭化区", "昭化嘉陵纺织有限公司", 5200, 218400, 43680, 43680, "补40%"],
        ["苍溪县", "苍溪红心猕猴桃加工有限公司", 3600, 151200, 30240, 30240, "补40%"],
        ["巴州区", "巴中秦巴机电有限公司", 2800, 117600, 23520, 23520, "补40%"],
        ["合计", "/", 44590, 1681848, 347679, 353679, "/"],
      ],
      merges: ["A1:G1", "A3:A6", "A7:A8"],
    },
  ],
  catalog: {
    items: [
      {
        name: "标准化厂房租赁补贴",
        capType: "rate",
        rate: 0.25,
        unit: "元",
        year: 2016,
        document: "广经信发〔2015〕34号（市财政承担实付年租金40%或50%补贴的一半；25%为本语料所定）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "补贴明细",
        kind: "register",
        unit: "元",
        headerRow: 2,
        lastRow: 13,
        columns: { A: "place", B: "enterprise", D: "base", F: "approved" },
        year: 2016,
        item: "标准化厂房租赁补贴",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "F8", why: "旺苍鼓城食品: 25% × 实付年租金 88,200 = 22,050元 allowed the city; 28,050 given: 6,000元 over" },
      { rule: "register.ineligible-location", cell: "A12", why: "巴州区 is a district of 巴中市, outside 广元市" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", cell: "F7", why: "25% × 349,248 = 87,312; 69,849 is 20% with the 0.6元 dropped, below the rate" },
      { rule: "cap.rate-exceeded", cell: "F4", why: "25% × 96,000 = 24,000, exactly the amount" },
      { rule: "cap.rate-exceeded", cell: "F13", why: "合计 is no award" },
      { rule: "cap.rate-exceeded", cell: "E8", why: "县区财政补贴 is the county's matching share, not the money this notice pays (the notice's sum is the 市财政补贴 column's)" },
      { rule: "register.ineligible-location", cell: "A3", why: "剑阁县, 旺苍县, 朝天区, 昭化区 and 苍溪县 are 广元's; the merged county cell covers the rows under it" },
      { rule: "register.duplicate", why: "every firm appears once" },
      { rule: "cap.unknown-policy", why: "the item is in the title and in the catalog" },
      { rule: "input.unreadable-value", why: "the / in the 合计 row and 补40% in 备注 are text by nature" },
    ],
  },
};
