import type { CorpusLayout } from "../types";

// 四川省经信厅 2022年省级工业发展专项资金项目征集: the support directions with their caps in prose (支持方向 | 支持标准), and a city's 汇总项目简表
// as the notice asks the 市（州） to send it: 序号 | 项目名称 | 项目承担单位 | 统一社会信用代码 | 所在县（市、区） | 支持方向 | 项目总投资 | 申请资金, a 合计 row.
export const layout: CorpusLayout = {
  id: "mianyang-2022-provincial-industry-fund-project-summary",
  source: {
    title: "关于组织开展2022年省级工业发展专项资金项目征集工作的通知（支持方向及项目汇总简表（表据正文拟））",
    url: "http://scindustry.org/page100?article_id=363&pagenum=6",
    publisher: "四川省经济和信息化厅财务与资产管理处（四川省产业经济发展促进会转载）",
    date: "2021-11-09",
    changes:
      "The stored page is prose (part of the notice: a 1000万元 ceiling, the public-service condition, the 市（州） sending a 汇总项目简表); no grid was found. " +
      "The catalog sheet is built from it (three support directions, each cap written as a sentence, the 1000万元 one from the page, the others ours) and the " +
      "简表 is laid out as a city would send it, with 绵阳 firms, codes and figures of our own (table-from-prose). " +
      "Planted: 江油市长城精密锻造 asks 560 under 企业技术改造项目 capped at 500; 三台县涪江食品's 统一社会信用代码 has a wrong check character.",
  },
  classes: ["register", "catalog", "catalog-in-workbook", "prose-caps", "requested-amount", "credit-code-column", "county-column", "item-column-is-direction", "project-column", "investment-column", "total-at-foot", "unit-line-with-sender", "table-from-prose", "city-list", "sichuan"],
  settings: { district: "绵阳市" },
  sheets: [
    {
      name: "支持方向",
      widths: [6, 28, 70],
      rows: [
        ["2022年省级工业发展专项资金支持方向及标准（表据正文拟）", null, null],
        ["序号", "支持方向", "支持标准"],
        [1, "重点产业链强链补链项目", "对符合条件的项目按项目建设进度给予一次性补助，单个项目最高不超过2000万元。"],
        [2, "园区公共服务平台建设项目", "申报项目应具有公共性，能够为园区企业提供公共服务，单个项目最高不超过1000万元。"],
        [3, "企业技术改造项目", "对实施智能化、绿色化改造的项目给予补助，单个项目最高不超过500万元。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "项目简表",
      widths: [6, 28, 30, 22, 12, 26, 12, 12],
      rows: [
        ["2022年省级工业发展专项资金项目汇总简表", null, null, null, null, null, null, null],
        ["推荐单位（盖章）：绵阳市经济和信息化局", null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "项目承担单位", "统一社会信用代码", "所在县（市、区）", "支持方向", "项目总投资", "申请资金"],
        [1, "高性能电子材料扩能项目", "绵阳华锐新材料科技有限公司", "91510703MA6ABC1D20", "涪城区", "重点产业链强链补链项目", 18600, 1500],
        [2, "游仙经开区检验检测公共服务平台", "绵阳游仙高新产业服务有限公司", "91510704MA62XK8Q3X", "游仙区", "园区公共服务平台建设项目", 6200, 900],
        [3, "特钢锻件智能化改造项目", "江油市长城精密锻造有限公司", "91510781MA6B5T0R1U", "江油市", "企业技术改造项目", 9800, 560],
        [4, "食品加工生产线绿色化改造", "三台县涪江食品有限公司", "91510722MA7H2N6K83", "三台县", "企业技术改造项目", 3400, 320],
        [5, "新能源汽车零部件配套项目", "绵阳科鑫汽车部件有限公司", "91510703MA6E7W4P5K", "涪城区", "重点产业链强链补链项目", 25000, 2000],
        ["合计", null, null, null, null, null, 63000, 5280],
      ],
      merges: ["A1:H1", "A2:G2", "A9:F9"],
      numberFormats: { "G4:H9": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "支持方向", kind: "catalog", headerRow: 2, lastRow: 5, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "项目简表",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 9,
        columns: { B: "project", C: "enterprise", D: "creditCode", E: "place", F: "item", H: "requested" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "项目简表", cell: "H6", why: "企业技术改造项目 is 最高不超过500万元; 560 asked, 60 over" },
      { rule: "register.invalid-credit-code", sheet: "项目简表", cell: "D7", why: "91510722MA7H2N6K83: the GB 32100 check character of 91510722MA7H2N6K8 is G, not 3" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "项目简表", cell: "H8", why: "2,000 is exactly the 2000万元 ceiling of 重点产业链强链补链项目" },
      { rule: "cap.exceeded", sheet: "项目简表", cell: "H9", why: "合计 5,280 = 1,500 + 900 + 560 + 320 + 2,000 is no award" },
      { rule: "cap.rate-exceeded", sheet: "项目简表", why: "every cap is a fixed ceiling; 项目总投资 is no base" },
      { rule: "cap.unknown-policy", sheet: "项目简表", why: "every 支持方向 is a catalog item word for word" },
      { rule: "composition.total-mismatch", sheet: "项目简表", cell: "G9", why: "63,000 = 18,600 + 6,200 + 9,800 + 3,400 + 25,000" },
      { rule: "register.ineligible-location", sheet: "项目简表", cell: "E4", why: "涪城区, 游仙区, 江油市 and 三台县 all lie in 绵阳市" },
      { rule: "register.location-code-mismatch", sheet: "项目简表", why: "codes carry 510703 涪城区, 510704 游仙区, 510781 江油市, 510722 三台县, all in 绵阳市" },
      { rule: "register.duplicate", sheet: "项目简表", why: "the two 涪城区 firms are different enterprises with different codes" },
    ],
  },
};
