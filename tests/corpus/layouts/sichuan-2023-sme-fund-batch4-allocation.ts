import type { CorpusLayout } from "../types";

// 四川省财政厅、经济和信息化厅 2023-12-29 (川财建〔2023〕375号): the fourth batch of the province's SME development money sent
// to 市（州） and to 扩权县 (counties funded directly), for the cities and counties to put into projects. Laid out as the
// 汇总表 it annexes: 合计 first, each city's 小计 with its own share (市本级) and its counties under it, the city merged down.
export const layout: CorpusLayout = {
  id: "sichuan-2023-sme-fund-batch4-allocation",
  source: {
    title: "四川省财政厅 四川省经济和信息化厅关于下达2023年省级中小企业发展专项资金（第四批）的通知（川财建〔2023〕375号；附件：汇总表）",
    url: "https://m.pouringspot.com/czt/scczt/c102407/2024/1/3/79f18243ba9744828bc0a4ca49b52fc7.shtml",
    publisher: "四川省财政厅、四川省经济和信息化厅",
    date: "2023-12-29",
    changes:
      "The notice is as published (相关市(州)、扩权县财政局; 列2023年政府支出分类科目“2150805—中小企业发展专项”; 附件：2023年省级中小企业" +
      "发展专项资金(第四批)汇总表). The stored copy does not show the annex, so its columns (序号 | 市（州） | 县（市、区） | 金额 | 备注), " +
      "the 合计-first order, the 小计 rows and the 单位：万元 caption are laid out as Sichuan's 财政 汇总表 usually are; the five cities, " +
      "their 扩权县 and every amount are ours. Planted: 眉山市 小计 140 where 65 + 70 = 135; 合计 1,100 where the five 小计 add up to 1,080.",
  },
  classes: ["composition", "allocation-by-county", "total-row-first", "subtotals", "city-merged-down", "city-own-share-row", "remark-column", "wanyuan-caption", "notes-under-table", "sichuan"],
  sheets: [
    {
      name: "汇总表",
      widths: [6, 12, 14, 14, 12],
      rows: [
        ["2023年省级中小企业发展专项资金（第四批）汇总表", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "市（州）", "县（市、区）", "金额", "备注"],
        ["合计", null, null, 1100, null],
        [1, "德阳市", "小计", 300, null],
        [null, null, "市本级", 120, null],
        [null, null, "广汉市", 100, "扩权县"],
        [null, null, "中江县", 80, "扩权县"],
        [2, "绵阳市", "小计", 260, null],
        [null, null, "市本级", 150, null],
        [null, null, "江油市", 60, "扩权县"],
        [null, null, "三台县", 50, "扩权县"],
        [3, "遂宁市", "小计", 170, null],
        [null, null, "市本级", 90, null],
        [null, null, "射洪市", 80, "扩权县"],
        [4, "眉山市", "小计", 140, null],
        [null, null, "市本级", 65, null],
        [null, null, "仁寿县", 70, "扩权县"],
        [5, "达州市", "小计", 210, null],
        [null, null, "市本级", 100, null],
        [null, null, "宣汉县", 110, "扩权县"],
        ["注：该项资金列2023年政府支出分类科目“2150805—中小企业发展专项”。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:C4", "A5:A8", "B5:B8", "A9:A12", "B9:B12", "A13:A15", "B13:B15", "A16:A18", "B16:B18", "A19:A21", "B19:B21", "A22:E22"],
      numberFormats: { "D4:D21": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "汇总表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 21,
        columns: { B: "category", C: "line", D: "amount" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D16", why: "眉山市 小计 140 where 市本级 65 + 仁寿县 70 = 135: 5万元 too much" },
      { rule: "composition.total-mismatch", cell: "D4", why: "合计 1,100 where the five 小计 add up to 300 + 260 + 170 + 140 + 210 = 1,080 (the lines to 1,075): 20万元 too much" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D5", why: "德阳市 300 = 120 + 100 + 80" },
      { rule: "composition.total-mismatch", cell: "D9", why: "绵阳市 260 = 150 + 60 + 50" },
      { rule: "composition.total-mismatch", cell: "D13", why: "遂宁市 170 = 90 + 80" },
      { rule: "composition.total-mismatch", cell: "D19", why: "达州市 210 = 100 + 110" },
      { rule: "composition.line-mismatch", why: "no unit × quantity columns" },
      { rule: "cap.unknown-policy", why: "cities and counties are not applicants: the table is an allocation" },
      { rule: "register.duplicate", why: "市本级 under five cities is five lines, not a repeated applicant" },
      { rule: "register.ineligible-location", why: "no register" },
      { rule: "input.unreadable-value", why: "小计, 市本级, 扩权县 and the note are text by nature" },
    ],
  },
};
