import type { CorpusLayout } from "../types";

// 彰武县农业农村局 (辽宁 阜新) 2024-12-04: six villages chosen for the 2024 扶持发展新型农村集体经济 money under 辽财指农〔2023〕699号 — at least
// 100万元 a village, 中央 30, 省级 50, the rest from the city and county: 600万元 in all. Laid out as the 资金使用计划 such a notice carries:
// 乡镇 | 村 | 项目名称 | 补助资金 合计 with 其中 中央 / 省级 / 市县 under a merged heading, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "zhangwu-2024-new-collective-economy-villages",
  source: {
    title: "彰武县2024年扶持壮大村级集体经济项目资金使用计划",
    url: "https://kontor-b.com/content/2024/960536.html",
    publisher: "彰武县农业农村局",
    date: "2024-12-04",
    changes:
      "As published: the document, the six villages (五峰镇马帐房村, 彰武镇前郑家村, 苇子沟镇三道沟村, 冯家镇长柏家村, 双庙镇双庙村, 哈尔套镇" +
      "敖汉村), the standard (100万元 a village: 中央 30, 省级 50, the rest 市县) and the 600万元 in all, and the project (入股辽宁沃土生物科技有限公司" +
      "薯类加工). The notice is prose: the table's layout and headings are ours. Planted: 敖汉村's 合计 written 110 while its parts give 100, so " +
      "the 合计 column's lines add up to 610 against the stated 600.",
  },
  classes: ["composition", "allocation-by-village", "row-total-column", "qizhong-columns", "money-by-level", "two-header-rows", "towns-as-places", "total-at-foot", "wanyuan-caption", "notes-under-table", "liaoning"],
  settings: { asOf: "2024-12-04", district: "彰武县" },
  sheets: [
    {
      name: "资金使用计划",
      widths: [6, 10, 12, 36, 10, 10, 10, 10, 12],
      rows: [
        ["彰武县2024年扶持壮大村级集体经济项目资金使用计划表", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "乡镇", "村", "项目名称", "补助资金", null, null, null, "备注"],
        [null, null, null, null, "合计", "其中：中央", "省级", "市县", null],
        [1, "五峰镇", "马帐房村", "入股辽宁沃土生物科技有限公司发展薯类加工项目", 100, 30, 50, 20, null],
        [2, "彰武镇", "前郑家村", "入股辽宁沃土生物科技有限公司发展薯类加工项目", 100, 30, 50, 20, null],
        [3, "苇子沟镇", "三道沟村", "入股辽宁沃土生物科技有限公司发展薯类加工项目", 100, 30, 50, 20, null],
        [4, "冯家镇", "长柏家村", "入股辽宁沃土生物科技有限公司发展薯类加工项目", 100, 30, 50, 20, null],
        [5, "双庙镇", "双庙村", "入股辽宁沃土生物科技有限公司发展薯类加工项目", 100, 30, 50, 20, null],
        [6, "哈尔套镇", "敖汉村", "入股辽宁沃土生物科技有限公司发展薯类加工项目", 110, 30, 50, 20, null],
        ["合计", null, null, null, 600, 180, 300, 120, null],
        ["注：依据辽财指农〔2023〕699号，每个村补助不低于100万元，其中中央财政资金30万元、省级财政资金50万元，不足部分由市县财政补助。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:H3", "I3:I4", "A11:D11", "A12:I12"],
      numberFormats: { "E5:H11": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金使用计划",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "category", C: "line", E: "amount", F: "amount:中央", G: "amount:省级", H: "amount:市县" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E10", why: "敖汉村 合计 110 where 中央 30 + 省级 50 + 市县 20 = 100" },
      { rule: "composition.total-mismatch", cell: "E11", why: "合计 column: the six villages add up to 5 × 100 + 110 = 610, stated 600" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F11", why: "中央 6 × 30 = 180" },
      { rule: "composition.total-mismatch", cell: "G11", why: "省级 6 × 50 = 300" },
      { rule: "composition.total-mismatch", cell: "H11", why: "市县 6 × 20 = 120" },
      { rule: "composition.total-mismatch", cell: "E5", why: "马帐房村 100 = 30 + 50 + 20 (the 其中 parts are the 合计's parts, not further lines)" },
      { rule: "composition.line-mismatch", why: "no unit × quantity column" },
      { rule: "input.unreadable-value", why: "the note is text" },
    ],
  },
};
