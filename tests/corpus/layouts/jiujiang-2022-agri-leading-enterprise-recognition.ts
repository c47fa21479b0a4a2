import type { CorpusLayout } from "../types";

// 九江市农业农村局 2022-02: 农业产业化市级龙头企业 monitoring and new recognition, published as a 公示 paragraph (210 pass the
// monitoring, 61 fail, 82 newly declared firms to be recognised) with the names in an attachment not stored. Built as the
// attachment of new firms: 序号 | 县（市、区） | 企业名称 | 统一社会信用代码 | 主导产业 — a recognition list with no money.
// One firm listed twice; one code with a wrong check character.
export const layout: CorpusLayout = {
  id: "jiujiang-2022-agri-leading-enterprise-recognition",
  source: {
    title: "九江市农业农村局关于2022年农业产业化市级龙头企业监测及申报认定结果的公示（新申报企业名单表据正文拟）",
    url: "https://www.chacewang.com/newsdetail/news267594.html",
    publisher: "九江市农业农村局",
    date: "2022-02",
    changes:
      "The stored page carries only the notice (271 monitored, 210 pass, 61 fail, 82 new firms recognised, 公示 3 days to 2月17日). " +
      "The attachment of new firms is built here in the usual layout of such lists (序号 | 县（市、区） | 企业名称 | 统一社会信用代码 | " +
      "主导产业), cut to nine rows; the firms, codes (九江 counties' 3604xx) and trades are ours. Planted: 江西修河茶业 listed again at " +
      "row 12 (same county, same code); 庐山云雾茶叶发展's code with a wrong check character.",
  },
  classes: [
    "register", "recognition-list", "no-amount-column", "credit-codes", "counties-as-places", "county-column-first", "trade-column",
    "annex-label", "notes-under-table", "duplicate-firm", "table-from-prose", "city-level", "jiangxi",
  ],
  settings: { district: "九江市" },
  sheets: [
    {
      name: "新申报认定",
      widths: [6, 12, 32, 24, 12],
      rows: [
        ["附件2", null, null, null, null],
        ["2022年新申报农业产业化市级龙头企业拟认定名单", null, null, null, null],
        ["序号", "县（市、区）", "企业名称", "统一社会信用代码", "主导产业"],
        [1, "修水县", "江西修河茶业有限公司", "91360424MA37R8W4N8", "茶叶"],
        [2, "武宁县", "武宁县庐峰生态农业有限公司", "91360423MA3AF2L5UU", "优质稻米"],
        [3, "都昌县", "都昌县鄱湖水产食品有限公司", "91360428MA39D3K6P8", "水产品"],
        [4, "永修县", "江西云居山米业有限公司", "91360425MA35N7C1GJ", "优质稻米"],
        [5, "柴桑区", "九江柴桑蓝莓科技有限公司", "91360404MA38Q5T2RA", "水果"],
        [6, "浔阳区", "九江浔阳冷链食品有限公司", "91360403MA38T4B9LN", "食品加工"],
        [7, "庐山市", "庐山云雾茶叶发展有限公司", "91360483MA39KP6H3K", "茶叶"],
        [8, "湖口县", "湖口县湖鲜水产养殖有限公司", "91360429MA3B2R7T5E", "水产品"],
        [9, "修水县", "江西修河茶业有限公司", "91360424MA37R8W4N8", "茶叶"],
        ["注：以上企业经各县（市、区）农业农村局初审、市农业农村局乡村产业发展科审核，符合市级龙头企业标准要求。", null, null, null, null],
      ],
      merges: ["A2:E2", "A13:E13"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "新申报认定",
        kind: "register",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "category" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "C12", why: "江西修河茶业有限公司 (91360424MA37R8W4N8) is listed at row 4 and again at row 12: one recognition list" },
      { rule: "register.invalid-credit-code", cell: "D10", why: "91360483MA39KP6H3K: the check character for 91360483MA39KP6H3 is F, not K" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "a recognition list with no money column leaves no amount unchecked" },
      { rule: "cap.no-cap", why: "no amounts" },
      { rule: "register.ineligible-location", why: "修水县, 武宁县, 都昌县, 永修县, 柴桑区, 浔阳区, 庐山市, 湖口县 all lie in 九江市" },
      { rule: "register.location-code-mismatch", why: "each code's 3604xx matches its county" },
      { rule: "register.duplicate", cell: "C7", why: "two firms share the trade 优质稻米: different firms, different codes" },
      { rule: "register.invalid-credit-code", cell: "D11", why: "91360429MA3B2R7T5E is valid (check character E)" },
      { rule: "register.unpaid", why: "a recognition list pays nothing" },
    ],
  },
};
