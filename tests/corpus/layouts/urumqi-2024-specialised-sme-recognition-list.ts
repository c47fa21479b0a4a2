import type { CorpusLayout } from "../types";

// 乌鲁木齐 2024-07: 创新型中小企业463家, 专精特新中小企业181家 (“小巨人” 20家). Laid out as the city's recognition list behind the
// report — 区（县） | 企业名称 | 统一社会信用代码 | 认定类型 | 所属领域, no money column. One firm listed twice, a code with a wrong
// check character, a firm of 昌吉市 on 乌鲁木齐's list.
export const layout: CorpusLayout = {
  id: "urumqi-2024-specialised-sme-recognition-list",
  source: {
    title: "乌鲁木齐已培育创新型中小企业463家（专精特新中小企业名单据报道拟）",
    url: "http://urumqi.gov.cn/wlmqs/c121038/202407/d93a26ed475d42f286b55f0631dea925.shtml",
    publisher: "乌鲁木齐晚报（乌鲁木齐市人民政府网）",
    date: "2024-07-10",
    changes:
      "As published: the city has fostered 463 innovative SMEs and 181 专精特新中小企业, 20 of them “小巨人” (39% of Xinjiang's 51). " +
      "No list is published. Ours: a ten-row excerpt of the recognition list (区（县）, firms, codes with each district's 6501xx, " +
      "认定类型, 所属领域, note). Planted: 新疆米东新材料股份有限公司 listed a second time (row 11); 丝路云信息技术's code with a wrong " +
      "check character; a firm of 昌吉市 (昌吉回族自治州) on 乌鲁木齐's list.",
  },
  classes: [
    "register", "recognition-list", "no-amount-column", "credit-codes", "districts-as-places", "place-column-first", "development-zones-in-place",
    "kind-column", "field-column", "one-firm-two-rows", "place-outside-city", "notes-under-table", "table-from-prose", "city-level", "xinjiang",
  ],
  settings: { district: "乌鲁木齐市" },
  sheets: [
    {
      name: "名单",
      widths: [6, 18, 30, 22, 18, 16],
      rows: [
        ["乌鲁木齐市2024年专精特新中小企业名单（摘录）", null, null, null, null, null],
        ["序号", "区（县）", "企业名称", "统一社会信用代码", "认定类型", "所属领域"],
        [1, "新市区（高新区）", "新疆天山智控科技有限公司", "91650104MA79AK3T2X", "专精特新“小巨人”企业", "电子信息"],
        [2, "头屯河区（经开区）", "新疆金疆精工装备有限公司", "91650106MA78QF6N4T", "专精特新“小巨人”企业", "高端装备"],
        [3, "米东区", "新疆米东新材料股份有限公司", "91650109MA79BC2H7U", "专精特新中小企业", "新材料"],
        [4, "水磨沟区", "新疆雪莲生物医药有限公司", "91650105MA78LM4P15", "专精特新中小企业", "生物医药"],
        [5, "沙依巴克区", "新疆丝路云信息技术有限公司", "91650103MA79DX8R3B", "专精特新中小企业", "软件和信息服务"],
        [6, "天山区", "新疆红山食品科技有限公司", "91650102MA78TY1W6W", "专精特新中小企业", "食品加工"],
        [7, "乌鲁木齐县", "新疆南山牧业科技有限公司", "91650121MA79EG5K2Y", "专精特新中小企业", "农产品加工"],
        [8, "昌吉市", "新疆庭州环保科技有限公司", "91652301MA78HN3Q9J", "专精特新中小企业", "节能环保"],
        [9, "米东区", "新疆米东新材料股份有限公司", "91650109MA79BC2H7U", "专精特新中小企业", "新材料"],
        [10, "达坂城区", "新疆达坂城风电装备有限公司", "91650107MA79PR7U5A", "专精特新中小企业", "新能源"],
        ["注：名单按企业注册地所在区（县）排列，有效期三年。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A13:F13"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "名单",
        kind: "register",
        headerRow: 2,
        lastRow: 12,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "category" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "C11", why: "新疆米东新材料股份有限公司 (91650109MA79BC2H7U) listed again in the same 2024 list; first at row 5" },
      { rule: "register.invalid-credit-code", cell: "D7", why: "91650103MA79DX8R3B: the GB 32100-2015 check character of 91650103MA79DX8R3 is D, not B" },
      { rule: "register.ineligible-location", cell: "B10", why: "昌吉市 is a city of 昌吉回族自治州, not of 乌鲁木齐市" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "a recognition list with no money column leaves no amount unchecked" },
      { rule: "cap.no-cap", why: "no money column" },
      { rule: "register.ineligible-location", cell: "B3", why: "新市区（高新区）, 头屯河区（经开区）, 乌鲁木齐县, 达坂城区 and the rest are districts and the county of 乌鲁木齐市" },
      { rule: "register.location-code-mismatch", cell: "D3", why: "each code's characters 3–8 match its district (650104 新市区 … 650107 达坂城区)" },
      { rule: "register.duplicate", cell: "C4", why: "天山智控 and 金疆精工 share the kind 专精特新“小巨人”企业, not a firm" },
      { rule: "input.unreadable-value", cell: "F3", why: "所属领域 is text describing the row" },
    ],
  },
};
