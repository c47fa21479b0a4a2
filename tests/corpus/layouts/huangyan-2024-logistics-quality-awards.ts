import type { CorpusLayout } from "../types";

// 台州市黄岩区人民政府办公室 2023-12-25 (黄政办发〔2023〕46号): 关于支持黄岩区物流行业高质量发展奖补政策的若干意见 — its first two
// clauses, prose caps with a threshold before each rate (投入200万元（含）以上的，按…10%…最高不超过100万元; 达到100万元（含）以上的，
// 按…5%…其中冷藏保鲜车辆按照7.5%…每年补助最高限额50万元), and the year's awards under them.
export const layout: CorpusLayout = {
  id: "huangyan-2024-logistics-quality-awards",
  source: {
    title: "台州市黄岩区人民政府办公室印发关于支持黄岩区物流行业高质量发展奖补政策的若干意见的通知（黄政办发〔2023〕46号）",
    url: "http://www.zjhy.gov.cn/art/2023/12/27/art_1229140628_1690892.html",
    publisher: "台州市黄岩区人民政府办公室",
    date: "2023-12-25",
    changes:
      "Sheet 政策条款: clauses 一（一）and（二）as published, word for word, under the published headings (一、鼓励物流业装备升级改造); " +
      "the table frame (条款 | 支持事项 | 政策内容) and the short item names are ours, the later clauses left out. Sheet 拟兑现名单: the " +
      "policy prints no list; its title, columns, firms, codes (黄岩区 331003) and figures are ours. Planted: 台州澄江供应链 given 120 " +
      "where 10% of 1,200 is held to the 100万元 maximum; 黄岩院桥货运 given 24 on 300 of trucks (5%: 15; even 7.5% would be 22.5); " +
      "a firm of 路桥区 (台州's neighbouring district) in 黄岩's list.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "threshold-before-rate", "conditions-not-caps", "rate-with-cap", "sub-rate-in-clause", "item-column", "base-column", "credit-codes", "towns-as-places", "wanyuan-caption", "total-at-foot", "zhejiang"],
  settings: { district: "台州市黄岩区" },
  sheets: [
    {
      name: "政策条款",
      widths: [8, 24, 90],
      rows: [
        ["关于支持黄岩区物流行业高质量发展奖补政策的若干意见（摘录）", null, null],
        ["条款", "支持事项", "政策内容"],
        ["一、鼓励物流业装备升级改造", null, null],
        ["（一）", "智慧物流设备补助", "加强智慧物流建设，物流企业采购并应用自动识别和标识装备、电子数据交换设备、可视化设备、货物跟踪和快速分拣设备、移动物流信息服务设备、物流信息系统安全设备、立体仓库设备、冷链物流装备，以及全球定位、地理信息、智能机器人和智能物流装备等设备，当年新增物流设备（其中新增车辆出厂日期需在一年内）投入200万元（含）以上的，按照实际设备投资额（不含税）给予10%的补助，单个企业补助最高不超过100万元。"],
        ["（二）", "厢式货车购置补助", "物流企业年实际购置新厢式货车或集装箱运输车辆费用（不含税）达到100万元（含）以上的，按实际购置费用的5%予以补助，其中冷藏保鲜车辆按照7.5%予以补助，每家企业每年补助最高限额50万元。"],
      ],
      merges: ["A1:C1", "A3:C3"],
    },
    {
      name: "拟兑现名单",
      widths: [6, 32, 22, 16, 20, 22, 14],
      rows: [
        ["2024年度黄岩区物流行业高质量发展奖补资金拟兑现名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在乡镇（街道）", "奖补项目", "设备投资额或车辆购置费用（不含税）", "拟奖补金额"],
        [1, "台州黄岩智运物流有限公司", "91331003MACTLJPG1F", "新前街道", "智慧物流设备补助", 650, 65],
        [2, "台州黄岩江口冷链物流有限公司", "91331003MA86W4NJ4H", "江口街道", "厢式货车购置补助", 180, 9],
        [3, "台州澄江供应链管理有限公司", "91331003MAL1PF986R", "澄江街道", "智慧物流设备补助", 1200, 120],
        [4, "台州黄岩院桥货运有限公司", "91331003MAAT5C1G9F", "院桥镇", "厢式货车购置补助", 300, 24],
        [5, "台州东城快运有限公司", "91331003MA2DAY8E5E", "东城街道", "智慧物流设备补助", 240, 24],
        [6, "台州黄岩北城仓储有限公司", "91331003MANL1A65XU", "北城街道", "厢式货车购置补助", 1100, 50],
        [7, "台州路桥螺洋物流有限公司", "91331004MAUQ56J0XL", "路桥区螺洋街道", "智慧物流设备补助", 400, 40],
        [8, "台州黄岩高桥物流有限公司", "91331003MARPW6ML18", "高桥街道", "智慧物流设备补助", 520, 52],
        [9, "台州沙埠运输有限公司", "91331003MA0J6N6C6U", "沙埠镇", "厢式货车购置补助", 140, 7],
        [10, "台州黄岩南城配送有限公司", "91331003MAR833T53D", "南城街道", "智慧物流设备补助", 300, 30],
        ["合计", null, null, null, null, 5030, 421],
      ],
      merges: ["A1:G1", "A14:E14"],
      numberFormats: { "F4:G14": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 5, columns: { A: "document", B: "item", C: "standard" } },
      {
        sheet: "拟兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "base", G: "approved" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "G6", why: "智慧物流设备补助: 10% × 1,200 = 120 but at most 100万元 a firm: the maximum binds; 120.00 given, 20.00万元 over" },
      { rule: "cap.rate-exceeded", sheet: "拟兑现名单", cell: "G7", why: "厢式货车购置补助: 5% × 300 = 15.00 (below the 50 maximum, so the rate binds); 24.00 given, 9.00万元 over — above even the 冷藏 rate's 22.50" },
      { rule: "register.ineligible-location", sheet: "拟兑现名单", cell: "D10", why: "路桥区螺洋街道 is in 台州市路桥区, not 黄岩区" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策条款", why: "both clauses read: a rate and its maximum; 投入200万元（含）以上 and 达到100万元（含）以上 are conditions of the award, not caps" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "G9", why: "5% × 1,100 = 55, held to the 50万元 maximum: 50.00 is at the cap" },
      { rule: "cap.rate-exceeded", sheet: "拟兑现名单", cell: "G9", why: "50.00 is below 5% × 1,100 = 55" },
      { rule: "cap.rate-exceeded", sheet: "拟兑现名单", cell: "G6", why: "only the binding limit is reported: the 100万元 maximum binds before 10% × 1,200" },
      { rule: "cap.rate-exceeded", sheet: "拟兑现名单", cell: "G4", why: "10% × 650 = 65, exactly the award" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "G14", why: "合计 421 = the ten awards; a total, not an award" },
      { rule: "cap.unknown-policy", why: "both 奖补项目 are the clauses' items" },
      { rule: "register.ineligible-location", sheet: "拟兑现名单", cell: "D11", why: "高桥街道 is a street of 黄岩区" },
      { rule: "register.location-code-mismatch", why: "each 黄岩 firm's code carries 331003; the 路桥 firm's 331004 agrees with its place" },
      { rule: "register.duplicate", why: "every firm appears once" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "input.unreadable-value", why: "the 条款 labels and the heading row 一、鼓励物流业装备升级改造 are text" },
    ],
  },
};
