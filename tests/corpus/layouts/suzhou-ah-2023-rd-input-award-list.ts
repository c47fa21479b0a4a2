import type { CorpusLayout } from "../types";

// 宿州市科学技术局 2024-12-04: the firms to be awarded for their 2023 research spending under 宿发〔2024〕8号 — a city-wide list
// by 县区（园区）, published for objections (公示期 2024-12-04 — 12-11). One firm listed twice, a firm of 蚌埠's 怀远县 in 宿州's list,
// a code with a wrong check character.
export const layout: CorpusLayout = {
  id: "suzhou-ah-2023-rd-input-award-list",
  source: {
    title: "关于对2023年度全市研发经费投入奖励企业名单的公示（宿州市科学技术局；名单据公示拟）",
    url: "https://kejiju.ahsz.gov.cn/xxfb/tzgg/195161201.html",
    publisher: "宿州市科学技术局",
    date: "2024-12-04",
    changes:
      "The notice as published (宿发〔2024〕8号; 安徽林平循环发展股份有限公司等107家企业; 公示期 2024年12月4日—12月11日; the contacts " +
      "and 宿州市科学技术局 sign-off). The stored copy is the notice, not its annex: the list's title, its columns (序号 | 县区（园区） | " +
      "企业名称 | 统一社会信用代码 | 2023年研发经费投入（万元） | 拟奖励金额（万元）), the firms (the notice's first firm kept by name), " +
      "codes (宿州 3413xx) and figures are ours; 12 rows of 107. Planted: 安徽宿马智造科技 listed twice; 怀远县榴城新材料, a firm of " +
      "蚌埠市怀远县, in 宿州's list; one code with a wrong check character.",
  },
  classes: ["register", "item-in-title", "no-catalog", "city-wide-list", "counties-as-places", "parks-as-places", "base-column", "credit-codes", "objection-period", "signoff-line", "wanyuan-in-header", "total-at-foot", "anhui"],
  settings: { district: "宿州市" },
  sheets: [
    {
      name: "奖励企业名单",
      widths: [6, 16, 32, 22, 18, 16],
      rows: [
        ["2023年度全市研发经费投入奖励企业名单", null, null, null, null, null],
        ["序号", "县区（园区）", "企业名称", "统一社会信用代码", "2023年研发经费投入（万元）", "拟奖励金额（万元）"],
        [1, "埇桥区", "安徽林平循环发展股份有限公司", "91341300MA2T8K4P6Y", 2860.5, 57.21],
        [2, "埇桥区", "宿州埇桥智能装备有限公司", "91341302MA8N3Q7L2M", 1245.8, 24.92],
        [3, "砀山县", "砀山县梨都食品科技有限公司", "91341321MA2W6R1C87", 612.4, 12.25],
        [4, "萧县", "萧县新型建材研究有限公司", "91341322MAD4T9H5KQ", 488, 9.76],
        [5, "灵璧县", "灵璧县磬石新材料有限公司", "91341323MA8P2N6E3N", 936.2, 18.72],
        [6, "泗县", "泗县药业科技有限公司", "91341324MA2U7X3B19", 1520, 30.4],
        [7, "宿州经济技术开发区", "安徽宿马智造科技有限公司", "91341302MA2R5G8J4P", 705.3, 14.11],
        [8, "宿州高新区", "宿州高新电子信息有限公司", "91341300MA8QCL2T5R", 1388.6, 27.77],
        [9, "砀山县", "砀山果蔬机械制造有限公司", "91341321MABM1W7Q9E", 402.9, 8.06],
        [10, "怀远县", "怀远县榴城新材料有限公司", "91340321MA2TY5U8NR", 655, 13.1],
        [11, "宿州经济技术开发区", "安徽宿马智造科技有限公司", "91341302MA2R5G8J4P", 705.3, 14.11],
        [12, "萧县", "萧县皖北纺织科技有限公司", "91341322MA8R4E6H7J", 530.7, 10.61],
        ["合计", null, null, null, 11550.7, 241.02],
        ["宿州市科学技术局", null, null, null, "2024年12月4日", null],
      ],
      merges: ["A1:F1", "A15:C15", "A16:D16", "E16:F16"],
      numberFormats: { "E3:F15": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "奖励企业名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 15,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "base", F: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "F13", why: "安徽宿马智造科技有限公司 (91341302MA2R5G8J4P) listed in row 9 and again in row 13, the same award and year" },
      { rule: "register.ineligible-location", cell: "B12", why: "怀远县 is a county of 蚌埠市, not of 宿州市 (its code's 340321 says so too)" },
      { rule: "register.invalid-credit-code", cell: "D11", why: "91341321MABM1W7Q9E: the GB 32100 check character of 91341321MABM1W7Q9 is D, not E" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "B9", why: "宿州经济技术开发区 and 宿州高新区 are the city's own development areas" },
      { rule: "register.ineligible-location", cell: "B4", why: "埇桥区, 砀山县, 萧县, 灵璧县, 泗县 are 宿州市's district and counties" },
      { rule: "register.location-code-mismatch", cell: "D3", why: "341300 is 宿州市 itself; the others are its district and counties" },
      { rule: "register.location-code-mismatch", cell: "D12", why: "the 怀远 row is already outside the district; the mismatch rule is for rows placed inside" },
      { rule: "register.duplicate", cell: "F15", why: "the 合计 row is no firm" },
      { rule: "cap.exceeded", why: "no cap is stated in the workbook: 2% of 研发经费投入 throughout, and no catalog names this award" },
      { rule: "register.unpaid", why: "a list published for objections records no payments" },
      { rule: "input.unreadable-value", cell: "E16", why: "the sign-off date is no amount" },
    ],
  },
};
