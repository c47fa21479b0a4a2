import type { CorpusLayout } from "../types";

// 黄陂区科技和经信局 2023-07-25: three retrofit projects found eligible for the 2023 city-level 工业智能化改造 subsidy, 8% of the
// audited investment, split 50/50 between city and district. Laid out as the annex the notice names (项目详情、投资审核及资金计划
// 安排): firm, code, street, the firm's own project, audited investment, the rate, 补助资金 合计 with 其中 市级 / 区级 under one heading.
export const layout: CorpusLayout = {
  id: "huangpi-2023-municipal-smart-retrofit",
  source: {
    title: "关于下达2023年市级工业智能化改造专项补助资金计划的公示（附件2：2023年市级工业智能化改造专项补助资金计划安排表）",
    url: "https://www.zcbk.cn/wuhan/index.php?m=home&c=View&a=index&aid=1919728",
    publisher: "武汉市黄陂区科学技术和经济信息化局",
    date: "2023-07-25",
    changes:
      "As published: the three projects (福瑞智能家居产业园（一期）智能马桶智能化车间改造; 亚宏新材建筑防水密封及保温节能材料生产线升级改造; 坤成润液压元件和" +
      "液压系统集成产线智能化改造), the rule (补助资金按审计投资额的8%予以支持，市、区各承担50%), the documents (武政规〔2021〕14号, 陂科经〔2021〕52号) " +
      "and the date. The stored copy is the notice, not its annex: the table's columns and wording, the firms' full names, codes, streets and " +
      "figures are ours. Planted: 坤成润's subsidy 96.00 where 8% of its audited 1,036.50 is 82.92; 亚宏's code has a wrong check character.",
  },
  classes: ["register", "rate-cap", "base-column", "rate-column", "qizhong-split", "money-by-level", "two-header-rows", "project-name-column", "credit-codes", "towns-as-places", "item-in-title", "wanyuan-caption", "notes-under-table", "signoff-line", "hubei"],
  settings: { asOf: "2023-07-25", district: "黄陂区" },
  sheets: [
    {
      name: "附件2",
      widths: [6, 28, 22, 12, 40, 12, 10, 12, 14, 14],
      rows: [
        ["附件2", null, null, null, null, null, null, null, null, null],
        ["2023年市级工业智能化改造专项补助资金计划安排表", null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在街道", "项目名称", "审计投资额", "补助比例", "补助资金", null, null],
        [null, null, null, null, null, null, null, "合计", "其中：市级（50%）", "区级（50%）"],
        [1, "武汉福瑞智能家居有限公司", "91420116MA4KX7D2P5", "武湖街道", "福瑞智能家居产业园（一期）智能马桶智能化车间改造", 2865.3, "8%", 229.22, 114.61, 114.61],
        [2, "武汉市亚宏新材料有限公司", "91420116MA49R3TC63", "滠口街道", "建筑防水密封及保温节能材料生产线升级改造", 1420, "8%", 113.6, 56.8, 56.8],
        [3, "武汉坤成润液压科技有限公司", "91420116MA4F2K8W1T", "前川街道", "液压元件和液压系统集成产线智能化改造", 1036.5, "8%", 96, 48, 48],
        ["合计", null, null, null, null, 5321.8, null, 438.82, 219.41, 219.41],
        ["注：补助资金按审计投资额的8%予以支持，市、区各承担50%。", null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, "武汉市黄陂区科学技术和经济信息化局", null, null, null],
        [null, null, null, null, null, null, "2023年7月25日", null, null, null],
      ],
      merges: ["A2:J2", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:F5", "G4:G5", "H4:J4", "A9:E9", "A10:J10", "G11:J11", "G12:J12"],
      numberFormats: { "F6:F9": "#,##0.00", "H6:J9": "#,##0.00" },
    },
  ],
  catalog: {
    items: [
      {
        name: "工业智能化改造",
        capType: "rate",
        rate: 0.08,
        unit: "万元",
        year: 2023,
        document: "武政规〔2021〕14号；陂科经〔2021〕52号（按审计投资额的8%予以支持）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "附件2",
        kind: "register",
        unit: "万元",
        headerRow: 4,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "project", F: "base", H: "approved" },
        year: 2023,
        item: "工业智能化改造",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "H8", why: "坤成润: 8% × 1,036.50 = 82.92万元 allowed; 96.00 stated, 13.08万元 (130,800元) over" },
      { rule: "register.invalid-credit-code", cell: "C7", why: "91420116MA49R3TC63: the check character should be Y" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", cell: "H6", why: "8% × 2,865.30 = 229.224, stated 229.22: rounding to the 0.01万元 the table uses" },
      { rule: "cap.rate-exceeded", cell: "H7", why: "8% × 1,420.00 = 113.60 exactly" },
      { rule: "cap.rate-exceeded", cell: "H9", why: "the 合计 row is no award" },
      { rule: "cap.rate-exceeded", cell: "I8", why: "the 市级 half is a part of the award, checked once at H8" },
      { rule: "register.duplicate", why: "three firms, each once; 市级 / 区级 are parts of one award" },
      { rule: "register.ineligible-location", why: "武湖街道, 滠口街道 and 前川街道 are 黄陂区's own streets" },
      { rule: "register.location-code-mismatch", why: "every code carries 420116, 黄陂区" },
      { rule: "cap.unknown-policy", why: "项目名称 is each firm's own project; the item is the title's" },
      { rule: "input.unreadable-value", why: "补助比例 8% is a rate written as text; the note and sign-off are text" },
    ],
  },
};
