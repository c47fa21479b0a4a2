import type { CorpusLayout } from "../types";

// 青岛 2023: the first 2022年度青岛市优秀企业家 honoured under the 《青岛市优秀企业家评选奖励办法》 (every five years: 杰出企业家 2, each
// 200万元; 行业领军企业家 10, each 100万元; 优秀企业家 30, each 50万元, from the city's budget). Two sheets: the 办法's award clauses as a
// catalog (称号 | 名额 | 奖励标准 in prose), and the award list — person, firm, code, 区（市）, 称号 per row, 奖励金额.
export const layout: CorpusLayout = {
  id: "qingdao-2022-outstanding-entrepreneur-awards",
  source: {
    title: "青岛召开全市大会隆重表彰2022年度青岛市优秀企业家（奖励标准据《青岛市优秀企业家评选奖励办法》；名单据正文拟）",
    url: "https://www.chacewang.com/newsdetail/news264583.html",
    publisher: "青岛市人民政府（查策网转载）",
    date: "2023",
    changes:
      "As published (in prose): the three titles, their numbers (2 / 10 / 30) and awards (200 / 100 / 50万元 each, paid by the city), chosen every five " +
      "years; these make the clause sheet. The award list is built from that prose (名单据正文拟): the persons, firms, codes, districts and the choice " +
      "of eleven rows (both 杰出, four 领军, five 优秀) are ours. Planted: 郑晓光 (优秀企业家) awarded 100 where the title carries 50; 吴建国's firm's " +
      "code ends E where the check character is D.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "fixed-cap", "levels-as-items", "quota-column", "item-per-row", "persons-with-firms",
    "credit-codes", "districts-and-county-cities-as-places", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table",
    "table-from-prose", "news-report", "city-award", "shandong",
  ],
  settings: { district: "青岛市" },
  sheets: [
    {
      name: "奖励标准",
      widths: [6, 24, 8, 60],
      rows: [
        ["青岛市优秀企业家评选奖励办法（奖励条款摘录）", null, null, null],
        ["序号", "称号", "名额", "奖励标准"],
        [1, "青岛市杰出企业家", "2名", "授予“青岛市杰出企业家”称号，每名奖励200万元，奖励资金由市财政列支。"],
        [2, "青岛市行业领军企业家", "10名", "授予“青岛市行业领军企业家”称号，每名奖励100万元，奖励资金由市财政列支。"],
        [3, "青岛市优秀企业家", "30名", "授予“青岛市优秀企业家”称号，每名奖励50万元，奖励资金由市财政列支。"],
        ["注：青岛市优秀企业家每5年评选一次。", null, null, null],
      ],
      merges: ["A1:D1", "A6:D6"],
    },
    {
      name: "表彰名单",
      widths: [6, 10, 34, 22, 10, 22, 12],
      rows: [
        ["2022年度青岛市优秀企业家奖励名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "姓名", "企业名称", "统一社会信用代码", "所在区（市）", "称号", "奖励金额"],
        [1, "张立恒", "青岛海岳智能装备集团有限公司", "91370212MA3C8QX417", "崂山区", "青岛市杰出企业家", 200],
        [2, "王书琴", "青岛西海岸港航物流集团有限公司", "91370211MA3P2LR65H", "黄岛区", "青岛市杰出企业家", 200],
        [3, "李景瑞", "青岛市南数链科技有限公司", "91370202MA3D6TN82Q", "市南区", "青岛市行业领军企业家", 100],
        [4, "赵文博", "青岛城阳轨道装备有限公司", "91370214MA3F1WK935", "城阳区", "青岛市行业领军企业家", 100],
        [5, "刘海涛", "青岛即墨纺织服装集团有限公司", "91370215MA3M7HB24G", "即墨区", "青岛市行业领军企业家", 100],
        [6, "陈思远", "青岛胶州湾食品有限公司", "91370281MA3Q4YD579", "胶州市", "青岛市行业领军企业家", 100],
        [7, "孙明哲", "青岛市北工业互联网有限公司", "91370203MA3K9CX16M", "市北区", "青岛市优秀企业家", 50],
        [8, "周慧敏", "青岛平度农业发展有限公司", "91370283MA3T5GL38N", "平度市", "青岛市优秀企业家", 50],
        [9, "吴建国", "青岛李沧精密制造有限公司", "91370213MA3N8RE79E", "李沧区", "青岛市优秀企业家", 50],
        [10, "郑晓光", "青岛莱西新能源有限公司", "91370285MA3R2UP42Q", "莱西市", "青岛市优秀企业家", 100],
        [11, "冯雪", "青岛崂山生物科技有限公司", "91370212MA3H6BQ53H", "崂山区", "青岛市优秀企业家", 50],
        ["合计", null, null, null, null, null, 1100],
        ["注：奖励资金由市财政列支。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A15:F15", "A16:G16"],
    },
  ],
  expect: {
    tables: [
      { sheet: "奖励标准", kind: "catalog", headerRow: 2, lastRow: 5, columns: { B: "item", D: "standard" } },
      {
        sheet: "表彰名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 15,
        columns: { C: "enterprise", D: "creditCode", E: "place", F: "item", G: "approved" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "表彰名单", cell: "G13", why: "郑晓光, 青岛市优秀企业家: 100 awarded; the title carries 50万元 each (fixed)" },
      { rule: "register.invalid-credit-code", sheet: "表彰名单", cell: "D12", why: "91370213MA3N8RE79E: the GB 32100 check character for 91370213MA3N8RE79 is D, not E" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "表彰名单", cell: "G4", why: "杰出企业家 200 = its 200万元" },
      { rule: "cap.exceeded", sheet: "表彰名单", cell: "G9", why: "行业领军企业家 100 = its 100万元" },
      { rule: "cap.unknown-policy", why: "every row's 称号 is an item of the clause sheet" },
      { rule: "register.duplicate", sheet: "表彰名单", cell: "C14", why: "two 崂山区 firms (rows 4 and 14) are different firms with different codes" },
      { rule: "register.ineligible-location", sheet: "表彰名单", cell: "E13", why: "莱西市 (like 胶州市 and 平度市) is a county-level city of 青岛市" },
      { rule: "catalog.unreadable-standard", sheet: "奖励标准", why: "每名奖励200万元 / 100万元 / 50万元 are fixed amounts; 名额 (2名 / 10名 / 30名) are counts of persons, no money" },
    ],
  },
};
