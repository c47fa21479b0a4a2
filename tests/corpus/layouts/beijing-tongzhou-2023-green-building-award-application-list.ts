import type { CorpusLayout } from "../types";

// 北京市建筑绿色发展示范项目市级奖励资金申请（模板）, with the 绩效评价报告模板 and 绩效评价指标自评表 (a copy on 第壹文秘): a district's housing
// committee and finance bureau apply for the city's award under 京财经建〔2022〕2185号 and list the projects — 序号 | 项目类别 | 项目名称 | 技术级别 |
// 建筑类型 | 申报单位 | 奖励面积 | 奖励金额, the four kinds (公共建筑节能绿色化改造, 超低能耗建筑, 装配式建筑, 绿色建筑) then 总计. Filled for 通州区 2023.
export const layout: CorpusLayout = {
  id: "beijing-tongzhou-2023-green-building-award-application-list",
  source: {
    title: "北京市建筑绿色发展示范项目市级奖励资金申请（模板）（申请市级奖励资金示范项目名单）",
    url: "https://m.1wenmi.com/doc/150133.html",
    publisher: "北京市住房和城乡建设委员会、北京市财政局（模板；第壹文秘转载）",
    changes:
      "As published: the template's wording (*年度我区申请北京市建筑绿色发展市级奖励资金共*万元 … 申请市级奖励资金示范项目名单如下), the headings " +
      "序号 | 项目类别 | 项目名称 | 技术级别 | 建筑类型 | 申报单位 | 奖励面积 | 奖励金额, the four 项目类别 in their order and the 总计 row, and the closing " +
      "lines (经我区审查，符合…要求，现推荐…; *区住房城乡（市）建设委 *区财政局). The template is blank: the district (通州区), the year 2023, the " +
      "units of area and money, the projects, the bodies (invented, with no credit code, as the template asks none) and every figure are ours. " +
      "Planted: 张家湾镇保障性住房 of 北京张湾城建开发有限公司 listed twice under 装配式建筑 (rows 8 and 10); the list names a fund with no catalog.",
  },
  classes: [
    "register", "application-template", "kind-merged-down", "technical-grade-column", "building-type-column", "area-column",
    "total-at-foot", "sign-off-lines", "no-credit-codes", "year-in-title", "item-from-title", "district-application", "beijing",
  ],
  settings: { district: "北京市" },
  sheets: [
    {
      name: "示范项目名单",
      widths: [6, 18, 32, 12, 10, 28, 14, 14],
      rows: [
        ["通州区2023年度申请北京市建筑绿色发展市级奖励资金示范项目名单", null, null, null, null, null, null, null],
        ["填报单位：通州区住房和城乡建设委员会、通州区财政局", null, null, null, null, null, null, null],
        ["序号", "项目类别", "项目名称", "技术级别", "建筑类型", "申报单位", "奖励面积（平方米）", "奖励金额（万元）"],
        [1, "公共建筑节能绿色化改造项目", "运河商务区宏远大厦节能绿色化改造", "节能率20%", "办公", "北京运河宏远物业管理有限公司", 32000, 192],
        [2, null, "潞城康宁医院门诊楼节能绿色化改造", "节能率15%", "医疗", "北京潞城康宁医院管理有限公司", 18500, 111],
        [3, "超低能耗建筑", "台湖镇安置房二期超低能耗住宅", "超低能耗", "居住", "北京台湖安居置业有限公司", 46000, 460],
        [4, null, "宋庄艺苑文化创意产业园综合楼", "超低能耗", "办公", "北京宋庄艺苑发展有限公司", 12800, 128],
        [5, "装配式建筑", "张家湾镇保障性住房项目", "AA级", "居住", "北京张湾城建开发有限公司", 60500, 302.5],
        [6, null, "通瑞学校教学综合楼", "AAA级", "教育", "北京通瑞教育投资有限公司", 24000, 240],
        [7, null, "张家湾镇保障性住房项目", "AA级", "居住", "北京张湾城建开发有限公司", 60500, 302.5],
        [8, "绿色建筑", "城市绿心配套商业综合体", "三星级", "商业", "北京绿心商业运营有限公司", 38000, 304],
        [9, null, "漷县镇社区综合服务中心", "二星级", "公共服务", "北京漷兴建设发展有限公司", 9600, 48],
        ["总计", null, null, null, null, null, 301900, 2088],
        ["根据《北京市建筑绿色发展奖励资金管理办法》（京财经建〔2022〕2185号），以上示范项目经我区审查，符合北京市建筑绿色发展奖励资金要求，现推荐将以上项目纳入2023年度市级奖励资金支持范围。", null, null, null, null, null, null, null],
        ["通州区住房和城乡建设委员会　　通州区财政局　　2023年11月20日", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:H2", "B4:B5", "B6:B7", "B8:B10", "B11:B12", "A13:F13", "A14:H14", "A15:H15"],
      numberFormats: { "G4:G13": "#,##0", "H4:H13": "#,##0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "示范项目名单", kind: "register", unit: "万元", headerRow: 3, lastRow: 13,
        columns: { B: "category", C: "project", F: "enterprise", H: "approved" }, year: 2023, item: "北京市建筑绿色发展市级奖励资金",
      },
    ],
    findings: [
      { rule: "cap.unknown-policy", cell: "H4", why: "no catalog holds the 建筑绿色发展 award's standards: the list's amounts are unchecked, reported once at the first row's award" },
      { rule: "register.duplicate", cell: "H10", why: "北京张湾城建开发有限公司 (张家湾镇保障性住房项目, 302.5) listed again at 7, first at 5" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "H13", why: "总计 2,088 = 192 + 111 + 460 + 128 + 302.5 + 240 + 302.5 + 304 + 48, the repeated row included as typed" },
      { rule: "composition.total-mismatch", cell: "G13", why: "奖励面积 301,900 adds up, and it is area, no money" },
      { rule: "register.duplicate", cell: "H5", why: "a blank 项目类别 under a merged kind is the same kind, another body and project" },
      { rule: "register.ineligible-location", why: "no place column: the district is the applicant, named in the title" },
      { rule: "input.unreadable-value", cell: "D4", why: "技术级别 (节能率20%, AA级, 三星级) is text by nature" },
      { rule: "register.unpaid", why: "an application list records no payments" },
    ],
  },
};
