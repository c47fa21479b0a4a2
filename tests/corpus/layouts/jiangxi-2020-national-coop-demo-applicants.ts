import type { CorpusLayout } from "../types";

// 江西省农业农村厅 2021-01: the co-operatives put forward for the 2020 国家农民合作社示范社 (88, recommended by 农业 / 林业 / 供销) and
// the 全国农民用水合作示范组织 (7, by 水利), published for objection as one name list in two parts. A recognition list: no money.
export const layout: CorpusLayout = {
  id: "jiangxi-2020-national-coop-demo-applicants",
  source: {
    title: "2020年申报国家农民合作社示范社名单（公示）",
    url: "http://jingchutour.com/policy/view?id=11809",
    publisher: "江西省农业农村厅（转载）",
    date: "2021-01-06",
    changes:
      "As published: the notice, the title, the two parts (合作社示范社 recommended by 农业 / 林业 / 供销 departments, 用水合作示范组织 by 水利) " +
      "and the list's order by city. The published list gives the names alone; the columns 统一社会信用代码 | 所在县（市、区） | 推荐部门 and every " +
      "name, code and county here are ours (15 rows for 95). Planted: 彭泽县芙蓉油茶专业合作社 put forward twice (by 林业 and again by 农业); " +
      "永修县云山植保's code has a wrong check character. The water users' associations carry no code (—).",
  },
  classes: [
    "register", "recognition-list", "no-amount-column", "credit-codes", "dash-for-no-code", "county-as-place", "category-column",
    "part-label-rows", "province-list", "jiangxi",
  ],
  settings: { district: "江西省" },
  sheets: [
    {
      name: "名单",
      widths: [6, 34, 22, 16, 14],
      rows: [
        ["2020年申报国家农民合作社示范社名单", null, null, null, null],
        ["序号", "名称", "统一社会信用代码", "所在县（市、区）", "推荐部门"],
        ["一、国家农民合作社示范社", null, null, null, null],
        [1, "南昌县金湖种养专业合作社", "93360121MA7X52UULE", "南昌县", "农业农村部门"],
        [2, "进贤县军山湖水产养殖专业合作社", "93360124MAYYKED5BU", "进贤县", "农业农村部门"],
        [3, "安义县龙津果业农民专业合作社", "93360123MAT4GYDGK2", "安义县", "农业农村部门"],
        [4, "修水县宁红茶叶专业合作社", "93360424MA2EY7998B", "修水县", "农业农村部门"],
        [5, "德安县博阳河莲藕专业合作社", "93360426MA069WBNQN", "德安县", "农业农村部门"],
        [6, "彭泽县芙蓉油茶专业合作社", "93360430MAEF5YW35Y", "彭泽县", "林业部门"],
        [7, "都昌县鄱湖茶业农民专业合作社", "93360428MAGRFJKMYW", "都昌县", "农业农村部门"],
        [8, "武宁县西海苗木种植专业合作社", "93360423MAACPJY5D5", "武宁县", "林业部门"],
        [9, "湖口县石钟山农机专业合作社", "93360429MAHK4C1Q9D", "湖口县", "供销部门"],
        [10, "永修县云山植保专业合作社", "93360425MARG7TW1T1", "永修县", "农业农村部门"],
        [11, "瑞昌市山药种植专业合作社", "93360481MALLAUCYCL", "瑞昌市", "供销部门"],
        [12, "乐平市洎阳蔬菜专业合作社", "93360281MAHE8R4NKA", "乐平市", "农业农村部门"],
        [13, "彭泽县芙蓉油茶专业合作社", "93360430MAEF5YW35Y", "彭泽县", "农业农村部门"],
        ["二、全国农民用水合作示范组织", null, null, null, null],
        [14, "芦溪县袁河灌区农民用水户协会", "—", "芦溪县", "水利部门"],
        [15, "上栗县杨岐农民用水户协会", "—", "上栗县", "水利部门"],
      ],
      merges: ["A1:E1", "A3:E3", "A17:E17"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "名单",
        kind: "register",
        headerRow: 2,
        lastRow: 19,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "category" },
      },
    ],
    findings: [
      {
        rule: "register.duplicate",
        cell: "B16",
        why: "彭泽县芙蓉油茶专业合作社 (93360430MAEF5YW35Y) is put forward at row 6 (林业部门) and again at row 13 (农业农村部门)",
      },
      { rule: "register.invalid-credit-code", cell: "C13", why: "93360425MARG7TW1T1: the check character should be 0" },
    ],
    absent: [
      { rule: "register.invalid-credit-code", cell: "C18", why: "a dash: the water users' association gives no code" },
      { rule: "register.invalid-credit-code", cell: "C19", why: "a dash: no code" },
      { rule: "register.ineligible-location", why: "every county named is in 江西省" },
      { rule: "register.location-code-mismatch", why: "each code's characters 3–8 name its own county (360121 南昌县, 360430 彭泽县 …)" },
      { rule: "cap.unknown-policy", why: "a recognition list with no amount: nothing goes unchecked" },
      { rule: "register.duplicate", cell: "B18", why: "two water users' associations of different counties" },
    ],
  },
};
