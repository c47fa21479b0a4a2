import type { CorpusLayout } from "../types";

// 西安市 2020-06-30: the first “市长特别奖” — 50 nominees (拟获“市长特别奖”和“市长特别奖提名奖”人选) after application,
// recommendation, review, an online vote and experts; 《西安市“市长特别奖”实施办法》 (2020-04-08): each winner (person or team)
// 奖励50万元. The report names winning firms in prose; laid out as the 拟获奖人选名单 such a notice annexes, the 市长特别奖 part.
export const layout: CorpusLayout = {
  id: "xian-2020-mayor-special-award",
  source: {
    title: "西安“市长特别奖”名单出炉 西部超导等多家上市公司入选（中国证券报·中证网 2020-07-01）",
    url: "https://www1.cs.com.cn/xwzx/hg/202007/t20200701_6072312.html",
    publisher: "中国证券报·中证网（据西安市公布的拟获奖人选名单）",
    date: "2020-07-01",
    changes:
      "As published: the award's name, 50 nominees for 市长特别奖 and its 提名奖, the 实施办法 of 2020-04-08 and its fixed 50万元 per winner " +
      "(person or team). The report gives no table: the list (序号 | 拟获奖人选（团队） | 所在单位 | 统一社会信用代码 | 所属领域 | 奖励金额（万元）), " +
      "cut to the 市长特别奖 part and to 10 rows, with invented persons, units and codes, is ours. Planted: one award at 80万元 over the fixed " +
      "50万元; the same person of the same unit listed twice; one code with a wrong check character.",
  },
  classes: ["register", "fixed-cap", "item-in-title", "year-in-title", "persons-and-teams-as-awardees", "unit-column", "field-column", "credit-codes", "no-place-column", "city-wide-fund", "wanyuan-in-header", "total-at-foot", "shaanxi"],
  settings: { district: "西安市", asOf: "2020-07-01" },
  sheets: [
    {
      name: "拟获奖人选名单",
      widths: [6, 24, 34, 22, 16, 16],
      rows: [
        ["2020年西安市“市长特别奖”拟获奖人选名单", null, null, null, null, null],
        ["序号", "拟获奖人选（团队）", "所在单位", "统一社会信用代码", "所属领域", "奖励金额（万元）"],
        [1, "周立衡", "西安秦辉超导材料股份有限公司", "91610113MA98PBRNYJ", "先进制造业", 50],
        [2, "航发精锻研发团队", "西安航泰精锻科技有限公司", "91610131MA90TEQY78", "先进制造业", 50],
        [3, "贾文韬", "西安曲江云景文化旅游发展有限公司", "91610104MA5W53BFU3", "文化旅游", 50],
        [4, "梁思远", "西安光启增材制造技术有限公司", "91610112MA6CH3J70F", "先进制造业", 50],
        [5, "硅片切割工艺团队", "西安隆晟光伏材料有限公司", "91610102MA6D85XUQQ", "先进制造业", 80],
        [6, "孙慧兰", "西安大雁塔文创产业有限公司", "91610103MA85QR24KT", "文化旅游", 50],
        [7, "卫星导航芯片团队", "西安北辰微电子科技有限公司", "91610111MA9E440U0R", "先进制造业", 50],
        [8, "韩启明", "西安秦岭生态旅游开发有限公司", "91610116MA6Q6Y5U5G", "文化旅游", 50],
        [9, "梁思远", "西安光启增材制造技术有限公司", "91610112MA6CH3J70F", "先进制造业", 50],
        [10, "高铁轴承研发团队", "西安泾渭精工轴承有限公司", "91610131MA65YYN6Y8", "先进制造业", 50],
        ["合计", null, null, null, null, 530],
      ],
      merges: ["A1:F1", "A13:E13"],
      numberFormats: { "F3:F13": "0" },
    },
  ],
  catalog: {
    items: [{ name: "市长特别奖", capType: "fixed", capAmount: 50, unit: "万元", year: 2020, document: "《西安市“市长特别奖”实施办法》：获奖人员（团队）奖励50万元" }],
  },
  expect: {
    tables: [
      {
        sheet: "拟获奖人选名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 13,
        columns: { C: "enterprise", D: "creditCode", E: "category", F: "approved" },
        year: 2020,
        item: "市长特别奖",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F7", why: "获奖人员（团队）奖励50万元 (fixed); the 硅片切割工艺团队 is listed at 80: 30万元 over" },
      { rule: "register.duplicate", cell: "F11", why: "梁思远 of 西安光启增材制造技术有限公司 (91610112MA6CH3J70F) again, same award and year as row 6" },
      { rule: "register.invalid-credit-code", cell: "D5", why: "91610104MA5W53BFU3: the check character for the first 17 is 7, not 3" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "F13", why: "合计 530 (9 × 50 + 80) is not an award" },
      { rule: "cap.exceeded", cell: "F3", why: "50 is the fixed award" },
      { rule: "register.duplicate", cell: "F4", why: "a team of another unit; the teams and persons of rows 1–10 are of ten codes save the planted repeat" },
      { rule: "register.ineligible-location", why: "no place column; the codes carry districts of 西安 (610102–610131)" },
      { rule: "register.location-code-mismatch", why: "every code's characters 3–8 are a district of 西安市, the fund's city" },
      { rule: "cap.unknown-policy", why: "the title names 市长特别奖 whole" },
      { rule: "register.unpaid", why: "a 2020 nominee list dated 07-01, before the year's deadline" },
      { rule: "input.unreadable-value", why: "所属领域 is text describing the row" },
    ],
  },
};
