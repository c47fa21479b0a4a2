import type { CorpusLayout } from "../types";

// 云南省 支持各地发展奶牛产业奖补申报指南 (2023—2025): the 附件1-1 申请汇总表 a 州（市） fills — three seals over the table, 序号 | 县（市、区） | two years'
// 牛奶产量 | 新增 | 申请奖补资金（万元）, 合计, 联系人 line and notes; a fixed 500万元 per county, 鹤庆县 asking 600 and the foot typed 1,000 for 1,100.
export const layout: CorpusLayout = {
  id: "yunnan-2023-dairy-county-award-application-summary",
  source: {
    title: "云南支持各地发展奶牛产业奖补申报指南（附件1-1：支持各地发展奶牛产业奖补资金申请汇总表）",
    url: "https://1wenmi.com/doc/618862.html",
    publisher: "云南省农业农村厅 云南省财政厅",
    date: "2023",
    changes:
      "The annex's grid is as the stored copy gives it: 附件1-1, the title, the three seals (州（市）农业农村局 / 财政局 / 调查队（公章）), 序号 | 县（市、区） | " +
      "20XX年牛奶产量（万吨） twice | 新增牛奶产量（万吨） | 申请奖补资金（万元）, 联系人 / 电话 and the notes (每个县（市、区）填写一栏, 产量以统计部门数据为准). " +
      "We fill it as 大理白族自治州 for 2023 (the 20XX made 2023 and 2022), with two counties and a 合计 row of ours; figures are ours. The cap is the " +
      "guide's own: 省财政给予每个县（市、区）一次性奖补500万元. Planted: 鹤庆县 asks 600 against the fixed 500; the 合计 typed 1,000 where 500 + 600 = 1,100.",
  },
  classes: ["register", "catalog-json", "fixed-cap", "counties-as-applicants", "no-credit-codes", "quantity-columns", "two-year-columns", "seal-lines-over-table", "template-filled", "annex-line", "wanyuan-in-header", "total-at-foot", "contact-line", "notes-under-table", "province-fund", "yunnan"],
  settings: { district: "云南省" },
  catalog: {
    items: [
      {
        name: "支持各地发展奶牛产业奖补",
        capType: "fixed",
        capAmount: 500,
        unit: "万元",
        year: 2023,
        document: "支持各地发展奶牛产业奖补申报指南：牛奶产量3万吨以上且新增产量排名全省前3位的县（市、区），省财政给予每个县（市、区）一次性奖补500万元",
      },
    ],
  },
  sheets: [
    {
      name: "附件1-1",
      widths: [6, 14, 18, 18, 18, 18],
      rows: [
        ["附件1-1", null, null, null, null, null],
        ["支持各地发展奶牛产业奖补资金申请汇总表", null, null, null, null, null],
        ["大理白族自治州农业农村局（公章）", null, "大理白族自治州财政局（公章）", null, "大理白族自治州调查队（公章）", null],
        ["序号", "县（市、区）", "2023年牛奶产量（万吨）", "2022年牛奶产量（万吨）", "新增牛奶产量（万吨）", "申请奖补资金（万元）"],
        [1, "洱源县", 4.35, 3.62, 0.73, 500],
        [2, "鹤庆县", 3.41, 3.05, 0.36, 600],
        ["合计", null, 7.76, 6.67, 1.09, 1000],
        ["联系人：　　　　　　电话：", null, null, null, null, null],
        ["注：1.每个县（市、区）填写一栏。2.牛奶产量以国家统计局云南调查总队或州（市）调查队的统计数据为准。", null, null, null, null, null],
      ],
      merges: ["A2:F2", "A3:B3", "C3:D3", "E3:F3", "A7:B7", "A8:F8", "A9:F9"],
      numberFormats: { "C5:E7": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附件1-1",
        kind: "register",
        unit: "万元",
        headerRow: 4,
        lastRow: 7,
        columns: { B: "enterprise", F: "requested" },
        item: "支持各地发展奶牛产业奖补",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F6", why: "一次性奖补500万元 (fixed); 鹤庆县 asks 600: 100万元 over" },
      { rule: "composition.total-mismatch", cell: "F7", why: "the 合计 row's 申请奖补资金 1,000 against its lines 500 + 600 = 1,100" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "F5", why: "洱源县 500 is the fixed amount" },
      { rule: "cap.exceeded", cell: "F7", why: "the 合计 row is the list's total, not an award" },
      { rule: "composition.total-mismatch", cell: "E7", why: "新增 0.73 + 0.36 = 1.09 万吨; and production is tonnage, never money" },
      { rule: "composition.total-mismatch", cell: "C7", why: "4.35 + 3.41 = 7.76 万吨" },
      { rule: "cap.unknown-policy", why: "the title names the catalog's item 支持各地发展奶牛产业奖补 (资金申请汇总表 being the table's own words)" },
      { rule: "register.ineligible-location", why: "no place column; the two counties are 大理州's, in 云南省" },
      { rule: "register.duplicate", why: "two counties, each once" },
      { rule: "input.unreadable-value", why: "the seal and contact lines are text over and under the table" },
    ],
  },
};
