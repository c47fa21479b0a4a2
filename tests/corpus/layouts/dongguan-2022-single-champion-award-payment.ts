import type { CorpusLayout } from "../types";

// 东莞市工业和信息化局 2023-02-06: 2022 national 制造业单项冠军 awards paid to the city's firms, 120万元 each (粤工信规划政策函〔2022〕
// 37号 / 47号): the annex 资助明细表 — 序号 | 企业名称 | 镇街（园区） | 类别 | 资助金额（万元）, towns and streets by their bare names
// (长安, 东城, 洪梅, 清溪), the 类别 示范企业 / 冠军产品, no total row.
export const layout: CorpusLayout = {
  id: "dongguan-2022-single-champion-award-payment",
  source: {
    title: "关于拨付2022年国家级制造业单项冠军奖补资金的通知（附件：2022年国家级制造业单项冠军奖补资金资助明细表）",
    url: "http://saifankj.com/news/zhengcetongzhi-18491.html",
    publisher: "东莞市工业和信息化局",
    date: "2023-02-06",
    changes:
      "As published: the 附件 line, the table's title, its five headings, towns written without 镇 / 街道, the two 类别 and no 合计 row. The firms " +
      "are ours (the notice pays four firms 120万元 each, 合计480万元); we list five. The catalog (one fixed award of 120万元) is the notice's " +
      "own standard (每家企业奖补120万元). Planted: one firm paid 150 (the rate for 粤东西北 firms, not for 东莞 in 珠三角); one firm listed " +
      "twice for the same award.",
  },
  classes: ["register", "award-list", "fixed-award", "towns-as-places", "bare-town-names", "category-column", "no-total-row", "annex-label-row", "wanyuan-in-header", "whole-wanyuan", "duplicate-firm", "city-fund", "guangdong"],
  settings: { district: "东莞市" },
  catalog: {
    items: [
      { name: "国家级制造业单项冠军奖补", capType: "fixed", capAmount: 120, unit: "万元", year: 2022, document: "粤工信规划政策函〔2022〕37号、47号（每家企业奖补120万元）" },
    ],
  },
  sheets: [
    {
      name: "资助明细表",
      widths: [6, 34, 14, 12, 18],
      rows: [
        ["附件", null, null, null, null],
        ["2022年国家级制造业单项冠军奖补资金资助明细表", null, null, null, null],
        ["序号", "企业名称", "镇街（园区）", "类别", "资助金额（万元）"],
        [1, "东莞市瑞川光学科技有限公司", "长安", "示范企业", 120],
        [2, "东莞市恒拓精机股份有限公司", "东城", "示范企业", 120],
        [3, "广东德润电器科技股份有限公司", "洪梅", "冠军产品", 150],
        [4, "东莞宏安精密科技股份有限公司", "清溪", "冠军产品", 120],
        [5, "东莞市瑞川光学科技有限公司", "长安", "示范企业", 120],
      ],
      merges: ["A2:E2"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资助明细表", kind: "register", unit: "万元", headerRow: 3, lastRow: 8,
        columns: { B: "enterprise", C: "place", D: "category", E: "approved" }, year: 2022, item: "国家级制造业单项冠军奖补",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "E6", why: "广东德润电器 150 > the fixed 120万元 each firm gets (150 is the 粤东西北 rate; 东莞 is in 珠三角)" },
      { rule: "register.duplicate", cell: "E8", why: "东莞市瑞川光学科技有限公司 again (row 4), the same award a second time" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "E4", why: "120 = the fixed award" },
      { rule: "cap.unknown-policy", cell: "D4", why: "类别 示范企业 / 冠军产品 is the kind of recognition, a category; the award is the catalog's one item" },
      { rule: "register.ineligible-location", why: "长安, 东城, 洪梅 and 清溪 are towns and streets of 东莞市, written without 镇 / 街道" },
      { rule: "register.invalid-credit-code", why: "no credit-code column" },
      { rule: "composition.total-mismatch", why: "no total row" },
    ],
  },
};
