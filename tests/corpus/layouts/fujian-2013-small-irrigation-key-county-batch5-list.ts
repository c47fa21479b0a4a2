import type { CorpusLayout } from "../types";

// 福建省财政厅、水利厅 2013: 拟确定 12 县（市、区） as the fifth batch of 中央财政小型农田水利重点县 (财农〔2009〕336号), four kinds — 高标准农田水利 永定、
// 霞浦; 农村河塘清淤整治 荔城、长乐; 1-5万亩灌区配套改造 永安; 一般重点县 the other seven. Laid out as the 名单 with a kind column (名单据公示拟).
export const layout: CorpusLayout = {
  id: "fujian-2013-small-irrigation-key-county-batch5-list",
  source: {
    title: "2013年福建省中央财政小型农田水利设施建设第五批重点县名单公示（名单据公示正文拟）",
    url: "http://www.zzhysd.com/Html/NewsView.asp?ID=270&SortID=22",
    publisher: "福建省财政厅、福建省水利厅 (reposted)",
    date: "2013",
    changes:
      "As published: the twelve 县（市、区）, their four kinds and the method (设区市 joint applications, an expert panel, the provincial government). " +
      "Ours: the list's form and each county's 设区市. No money is named: a recognition list. Planted: 华安县 listed a second time among the 一般重点县 " +
      "(13 rows for the 12 named).",
  },
  classes: ["register", "recognition-list", "no-amount-column", "places-as-recipients", "category-column", "old-place-names", "year-in-title", "notes-under-table", "duplicate-recipient", "table-from-prose", "province-list", "fujian"],
  settings: { district: "福建省" },
  sheets: [
    {
      name: "重点县名单",
      widths: [6, 12, 14, 26],
      rows: [
        ["2013年福建省第五批中央财政小型农田水利重点县名单", null, null, null],
        ["序号", "设区市", "县（市、区）", "重点县类型"],
        [1, "龙岩市", "永定县", "高标准农田水利重点县"],
        [2, "宁德市", "霞浦县", "高标准农田水利重点县"],
        [3, "莆田市", "荔城区", "农村河塘清淤整治重点县"],
        [4, "福州市", "长乐市", "农村河塘清淤整治重点县"],
        [5, "三明市", "永安市", "1-5万亩灌区配套改造重点县"],
        [6, "宁德市", "柘荣县", "一般重点县"],
        [7, "泉州市", "惠安县", "一般重点县"],
        [8, "泉州市", "晋江市", "一般重点县"],
        [9, "漳州市", "东山县", "一般重点县"],
        [10, "漳州市", "华安县", "一般重点县"],
        [11, "龙岩市", "漳平市", "一般重点县"],
        [12, "漳州市", "华安县", "一般重点县"],
        [13, "三明市", "大田县", "一般重点县"],
        ["注：依据《中央财政小型农田水利重点县建设管理办法》（财农〔2009〕336号），经设区市财政局、水利局联合申报，省财政厅、水利厅专家评审，报省政府审定。", null, null, null],
      ],
      merges: ["A1:D1", "A16:D16"],
    },
  ],
  expect: {
    tables: [
      { sheet: "重点县名单", kind: "register", headerRow: 2, lastRow: 15, columns: { B: "place", C: "enterprise", D: "category" }, year: 2013 },
    ],
    findings: [
      { rule: "register.duplicate", cell: "C14", why: "华安县 (漳州市, 一般重点县) is listed at 序号10 (row 12) and again at 序号12 (row 14)" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "register.ineligible-location", cell: "C3", why: "永定县 (now 永定区) is in 龙岩市, 福建省" },
      { rule: "register.ineligible-location", cell: "C6", why: "长乐市 (now 长乐区) is in 福州市, 福建省" },
      { rule: "register.ineligible-location", cell: "C5", why: "荔城区 is a district of 莆田市" },
      { rule: "register.duplicate", cell: "C4", why: "霞浦县 and 柘荣县 are both in 宁德市: one city, two counties" },
      { rule: "input.unreadable-value", cell: "A16", why: "the note is text" },
    ],
  },
};
