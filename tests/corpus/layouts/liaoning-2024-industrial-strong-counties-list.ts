import type { CorpusLayout } from "../types";

// 辽宁省工业和信息化厅 2025-07-10 (reposted by 科策云): five 县（市） proposed for recognition as 2024年度辽宁省工业强县（市）,
// 大连瓦房店市、大连庄河市、鞍山海城市、丹东东港市、朝阳北票市, "按行政区划排列，排名不分先后". The notice names them in one sentence;
// set out as the recognition list such a 公示 attaches: 序号 | 所属市 | 县（市） | 推荐单位, no money.
export const layout: CorpusLayout = {
  id: "liaoning-2024-industrial-strong-counties-list",
  source: {
    title: "2024年度辽宁省工业强县（市）拟培育认定名单公示（名单表据正文拟）",
    url: "https://www.keceyun.com/policy/newsdetail/251009.html",
    publisher: "辽宁省工业和信息化厅（科策云转载）",
    date: "2025-07-10",
    changes:
      "The notice names the five 县（市） in one sentence, each after its city (大连瓦房店市 …), recommended by the local 工业和信息化主管部门, " +
      "with the note 按行政区划排列，排名不分先后. The table (序号 | 所属市 | 县（市） | 推荐单位) is ours from that sentence; the 推荐单位 are the " +
      "cities' 工业和信息化局 the notice speaks of. Planted: 瓦房店市 listed a second time at the foot (row 8), six rows for five counties.",
  },
  classes: [
    "register", "recognition-list", "no-amount-column", "counties-as-bodies", "cities-as-places", "recommending-department-column",
    "duplicate-county", "notes-under-table", "table-from-prose", "province-wide-list", "liaoning",
  ],
  settings: { district: "辽宁省" },
  sheets: [
    {
      name: "名单",
      widths: [6, 12, 14, 26],
      rows: [
        ["2024年度辽宁省工业强县（市）拟培育认定名单", null, null, null],
        ["序号", "所属市", "县（市）", "推荐单位"],
        [1, "大连市", "瓦房店市", "大连市工业和信息化局"],
        [2, "大连市", "庄河市", "大连市工业和信息化局"],
        [3, "鞍山市", "海城市", "鞍山市工业和信息化局"],
        [4, "丹东市", "东港市", "丹东市工业和信息化局"],
        [5, "朝阳市", "北票市", "朝阳市工业和信息化局"],
        [6, "大连市", "瓦房店市", "大连市工业和信息化局"],
        ["注：按行政区划排列，排名不分先后。", null, null, null],
        ["公示时间：2025年7月10日—2025年7月14日", null, null, null],
      ],
      merges: ["A1:D1", "A9:D9", "A10:D10"],
    },
  ],
  expect: {
    tables: [
      { sheet: "名单", kind: "register", headerRow: 2, lastRow: 8, columns: { B: "place", C: "enterprise", D: "category" }, year: 2024 },
    ],
    findings: [
      { rule: "register.duplicate", sheet: "名单", cell: "C8", why: "瓦房店市 (大连市) already listed at row 3 in the same list: five counties named, six rows" },
    ],
    absent: [
      { rule: "register.duplicate", sheet: "名单", cell: "C4", why: "庄河市 is another county of 大连市: a city repeated is no county repeated" },
      { rule: "register.ineligible-location", why: "大连、鞍山、丹东、朝阳 are all 辽宁 cities" },
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "input.unreadable-value", sheet: "名单", cell: "A10", why: "the 公示 dates under the list" },
      { rule: "register.late-disbursement", why: "the 公示 dates are no payment dates" },
    ],
  },
};
