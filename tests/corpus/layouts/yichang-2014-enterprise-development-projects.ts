import type { CorpusLayout } from "../types";

// 宜昌 2014: twelve projects of the city's firms under the province's 2014 企业发展专项 (装备制造业 and 技术改造 sub-funds), 1000万元 in all,
// reported in a news item; laid out as the project list a city office keeps: sub-fund, firm, code, county, project, provincial money.
export const layout: CorpusLayout = {
  id: "yichang-2014-enterprise-development-projects",
  source: {
    title: "宜昌市12个项目获得2014年省级财政支持企业发展专项补助资金1000万元（项目名单表据正文拟）",
    url: "https://hubei.cnipai.com/news/detail/71207.html",
    publisher: "工业园网（转载宜昌本地报道）",
    date: "2014",
    changes:
      "The stored page gives the news in prose only (no grid was found): the fund (2014年省级财政支持企业发展专项, sub-funds 汽车零部件, 装备制造业, " +
      "技术改造), 12 projects of 宜昌, 1000万元, 4 projects under 装备制造业 and 8 under 技术改造, and four of the projects by name. The table, the other " +
      "eight projects, the firms' names (invented, after the kind of firm named), the codes (宜昌's districts and county-level cities), the places and " +
      "the sums are ours. Planted: 宜昌晶汇硅材料有限公司 listed a second time for a second project under the same fund; 宜昌三峡新型建材有限公司's " +
      "code has a wrong check character.",
  },
  classes: ["register", "category-column", "sub-fund-column", "credit-codes", "project-column", "total-at-foot", "wanyuan-caption", "duplicate-firm", "item-from-title", "table-from-prose", "news-report", "city-list", "hubei"],
  settings: { district: "宜昌市" },
  sheets: [
    {
      name: "项目名单",
      widths: [6, 12, 30, 22, 12, 40, 14],
      rows: [
        ["2014年省级财政支持企业发展专项宜昌市获支持项目名单", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "子专项", "企业名称", "统一社会信用代码", "所在地", "项目名称", "省级补助资金"],
        [1, "装备制造业", "宜昌峡江重工机械有限责任公司", "91420503714683251W", "伍家岗区", "煤矿装备及重型机械压力机技术改造", 100],
        [2, "装备制造业", "宜昌奥捷精密铸造有限公司", "91420506726112843K", "夷陵区", "铸件工业机器人自动打磨技改", 90],
        [3, "装备制造业", "当阳长坂液压机械有限公司", "914205821795730268", "当阳市", "液压支架智能化生产线建设", 80],
        [4, "装备制造业", "枝江楚晟船舶配套有限公司", "91420583730867514W", "枝江市", "船用甲板机械扩能改造", 80],
        [5, "技术改造", "宜昌晶汇硅材料有限公司", "91420505663210978U", "猇亭区", "6000吨/年纳米粉末材料气相白炭黑产业化", 90],
        [6, "技术改造", "宜昌鑫渗表面处理科技有限公司", "91420504MA4893K27R", "点军区", "钢件快速热渗铝生产线", 80],
        [7, "技术改造", "宜都华峰纸业有限公司", "91420581714690335X", "宜都市", "低定量瓦楞原纸生产线节能改造", 80],
        [8, "技术改造", "宜昌三峡新型建材有限公司", "91420506757011467Y", "夷陵区", "新型干法水泥窑余热发电改造", 80],
        [9, "技术改造", "宜昌西陵光电科技有限公司", "91420502691752049H", "西陵区", "LED封装自动化生产线技改", 80],
        [10, "技术改造", "当阳玉泉精细化工有限公司", "91420582790581628A", "当阳市", "磷化工副产物综合利用技改", 80],
        [11, "技术改造", "宜昌晶汇硅材料有限公司", "91420505663210978U", "猇亭区", "白炭黑生产尾气回收利用改造", 80],
        [12, "技术改造", "远安鸣凤食品有限公司", "91420525MA48B2F15H", "远安县", "食品无菌灌装生产线改造", 80],
        ["合计", null, null, null, null, null, 1000],
      ],
      merges: ["A1:G1", "A16:F16"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 16,
        columns: { B: "category", C: "enterprise", D: "creditCode", E: "place", F: "project", G: "approved" },
        year: 2014,
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "C14", why: "宜昌晶汇硅材料有限公司 (91420505663210978U) is listed at 序号 5 and again at 序号 11 under the same fund and year" },
      { rule: "register.invalid-credit-code", cell: "D11", why: "91420506757011467Y: the check character for the first 17 is X, not Y" },
      { rule: "cap.unknown-policy", cell: "G4", why: "no catalog: the list's policy, named by its title, is reported once as unchecked, at the first row's amount" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "G16", why: "100 + 90 + 80 + 80 + 90 + 80 × 7 = 1,000, the 合计" },
      { rule: "register.ineligible-location", why: "伍家岗区, 夷陵区, 当阳市, 枝江市, 猇亭区, 点军区, 宜都市, 西陵区 and 远安县 all lie in 宜昌市" },
      { rule: "register.location-code-mismatch", why: "every code carries the code of the district or county-level city it is placed in (4205xx)" },
      { rule: "register.duplicate", cell: "C10", why: "当阳 has two firms (序号 3 and 10): different firms, different codes" },
      { rule: "register.unpaid", why: "a list of supported projects records no payments" },
      { rule: "input.unreadable-value", cell: "F8", why: "6000吨/年 is in the project's name, no amount" },
    ],
  },
};
