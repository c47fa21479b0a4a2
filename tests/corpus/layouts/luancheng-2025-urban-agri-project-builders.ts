import type { CorpusLayout } from "../types";

// 石家庄市栾城区农业农村局 2026-01-28: one builder of the 2025 现代都市型农业建设项目 gave up its 50万元, so a new one is chosen —
// 先建后补, 补助金额不超投资额的50%，最高补贴总额50万元. The builders' table is ours, built from the notice; the cap goes in as a catalog.
export const layout: CorpusLayout = {
  id: "luancheng-2025-urban-agri-project-builders",
  source: {
    title: "石家庄市栾城区农业农村局关于补充遴选2025年现代都市型农业建设项目承建单位的通知（承建单位及补助资金表据通知拟）",
    url: "http://www.luancheng.gov.cn/columns/aeadb0cc-4aa8-4561-9f14-f4565d035e3d/202601/28/55bc532f-c25b-434d-b960-8532d07d3345.html",
    publisher: "石家庄市栾城区农业农村局",
    date: "2026-01-28",
    changes:
      "As published: the notice (区实施方案 of 2025-05-15, 石家庄政欣特色产品销售服务中心 giving up its 50万元, 先建后补, 不超投资额的50%, " +
      "最高50万元, sign-up before 2026-02-03). The table of builders is ours (title, columns 序号 | 承建单位 | 统一社会信用代码 | 建设地点 | " +
      "建设内容 | 总投资 | 补助资金 | 备注, five builders — the fifth the one chosen to replace 政欣 —, codes, towns, figures). Planted: 绿源家庭农场 38 " +
      "where 50% × 70 = 35; 润泽农产品 55 above the 50万元 maximum. Left as they are: 禾丰 50 where 50% × 120 = 60 (the maximum binds).",
  },
  classes: [
    "register", "rate-with-cap", "base-column", "project-column", "remark-column", "credit-codes", "cooperatives-and-family-farms", "towns-as-places",
    "replacement-row", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "district-fund", "hebei",
  ],
  settings: { district: "石家庄市栾城区" },
  catalog: {
    items: [
      {
        name: "现代都市型农业建设项目",
        capType: "rate",
        rate: 0.5,
        capAmount: 50,
        base: "总投资",
        unit: "万元",
        year: 2025,
        document: "栾城区2025年现代都市型农业建设项目实施方案：先建后补，补助金额不超投资额的50%，最高补贴总额50万元",
      },
    ],
  },
  sheets: [
    {
      name: "承建单位",
      widths: [6, 34, 22, 12, 34, 10, 10, 26],
      rows: [
        ["栾城区2025年现代都市型农业建设项目承建单位及补助资金表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "承建单位", "统一社会信用代码", "建设地点", "建设内容", "总投资", "补助资金", "备注"],
        [1, "石家庄市栾城区禾丰果蔬种植专业合作社", "93130111MA0H5L2B76", "楼底镇", "新建日光温室4栋及配套水肥一体化设施", 120, 50, null],
        [2, "石家庄栾谷农业科技有限公司", "91130111MA0J6R8D4M", "冶河镇", "都市农业采摘体验园提升改造", 86, 43, null],
        [3, "石家庄市栾城区绿源家庭农场", "92130111MA0G8K3Y2G", "南高乡", "高标准育苗棚及智能控制系统", 70, 38, null],
        [4, "石家庄润泽农产品销售有限公司", "91130111MA0K1P5F31", "柳林屯乡", "产地冷藏保鲜及分拣包装设施", 130, 55, null],
        [5, "石家庄市栾城区金穗农机服务专业合作社", "93130111MA0L2T4C8H", "窦妪镇", "特色农产品初加工车间及设备", 100, 50, "补充遴选（原石家庄政欣特色产品销售服务中心放弃建设资格）"],
        ["合计", null, null, null, null, 506, 236, null],
        ["注：项目采取先建后补方式，补助金额不超过投资额的50%，单个承建单位最高补贴总额50万元。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A9:E9", "A10:H10"],
      numberFormats: { "F4:G9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "承建单位",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "project", F: "base", G: "approved" },
        item: "现代都市型农业建设项目",
        year: 2025,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "G6", why: "50% × 70 = 35万元 allowed (below the 50 maximum); 38 proposed: 3万元 over" },
      { rule: "cap.exceeded", cell: "G7", why: "50% × 130 = 65 is above the maximum, so 50万元 binds; 55 proposed: 5万元 over" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "G4", why: "50% × 120 = 60, so the 50 maximum binds and 50 meets it" },
      { rule: "cap.rate-exceeded", cell: "G5", why: "50% × 86 = 43, exactly the amount" },
      { rule: "cap.rate-exceeded", cell: "G8", why: "50% × 100 = 50, at the maximum" },
      { rule: "composition.total-mismatch", cell: "G9", why: "50 + 43 + 38 + 55 + 50 = 236, as stated; 总投资 120 + 86 + 70 + 130 + 100 = 506" },
      { rule: "register.ineligible-location", cell: "D7", why: "柳林屯乡 is a township of 栾城区" },
      { rule: "register.ineligible-location", cell: "D8", why: "窦妪镇 is a town of 栾城区" },
      { rule: "cap.unknown-policy", why: "the title's 现代都市型农业建设项目 is the catalog's item" },
      { rule: "input.unreadable-value", cell: "H8", why: "the 备注 is text" },
    ],
  },
};
