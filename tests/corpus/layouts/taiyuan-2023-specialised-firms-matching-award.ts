import type { CorpusLayout } from "../types";

// 太原市: 省级“专精特新”中小企业和省级专精特新“小巨人”企业 get from the city a 同比例 award — as much again as the province gave
// (并财建〔2020〕201号; the province's own award 最高不超过30万元, 晋财建一〔2018〕113号). Laid out as the city's list of matching awards:
// the district, the firm and its code, the kind of recognition, the province's award beside the city's.
export const layout: CorpusLayout = {
  id: "taiyuan-2023-specialised-firms-matching-award",
  source: {
    title: "山西省、山西综改区、太原市专精特新企业奖励政策汇总（三、太原市）— 市级配套奖励拟兑现名单（据政策拟）",
    url: "https://photoint.net/article/edu/250279.html",
    publisher: "（政策汇总转载）",
    date: "2023",
    changes:
      "As published: the policies — 山西省 最高不超过30万元 for a 省级“专精特新”中小企业 (晋财建一〔2018〕113号); 太原市 同比例奖励 for 省级“专精特新”中小企业 " +
      "and 省级专精特新“小巨人”企业 (民营经济（中小企业）发展专项资金管理办法，并财建〔2020〕201号). The page is a summary of policies; the list (序号 | " +
      "县（市、区） | 企业名称 | 统一社会信用代码 | 认定类型 | 省级奖励资金 | 市级配套奖励), its year, firms, codes and figures are ours; the catalog holds the " +
      "city's clause as a 100% rate of the province's award. Planted: a firm given 30 by the city on 20 from the province; a firm of 晋中市榆次区.",
  },
  classes: ["register", "catalog-json", "matching-rate", "rate-of-another-award", "base-column", "category-column", "item-in-title", "year-in-title", "credit-codes", "districts-as-places", "counties-as-places", "wanyuan-caption", "total-at-foot", "city-wide-fund", "shanxi"],
  settings: { district: "太原市" },
  catalog: {
    items: [
      {
        name: "省级专精特新中小企业市级配套奖励",
        capType: "rate",
        rate: 1,
        base: "省级奖励资金",
        year: 2023,
        document: "民营经济（中小企业）发展专项资金管理办法（并财建〔2020〕201号）：对认定的省级“专精特新”中小企业和省级专精特新“小巨人”企业给予同比例奖励",
      },
    ],
  },
  sheets: [
    {
      name: "配套奖励名单",
      widths: [6, 14, 32, 22, 26, 12, 12],
      rows: [
        ["太原市2023年省级专精特新中小企业市级配套奖励拟兑现名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "县（市、区）", "企业名称", "统一社会信用代码", "认定类型", "省级奖励资金", "市级配套奖励"],
        [1, "小店区", "太原小店精工机械有限公司", "91140105MA0K3T6P2F", "省级“专精特新”中小企业", 20, 20],
        [2, "迎泽区", "太原迎泽软件信息有限公司", "91140106MA0L8D2Q5W", "省级“专精特新”中小企业", 20, 20],
        [3, "杏花岭区", "太原杏花岭医疗器械有限公司", "91140107MA0HW4N7C3", "省级专精特新“小巨人”企业", 30, 30],
        [4, "尖草坪区", "太原尖草坪特钢制品有限公司", "91140108MA0J2R5X8C", "省级专精特新“小巨人”企业", 30, 30],
        [5, "万柏林区", "太原万柏林新能源材料有限公司", "91140109MA0M6B1K3U", "省级“专精特新”中小企业", 20, 30],
        [6, "清徐县", "清徐县老陈醋酿造设备有限公司", "91140121MA0N9F4T6F", "省级“专精特新”中小企业", 20, 20],
        [7, "晋源区", "太原晋源电子元件有限公司", "91140110MA0GQ7H2LQ", "省级“专精特新”中小企业", 15, 15],
        [8, "晋中市榆次区", "晋中榆次液压件有限公司", "91140702MA0KX5D8R4", "省级“专精特新”中小企业", 20, 20],
        [9, "小店区", "太原小店智能传感科技有限公司", "91140105MA0P1C9W4H", "省级专精特新“小巨人”企业", 30, 30],
        [10, "古交市", "古交市煤机配件制造有限公司", "91140181MA0LT3Y6EU", "省级“专精特新”中小企业", 20, 20],
        ["合计", null, null, null, null, 225, 235],
      ],
      merges: ["A1:G1", "A14:E14"],
      numberFormats: { "F4:G14": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "配套奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "category", F: "base", G: "approved" },
        year: 2023,
        item: "省级专精特新中小企业市级配套奖励",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "G8", why: "万柏林新能源材料: 100% of the province's 20 = 20; the city gives 30: 10万元 over" },
      { rule: "register.ineligible-location", cell: "B11", why: "晋中市榆次区 is a district of 晋中市, outside 太原市" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", cell: "G6", why: "30 = 100% of the province's 30" },
      { rule: "cap.rate-exceeded", cell: "G10", why: "15 = 100% of 15" },
      { rule: "cap.exceeded", cell: "G14", why: "合计 235 is not an award" },
      { rule: "register.ineligible-location", cell: "B9", why: "清徐县 is a county of 太原市" },
      { rule: "register.ineligible-location", cell: "B13", why: "古交市 is a county-level city of 太原市" },
      { rule: "register.duplicate", why: "小店区 has two different firms; no firm twice" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "cap.no-cap", why: "every row gives its base, the province's award" },
      { rule: "cap.unknown-policy", why: "the title names the catalog's item" },
      { rule: "register.unpaid", why: "no as-of date; a list of awards to be paid" },
    ],
  },
};
