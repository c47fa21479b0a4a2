import type { CorpusLayout } from "../types";

// 滁州市财政局 2020-06-16: 2020年度市级创建省级森林城镇（村庄）奖补资金分配表 — by 县（市、区）, 奖补金额合计 beside two merged blocks: 森林城镇奖补
// （10万元/个） (城镇个数 | 奖补金额) and 森林村庄奖补（一般村庄2.5万元/个，贫困村8.2万元/个） (村庄个数 | 奖补金额 | 其中： 一般村庄个数 | 金额 |
// 贫困村个数 | 金额), three header rows, 单位：个、万元, 合 计 first.
export const layout: CorpusLayout = {
  id: "chuzhou-2020-forest-town-village-awards-allocation",
  source: {
    title: "滁州市财政局关于下达2020年市级创建省级森林城镇（村庄）奖补资金的通知（附件：奖补资金分配表）",
    url: "http://czj.chuzhou.gov.cn/public/2681665/1109449002.html",
    publisher: "滁州市财政局",
    date: "2020-06-16",
    changes:
      "As published: the 附件 line, the title, 单位：个、万元, the three header rows and their merges with the standards in the block headings, the spaced " +
      "合 计 first with its figures (355.9; 10 towns 100.0; 75 villages 255.9, of which 63 一般 157.5 and 12 贫困 98.4), and the first four counties' rows " +
      "(天长市, 来安县, 全椒县, 定远县); the stored copy breaks off in 定远县's row, so its poor-village cells and the 凤阳县 and 明光市 rows are ours, drawn so " +
      "the published 合计 holds (南谯区 and 琅琊区 left out). Planted: 全椒县's 奖补金额合计 typed 58.2 where 20.0 + 28.2 = 48.2, which also leaves the " +
      "合计 column's foot 355.9 against lines of 365.9.",
  },
  classes: ["composition", "allocation-by-county", "row-total-column", "merged-header-blocks", "three-header-rows", "standard-in-block-heading", "count-columns", "qizhong-column-split", "blank-as-nothing", "mixed-unit-caption", "one-decimal-wanyuan", "spaced-total-label", "total-row-first", "annex-line", "city-finance-bureau", "anhui"],
  settings: { district: "滁州市" },
  sheets: [
    {
      name: "分配表",
      widths: [12, 12, 10, 10, 10, 10, 12, 10, 12, 10],
      rows: [
        ["附件：", null, null, null, null, null, null, null, null, null],
        ["滁州市2020年度市级创建省级森林城镇（村庄）奖补资金分配表", null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, "单位：个、万元"],
        ["县（市、区）", "奖补金额合计", "森林城镇奖补（10万元/个）", null, "森林村庄奖补（一般村庄2.5万元/个，贫困村8.2万元/个）", null, null, null, null, null],
        [null, null, null, null, "村庄个数", "奖补金额", "其中：", null, null, null],
        [null, null, "城镇个数", "奖补金额", null, null, "一般村庄个数", "金额", "贫困村个数", "金额"],
        ["合 计", 355.9, 10, 100, 75, 255.9, 63, 157.5, 12, 98.4],
        ["天长市", 62.5, 1, 10, 21, 52.5, 21, 52.5, null, null],
        ["来安县", 30.7, 1, 10, 6, 20.7, 5, 12.5, 1, 8.2],
        ["全椒县", 58.2, 2, 20, 9, 28.2, 8, 20, 1, 8.2],
        ["定远县", 133.8, 4, 40, 17, 93.8, 8, 20, 9, 73.8],
        ["凤阳县", 45.7, 1, 10, 12, 35.7, 11, 27.5, 1, 8.2],
        ["明光市", 35, 1, 10, 10, 25, 10, 25, null, null],
      ],
      merges: ["A2:J2", "A4:A6", "B4:B6", "C4:D5", "E4:J4", "E5:E6", "F5:F6", "G5:J5"],
      numberFormats: { "B7:B13": "0.0", "D7:D13": "0.0", "F7:F13": "0.0", "H7:H13": "0.0", "J7:J13": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "composition",
        unit: "万元",
        headerRow: 4,
        lastRow: 13,
        columns: { A: "line", B: "amount", C: "quantity", D: "amount:森林城镇奖补", F: "amount:森林村庄奖补" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "B10", why: "全椒县 奖补金额合计 58.2 where 城镇 20.0 + 村庄 28.2 = 48.2 (10万元 apart)" },
      { rule: "composition.total-mismatch", cell: "B7", why: "合计 column: 355.9 where its lines as typed add up to 62.5 + 30.7 + 58.2 + 133.8 + 45.7 + 35.0 = 365.9" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D7", why: "100.0 = 10 + 10 + 20 + 40 + 10 + 10" },
      { rule: "composition.total-mismatch", cell: "F7", why: "255.9 = 52.5 + 20.7 + 28.2 + 93.8 + 35.7 + 25.0; the 其中 columns H and J are its parts, not added again" },
      { rule: "composition.total-mismatch", cell: "F11", why: "定远县 93.8 = 一般 20.0 + 贫困 73.8" },
      { rule: "composition.total-mismatch", cell: "E7", why: "75 villages = 21 + 6 + 9 + 17 + 12 + 10, counts never added into the money" },
      { rule: "composition.total-mismatch", cell: "F8", why: "天长市 52.5 = 52.5 + a blank 贫困村 amount, which adds nothing" },
      { rule: "composition.line-mismatch", why: "the rows' amounts are their counts × 10, 2.5 and 8.2万元 (定远县: 9 × 8.2 = 73.8)" },
      { rule: "register.ineligible-location", why: "天长市, 明光市 and the counties are all in 滁州市" },
      { rule: "input.unreadable-value", why: "the standards in the block headings (10万元/个…) are header text" },
    ],
  },
};
