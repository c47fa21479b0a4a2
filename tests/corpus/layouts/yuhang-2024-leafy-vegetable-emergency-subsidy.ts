import type { CorpusLayout } from "../types";

// 杭州市余杭区农业农村局 2024-11-11: the bases that did the year's 市级叶菜应急生产 task and the subsidy proposed for each — 序号 | 所属镇街 |
// 市级叶菜生产功能区 基地名称 | 完成面积 | 拟补助资金, the two units named together in the title's bracket (单位：亩、万元), 合计 of area and money.
export const layout: CorpusLayout = {
  id: "yuhang-2024-leafy-vegetable-emergency-subsidy",
  source: {
    title: "余杭区2024年度市级叶菜应急生产拟补助资金公示（附件：余杭区2024年度市级叶菜应急生产拟补助资金表）",
    url: "https://www.yuhang.gov.cn/art/2024/11/11/art_1229176564_4312675.html",
    publisher: "杭州市余杭区农业农村局",
    date: "2024-11-11",
    changes:
      "As published: the annex title with its unit bracket （单位：亩、万元）, the five headings (市级叶菜生产功能区 and 基地名称 in one heading), the 合计 row " +
      "giving area and money, and the 公示期 sentence. The published list has six bases (2100亩, 105.0万元, 500元 an 亩). Ours: the bases, towns and " +
      "figures (ten rows, each still 0.05万元 an 亩). The cap is ours: the notice states none, so the catalog gives the item a maximum of 60万元 a base. " +
      "Planted: 杭州仁和三白潭蔬菜专业合作社 1300亩 → 65.00万元, above the 60 maximum; 杭州良渚麟海蔬果专业合作社 listed a second time; a base placed in " +
      "临平区塘栖镇, outside 余杭区 since the 2021 split.",
  },
  classes: ["register", "item-in-title", "area-column", "units-in-title-bracket", "max-cap", "no-credit-codes", "towns-as-places", "district-fund", "total-at-foot", "notes-under-table", "zhejiang"],
  settings: { asOf: "2024-11-17", district: "余杭区" },
  sheets: [
    {
      name: "附件",
      widths: [6, 14, 36, 12, 12],
      rows: [
        ["余杭区2024年度市级叶菜应急生产拟补助资金表（单位：亩、万元）", null, null, null, null],
        ["序号", "所属镇街", "市级叶菜生产功能区 基地名称", "完成面积", "拟补助资金"],
        [1, "径山镇", "杭州径山绿源蔬菜专业合作社", 380, 19],
        [2, "良渚街道", "杭州良渚麟海蔬果专业合作社", 520, 26],
        [3, "瓶窑镇", "杭州瓶窑青禾农业科技有限公司", 215, 10.75],
        [4, "黄湖镇", "杭州黄湖山里人家农业开发有限公司", 96, 4.8],
        [5, "仁和街道", "杭州仁和三白潭蔬菜专业合作社", 1300, 65],
        [6, "中泰街道", "杭州中泰紫荆蔬果专业合作社", 142, 7.1],
        [7, "鸬鸟镇", "杭州鸬鸟山沟沟果蔬专业合作社", 60, 3],
        [8, "临平区塘栖镇", "杭州塘栖枇杷湾农业开发有限公司", 175, 8.75],
        [9, "百丈镇", "杭州百丈竹乡蔬菜专业合作社", 88, 4.4],
        [10, "良渚街道", "杭州良渚麟海蔬果专业合作社", 240, 12],
        ["合计", null, null, 3216, 160.8],
        ["公示期：2024年11月11日至2024年11月17日。监督电话：余杭区农业农村局、余杭区财政局。", null, null, null, null],
      ],
      merges: ["A1:E1", "A13:C13", "A14:E14"],
    },
  ],
  catalog: {
    items: [
      { name: "市级叶菜应急生产补助", capType: "max", capAmount: 60, unit: "万元", year: 2024, document: "杭农〔2024〕17号（上限为语料所定）" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "附件",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 13,
        columns: { B: "place", C: "enterprise", E: "approved" },
        year: 2024,
        item: "市级叶菜应急生产补助",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "E7", why: "杭州仁和三白潭蔬菜专业合作社 65.00万元 (1300亩 × 0.05) against the item's maximum of 60万元: 5万元 over" },
      { rule: "register.duplicate", cell: "E12", why: "杭州良渚麟海蔬果专业合作社 has the item in row 4 (520亩, 26万元) and again in row 12 (240亩, 12万元), same year" },
      { rule: "register.ineligible-location", cell: "B10", why: "临平区塘栖镇 names 临平区, another district than 余杭区" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "E13", why: "合计 160.80 is no award (19 + 26 + 10.75 + 4.80 + 65 + 7.10 + 3 + 8.75 + 4.40 + 12)" },
      { rule: "cap.exceeded", cell: "E4", why: "26万元 is under the 60 maximum" },
      { rule: "cap.unknown-policy", why: "the title names the catalog's item (市级叶菜应急生产 … 补助)" },
      { rule: "register.ineligible-location", cell: "B7", why: "仁和街道, 中泰街道, 鸬鸟镇, 百丈镇, 径山镇, 良渚街道, 瓶窑镇 and 黄湖镇 are 余杭区's" },
      { rule: "register.unpaid", why: "a list of proposed subsidies put up for comment: it records no payments" },
      { rule: "register.invalid-credit-code", why: "the list gives no codes" },
      { rule: "input.unreadable-value", cell: "D12", why: "完成面积 is an area in 亩, a number" },
    ],
  },
};
