import type { CorpusLayout } from "../types";

// 广元市利州区农业农村局 (四川) 2020-08-18: the co-operatives proposed for 2020's 中央财政 support of 农民专业合作社 — four 省级 示范社 at 30万元,
// one 省级 示范社 ranked last at the 区级 rate of 10万元, one 市级 示范社 at 15万元, the other 市级 and 区级 示范社 at 10万元, one 联合社 at 50万元,
// one 区级 示范社 not put forward while a dispute is investigated. Laid out as its 附件2 拟定名单: 序号 | 合作社名称 | 统一社会信用代码 | 示范级别 |
// 补助类别 | 补助资金（万元） | 备注, the 附件1 standards as the catalog.
export const layout: CorpusLayout = {
  id: "lizhou-2020-cooperative-support-shortlist",
  source: {
    title: "利州区2020年中央财政资金支持专合社（联合社）拟定名单公示（附件1：推荐条件和补助资金标准；附件2：拟定名单）",
    url: "http://sc.qcstudy.com/show-85-226957-1.html",
    publisher: "广元市利州区农业农村局",
    date: "2020-08-18",
    changes:
      "As published: the co-operatives the notice names (勤丰, 百吉, 洪银, 中旺三泉 at 30万元; 关山栀子 at 10; 慧祥 at 15; 广湖 not put forward; 勤瑞 联合社 " +
      "at 50), the levels, the standards (省级及以上 30, 区级及以上 10, 联合社 50; 慧祥's 15 read as a 市级 maximum) and the 公示期 8月18日至25日. Ours: " +
      "the table form, the codes, eight of the 26 other 示范社 (invented names; rows cut), the 补助类别 wording, the 合计. Planted: 白朝茶叶专业合作社 " +
      "given 15万元 as a 区级及以上示范社 (fixed 10); 金洞蜂业专业合作社 listed twice; 荣山果蔬专业合作社's code with a wrong check character.",
  },
  classes: ["register", "item-column", "level-column-as-category", "fixed-cap", "max-cap", "credit-codes", "cooperatives", "row-not-put-forward", "dash-as-nothing", "remark-column", "no-place-column", "wanyuan-in-header", "total-at-foot", "signoff-line", "district-fund", "sichuan"],
  settings: { asOf: "2020-08-25", district: "利州区" },
  sheets: [
    {
      name: "拟定名单",
      widths: [6, 38, 22, 10, 22, 14, 26],
      rows: [
        ["2020年中央财政资金支持专合社（联合社）拟定名单", null, null, null, null, null, null],
        ["序号", "合作社名称", "统一社会信用代码", "示范级别", "补助类别", "补助资金（万元）", "备注"],
        [1, "广元市勤丰种养殖专业合作社", "93510802MAYUYU1225", "省级", "省级及以上示范社补助", 30, null],
        [2, "广元市百吉中药材种植专业合作社", "93510802MABT5PRMUP", "省级", "省级及以上示范社补助", 30, null],
        [3, "广元市洪银木本油料农民专业合作社", "93510802MA98K6K1JU", "省级", "省级及以上示范社补助", 30, null],
        [4, "广元市中旺三泉种养殖专业合作社", "93510802MAM5DLCRPM", "省级", "省级及以上示范社补助", 30, null],
        [5, "广元市利州区关山栀子种植专业合作社", "93510802MAUGYBHXEE", "省级", "区级及以上示范社补助", 10, "省级示范社排名第5"],
        [6, "广元市慧祥种植农民专业合作社", "93510802MAG8W1U0BF", "市级", "市级示范社补助", 15, "水果种植示范基地"],
        [7, "广元市利州区金洞蜂业专业合作社", "93510802MAEXAXCDW5", "市级", "区级及以上示范社补助", 10, null],
        [8, "广元市利州区白朝茶叶专业合作社", "93510802MAWG5H577X", "市级", "区级及以上示范社补助", 15, null],
        [9, "广元市利州区荣山果蔬专业合作社", "93510802MA05A54GGL", "市级", "区级及以上示范社补助", 10, null],
        [10, "广元市利州区大石食用菌专业合作社", "93510802MABGMH5WEU", "市级", "区级及以上示范社补助", 10, null],
        [11, "广元市利州区宝轮柑橘专业合作社", "93510802MARDPGXXQB", "区级", "区级及以上示范社补助", 10, null],
        [12, "广元市利州区广湖种养殖专业合作社", "93510802MABRJBBUY3", "区级", null, "—", "涉砍树争议正在调查，不予推荐"],
        [13, "广元市利州区三堆猕猴桃专业合作社", "93510802MAAY4CL126", "区级", "区级及以上示范社补助", 10, null],
        [14, "广元市利州区金洞蜂业专业合作社", "93510802MAEXAXCDW5", "市级", "区级及以上示范社补助", 10, null],
        [15, "广元市勤瑞农业专业合作社联合社", "93510802MATH3BJ1X1", "联合社", "联合社补助", 50, "2019年5月30日注册"],
        ["合计", null, null, null, null, 270, null],
        ["公示时间：2020年8月18日至8月25日。如有异议，请在公示期内实名向利州区农业农村局反映，电话：0839-3222260。", null, null, null, null, null, null],
        ["广元市利州区农业农村局　　2020年8月18日", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A18:E18", "A19:G19", "A20:G20"],
      numberFormats: { "F3:F18": "0" },
    },
  ],
  catalog: {
    items: [
      { name: "省级及以上示范社补助", capType: "fixed", capAmount: 30, unit: "万元", year: 2020, document: "附件1 推荐条件和补助资金标准" },
      { name: "市级示范社补助", capType: "max", capAmount: 15, unit: "万元", year: 2020, document: "附件1 推荐条件和补助资金标准" },
      { name: "区级及以上示范社补助", capType: "fixed", capAmount: 10, unit: "万元", year: 2020, document: "附件1 推荐条件和补助资金标准" },
      { name: "联合社补助", capType: "fixed", capAmount: 50, unit: "万元", year: 2020, document: "附件1 推荐条件和补助资金标准" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "拟定名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 18,
        columns: { B: "enterprise", C: "creditCode", D: "category", E: "item", F: "approved" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F10", why: "白朝茶叶专业合作社 15万元 under 区级及以上示范社补助, fixed at 10万元: 5万元 over" },
      { rule: "register.invalid-credit-code", cell: "C11", why: "93510802MA05A54GGL: the check character of 93510802MA05A54GG is K, not L" },
      { rule: "register.duplicate", cell: "F16", why: "广元市利州区金洞蜂业专业合作社 (93510802MAEXAXCDW5) again under 区级及以上示范社补助 in 2020; first at row 9" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "F7", why: "关山栀子 10 under 区级及以上示范社补助 = its fixed 10, though its level is 省级" },
      { rule: "cap.exceeded", cell: "F8", why: "慧祥 15 under 市级示范社补助, at most 15" },
      { rule: "cap.exceeded", cell: "F17", why: "联合社 50 = its fixed 50" },
      { rule: "cap.exceeded", cell: "F18", why: "合计 270 is no award" },
      { rule: "input.unreadable-value", cell: "F14", why: "广湖's dash means nothing: not put forward" },
      { rule: "cap.unknown-policy", why: "every 补助类别 is a catalog item; 广湖's row names none and awards nothing" },
      { rule: "register.unpaid", why: "a shortlist put up for comment records no payment" },
      { rule: "register.location-code-mismatch", why: "every code is issued in 利州区 (510802)" },
    ],
  },
};
