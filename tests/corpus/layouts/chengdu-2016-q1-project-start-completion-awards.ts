import type { CorpusLayout } from "../types";

// 成都市经济和信息化委员会 2016 (公示 to 12-05): the projects to get the province's 开门红 incentive for industrial projects
// started or completed in 2016's first quarter (成经信财〔2016〕74号) — 实际固定资产投资额 2000万元（含）以上, 单个项目奖励金额
// 原则上不超过80万元. The notice puts its list in an annex the stored copy does not show; laid out here as such an annex,
// one row per project with the district, the firm, its code, start or completion, the investment and the money proposed.
export const layout: CorpusLayout = {
  id: "chengdu-2016-q1-project-start-completion-awards",
  source: {
    title: "关于拟支持成都市2016年一季度开工竣工项目的公示（附件：拟支持项目名单）",
    url: "http://www.gycf.net/ArticleLook.aspx?ID=1325",
    publisher: "成都市经济和信息化委员会、成都市财政局",
    changes:
      "As published: the notice's wording (成经信财〔2016〕74号, 各区（市）县组织企业自愿申报, 专家评审和审计), the conditions " +
      "(2016年一季度新开工, or 竣工投产且新增产值达到一定规模; 实际固定资产投资额2000万元（含）以上) and the cap (单个项目奖励金额原则上" +
      "不超过80万元), and that eight projects are listed. The annex's body is not in the stored copy: its columns (序号 | 区（市）县 | " +
      "企业名称 | 统一社会信用代码 | 项目名称 | 类型 | 实际固定资产投资额 | 拟支持金额, 单位：万元, 合计) and every value are ours; the annex " +
      "title names the fund as the notice's document does. Planted: 成都新蓉精密机械有限公司 given 95万元 against the 80万元 " +
      "maximum; 四川旌德重工有限公司 listed from 德阳市旌阳区, outside 成都市; 成都锦程食品有限公司's code with a wrong check character.",
  },
  classes: ["register", "max-cap", "cap-in-notice-prose", "investment-as-condition", "start-or-completion-column", "credit-codes", "districts-as-places", "city-wide-fund", "wanyuan-caption", "total-at-foot", "notes-under-table", "sichuan"],
  settings: { asOf: "2016-12-05", district: "成都市" },
  sheets: [
    {
      name: "拟支持项目名单",
      widths: [6, 12, 30, 22, 34, 8, 14, 12],
      rows: [
        ["2016年一季度开门红项目开竣工省级激励资金拟支持项目名单", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "区（市）县", "企业名称", "统一社会信用代码", "项目名称", "类型", "实际固定资产投资额", "拟支持金额"],
        [1, "龙泉驿区", "成都蓉川汽车零部件有限公司", "91510112MA62P3TQ5U", "汽车内饰件生产线建设项目", "开工", 5200, 60],
        [2, "新都区", "成都新蓉精密机械有限公司", "91510114MA6DJ9W27L", "精密数控机床扩能项目", "竣工", 12600, 95],
        [3, "温江区", "成都锦程食品有限公司", "91510115MA61U5BK82", "休闲食品智能化生产线项目", "开工", 3100, 40],
        [4, "双流区", "成都空港电子科技有限公司", "91510116MA6AQ2RN40", "电子元器件封装测试项目", "竣工", 8800, 80],
        [5, "武侯区", "成都天府信息技术有限公司", "91510107MA6C4H8N1U", "工业软件研发及产业化项目", "开工", 2400, 30],
        [6, "德阳市旌阳区", "四川旌德重工有限公司", "91510603MA64H7P15F", "重型装备结构件生产项目", "竣工", 6500, 70],
        [7, "成都高新区", "成都芯源微电子有限公司", "91510100MA61R7K2X5", "功率半导体器件生产线项目", "开工", 15000, 80],
        [8, "新都区", "成都新都家居制造有限公司", "91510114MA6X0E2D58", "定制家居智能工厂项目", "竣工", 4300, 50],
        ["合计", null, null, null, null, null, 57900, 505],
        ["注：类型栏“开工”指2016年一季度新开工项目，“竣工”指2016年一季度竣工投产项目；公示期至2016年12月5日。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A12:F12", "A13:H13"],
      numberFormats: { "G4:H12": "0" },
    },
  ],
  catalog: {
    items: [
      {
        name: "开门红项目开竣工省级激励资金",
        capType: "max",
        capAmount: 80,
        unit: "万元",
        year: 2016,
        document: "成经信财〔2016〕74号（单个项目奖励金额原则上不超过80万元）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "拟支持项目名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "project", F: "category", H: "approved" },
        year: 2016,
        item: "开门红项目开竣工省级激励资金",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "H5", why: "成都新蓉精密机械有限公司 95万元 against the 80万元 maximum a project: 15万元 over" },
      { rule: "register.ineligible-location", cell: "B9", why: "德阳市旌阳区 is in 德阳市, outside 成都市" },
      { rule: "register.invalid-credit-code", cell: "D6", why: "91510115MA61U5BK82: the check character for 91510115MA61U5BK8 is 1, not 2" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "H7", why: "80万元 is the maximum itself, not above it" },
      { rule: "cap.exceeded", cell: "H12", why: "合计 505 is no award" },
      { rule: "cap.rate-exceeded", why: "the item has a maximum, no rate: the investment column is the condition (2000万元（含）以上), not a base" },
      { rule: "register.duplicate", why: "新都区 has two projects of two different firms" },
      { rule: "register.ineligible-location", cell: "B10", why: "成都高新区 is a development area of 成都市" },
      { rule: "register.location-code-mismatch", why: "each code inside the city is issued in 成都市 (5101…); 四川旌德重工's 510603 agrees with the 旌阳区 the row gives it" },
      { rule: "register.unpaid", why: "a list put up for comment records no payment" },
      { rule: "cap.unknown-policy", why: "the title names the catalog's item" },
    ],
  },
};
