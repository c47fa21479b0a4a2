import type { CorpusLayout } from "../types";

// 广元市利州区农业农村局 2022-08-11: 40万元 of central 农业生产发展资金 to cultivate family farms, 10万元 each to four farms — two provincial and
// two city-level demonstration farms, named in the notice. Laid out as the name list such a 公示 annexes: farm, code, town, level, trade, 补助资金.
export const layout: CorpusLayout = {
  id: "lizhou-2022-family-farm-cultivation",
  source: {
    title: "关于2022年中央财政农业生产发展资金培育家庭农场项目扶持对象确定办法及名单的公示",
    url: "http://lzq.gov.cn/news/show/20220811152902973.html",
    publisher: "广元市利州区农业农村局",
    date: "2022-08-11",
    changes:
      "As published: the fund (中央财政农业生产发展资金培育家庭农场项目), 40万元 for the district, 10万元 a farm, the four farms (广元市利州区鸿发家庭农场, " +
      "广元市利州区隆鑫家庭农场 at provincial level; 利州区青松家庭农场, 广元市利州区瑞鑫家庭农场 at city level) and the 公示 dates. The notice names the " +
      "farms in prose (its annex is the 储备库): the table, its columns, the codes (利州区 510802), towns and trades are ours. Planted: 瑞鑫 given 12 " +
      "where the award is 10万元 a farm; 青松's code has a wrong check character.",
  },
  classes: ["register", "fixed-cap", "item-in-title", "credit-codes", "towns-as-places", "level-column", "wanyuan-caption", "notes-under-table", "signoff-line", "sichuan"],
  settings: { asOf: "2022-08-16", district: "利州区" },
  sheets: [
    {
      name: "扶持名单",
      widths: [6, 30, 22, 10, 18, 18, 10, 10],
      rows: [
        ["2022年中央财政农业生产发展资金培育家庭农场项目拟扶持对象名单", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元", null],
        ["序号", "家庭农场名称", "统一社会信用代码", "所在乡镇", "示范级别", "主导产业", "补助资金", "备注"],
        [1, "广元市利州区鸿发家庭农场", "92510802MA6B4L7Q14", "宝轮镇", "省级示范家庭农场", "粮油种植", 10, null],
        [2, "广元市利州区隆鑫家庭农场", "92510802MA6D1T6W32", "大石镇", "省级示范家庭农场", "大豆玉米带状复合种植", 10, null],
        [3, "利州区青松家庭农场", "92510802MA6E5H9K2X", "三堆镇", "市级示范家庭农场", "粮油种植", 10, null],
        [4, "广元市利州区瑞鑫家庭农场", "91510802MA6AX3K2PW", "荣山镇", "市级示范家庭农场", "粮食及蔬菜种植", 12, null],
        ["合计", null, null, null, null, null, 42, null],
        ["注：扶持对象为近3年未享受过中央财政农业生产发展资金培育家庭农场项目的省级和市级示范家庭农场。", null, null, null, null, null, null, null],
        ["广元市利州区农业农村局", null, null, null, null, "2022年8月11日", null, null],
      ],
      merges: ["A1:H1", "G2:H2", "A8:F8", "A9:H9", "A10:E10", "F10:H10"],
      numberFormats: { "G4:G8": "0.00" },
    },
  ],
  catalog: {
    items: [
      {
        name: "中央财政农业生产发展资金培育家庭农场项目",
        capType: "fixed",
        capAmount: 10,
        unit: "万元",
        year: 2022,
        document: "利州区农业农村局公示（拟对每个家庭农场补助10万元）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "扶持名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 8,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "category", G: "approved" },
        year: 2022,
        item: "中央财政农业生产发展资金培育家庭农场项目",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "G7", why: "广元市利州区瑞鑫家庭农场 given 12.00 where the award is a fixed 10万元 a farm: 2.00万元 over" },
      { rule: "register.invalid-credit-code", cell: "C6", why: "92510802MA6E5H9K2X: the check character should be 7" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "G8", why: "合计 42.00 is no award" },
      { rule: "cap.exceeded", cell: "G4", why: "10.00, the fixed award" },
      { rule: "register.ineligible-location", why: "宝轮镇, 大石镇, 三堆镇 and 荣山镇 are 利州区's own towns" },
      { rule: "register.duplicate", why: "four farms, each once" },
      { rule: "cap.unknown-policy", why: "the item is the title's, and in the catalog" },
      { rule: "input.unreadable-value", why: "the level and trade columns, the note and the sign-off are text by nature" },
    ],
  },
};
