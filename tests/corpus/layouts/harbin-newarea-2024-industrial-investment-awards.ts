import type { CorpusLayout } from "../types";

// 哈尔滨新区管理委员会 2024-05-21 (published 2024-06-07 by 松北区 工业科技局): 关于加快推动哈尔滨新区工业高质量发展的若干政策
// 措施, 第一条 — new, continued and upgrading industrial projects with 全年实际入统固定资产投资 of 500万元（含）以上 get 2% of the
// investment entered in the statistics, at most 200万元. Laid out as the list of firms such a clause is paid to: the investment
// beside the award, so the rate and the maximum can both be checked.
export const layout: CorpusLayout = {
  id: "harbin-newarea-2024-industrial-investment-awards",
  source: {
    title: "关于加快推动哈尔滨新区工业高质量发展的若干政策措施（第一条 支持规模以上工业企业扩大投资和改造升级）",
    url: "http://songbei.gov.cn/hebsbq/qzfwj/202406/c01_992645.shtml",
    publisher: "哈尔滨新区管理委员会（松北区工业科技局发布）",
    date: "2024-06-07",
    changes:
      "As published: 第一条's wording — 新建续建的工业项目和工业技改投资项目, 全年实际入统固定资产投资达到500万元（含）以上, 按照入统投资额的2%, " +
      "给予不超过200万元的奖励 — which sets the catalog's rate and maximum. The page gives the measures, not a list of firms: the list " +
      "(序号 | 企业名称 | 统一社会信用代码 | 项目名称 | 项目类型 | 全年实际入统固定资产投资额 | 奖励金额 | 备注, 单位：万元, 合计, the " +
      "reviewers' line) and every value are ours. Planted: 哈尔滨松江汽车部件有限公司 given 98万元 where 2% of 4,750 is 95; " +
      "哈尔滨北岸新材料科技有限公司 given 260万元 above the 200万元 maximum (2% of 15,800 = 316, so the maximum binds); " +
      "哈尔滨利民药业有限公司's code with a wrong check character.",
  },
  classes: ["register", "rate-with-cap", "base-column", "max-binds-before-rate", "credit-codes", "no-place-column", "project-type-column", "wanyuan-caption", "total-at-foot", "remark-column", "signoff-line", "heilongjiang"],
  settings: { asOf: "2025-03-31" },
  sheets: [
    {
      name: "拟兑现名单",
      widths: [6, 30, 22, 32, 10, 16, 12, 16],
      rows: [
        ["哈尔滨新区2024年度支持规模以上工业企业扩大投资和改造升级奖励拟兑现企业名单", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "项目名称", "项目类型", "全年实际入统固定资产投资额", "奖励金额", "备注"],
        [1, "哈尔滨松北智能装备有限公司", "91230109MA1CK4R27J", "智能焊接装备产线扩建项目", "续建", 3200, 64, null],
        [2, "哈尔滨龙江重型机械有限公司", "91230109MA1BX6T437", "大型铸锻件技术改造项目", "技改", 12500, 200, "按上限200万元"],
        [3, "哈尔滨冰城电子有限公司", "91230109MA1D3N7U82", "电子线束自动化改造项目", "技改", 860, 17.2, null],
        [4, "哈尔滨松江汽车部件有限公司", "91230109MA1GQ2LW5D", "新能源汽车底盘部件项目", "新建", 4750, 98, null],
        [5, "哈尔滨北岸新材料科技有限公司", "91230109MA1E7R4M09", "碳纤维复合材料生产基地项目", "新建", 15800, 260, null],
        [6, "哈尔滨松花江食品有限公司", "91230109MA1F5K8P20", "速冻食品冷链仓储改造项目", "技改", 520, 10.4, null],
        [7, "哈尔滨利民药业有限公司", "91230109MA1H2Q6R7B", "中药提取车间GMP改造项目", "技改", 2260, 45.2, null],
        [8, "哈尔滨新区航空零件有限公司", "91230109MA1J9T3W1Y", "航空精密零件加工项目", "续建", 6080, 121.6, null],
        [9, "哈尔滨北国农机制造有限公司", "91230109MA1K4U7X30", "智能农机装配线项目", "新建", 1375, 27.5, null],
        [10, "哈尔滨金河生物科技有限公司", "91230109MA1L6Y2A5X", "生物发酵产品扩产项目", "续建", 9900, 198, null],
        ["合计", null, null, null, null, 57245, 1041.9, null],
        ["审核单位：哈尔滨新区工业和科技创新局", null, null, null, "复核：新区财政局", null, null, null],
      ],
      merges: ["A1:H1", "A14:E14", "A15:D15", "E15:H15"],
      numberFormats: { "F4:F14": "#,##0", "G4:G14": "0.00" },
    },
  ],
  catalog: {
    items: [
      {
        name: "支持规模以上工业企业扩大投资和改造升级奖励",
        capType: "rate",
        rate: 0.02,
        capAmount: 200,
        unit: "万元",
        year: 2024,
        base: "全年实际入统固定资产投资额",
        document: "关于加快推动哈尔滨新区工业高质量发展的若干政策措施 第一条（按照入统投资额的2%，给予不超过200万元的奖励）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "拟兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "enterprise", C: "creditCode", D: "project", E: "category", F: "base", G: "approved" },
        year: 2024,
        item: "支持规模以上工业企业扩大投资和改造升级奖励",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "G7", why: "哈尔滨松江汽车部件: 2% × 4,750 = 95万元 (below the 200万元 maximum, so the rate binds); 98 is 3万元 over" },
      { rule: "cap.exceeded", cell: "G8", why: "哈尔滨北岸新材料: 2% × 15,800 = 316万元, so the 200万元 maximum binds first; 260 is 60万元 over it (only the binding limit is reported)" },
      { rule: "register.invalid-credit-code", cell: "C10", why: "91230109MA1H2Q6R7B: the check character for 91230109MA1H2Q6R7 is 8, not B" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "G5", why: "龙江重型机械: 2% × 12,500 = 250, held to the maximum: 200 is the cap itself" },
      { rule: "cap.rate-exceeded", cell: "G5", why: "the maximum (200) binds before the rate (250); 200 is within both" },
      { rule: "cap.rate-exceeded", cell: "G6", why: "2% × 860 = 17.20, as given" },
      { rule: "cap.rate-exceeded", cell: "G13", why: "2% × 9,900 = 198.00, as given" },
      { rule: "cap.rate-exceeded", cell: "G8", why: "the maximum binds for 北岸新材料 (316 > 200): only the binding limit is reported, as cap.exceeded" },
      { rule: "cap.exceeded", cell: "G14", why: "合计 1,041.90 is no award" },
      { rule: "cap.no-cap", why: "every row gives its base (the investment) and the item has a rate and a maximum" },
      { rule: "register.duplicate", why: "ten different firms" },
      { rule: "register.unpaid", why: "a list of awards proposed records no payment" },
      { rule: "input.unreadable-value", why: "备注 (按上限200万元) and the sign-off line are text by nature" },
    ],
  },
};
