import type { CorpusLayout } from "../types";

// 石家庄市栾城区农业农村局 2026-01-28: 2025年现代都市型农业建设项目 — 先建后补, the subsidy at most 50% of
// the investment and at most 50万元 a builder; one builder gave up its place and its 50万元 is allotted
// again. The subsidy list under such a project: towns of the district, investment beside the subsidy, a
// withdrawn row with dashes, no item column (the item is in the title).
export const layout: CorpusLayout = {
  id: "luancheng-2025-urban-agriculture-build-then-subsidy",
  source: {
    title: "石家庄市栾城区农业农村局关于补充遴选2025年现代都市型农业建设项目承建单位的通知",
    url: "http://www.luancheng.gov.cn/columns/aeadb0cc-4aa8-4561-9f14-f4565d035e3d/202601/28/55bc532f-c25b-434d-b960-8532d07d3345.html",
    publisher: "石家庄市栾城区农业农村局",
    date: "2026-01-28",
    changes:
      "The notice's rule (先建后补，补助金额不超投资额的50%，最高补贴总额50万元) and its fact (one builder gave up, 计划补助其资金50万元, " +
      "a new builder chosen) are as published and quoted in the note. The notice prints no list: the list (title, 单位：万元, columns 序号 | " +
      "项目承建单位 | 统一社会信用代码 | 所在乡镇 | 建设内容 | 投资额 | 补助金额 | 备注), builders, codes and figures are ours; the builder " +
      "that gave up is given an invented name. Planted: 楼底 builder's 35 above 50% of its 64 (32); 南高 builder's 60 above the 50万元 " +
      "maximum; 窦妪 builder listed a second time.",
  },
  classes: ["register", "rate-with-cap", "base-column", "build-then-subsidy", "item-in-title", "withdrawn-row", "dash-as-nothing", "towns-as-places", "credit-codes", "wanyuan-caption", "notes-under-table", "remark-column", "hebei"],
  settings: { district: "石家庄市栾城区" },
  sheets: [
    {
      name: "补助资金明细表",
      widths: [6, 30, 22, 10, 30, 10, 10, 24],
      rows: [
        ["栾城区2025年现代都市型农业建设项目补助资金明细表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目承建单位", "统一社会信用代码", "所在乡镇", "建设内容", "投资额", "补助金额", "备注"],
        [1, "石家庄栾冶蔬菜种植专业合作社", "91130111MA9T71L711", "冶河镇", "设施蔬菜产地分拣中心", 120, 50, null],
        [2, "栾城区窦妪鲜果家庭农场有限公司", "91130111MAMLEKE0CW", "窦妪镇", "鲜果采摘园水肥一体化", 80, 40, null],
        [3, "石家庄楼底农业科技有限公司", "91130111MA8DNNY13X", "楼底镇", "食用菌温控大棚", 64, 35, null],
        [4, "栾城区南高现代农业发展有限公司", "91130111MAH40GWCRW", "南高乡", "都市农业观光示范园", 150, 60, null],
        [5, "石家庄柳林特色农产品服务中心", "91130111MAEPM92WF9", "柳林屯乡", "特色农产品展销中心", "—", "—", "放弃建设资格，资金重新分配"],
        [6, "石家庄西营绿源农业有限公司", "91130111MA67GNKEQK", "西营乡", "智能育苗工厂", 97.3, 48.65, null],
        [7, "栾城区栾城镇惠农蔬菜专业合作社", "91130111MA6R5ETPHE", "栾城镇", "净菜加工车间", 45.6, 22.8, null],
        [8, "石家庄冶河都市农业开发有限公司", "91130111MALG0MPBPY", "冶河镇", "特色农产品展销中心", 110, 50, "补充遴选"],
        [9, "栾城区窦妪鲜果家庭农场有限公司", "91130111MAMLEKE0CW", "窦妪镇", "鲜果冷藏库", 40, 20, null],
        ["合计", null, null, null, null, 706.9, 326.45, null],
        ["注：项目承担单位采取先建后补的方式，补助金额不超投资额的50%，最高补贴总额50万元。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A13:E13", "A14:H14"],
      numberFormats: { "F4:G13": "0.00" },
    },
  ],
  catalog: {
    items: [
      { name: "现代都市型农业建设项目补助", capType: "rate", rate: 0.5, capAmount: 50, unit: "万元", base: "项目投资额", year: 2025, document: "石家庄市农业农村局2025年现代都市型农业建设项目实施方案；栾城区实施方案" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "补助资金明细表",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "project", F: "base", G: "approved" },
        year: 2025,
        item: "现代都市型农业建设项目补助",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "G6", why: "50% × 64 = 32万元 (below the 50 maximum, so the rate binds); 35 given, 3万元 over" },
      { rule: "cap.exceeded", cell: "G7", why: "50% × 150 = 75, but the subsidy is at most 50万元; 60 given, 10万元 over" },
      { rule: "register.duplicate", cell: "G12", why: "栾城区窦妪鲜果家庭农场有限公司 (91130111MAMLEKE0CW), the same item in 2025: already in row 5" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "G4", why: "50% × 120 = 60 but the 50 maximum binds; 50 given, exactly the maximum" },
      { rule: "cap.exceeded", cell: "G11", why: "50 given, exactly the maximum (50% × 110 = 55)" },
      { rule: "cap.rate-exceeded", cell: "G9", why: "50% × 97.3 = 48.65, exactly the amount" },
      { rule: "input.unreadable-value", why: "the withdrawn row's dashes mean nothing; the note is not a row" },
      { rule: "register.ineligible-location", why: "冶河镇, 窦妪镇, 楼底镇, 南高乡, 柳林屯乡, 西营乡 and 栾城镇 are 栾城区's own towns" },
      { rule: "cap.exceeded", cell: "G13", why: "合计 is not an award" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "cap.unknown-policy", why: "the title names the catalog's one item" },
    ],
  },
};
