import type { CorpusLayout } from "../types";

// 河南省工业和信息化厅 2021-07-27: the proposed list of the province's 制造业头雁企业 (80) and 重点培育头雁企业 (89), put up for
// comment. Laid out as 附件1: 序号 | 省辖市 | 企业名称, with the code and the award supplied, a 合计.
export const layout: CorpusLayout = {
  id: "henan-2021-bellwether-enterprise-award",
  source: {
    title: "关于2021年河南省制造业头雁企业拟定名单的公示（附件1：2021年河南省制造业头雁企业拟定名单）",
    url: "http://henan.kjzch.com/hn/2021-07-27/791351.html",
    publisher: "河南省工业和信息化厅",
    date: "2021-07-27",
    changes:
      "The notice is as published (豫工信规〔2021〕78号, 豫工信办规〔2021〕115号; 80 头雁企业 and 89 重点培育; 公示 7-27 to 8-2). The stored " +
      "copy does not show the annex, so its columns beyond 序号 | 省辖市 | 企业名称 (统一社会信用代码 | 奖励资金（万元）), the 合计, the six firms, " +
      "codes and amounts are ours; the award of 50万元 a firm is chosen for the corpus (the notice names none). Planted: 郑州中原智造 listed " +
      "twice; 新乡牧野电池材料's code with a wrong check character.",
  },
  classes: ["register", "item-in-title", "fixed-cap", "credit-codes", "cities-as-places", "wanyuan-in-header", "henan"],
  settings: { asOf: "2021-08-02" },
  sheets: [
    {
      name: "附件1",
      widths: [6, 10, 32, 22, 16],
      rows: [
        ["附件1", null, null, null, null],
        ["2021年河南省制造业头雁企业拟定名单", null, null, null, null],
        ["序号", "省辖市", "企业名称", "统一社会信用代码", "奖励资金（万元）"],
        [1, "郑州市", "郑州中原智造装备股份有限公司", "91410100MA9F3K7L2C", 50],
        [2, "郑州市", "郑州金水数控科技有限公司", "91410105MA47TU6R3F", 50],
        [3, "洛阳市", "洛阳伊河轴承集团有限公司", "91410300MA9KWX2P0B", 50],
        [4, "漯河市", "漯河沙澧食品股份有限公司", "91411100MA44RG7H1U", 50],
        [5, "新乡市", "新乡牧野电池材料有限公司", "91410700MA3X8N5T6Y", 50],
        [6, "郑州市", "郑州中原智造装备股份有限公司", "91410100MA9F3K7L2C", 50],
        ["合计", null, null, null, 300],
      ],
      merges: ["A2:E2", "A10:D10"],
      numberFormats: { "E4:E10": "0" },
    },
  ],
  catalog: {
    items: [
      { name: "河南省制造业头雁企业奖励", capType: "fixed", capAmount: 50, unit: "万元", year: 2021, document: "豫工信规〔2021〕78号（每户50万元：为语料选定，公示未载）" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "附件1",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "approved" },
        year: 2021,
        item: "河南省制造业头雁企业奖励",
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "E9", why: "郑州中原智造装备股份有限公司 (91410100MA9F3K7L2C) listed again after row 4, same item and year" },
      { rule: "register.invalid-credit-code", cell: "D8", why: "91410700MA3X8N5T6Y: the check character for 91410700MA3X8N5T6 is X, not Y" },
    ],
    absent: [
      { rule: "cap.exceeded", why: "every firm 50, the fixed award; 合计 300 is no award" },
      { rule: "cap.unknown-policy", why: "the item is in the title and in the catalog" },
      { rule: "register.ineligible-location", why: "no district is set: a provincial list over its cities" },
      { rule: "register.unpaid", why: "a list put up for comment" },
    ],
  },
};
