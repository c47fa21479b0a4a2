import type { CorpusLayout } from "../types";

// 陕西省财政厅 2018-03: 下达1980万元资金支持66家“瞪羚企业” (30万元 each) — a news report (华商报/陕西新闻) in prose.
// Laid out as the list such a 下达 annexes: city, firm, code, field (新能源、新材料、生物医药、大数据、高端装备), the 30万元 award.
export const layout: CorpusLayout = {
  id: "shaanxi-2018-gazelle-enterprise-support-list",
  source: {
    title: "66家瞪羚企业获1980万元支持",
    url: "https://m.yybnet.net/shanxi/news/201803/7172531.html",
    publisher: "陕西省财政厅（据华商报报道）",
    date: "2018-03",
    changes:
      "The report is prose: 陕西省财政厅 sends down 1980万元 to 66 瞪羚企业 across 新能源、新材料、生物医药、大数据、高端装备, firms whose R&D exceeds 5% " +
      "of revenue. No list is printed; the table (序号 | 市（区） | 企业名称 | 统一社会信用代码 | 所属领域 | 支持资金 | 备注, 单位：万元, 合计 at the foot, a note " +
      "and the office's sign-off) is built from the prose, showing eight of the firms: firms, codes (valid, Shaanxi district codes) and figures are ours; " +
      "the fixed 30万元 (1980 / 66) is the catalog. Planted: 咸阳康泽生物医药 at 35 (fixed 30), 西安德衡智能装备's code with a wrong check character, " +
      "西安华辰新能源 listed again at the end. The note's 66家 / 1980万元 is the whole batch, not this page's total.",
  },
  classes: ["register", "award-list", "fixed-cap", "item-in-title", "year-in-title", "credit-codes", "cities-as-places", "category-column", "wanyuan-caption", "total-at-foot", "notes-under-table", "sign-off-under-table", "table-from-prose", "news-report", "province-wide-fund", "shaanxi"],
  settings: { district: "陕西省" },
  sheets: [
    {
      name: "支持名单",
      widths: [6, 10, 30, 22, 12, 12, 12],
      rows: [
        ["2018年陕西省瞪羚企业支持资金名单（表据正文拟）", null, null, null, null, null, null],
        ["单位：万元", null, null, null, null, null, null],
        ["序号", "市（区）", "企业名称", "统一社会信用代码", "所属领域", "支持资金", "备注"],
        [1, "西安市", "西安华辰新能源科技有限公司", "91610131MA6TXK2L4K", "新能源", 30, null],
        [2, "西安市", "西安睿材新材料股份有限公司", "91610131MA6W8R3N10", "新材料", 30, null],
        [3, "宝鸡市", "宝鸡钛远精密材料有限公司", "91610301MA6XB7Q52C", "新材料", 30, null],
        [4, "咸阳市", "咸阳康泽生物医药有限公司", "91610402MA6XD4H838", "生物医药", 35, null],
        [5, "西安市", "西安数川大数据技术有限公司", "91610113MA6U2T6C9K", "大数据", 30, null],
        [6, "西安市", "西安德衡智能装备有限公司", "91610104MA6WN9E35X", "高端装备", 30, null],
        [7, "榆林市", "神木市晟达能源装备有限公司", "91610821MA70A3F62R", "高端装备", 30, null],
        [8, "西安市", "西安华辰新能源科技有限公司", "91610131MA6TXK2L4K", "新能源", 30, null],
        ["合计", null, null, null, null, 245, null],
        ["注：本批共支持瞪羚企业66家、资金1980万元，本表列示其中部分企业；企业研发费用占年度营业收入总额均超过5%。", null, null, null, null, null, null],
        ["陕西省财政厅", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A2:G2", "A12:E12", "A13:G13", "A14:G14"],
    },
  ],
  catalog: {
    items: [
      {
        name: "瞪羚企业支持",
        capType: "fixed",
        capAmount: 30,
        unit: "万元",
        year: 2018,
        document: "陕西省财政厅2018年下达1980万元支持66家瞪羚企业，每家30万元（表据正文拟）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "支持名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "category", F: "approved" },
        year: 2018,
        item: "瞪羚企业支持",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F7", why: "瞪羚企业支持 is a fixed 30万元; 咸阳康泽生物医药 35: 5万元 over" },
      { rule: "register.invalid-credit-code", cell: "D9", why: "91610104MA6WN9E35X: the check character for 91610104MA6WN9E35 is W, not X" },
      { rule: "register.duplicate", cell: "F11", why: "西安华辰新能源科技有限公司 (91610131MA6TXK2L4K) again for the same support in 2018, first at row 4" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "F4", why: "30 is the fixed amount" },
      { rule: "cap.exceeded", cell: "F12", why: "合计 245 is the page's total, not an award" },
      { rule: "composition.total-mismatch", why: "合计 245 = 30×7 + 35; the note's 1980万元 / 66家 is the whole batch, no total of these rows" },
      { rule: "register.ineligible-location", why: "西安、宝鸡、咸阳、榆林 are cities of 陕西省 (神木市 lies in 榆林市)" },
      { rule: "register.location-code-mismatch", why: "each valid code's district (6101xx 西安, 610301 宝鸡, 610402 咸阳, 610821 神木) matches its city" },
      { rule: "cap.unknown-policy", why: "the catalog holds 瞪羚企业支持, the item the title names" },
      { rule: "input.unreadable-value", why: "所属领域 is a text category; 备注 is empty" },
    ],
  },
};
