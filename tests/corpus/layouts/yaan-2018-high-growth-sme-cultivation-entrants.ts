import type { CorpusLayout } from "../types";

// 雅安市人民政府 2019-01-03: the city's firms named to 四川省2018年度高成长型中小企业培育名单 (川经信企业函〔2018〕62号), four new in 2018 and three
// carried from 2017 — a recognition list with no money, laid out as 序号 | 企业名称 | 统一社会信用代码 | 所在县（区） | 入围年度.
export const layout: CorpusLayout = {
  id: "yaan-2018-high-growth-sme-cultivation-entrants",
  source: {
    title: "雅安市4户企业入围省2018年度高成长型中小企业培育名单（入围企业名单表据正文拟）",
    url: "https://yunmq.cn/gongkai/show/20190103172359-34360-00-000.html",
    publisher: "雅安市人民政府办公室（转载）",
    date: "2019-01-03",
    changes:
      "The page is prose: it names four firms entering the provincial 2018 高成长型中小企业 list and three that entered in 2017 (seven in all). The table is " +
      "ours (表据正文拟) in the form the city's recognition lists take, with 入围年度 telling the two batches apart; the firm names, codes and places are " +
      "invented (one more 2018 firm in the 经开区 added). Planted: 雅安航达电器有限责任公司's code ends R where its check character is Q; 洪雅华美包纱有限公司 " +
      "is placed in 洪雅县, a county of 眉山市, not 雅安.",
  },
  classes: ["register", "recognition-list", "no-amount-column", "credit-codes", "place-column", "year-column", "development-zone-as-place", "table-from-prose", "city-list", "sichuan"],
  settings: { district: "雅安市" },
  sheets: [
    {
      name: "入围名单",
      widths: [6, 34, 22, 20, 10],
      rows: [
        ["雅安市入围四川省高成长型中小企业培育名单企业（表据正文拟）", null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在县（区）", "入围年度"],
        [1, "雅安百川新材料科技有限公司", "91511802UBGJ0B16UM", "雨城区", 2018],
        [2, "四川石棉华锐电子有限公司", "91511824J4PJ90D5LU", "石棉县", 2018],
        [3, "石棉县鑫源钙业有限责任公司", "91511824KKQTU1P60F", "石棉县", 2018],
        [4, "雅安航达电器有限责任公司", "91511803P1MHAMYR0R", "名山区", 2018],
        [5, "雅安经开区恒达包装材料有限公司", "91511802AB6JN7EWQB", "雅安经济技术开发区", 2018],
        [6, "四川荥联机械制造有限公司", "9151182237HKT3MB6R", "荥经县", 2017],
        [7, "洪雅华美包纱有限公司", "91511423X8EKHCGX2F", "洪雅县", 2017],
        [8, "四川蒙顶川韵茶业有限公司", "91511803QG43HH96N8", "名山区", 2017],
        ["注：2017年入围企业继续列入2018年度培育名单。", null, null, null, null],
      ],
      merges: ["A1:E1", "A11:E11"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "入围名单",
        kind: "register",
        headerRow: 2,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "year" },
      },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "C6", why: "91511803P1MHAMYR0R: the GB 32100 check character of 91511803P1MHAMYR0 is Q, not R" },
      { rule: "register.ineligible-location", cell: "D9", why: "洪雅县 is a county of 眉山市, outside 雅安市, the list's city" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "D7", why: "雅安经济技术开发区 is the city's own development zone" },
      { rule: "register.ineligible-location", cell: "D8", why: "荥经县 is a county of 雅安市" },
      { rule: "register.location-code-mismatch", cell: "C9", why: "the place itself is outside (the finding above); the code's 511423 agrees with it" },
      { rule: "register.location-code-mismatch", cell: "C7", why: "511802 is 雨城区, inside 雅安市, where the zone lies" },
      { rule: "register.duplicate", why: "eight different firms; two 石棉县 and two 名山区 firms are different firms" },
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "register.invalid-credit-code", cell: "C8", why: "9151182237HKT3MB6R is valid: its check character is R" },
      { rule: "input.unreadable-value", cell: "A11", why: "the note under the list is text, no row" },
    ],
  },
};
