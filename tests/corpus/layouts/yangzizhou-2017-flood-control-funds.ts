import type { CorpusLayout } from "../types";

// 南昌市东湖区扬子洲镇 2018-07: the district's 110.56万元 for the town's 2017 flood work, 其中 four parts
// (渠道清杂 29.96, 两村应急抢险 3, 排涝站维修费和电费 31.6, 镇本级和15个村防汛工作经费 46). Laid out as the
// composition such a performance review carries, the last part split again into the town's own money
// and 15 villages × a standard.
export const layout: CorpusLayout = {
  id: "yangzizhou-2017-flood-control-funds",
  source: {
    title: "东湖区扬子洲镇2017年防汛工作相关经费项目绩效评价（一、项目概况；表据正文拟）",
    url: "https://saintpaulhem.com/dhq/dhqrmzf/bmczyjs31/201807/c129918334f74404ba07bc40ab69db72.shtml",
    publisher: "南昌市东湖区扬子洲镇",
    date: "2018-07-11",
    changes:
      "The review states in prose: 同意向扬子洲镇拨付2017年防汛工作相关经费110.56万元，其中：中心渠道清杂经费29.96万元，上房村、熊万村应急" +
      "抢险经费3万元，排涝站维修费和电费31.6万元，镇本级和15个村防汛工作经费46万元 (东府办抄字﹝2017﹞234号). Set out as a table (序号 | " +
      "项目 | 数量（个） | 标准（万元/个） | 金额 | 备注, a 合计 row, a 资金来源 note): the four parts and their amounts as published; the " +
      "split of the 46万元 into 镇本级 16 and 15个村 × 2万元 = 30 is ours, and so are the 备注 texts (the villages named are the " +
      "review's). Nothing planted: the layout is clean.",
  },
  classes: ["clean", "composition", "town-level", "qizhong-lines", "unit-times-quantity", "standard-heading", "table-from-prose", "wanyuan-caption", "notes-under-table", "remark-column", "jiangxi"],
  sheets: [
    {
      name: "经费构成",
      widths: [6, 30, 10, 14, 10, 36],
      rows: [
        ["扬子洲镇2017年防汛工作相关经费构成表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "项目", "数量（个）", "标准（万元/个）", "金额", "备注"],
        [1, "中心渠道清杂经费", null, null, 29.96, "中心渠道清杂"],
        [2, "上房村、熊万村应急抢险经费", null, null, 3, "上房村、熊万村泡泉应急处置"],
        [3, "排涝站维修费和电费", null, null, 31.6, "三联村、联民村电排站维修；前洲村、上房村、莘洲村电排站电费"],
        [4, "镇本级和15个村防汛工作经费", null, null, 46, null],
        [null, "其中：镇本级防汛工作经费", null, null, 16, null],
        [null, "其中：村级防汛工作经费", 15, 2, 30, "每村2万元"],
        ["合计", null, null, null, 110.56, null],
        ["资金来源：南昌市东湖区人民政府办公室抄告单（东府办抄字﹝2017﹞234号），专款专用。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A10:D10", "A11:F11"],
      numberFormats: { "E4:E10": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "经费构成",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount" },
        year: 2017,
      },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "E10", why: "29.96 + 3 + 31.60 + 46 = 110.56; the 其中 lines (16, 30) are parts of 46, not added again" },
      { rule: "composition.total-mismatch", cell: "E7", why: "其中 16 + 30 = 46" },
      { rule: "composition.line-mismatch", cell: "E9", why: "15 × 2 = 30" },
      { rule: "composition.line-rounded", why: "15 × 2 = 30 exactly; no line is a rounded average" },
      { rule: "input.unreadable-value", why: "the 资金来源 note is not a row; 备注 is text" },
      { rule: "cap.unknown-policy", why: "a composition, not a register" },
    ],
  },
};
