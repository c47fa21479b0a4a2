import type { CorpusLayout } from "../types";

// 广西壮族自治区工业和信息化厅 桂工信规范〔2021〕12号 (2021-11-16): 关于四季度推动工业稳增长的政策措施 — the machinery clause
// (最高不超过3000万元 with growth conditions), the grain-and-oil clause (不低于50万元: a floor, no cap), the electronics clause
// (20万元 a point of growth above 15%, 最多不超过100万元); the quarter's awards by clause on a second sheet.
export const layout: CorpusLayout = {
  id: "guangxi-2021-q4-industrial-growth-measures",
  source: {
    title: "关于四季度推动工业稳增长的政策措施（桂工信规范〔2021〕12号）一至三",
    url: "http://kyfz.org.cn/show-23988.html",
    publisher: "广西壮族自治区工业和信息化厅",
    date: "2021-11-16",
    changes:
      "Clauses 一 to 三 are as published (heading in 政策措施, the clause's text in 支持内容), laid out one a row under 序号 | 政策措施 | 支持内容; the " +
      "stored copy breaks off inside 四 (no money in what it shows), so the table stops at 三. The award list on the second sheet is ours (firms, " +
      "codes, growth figures, amounts). Planted: 柳州装载机 3,200 above the 3,000万元 maximum; 钦州电子 120 above the 100万元 maximum; 南宁粮油 " +
      "listed twice.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "max-cap", "floor-not-a-cap", "per-point-award-with-maximum", "conditions-not-caps", "heading-as-item", "credit-codes", "item-per-row", "cities-as-places", "province-wide-list", "wanyuan-caption", "guangxi"],
  settings: { district: "广西壮族自治区" },
  sheets: [
    {
      name: "政策措施",
      widths: [6, 36, 100],
      rows: [
        ["关于四季度推动工业稳增长的政策措施", null, null],
        ["序号", "政策措施", "支持内容"],
        ["一", "支持机械行业重点产品促销增产", "开展柴油机、挖掘机、装载机等机械行业产值拉动力强的重点产品促产促销活动，对产值、销量达到一定比例的单个企业给予最高不超过3000万元的奖励。其中，2021年11—12月柴油机制造企业产值、销量同比增长8%以上；挖掘机制造企业产值、销量同比扭负转正；装载机制造企业产值同比增长50%，销量同比扭负转正。"],
        ["二", "支持粮油加工重点企业促销增产", "支持粮油加工重点企业通过线上线下销售、开展团购优惠等措施加大产品销售力度、以销促产增效，安排财政资金对全区产值前110家企业中2021年11—12月产值和销售收入同比增长15%以上的企业，每家企业按产值和销售收入增长情况给予不低于50万元的促销补贴。加大对原料靠港、抽检及接卸泊位等关键环节协调力度，提高原料保障能力。"],
        ["三", "支持电子信息重点企业降低海运和采购成本", "对全区产值前500家企业中2021年11—12月产值同比增长15%以上的电子信息制造业企业，给予海运补贴及芯片采购补贴，产值增速每超1个百分点给予20万元补贴，单个企业最多不超过100万元。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "奖补企业名单",
      widths: [6, 30, 22, 10, 36, 14, 12],
      rows: [
        ["2021年四季度推动工业稳增长政策奖补企业名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在市", "政策措施", "11—12月产值同比增长", "奖补金额"],
        [1, "广西柳州重工挖掘机有限公司", "91450200MA5KQ2W813", "柳州市", "支持机械行业重点产品促销增产", 0.125, 1800],
        [2, "玉林玉柴动力柴油机制造有限公司", "91450900MA5L6P3C7Y", "玉林市", "支持机械行业重点产品促销增产", 0.092, 3000],
        [3, "南宁邕州粮油工业有限公司", "91450100MA5N4H9E2L", "南宁市", "支持粮油加工重点企业促销增产", 0.168, 80],
        [4, "防城港港口粮油加工有限公司", "91450600MA5R7B2T50", "防城港市", "支持粮油加工重点企业促销增产", 0.153, 50],
        [5, "北海银滩电子科技有限公司", "91450500MA5Q8D1K6L", "北海市", "支持电子信息重点企业降低海运和采购成本", 0.19, 80],
        [6, "桂林漓江光电信息有限公司", "91450300MA5P3X7G4D", "桂林市", "支持电子信息重点企业降低海运和采购成本", 0.235, 100],
        [7, "钦州湾智能终端制造有限公司", "91450700MA5M6F2W9E", "钦州市", "支持电子信息重点企业降低海运和采购成本", 0.21, 120],
        [8, "柳州柳工装载机械有限公司", "91450200MA5T9C4R3Q", "柳州市", "支持机械行业重点产品促销增产", 0.52, 3200],
        [9, "南宁邕州粮油工业有限公司", "91450100MA5N4H9E2L", "南宁市", "支持粮油加工重点企业促销增产", 0.168, 80],
        ["合计", null, null, null, null, null, 8510],
      ],
      merges: ["A1:G1", "A13:F13"],
      numberFormats: { "F4:F12": "0.0%", "G4:G13": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策措施", kind: "catalog", headerRow: 2, lastRow: 5, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "奖补企业名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", G: "approved" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "C4", why: "不低于50万元 is a floor: the clause sets no cap and no rate" },
      { rule: "cap.exceeded", sheet: "奖补企业名单", cell: "G11", why: "支持机械行业重点产品促销增产: at most 3,000万元 a firm, 3,200 proposed: 200万元 over" },
      { rule: "cap.exceeded", sheet: "奖补企业名单", cell: "G10", why: "支持电子信息…: at most 100万元 a firm, 120 proposed: 20万元 over" },
      { rule: "register.duplicate", sheet: "奖补企业名单", cell: "G12", why: "南宁邕州粮油工业有限公司 (91450100MA5N4H9E2L) again on row 12, same item and year as row 6" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "C3", why: "最高不超过3000万元 is the cap; 8%以上, 扭负转正 and 同比增长50% are conditions" },
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "C5", why: "20万元 a point of growth above 15%, 最多不超过100万元: a maximum of 100; 15%以上 is a condition" },
      { rule: "cap.exceeded", sheet: "奖补企业名单", cell: "G6", why: "不低于50万元 is a floor, not a cap: 80 is allowed" },
      { rule: "cap.exceeded", sheet: "奖补企业名单", cell: "G5", why: "3,000 meets the 3,000万元 maximum" },
      { rule: "cap.exceeded", sheet: "奖补企业名单", cell: "G9", why: "8.5 points above 15% would give 170, so the 100 maximum binds and 100 meets it" },
      { rule: "input.unreadable-value", why: "11—12月产值同比增长 is a condition's figure, a number" },
      { rule: "cap.unknown-policy", why: "every 政策措施 of the list is a clause of the first sheet" },
      { rule: "register.ineligible-location", why: "柳州, 玉林, 南宁, 防城港, 北海, 桂林, 钦州 are cities of 广西" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
    ],
  },
};
