import type { CorpusLayout } from "../types";

// 海南省工业和信息化厅 2021-11-18 (琼工信企业〔2021〕205号): 97 firms to be named 2021年海南省“专精特新”中小企业, put out for
// comment 11-22 to 11-28. Laid out as its annex 《2021年海南省“专精特新”中小企业公示名单》: 附件 line, title, 序号 | 企业名称 |
// 统一社会信用代码 | 所属市县 — a recognition list with no money.
export const layout: CorpusLayout = {
  id: "hainan-2021-provincial-specialised-sme-list",
  source: {
    title: "海南省工业和信息化厅关于2021年省级“专精特新”中小企业名单的公示（附件：2021年海南省“专精特新”中小企业公示名单）",
    url: "http://www.thwwkj.cn/page440?article_id=819",
    publisher: "海南省工业和信息化厅",
    date: "2021-11-18",
    changes:
      "As published: the notice's number (琼工信企业〔2021〕205号), the 97 firms, the comment period and the annex's name. The stored copy shows the " +
      "notice, not the annex: its columns (序号 | 企业名称 | 统一社会信用代码 | 所属市县) are those such Hainan annexes use, the list is cut to ten rows " +
      "and every firm and code is ours (codes valid under GB 32100-2015, their area digits the firm's 市县). Planted: 澄迈老城数字科技's code has a wrong " +
      "check character (…UJ1K, the check gives J); 海南椰岛源生物科技 listed a second time at the foot with the same code.",
  },
  classes: ["register", "recognition-list", "no-amount-column", "credit-codes", "cities-and-counties-as-places", "annex-title-row", "table-not-in-stored-copy", "province-wide-list", "hainan"],
  settings: { district: "海南省", asOf: "2021-11-18" },
  sheets: [
    {
      name: "公示名单",
      widths: [6, 34, 24, 12],
      rows: [
        ["附件", null, null, null],
        ["2021年海南省“专精特新”中小企业公示名单", null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所属市县"],
        [1, "海南椰岛源生物科技有限公司", "91460100MA5T7K3R22", "海口市"],
        [2, "三亚南繁种业科技有限公司", "91460200MA5RC8E61K", "三亚市"],
        [3, "海南文昌航天新材料有限公司", "91469005MA5TF2W749", "文昌市"],
        [4, "琼海博鳌医疗器械有限公司", "91469002MA5T2LB03G", "琼海市"],
        [5, "儋州那大石化装备有限公司", "91460400MA5RWK9P6X", "儋州市"],
        [6, "澄迈老城数字科技有限公司", "91469023MA5TA0UJ1K", "澄迈县"],
        [7, "海南海口云数信息技术有限公司", "91460100MA5U4DN85M", "海口市"],
        [8, "万宁兴隆咖啡食品有限公司", "91469006MA5RH7AQ44", "万宁市"],
        [9, "三亚崖州湾海洋科技有限公司", "91460200MA5TE3YC9B", "三亚市"],
        [10, "海南椰岛源生物科技有限公司", "91460100MA5T7K3R22", "海口市"],
      ],
      merges: ["A2:D2"],
    },
  ],
  expect: {
    tables: [
      { sheet: "公示名单", kind: "register", headerRow: 3, lastRow: 13, columns: { B: "enterprise", C: "creditCode", D: "place" }, year: 2021 },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "C9", why: "91469023MA5TA0UJ1K: the GB 32100-2015 check character of 91469023MA5TA0UJ1 is J, not K" },
      { rule: "register.duplicate", cell: "B13", why: "海南椰岛源生物科技有限公司 (91460100MA5T7K3R22) is listed on rows 4 and 13 of the one 2021 list" },
    ],
    absent: [
      { rule: "register.duplicate", cell: "B4", why: "the first of the two rows is not the duplicate" },
      { rule: "register.invalid-credit-code", cell: "C13", why: "the repeated code is itself valid" },
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column leaves no amount unchecked" },
      { rule: "cap.no-cap", why: "no amounts" },
      { rule: "register.ineligible-location", why: "every 市县 (海口、三亚、文昌、琼海、儋州、澄迈、万宁) is in 海南省" },
      { rule: "register.location-code-mismatch", why: "each code's area digits (460100 海口, 460200 三亚, 460400 儋州, 469002 琼海, 469005 文昌, 469006 万宁, 469023 澄迈) fit its 市县" },
      { rule: "input.unreadable-value", cell: "A1", why: "附件 is the annex's label, not data" },
    ],
  },
};
