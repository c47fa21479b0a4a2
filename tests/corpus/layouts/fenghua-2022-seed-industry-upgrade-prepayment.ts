import type { CorpusLayout } from "../types";

// 宁波市奉化区农业农村局 (2023): 30% of the grant paid in advance to the two 奉化 projects of 宁波's 2022 种业提升工程 approved
// by the city's 种业办 (80.88万元 together). The annex 汇总表 as published: 项目名称 | 建设单位 | 建设规模及主要建设内容 | 建设地点 |
// 建设周期 | 项目类型 | 补助比例, then 投资估算及资金构成 over 总投资 | 自筹 | 财政拟补助, and 预拨付30%.
export const layout: CorpusLayout = {
  id: "fenghua-2022-seed-industry-upgrade-prepayment",
  source: {
    title: "关于预拨2022年宁波市种业提升工程项目补助资金的通知（附件：2022年宁波市种业提升工程项目汇总表）",
    url: "https://0477ly.com/newsdetail/news499508.html",
    publisher: "宁波市奉化区农业农村局",
    date: "2023",
    changes:
      "As published: the notice's grounds (甬农发〔2022〕108号, 甬种办〔2022〕1号, 甬农产办〔2023〕17号), the two projects (宁波市“奉化水鸭”保护项目基地改扩建项目, " +
      "宁波市林下食用菌种质资源库及菌种基地建设项目), 给予拨付补助额的30%, 本次合计发放80.88万元, the funding source (甬财农〔2022〕480号 现代种业发展专项), " +
      "and the 汇总表's columns in their order, with 投资估算及资金构成 over 总投资（万） | 自筹（万） | 财政拟补助（万）. The 建设单位 names, the " +
      "食用菌 project's contents shortened, the 水鸭 project's row, 建设周期, 补助比例 and every amount are ours (拟补助 168.00 + 101.60, 30% of which " +
      "is the notice's 80.88). Nothing planted: a clean payment list.",
  },
  classes: [
    "register", "clean", "payment-list", "projects-as-lines", "prepayment-share", "sources-under-merged-header", "two-header-rows",
    "description-column", "rate-column-not-a-cap", "year-in-title", "towns-as-places", "wan-in-header", "total-at-foot", "zhejiang",
  ],
  settings: { district: "奉化区" },
  sheets: [
    {
      name: "汇总表",
      widths: [6, 30, 24, 40, 14, 12, 12, 10, 12, 12, 14, 14],
      rows: [
        ["2022年宁波市种业提升工程项目汇总表", null, null, null, null, null, null, null, null, null, null, null],
        ["序号", "项目名称", "建设单位", "建设规模及主要建设内容", "建设地点", "建设周期", "项目类型", "补助比例", "投资估算及资金构成", null, null, "预拨付30%（万）"],
        [null, null, null, null, null, null, null, null, "总投资（万）", "自筹（万）", "财政拟补助（万）", null],
        [1, "宁波市林下食用菌种质资源库及菌种基地建设项目", "宁波市奉化区林联菌业科技有限公司", "主要建设内容：制菌种厂房改造600㎡、菌种培养室200㎡、堆料场地1650㎡、接种室40㎡、实验室及菌种保存室30㎡、菌种试验场25000㎡，引水管网、水质净化系统、供电、监控及围护栏等配套设施。", "溪口镇", "2022.10-2023.12", "种质资源保护", "40%", 420, 252, 168, 50.4],
        [2, "宁波市“奉化水鸭”保护项目基地改扩建项目", "宁波市奉化区明珠水禽养殖有限公司", "主要建设内容：改扩建保种鸭舍1200㎡、孵化室180㎡、育雏室260㎡，配套水禽运动场、污水处理设施及种质监测设备。", "西坞街道", "2022.10-2023.12", "种质资源保护", "40%", 254, 152.4, 101.6, 30.48],
        ["合计", null, null, null, null, null, null, null, 674, 404.4, 269.6, 80.88],
      ],
      merges: [
        "A1:L1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "H2:H3", "I2:K2", "L2:L3", "A6:H6",
      ],
      numberFormats: { "I4:L6": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "汇总表",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 6,
        columns: { B: "project", C: "enterprise", E: "place", I: "base", K: "approved", L: "paidNow" },
        year: 2022,
      },
    ],
    findings: [],
    absent: [
      { rule: "register.paid-exceeds-award", cell: "L4", why: "食用菌: 预拨付 50.40 = 30% of 168.00, well within the grant" },
      { rule: "register.paid-exceeds-award", cell: "L5", why: "水鸭: 30.48 = 30% of 101.60" },
      { rule: "register.paid-exceeds-award", cell: "L6", why: "合计 80.88 is the two payments added up, against 269.60 granted" },
      { rule: "cap.rate-exceeded", why: "补助比例 40% is the share of 总投资 granted (168 / 420 = 101.6 / 254 = 40%), no cap exceeded; 30% is the share paid now" },
      { rule: "register.unpaid", why: "both projects are being paid (预拨付); the rest falls due on completion" },
      { rule: "register.duplicate", why: "two different projects and builders" },
      { rule: "register.ineligible-location", cell: "E5", why: "西坞街道 is a street of 奉化区" },
      { rule: "register.ineligible-location", cell: "E4", why: "溪口镇 is a town of 奉化区" },
      { rule: "input.unreadable-value", cell: "F4", why: "建设周期 2022.10-2023.12 is a period described, not a payment date" },
      { rule: "input.unreadable-value", cell: "D4", why: "建设规模及主要建设内容 is text describing the project" },
    ],
  },
};
