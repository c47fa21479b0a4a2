import type { CorpusLayout } from "../types";

// 大连市工信局 2024: the 氢能源交通工具推广应用补助资金 applications put up for public notice — 63 items over six kinds of vehicle (重型车辆运输车,
// 大型普通客车, 轻型厢式货车, 燃料电池大中型客车, 燃料电池洗扫车, 燃料电池吸尘车). Laid out as the notice's list: 申报单位 | 统一社会信用代码 |
// 车辆种类 | 推广数量（辆） | 拟补助资金（万元）, 合计 at the foot, the notice period under it.
export const layout: CorpusLayout = {
  id: "dalian-2024-hydrogen-vehicle-subsidy-list",
  source: {
    title: "关于2024年度氢能源交通工具推广应用补助资金申报项目的公示（大连市工业和信息化局）",
    url: "https://www.ditan.com/subsidies/ln",
    publisher: "大连市工业和信息化局（地坛网辽宁补贴栏目转载）",
    date: "2024",
    changes:
      "As published: the notice, its 63 items and the six kinds of vehicle. The stored copy shows no list body: seven rows with invented " +
      "firms, 大连 codes, counts and amounts are ours, the columns chosen for such a notice. Planted: 金普氢运物流's 重型车辆运输车 line " +
      "listed twice; 普湾环境卫生's code with a wrong check character. No catalog: the notice gives no standard per vehicle.",
  },
  classes: [
    "register", "public-notice-list", "category-column", "count-column", "credit-codes", "no-place-column", "duplicate-row",
    "total-at-foot", "whole-wanyuan", "mixed-unit-caption", "item-from-title", "notes-under-table", "table-not-in-stored-copy", "city-fund", "liaoning",
  ],
  settings: { district: "大连市" },
  sheets: [
    {
      name: "公示名单",
      widths: [6, 32, 22, 22, 14, 16],
      rows: [
        ["2024年度氢能源交通工具推广应用补助资金申报项目公示表", null, null, null, null, null],
        [null, null, null, null, null, "单位：辆、万元"],
        ["序号", "申报单位", "统一社会信用代码", "车辆种类", "推广数量（辆）", "拟补助资金（万元）"],
        [1, "大连金普氢运物流有限公司", "91210213MA0Y4N7C23", "重型车辆运输车", 10, 300],
        [2, "大连甘井子公交客运有限公司", "91210211MA0X6P8D5A", "燃料电池大中型客车", 20, 400],
        [3, "大连沙河口城市环卫服务有限公司", "91210204MA0U8T3F1F", "燃料电池洗扫车", 6, 150],
        [4, "大连旅顺港湾冷链运输有限公司", "91210212MA0T5K6H3Y", "轻型厢式货车", 15, 120],
        [5, "庄河市城乡客运有限公司", "91210283MA0W9Y4G6A", "大型普通客车", 8, 160],
        [6, "大连普湾环境卫生管理有限公司", "91210214MA10R7L8JQ", "燃料电池吸尘车", 4, 80],
        [7, "大连金普氢运物流有限公司", "91210213MA0Y4N7C23", "重型车辆运输车", 10, 300],
        ["合计", null, null, null, 73, 1510],
        ["公示期为5个工作日。如有异议，请在公示期内以书面形式向大连市工业和信息化局实名反映。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A11:D11", "A12:F12"],
      numberFormats: { "E4:F11": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公示名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "category", F: "approved" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "B10", why: "大连金普氢运物流 (91210213MA0Y4N7C23) 重型车辆运输车 10辆 300万元 again, as row 4" },
      { rule: "register.invalid-credit-code", cell: "C9", why: "91210214MA10R7L8JQ: the check character for 91210214MA10R7L8J is P, not Q" },
      { rule: "cap.unknown-policy", cell: "F4", why: "no catalog: the title's policy (氢能源交通工具推广应用补助) is in none, so its amounts are reported once as unchecked" },
    ],
    absent: [
      { rule: "register.duplicate", cell: "B4", why: "the first of the two rows is not the duplicate" },
      { rule: "cap.unknown-policy", cell: "D4", why: "车辆种类 is a kind of vehicle (a category), not a policy item" },
      { rule: "composition.total-mismatch", cell: "F11", why: "300 + 400 + 150 + 120 + 160 + 80 + 300 = 1,510" },
      { rule: "composition.total-mismatch", cell: "E11", why: "10 + 20 + 6 + 15 + 8 + 4 + 10 = 73 vehicles" },
      { rule: "register.invalid-credit-code", cell: "C8", why: "91210283MA0W9Y4G6A is valid (210283 庄河市)" },
      { rule: "register.ineligible-location", why: "no place column; 庄河市 in a firm's name is a county-level city of 大连" },
    ],
  },
};
