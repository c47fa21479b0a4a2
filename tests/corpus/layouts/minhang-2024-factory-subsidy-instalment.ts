import type { CorpusLayout } from "../types";

// 闵行区 操作细则 (闵府规发〔2024〕1号): 购置/租赁 factory subsidies of 10% / 50% of the price or
// rent, capped at 1000万元, paid in two halves (after the 公示, then after acceptance). An instalment
// list with approval year, base, approved, first and second payment and the running total.
export const layout: CorpusLayout = {
  id: "minhang-2024-factory-subsidy-instalment",
  source: {
    title: "《闵行区关于大力推进新型工业化高质量发展的若干政策意见》操作细则 二、给予高端先进制造业项目购租工业厂房补贴",
    url: "https://zwgk.shmh.gov.cn/mh-xxgk-cms/website/mh_xxgk/qzfgfxwj_wjca/content/c3f240a2-bd09-428f-bc05-62446debc440.htm",
    publisher: "上海市闵行区人民政府",
    date: "2024",
    changes:
      "The publication is the rule (支持标准: 购房总价的10%、上限1000万元; 租金的50%、上限1000万元; 补贴款分两次各50%拨付), " +
      "not a list: this instalment list is ours, built the way a district office tracks such awards, with the " +
      "rule's wording in the item names and the note. All firms, codes and figures invented; places are 闵行 " +
      "towns/streets. Planted: firm 3 approved 460 where 10% of 4,200 is 420; firm 4 approved 1,500 above the " +
      "1,000 cap; firm 6 paid 475 + 500 = 975 against 950; firm 7, placed in 浦江镇, carries a 浦东 (310115) code.",
  },
  classes: ["register", "instalments", "two-header-rows", "credit-codes", "towns-as-places", "rate-cap", "approval-year", "dash-as-nothing"],
  settings: { district: "闵行" },
  sheets: [
    {
      name: "购租厂房补贴拨付",
      widths: [6, 28, 22, 12, 22, 8, 14, 12, 12, 12, 12],
      rows: [
        ["闵行区高端先进制造业项目购租工业厂房补贴拨付情况表（2024年）", null, null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所属街镇", "补贴项目", "立项年度", "购房总价（年租金）", "核定补贴金额", "拨付情况", null, null],
        [null, null, null, null, null, null, null, null, "首次拨付（50%）", "尾款拨付（50%）", "累计拨付"],
        [1, "上海七宝精工机械有限公司", "91310112MA306YF541", "七宝镇", "购置自用工业厂房补贴", 2023, 6800, 680, 340, 340, 680],
        [2, "上海莘庄智能装备有限公司", "91310112MA24L4YT3D", "莘庄工业区", "租赁自用工业厂房补贴", 2023, 1200, 600, 300, 300, 600],
        [3, "上海江川新材料科技有限公司", "91310112MA4R2DWQ12", "江川路街道", "购置自用工业厂房补贴", 2024, 4200, 460, 230, "—", 230],
        [4, "上海虹桥微电子有限公司", "91310112MA4UL4891G", "虹桥镇", "购置自用工业厂房补贴", 2024, 15000, 1500, 750, "—", 750],
        [5, "上海颛桥生物医药有限公司", "91310112MA4412GN97", "颛桥镇", "租赁自用工业厂房补贴", 2024, 860, 430, 215, "—", 215],
        [6, "上海马桥汽车电子有限公司", "91310112MA84HCQH50", "马桥镇", "购置自用工业厂房补贴", 2023, 9500, 950, 475, 500, 975],
        [7, "上海浦江医疗器械有限公司", "91310115MA98KGFU4C", "浦江镇", "租赁自用工业厂房补贴", 2024, 1680, 840, 420, "—", 420],
        [8, "上海吴泾化工新材料有限公司", "91310112MA68UKGT2G", "吴泾镇", "租赁自用工业厂房补贴", 2023, 520, 260, 130, 130, 260],
        ["合计", null, null, null, null, null, null, 5720, 2860, 1270, 4130],
        ["注：补贴款分两次各50%拨付，首次拨付时间为拟扶持企业名单公示结束之后，尾款拨付时间为协议条款验收核定通过之后。", null, null, null, null, null, null, null, null, null, null],
      ],
      merges: [
        "A1:K1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:H4", "I3:K3", "A13:G13", "A14:K14",
      ],
      numberFormats: { "G5:K13": "#,##0.00" },
    },
  ],
  catalog: {
    items: [
      {
        code: "二",
        name: "购置自用工业厂房补贴",
        category: "给予高端先进制造业项目购租工业厂房补贴",
        capType: "rate",
        rate: 0.1,
        capAmount: 1000,
        unit: "万元",
        document: "闵府规发〔2024〕1号 操作细则",
      },
      {
        code: "二",
        name: "租赁自用工业厂房补贴",
        category: "给予高端先进制造业项目购租工业厂房补贴",
        capType: "rate",
        rate: 0.5,
        capAmount: 1000,
        unit: "万元",
        document: "闵府规发〔2024〕1号 操作细则",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "购租厂房补贴拨付",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: {
          B: "enterprise",
          C: "creditCode",
          D: "place",
          E: "item",
          F: "approvalYear",
          G: "base",
          H: "approved",
          I: "paidBefore",
          J: "paidNow",
          K: "paidTotal",
        },
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "H7", why: "购置: 10% × 4,200.00 = 420.00万元 allowed, 460.00 approved: 40.00万元 over" },
      { rule: "cap.exceeded", cell: "H8", why: "1,500.00万元 approved (10% × 15,000.00 = 1,500.00 is within the rate) but the 上限 is 1,000.00万元: 500.00万元 over" },
      { rule: "register.paid-exceeds-award", cell: "K10", why: "首次 475.00 + 尾款 500.00 = 975.00万元 paid against 950.00 approved: 25.00万元 over" },
      { rule: "register.location-code-mismatch", cell: "C11", why: "code area 310115 is 浦东新区 while the row places the firm in 浦江镇 (闵行, 310112)" },
    ],
    absent: [
      { rule: "register.ineligible-location", why: "七宝镇, 莘庄工业区, 江川路街道, 虹桥镇, 颛桥镇, 马桥镇, 浦江镇, 吴泾镇 are all in 闵行" },
      { rule: "cap.rate-exceeded", cell: "H8", why: "1,500.00 = 10% × 15,000.00 exactly; only the 1,000 cap is exceeded" },
      { rule: "input.unreadable-value", cell: "J7", why: "— means no second instalment yet" },
      { rule: "register.paid-exceeds-award", cell: "K13", why: "the 合计 row (4,130 paid of 5,720) is not an award" },
      { rule: "register.invalid-credit-code", why: "every code, the 310115 one included, is a valid GB 32100 code" },
      { rule: "cap.rate-exceeded", cell: "H6", why: "租赁: 50% × 1,200.00 = 600.00, exactly the approved amount" },
    ],
  },
};
