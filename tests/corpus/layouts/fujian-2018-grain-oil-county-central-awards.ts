import type { CorpusLayout } from "../types";

// 福建日报 / 东南网 2018-11-12, reprinted by 平和网: 中央财政下达福建 2018 产粮（油）大县奖励资金 9,384万元 to 15 counties — 7 常规产粮大县
// 8,018万元, 11 产油大县 1,366万元 (宁化、浦城、邵武 on both lists). The names and the two sums are given in prose; laid out as the
// allocation such a release annexes: one row per county under its 设区市 (merged down), 合计 beside 其中 常规产粮大县 | 产油大县.
export const layout: CorpusLayout = {
  id: "fujian-2018-grain-oil-county-central-awards",
  source: {
    title: "福建15个产粮(油)大县获中央财政奖励（2018年产粮（油）大县奖励资金分配表据正文拟）",
    url: "https://www.fjph.com.cn/ShowInfo.aspx?id=168551",
    publisher: "平和网（转载漳州新闻网、福建日报）",
    date: "2018-11-13",
    changes:
      "As published: 9,384万元 in all to 15 counties; 常规产粮大县 建阳、建瓯、浦城、邵武、宁化、长汀、武平 (7) with 8,018万元; 产油大县 莆田市辖区、福清、" +
      "尤溪、惠安、漳浦、仙游、宁化、浦城、永泰、平和、邵武 (11) with 1,366万元. The release gives them in prose (table-from-prose): laid out as " +
      "序号 | 设区市 | 县（市、区） | 奖励资金合计 | 其中 常规产粮大县奖励 / 产油大县奖励, 单位：万元, 合计 at the foot, a note. Each county's share is ours " +
      "(the release names none); the two columns add up to the published 8,018 and 1,366, the 合计 to 9,384. Planted: the 合计 row's 产油大县奖励 " +
      "typed 1,336 where the eleven counties add up to 1,366 (so the foot row no longer makes 9,384 across either).",
  },
  classes: [
    "composition", "allocation-by-county", "city-column-merged-down", "qizhong-columns", "row-total-column", "two-header-rows", "dash-as-nothing",
    "whole-wanyuan", "county-on-two-lists", "total-at-foot", "wanyuan-caption", "notes-under-table", "table-from-prose", "fujian",
  ],
  sheets: [
    {
      name: "分配表",
      widths: [6, 10, 14, 14, 18, 16],
      rows: [
        ["2018年中央财政产粮（油）大县奖励资金分配表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "设区市", "县（市、区）", "奖励资金合计", "其中", null],
        [null, null, null, null, "常规产粮大县奖励", "产油大县奖励"],
        [1, "南平市", "建阳区", 1320, 1320, "—"],
        [2, null, "建瓯市", 1386, 1386, "—"],
        [3, null, "浦城县", 1267, 1150, 117],
        [4, null, "邵武市", 1142, 1012, 130],
        [5, "三明市", "宁化县", 1315, 1180, 135],
        [6, null, "尤溪县", 146, "—", 146],
        [7, "龙岩市", "长汀县", 1010, 1010, "—"],
        [8, null, "武平县", 960, 960, "—"],
        [9, "莆田市", "莆田市辖区", 132, "—", 132],
        [10, null, "仙游县", 121, "—", 121],
        [11, "福州市", "福清市", 118, "—", 118],
        [12, null, "永泰县", 96, "—", 96],
        [13, "泉州市", "惠安县", 104, "—", 104],
        [14, "漳州市", "漳浦县", 128, "—", 128],
        [15, null, "平和县", 139, "—", 139],
        ["合计", null, null, 9384, 8018, 1336],
        ["注：常规产粮大县按近五年平均粮食产量、商品粮量等因素测算；产油大县按大豆、花生、油菜籽、油茶籽近三年平均产量折算的油脂产量测算。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "B5:B8", "B9:B10", "B11:B12", "B13:B14", "B15:B16", "B18:B19", "A20:C20", "A21:F21"],
      numberFormats: { "D5:F20": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 20,
        columns: { B: "category", C: "line", D: "amount", E: "amount:常规产粮大县奖励", F: "amount:产油大县奖励" },
        year: 2018,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "F20",
        why: "产油大县奖励: 117 + 130 + 135 + 146 + 132 + 121 + 118 + 96 + 104 + 128 + 139 = 1,366; 合计 typed 1,336 (30万元 short)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D20", why: "9,384 = the fifteen counties' 合计, and = 8,018 + 1,366 (the 产油 foot's lines); the row's slip is the 产油 foot's, reported once" },
      { rule: "composition.total-mismatch", cell: "E20", why: "1,320 + 1,386 + 1,150 + 1,012 + 1,180 + 1,010 + 960 = 8,018 (dashes are nothing)" },
      { rule: "composition.total-mismatch", cell: "D7", why: "浦城县 1,267 = 1,150 + 117" },
      { rule: "composition.total-mismatch", cell: "D8", why: "邵武市 1,142 = 1,012 + 130" },
      { rule: "composition.total-mismatch", cell: "D9", why: "宁化县 1,315 = 1,180 + 135" },
      { rule: "composition.total-mismatch", cell: "D10", why: "尤溪县 146 = — + 146 (a dash adds nothing)" },
      { rule: "register.duplicate", why: "counties given money are an allocation's lines, not applicants; 宁化、浦城、邵武 win on both lists and are one row each" },
      { rule: "cap.unknown-policy", why: "no register: the counties are lines of an allocation" },
      { rule: "composition.total-mismatch", cell: "B5", why: "设区市 merged down over its counties groups them; it is no subtotal row" },
      { rule: "input.unreadable-value", why: "“—” means nothing; the note under the table is text" },
    ],
  },
};
