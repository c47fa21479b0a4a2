import type { CorpusLayout } from "../types";

// 广西工业和信息化厅 / 财政厅 桂工信综合〔2024〕80号 (2024-02-08): 2024年一季度工业提速增效攻坚行动政策补助资金 — firms that grew in 2023
// and again in the first quarter, under one of three conditions (top-500 or 龙头 / 专精特新 above 5000万元 and 10%; 100亿元 firms
// above 25亿元 and 8% or 5亿元 more; 2亿元 firms of named trades). Laid out as the region's list of firms to be subsidised,
// county by county, with the condition each meets and its figures.
export const layout: CorpusLayout = {
  id: "guangxi-2024-q1-industrial-speedup-subsidy",
  source: {
    title: "自治区工业和信息化厅 自治区财政厅关于组织申报2024年一季度工业提速增效攻坚行动政策补助资金的通知（桂工信综合〔2024〕80号）— 拟补助企业名单（据申报条件拟）",
    url: "https://m.debangwuliu8.cn/grabNoti/88054_tz.html",
    publisher: "广西壮族自治区工业和信息化厅 广西壮族自治区财政厅",
    date: "2024-02-08",
    changes:
      "As published: the fund's name, the 支持对象 and the three 申报条件 with their thresholds (总产值超过5000万元且同比增长10%以上; 2023年度产值100亿元以上的 " +
      "企业一季度产值超过25亿元且同比增长8%以上; 2023年产值2亿元以上的有色、钢铁、石油化工、建材…行业). The notice calls for applications and the stored " +
      "copy stops before the amounts: the list (序号 | 所在县（市、区） | 企业名称 | 统一社会信用代码 | 申报条件 | 2023年产值 | 2024年一季度产值 | 同比增长 | " +
      "拟补助金额), firms, codes and figures are ours; no cap is checked. Planted: a firm placed in 广东省湛江市; a firm placed in 北海市合浦县 whose code " +
      "was issued in 廉江市 (湛江); one code with a wrong check character.",
  },
  classes: ["register", "item-in-title", "year-in-title", "condition-column", "condition-figures-beside-award", "growth-rate-not-a-cap", "no-catalog", "counties-as-places", "city-and-county-in-one-cell", "credit-codes", "province-wide-list", "wanyuan-caption", "total-at-foot", "guangxi"],
  settings: { district: "广西壮族自治区" },
  sheets: [
    {
      name: "拟补助企业名单",
      widths: [6, 16, 30, 22, 10, 14, 14, 10, 12],
      rows: [
        ["2024年一季度工业提速增效攻坚行动政策补助资金拟补助企业名单", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "所在县（市、区）", "企业名称", "统一社会信用代码", "申报条件", "2023年产值", "2024年一季度产值", "同比增长", "拟补助金额"],
        [1, "南宁市武鸣区", "广西武鸣铝材加工有限公司", "91450110MA5NB6Q21G", "第（1）项", 86500, 23800, 0.124, 50],
        [2, "柳州市柳江区", "柳州柳江汽车配件有限公司", "91450206MA5P4D8K3Q", "第（1）项", 124000, 33600, 0.108, 60],
        [3, "桂林市临桂区", "桂林临桂医药有限公司", "91450312MA5L2R7W60", "第（1）项", 52300, 14200, 0.156, 40],
        [4, "北海市合浦县", "合浦海丰食品有限公司", "91440881MA55T3H809", "第（1）项", 61800, 16900, 0.112, 40],
        [5, "防城港市港口区", "防城港北部湾钢铁深加工有限公司", "91450602MA5QF1C944", "第（2）项", 1360000, 352000, 0.089, 100],
        [6, "贵港市港北区", "贵港港北电动车制造有限公司", "91450802MA5KX7N35T", "第（1）项", 73500, 20100, 0.183, 50],
        [7, "广东省湛江市", "湛江南海饲料有限公司", "91440800MA55G2L71D", "第（3）项", 48000, 12800, 0.101, 30],
        [8, "玉林市玉州区", "玉林玉州机械制造有限公司", "91450902MA5R8E6B2P", "第（1）项", 58900, 15800, 0.135, 40],
        [9, "钦州市钦南区", "钦州钦南石化新材料有限公司", "91450702MA5M3T9D4C", "第（3）项", 238000, 63500, 0.096, 60],
        [10, "梧州市龙圩区", "梧州龙圩陶瓷有限公司", "91450406MA5TA5P17E", "第（3）项", 31200, 8300, 0.105, 30],
        ["合计", null, null, null, null, null, null, null, 500],
        ["注：申报条件见桂工信综合〔2024〕80号第一条（一）2；产值数据以各市工业和信息化部门核定数为准。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A14:H14", "A15:I15"],
      numberFormats: { "F4:G13": "#,##0", "H4:H13": "0.0%", "I4:I14": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟补助企业名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "category", I: "approved" },
        year: 2024,
        item: "2024年一季度工业提速增效攻坚行动政策补助",
      },
    ],
    findings: [
      { rule: "register.ineligible-location", cell: "B10", why: "广东省湛江市 lies outside 广西" },
      { rule: "register.location-code-mismatch", cell: "D7", why: "the row places 合浦海丰食品 in 北海市合浦县, but 440881 (characters 3–8) is 廉江市, 湛江, 广东" },
      { rule: "register.invalid-credit-code", cell: "D9", why: "91450802MA5KX7N35T: the check character for the first 17 is Y, not T" },
    ],
    absent: [
      { rule: "register.location-code-mismatch", cell: "D10", why: "the row is already outside 广西 (ineligible-location), not a firm that moved" },
      { rule: "register.ineligible-location", cell: "B4", why: "南宁, 柳州, 桂林, 北海, 防城港, 贵港, 玉林, 钦州, 梧州 are cities of 广西; the county named after each is its own" },
      { rule: "input.unreadable-value", why: "申报条件 (第（1）项) is text naming the condition; 同比增长 is a figure of it" },
      { rule: "register.duplicate", why: "no firm appears twice" },
      { rule: "composition.total-mismatch", why: "a register's 合计 (500, the rows added) is not a composition" },
      { rule: "register.unpaid", why: "no as-of date; a list to be paid" },
    ],
  },
};
