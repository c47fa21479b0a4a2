import type { CorpusLayout } from "../types";

// 湖南 张家界 慈利县农业农村局 2024-05-14: “慈利县商品粮大省奖励资金”慈利县隆鑫山羊养殖专业合作社等50个主体公示 — 支持双季稻生产主体 (面积由县
// 农业农村局组织验收组田间核实) and 粮食主产突出单位 (乡镇择优推荐); 附件1 双季稻种植100亩及以上主体明细表, 附件2 the 主体花名册. Laid out as
// 附件1: 乡镇（街道） | 主体名称 | 统一社会信用代码 | 主体类型 | 核实面积（亩） | 奖励标准（元/亩） | 奖励金额（元）.
export const layout: CorpusLayout = {
  id: "cili-2024-grain-award-double-rice-list",
  source: {
    title: "慈利县商品粮大省奖励资金主体公示（附件1 双季稻种植100亩及以上主体明细表）",
    url: "https://www.chacewang.com/newsdetail/news581187.html",
    publisher: "慈利县农业农村局（转载）",
    date: "2024-05-14",
    changes:
      "As published: the notice (湘财预〔2023〕135号, 50 主体, the first of them 慈利县隆鑫山羊养殖专业合作社, 公示 2024-05-14 to 05-21) and the annexes' names. " +
      "The stored copy does not show the annexes: the columns, eight of the 主体 (all but the first named by us), their codes of 慈利县 (430821), areas, the " +
      "100元/亩 standard and the amounts are ours. Planted: one code's check character wrong (…XD, should be …XC); the first 合作社 listed a second time.",
  },
  classes: ["register", "credit-codes", "individual-grower-dash", "town-column", "kind-column", "area-column", "per-mu-standard", "yuan-unit", "total-at-foot", "notes-under-table", "item-from-title", "no-catalog", "table-from-notice", "county-fund", "hunan"],
  settings: { district: "慈利县" },
  sheets: [
    {
      name: "附件1",
      widths: [6, 14, 34, 22, 14, 12, 14, 14],
      rows: [
        ["慈利县2024年商品粮大省奖励资金双季稻种植100亩及以上主体奖励名单", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "金额单位：元"],
        ["序号", "乡镇（街道）", "主体名称", "统一社会信用代码", "主体类型", "核实面积（亩）", "奖励标准（元/亩）", "奖励金额"],
        [1, "零阳街道", "慈利县隆鑫山羊养殖专业合作社", "93430821MA4PQ2R6KR", "农民专业合作社", 320, 100, 32000],
        [2, "江垭镇", "慈利县江垭稻香家庭农场", "92430821MA4N7C3D1H", "家庭农场", 180, 100, 18000],
        [3, "东岳观镇", "慈利县东岳观丰禾粮食种植专业合作社", "93430821MA4RB5L0XD", "农民专业合作社", 460, 100, 46000],
        [4, "通津铺镇", "王建国", "—", "种粮大户", 126, 100, 12600],
        [5, "零溪镇", "慈利县零溪绿源农机专业合作社", "93430821MA4T1G8H54", "农民专业合作社", 265, 100, 26500],
        [6, "阳和土家族乡", "慈利县阳和金穗家庭农场", "92430821MA4M5K2R7B", "家庭农场", 150, 100, 15000],
        [7, "零阳街道", "慈利县隆鑫山羊养殖专业合作社", "93430821MA4PQ2R6KR", "农民专业合作社", 320, 100, 32000],
        [8, "高桥镇", "慈利县高桥兴农粮油专业合作社", "93430821MA4Q9M2E6Y", "农民专业合作社", 210, 100, 21000],
        ["合计", null, null, null, null, 2031, null, 203100],
        ["注：种植面积由县农业农村局组织验收组对双季稻面积进行田间核实；种粮大户为自然人，无统一社会信用代码。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A12:E12", "A13:H13"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附件1",
        kind: "register",
        unit: "元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "category", H: "approved" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "D6", why: "93430821MA4RB5L0XD: the check character for the first 17 is C, not D" },
      { rule: "register.duplicate", cell: "H10", why: "慈利县隆鑫山羊养殖专业合作社 (93430821MA4PQ2R6KR) listed again under the same award and year; first at row 4" },
      { rule: "cap.unknown-policy", cell: "H4", why: "no catalog: the list's policy (from its title) is reported once as unchecked, at the first row's amount" },
    ],
    absent: [
      { rule: "register.invalid-credit-code", cell: "D7", why: "a dash: the 种粮大户 is a person with no code" },
      { rule: "register.ineligible-location", why: "零阳街道, 江垭镇, 东岳观镇, 通津铺镇, 零溪镇, 阳和土家族乡, 高桥镇 are all of 慈利县" },
      { rule: "register.location-code-mismatch", why: "every code's characters 3–8 are 430821, 慈利县" },
      { rule: "composition.total-mismatch", cell: "H12", why: "32,000 + 18,000 + 46,000 + 12,600 + 26,500 + 15,000 + 32,000 + 21,000 = 203,100; areas 2,031" },
      { rule: "register.unpaid", why: "a 公示 list records no payments" },
    ],
  },
};
