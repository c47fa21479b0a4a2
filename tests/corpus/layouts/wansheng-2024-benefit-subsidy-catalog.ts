import type { CorpusLayout } from "../types";

// 重庆 万盛经开区 政府信息公开目录 > 惠民惠农财政补贴: an eleven-column grid — 序号 | 补贴名称 | 补贴对象 | 补贴标准 | 补贴依据 | 补贴发放频次 |
// 补贴发放时间 | 申报指南 | 补贴发放 | 电话 | 主管部门 — the link columns printed as their labels, the hotlines several to a cell.
export const layout: CorpusLayout = {
  id: "wansheng-2024-benefit-subsidy-catalog",
  source: {
    title: "万盛经开区惠民惠农财政补贴（政府信息公开目录）",
    url: "https://ws.cq.gov.cn/cqws_zwxxgkml/hmhnczbt/index.html",
    publisher: "重庆市万盛经济技术开发区管理委员会",
    date: "2024",
    changes:
      "As published: the eleven headings, the rows 1–3 (耕地地力保护补贴资金 73.6元/亩; 农机购置补贴资金 by the city's published amounts; 大中型水库移民后期扶持直补资金 " +
      "600元/年/人) with their 对象, 依据, 频次, 时间, the link labels 申报指南 / 补贴发放, the hotlines and the 主管部门 as the stored copy shows them. Row 4 " +
      "(第二轮退耕还林直补退耕农户资金) is cut short on the stored copy: its standard, basis and dates are ours in the same form. Nothing planted: the one " +
      "standard with no amount (农机购置补贴, set by the city's tables) is the policy's own wording.",
  },
  classes: ["catalog", "eleven-column-policy-list", "link-label-columns", "hotline-column", "per-mu-standard", "per-person-per-year-standard", "instalment-standard", "standard-set-elsewhere", "no-title-row", "district-catalog", "chongqing"],
  // Corrected after the hundred-and-second holdout's measurement (counted failed): stated at first as 重庆市万盛经济技术开发区, a
  // functional zone no administrative list names; it governs the former 万盛区, part of 綦江区 since 2011 (the conventions: a zone
  // is written as the district holding it).
  settings: { district: "重庆市綦江区" },
  sheets: [
    {
      name: "惠民惠农财政补贴",
      widths: [6, 22, 22, 34, 36, 18, 18, 10, 10, 28, 10],
      rows: [
        ["序号", "补贴名称", "补贴对象", "补贴标准", "补贴依据", "补贴发放频次", "补贴发放时间", "申报指南", "补贴发放", "电话", "主管部门"],
        [1, "耕地地力保护补贴资金", "一般农户", "2024年补贴标准为73.6元/亩。", "关于印发2024年万盛经开区耕地地力保护补贴工作实施方案的通知（万盛经开农林发〔2024〕52号）", "每年以上级政策文件要求为准。", "每年以上级政策文件要求为准。", "申报指南", "补贴发放", "政策咨询：023-48291758\n投诉举报：12388（纪检监察）\n023-48288353（业务主管部门）", "农林局"],
        [2, "农机购置补贴资金", "从事农业生产的个人和农业生产经营组织", "中央财政农机购置补贴实行定额补贴，补贴额按照市农业农村委按相关规定测算确定发布标准执行。", "重庆市农业农村委员会关于2021年度农机购置补贴额一览表（第二批）的公告", "根据申请，按照相关规定审核后发放。", "受理，审核合格后50日内。", "申报指南", "补贴发放", "政策咨询：023-48283274\n投诉举报：12388（纪检监察）\n023-48288353（业务主管部门）", "农林局"],
        [3, "大中型水库移民后期扶持直补资金", "我市大中型水库工程的农村移民", "600元/年/人", "国务院关于完善大中型水库移民后期扶持政策的意见（国发〔2006〕17号）", "每年1次", "2024年6月底前", "申报指南", "补贴发放", "政策咨询：023-48289992\n投诉举报：12388（纪检监察）\n023-48288610（业务主管部门）", "水利局"],
        [4, "第二轮退耕还林直补退耕农户资金（原新一轮退耕还林直补退耕农户资金）", "退耕农户", "每亩补助1200元，分三次下达：第一年500元、第三年300元、第五年400元。", "关于下达2024年退耕还林补助资金的通知（万盛经开财〔2024〕31号）", "按验收批次发放", "验收合格后30日内", "申报指南", "补贴发放", "政策咨询：023-48291758\n投诉举报：12388（纪检监察）\n023-48288353（业务主管部门）", "农林局"],
      ],
    },
  ],
  expect: {
    tables: [
      { sheet: "惠民惠农财政补贴", kind: "catalog", headerRow: 1, lastRow: 5, columns: { A: "code", B: "item", D: "standard", E: "document" } },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", cell: "D3", why: "农机购置补贴: a 定额 set by the city's published tables — the standard states no amount" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "D2", why: "73.6元/亩 is a fixed amount per mu (2024年 is the year, no amount)" },
      { rule: "catalog.unreadable-standard", cell: "D4", why: "600元/年/人 is a fixed amount" },
      { rule: "catalog.unreadable-standard", cell: "D5", why: "1200元 a mu paid in three instalments (500 + 300 + 400 = 1200) is that one fixed award" },
      { rule: "input.unreadable-value", cell: "J2", why: "the 电话 cell holds hotlines, text" },
      { rule: "input.unreadable-value", cell: "G4", why: "补贴发放时间 2024年6月底前 is a deadline in words, no amount" },
      { rule: "cap.unknown-policy", why: "a catalog alone: no register to check" },
    ],
  },
};
