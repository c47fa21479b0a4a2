import type { CorpusLayout } from "../types";

// 成都市青羊区新经济和科技局 2024: firms of the district's 航空配套产业集群 nominated for the 2023 provincial SME fund's second
// batch (国家级中小企业特色产业集群奖补方向) — the fund's part in brackets in the title, the firm's project and its investment
// beside the money asked for, streets as places.
export const layout: CorpusLayout = {
  id: "qingyang-2023-aviation-cluster-sme-fund-nominees",
  source: {
    title: "2023年度省中小企业发展专项资金第二批资金项目（青羊区航空配套产业集群）拟推荐名单公示",
    url: "https://www.chacewang.com/newsdetail/news579922.html",
    publisher: "成都市青羊区新经济和科技局（查策网转载）",
    date: "2024",
    changes:
      "The notice is as published (川经信企业函〔2024〕9号; 经各街道初审推荐、专家评审; 公示期为5个工作日). The stored copy does not show the " +
      "attached list, so its columns (序号 | 企业名称 | 统一社会信用代码 | 所在街道 | 项目名称 | 项目总投资（万元） | 拟支持资金（万元）), the " +
      "firms, codes (青羊区 510105) and figures are ours. Planted: 成都金沙航电 listed twice for the same fund; 成都簇桥航空部件 placed in " +
      "武侯区簇桥街道, outside 青羊区; 成都文家精工's code with a wrong check character (…CK7, should be …CK4).",
  },
  classes: [
    "register", "item-in-title", "fund-part-in-brackets", "project-name-column", "investment-column", "credit-codes", "streets-as-places",
    "district-fund", "wanyuan-in-header", "total-at-foot", "sichuan",
  ],
  settings: { district: "青羊区", asOf: "2024-03-15" },
  sheets: [
    {
      name: "拟推荐名单",
      widths: [6, 30, 22, 16, 34, 14, 14],
      rows: [
        ["2023年度省中小企业发展专项资金第二批资金项目（青羊区航空配套产业集群）拟推荐名单", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在街道", "项目名称", "项目总投资（万元）", "拟支持资金（万元）"],
        [1, "成都黄田坝航空零部件有限公司", "91510105MA610D8KQT", "黄田坝街道", "航空结构件数字化加工产线建设", 2860, 120],
        [2, "成都金沙航电科技有限公司", "91510105MANTLQH2XR", "金沙街道", "机载电子设备测试平台建设", 1540, 80],
        [3, "成都苏坡复合材料有限公司", "91510105MADEPYGRMY", "苏坡街道", "航空复合材料构件自动铺放产线", 3210, 150],
        [4, "成都光华精密模具有限公司", "91510105MATR03T256", "光华街道", "航空钣金模具智能化改造", 980, 50],
        [5, "成都蔡桥航空标准件有限公司", "91510105MADU32BAW5", "蔡桥街道", "高温合金紧固件扩产", 1260, 60],
        [6, "成都康河工业软件有限公司", "91510105MAJXKPC9WH", "康河街道", "航空制造执行系统研发", 760, 40],
        [7, "成都府南表面处理有限公司", "91510105MATDNU6C81", "府南街道", "航空零件阳极氧化线环保改造", 640, 30],
        [8, "成都金沙航电科技有限公司", "91510105MANTLQH2XR", "金沙街道", "机载线缆组件生产线", 820, 40],
        [9, "成都簇桥航空部件有限公司", "91510107MAYYEMJYWX", "武侯区簇桥街道", "航空管路件加工中心", 1120, 50],
        [10, "成都文家精工机械有限公司", "91510105MAX9KRHCK7", "文家街道", "航空发动机机匣精加工", 1850, 80],
        ["合计", null, null, null, null, 15040, 700],
      ],
      merges: ["A1:G1", "A13:E13"],
      numberFormats: { "F3:G13": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟推荐名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 13,
        // Corrected after the measurement (the count unchanged): 拟支持资金 is the sum proposed for each firm, read as the
        // award (approved) as the corpus reads 拟支持/拟扶持/拟下达 (hebei-2018, zhengzhou-2020, fujian-county-2023);
        // requested is the firm's own ask (申请/申报金额).
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "project", F: "base", G: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "G10", why: "成都金沙航电 (91510105MANTLQH2XR) is nominated on row 4 already, for the same fund and year (another project of the same firm)" },
      { rule: "register.ineligible-location", cell: "D11", why: "武侯区簇桥街道 is in 武侯区, not 青羊区" },
      { rule: "register.invalid-credit-code", cell: "C12", why: "91510105MAX9KRHCK7: the check character over the first 17 is 4, not 7" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "D3", why: "黄田坝街道 is a street of 青羊区" },
      { rule: "register.ineligible-location", cell: "D8", why: "康河街道 is a street of 青羊区" },
      { rule: "register.location-code-mismatch", cell: "C11", why: "the row's place is already outside the district; the mismatch rule is for rows placed inside" },
      { rule: "register.duplicate", cell: "G4", why: "the first of 金沙航电's two rows" },
      { rule: "cap.exceeded", cell: "G13", why: "合计 700 = 120 + 80 + 150 + 50 + 60 + 40 + 30 + 40 + 50 + 80 is not an award" },
      { rule: "register.unpaid", why: "a list of nominees, not of awards made" },
      { rule: "input.unreadable-value", why: "项目名称 is the firm's own project, text" },
    ],
  },
};
