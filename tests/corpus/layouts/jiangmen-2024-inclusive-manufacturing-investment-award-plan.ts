import type { CorpusLayout } from "../types";

// 江门市工业和信息化局 2024-02: the city's share of the 2024 provincial 先进制造业发展专项资金（普惠性制造业投资奖励）, 9 projects, 5,720万元,
// sent down to 蓬江区、江海区、新会区、台山市、鹤山市 to pay the firms (附件1 项目计划). Laid out as 附件1: county, project, the firm undertaking
// it with its code, the award; 合计 at the foot and the notice's instruction under the table.
export const layout: CorpusLayout = {
  id: "jiangmen-2024-inclusive-manufacturing-investment-award-plan",
  source: {
    title: "关于下达2024年广东省先进制造业发展专项资金（普惠性制造业投资奖励）项目计划的通知（附件1：项目计划表）",
    url: "https://huaxiataike.com/news/43345.html",
    publisher: "江门市工业和信息化局（华夏泰科转载）",
    date: "2024-02-02",
    changes:
      "The notice is kept as published in what it states: the fund's name, the five counties it is addressed to, 9 projects and 奖励资金额度合计5720万元, " +
      "and that the money is to be paid to the firms (尽早将资金拨付至企业). The stored copy does not show 附件1; its columns (序号 | 县（市、区） | 项目名称 | " +
      "项目单位 | 统一社会信用代码 | 奖励资金) and all nine rows are ours (the published first project, 中创新航动力电池及储能系统江门基地项目一期, is not " +
      "reproduced; firms and codes invented with 江门 district codes). No catalog: the provincial standard is not stated in the notice. Planted: the nine " +
      "awards add up to 5,700 under the notice's 合计 of 5,720; 锐锋厨具's code holds the letter I, which GB 32100 never uses.",
  },
  classes: [
    "register", "project-plan", "credit-codes", "county-column", "project-column", "no-catalog", "unknown-policy-once", "annex-title-row",
    "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-not-in-stored-copy", "province-fund", "guangdong",
  ],
  settings: { district: "江门市" },
  sheets: [
    {
      name: "附件1",
      widths: [6, 14, 30, 34, 22, 12],
      rows: [
        ["附件1", null, null, null, null, null],
        ["2024年广东省先进制造业发展专项资金（普惠性制造业投资奖励）项目计划表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "县（市、区）", "项目名称", "项目单位", "统一社会信用代码", "奖励资金"],
        [1, "新会区", "储能电池系统生产基地项目（一期）", "江门市新会区恒能储能科技有限公司", "91440705P3QNJDY77L", 1500],
        [2, "蓬江区", "智能家电产业园建设项目", "江门市蓬江区智美电器有限公司", "914407037MQF0GX1MY", 680],
        [3, "江海区", "高端电子元件扩产项目", "江门市江海区华晶电子有限公司", "91440704EJL2PTRXLR", 920],
        [4, "江海区", "新能源汽车零部件生产项目", "江门市江海区驰远汽车零部件有限公司", "91440704YNKN4X4K5P", 560],
        [5, "台山市", "高性能特种纸生产项目", "台山市广顺纸业有限公司", "91440781HHWDTPJQ7L", 480],
        [6, "鹤山市", "不锈钢厨具智能制造项目", "鹤山市锐锋厨具有限公司", "91440784PYWIG6CRFF", 350],
        [7, "新会区", "食品级包装材料生产项目", "江门市新会区盛和包装材料有限公司", "9144070555QQATCKB4", 420],
        [8, "蓬江区", "摩托车电驱系统生产项目", "江门市蓬江区迅驰动力科技有限公司", "9144070386YD2K0RQX", 390],
        [9, "鹤山市", "精密五金智能工厂项目", "鹤山市宏顺五金制品有限公司", "91440784M52BA1BPN9", 400],
        ["合计", null, null, null, null, 5720],
        ["注：请各县（市、区）工业和信息化主管部门尽早将资金拨付至企业，并对项目的后续跟踪管理、监督检查、绩效评价负责。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A14:E14", "A15:F15"],
      numberFormats: { "F5:F14": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附件1",
        kind: "register",
        unit: "万元",
        headerRow: 4,
        lastRow: 14,
        columns: { B: "place", C: "project", D: "enterprise", E: "creditCode", F: "approved" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F14", why: "合计 5,720; the nine awards add up to 1,500 + 680 + 920 + 560 + 480 + 350 + 420 + 390 + 400 = 5,700 (20万元 apart)" },
      { rule: "register.invalid-credit-code", cell: "E10", why: "91440784PYWIG6CRFF holds I, a letter the GB 32100 character set leaves out" },
      { rule: "cap.unknown-policy", cell: "F5", why: "no catalog is loaded: the awards of 普惠性制造业投资奖励 are reported once as unchecked, at the first row's amount" },
    ],
    absent: [
      { rule: "cap.unknown-policy", cell: "C6", why: "项目名称 names each firm's own project, not a policy item: one unchecked report for the list, not one per project" },
      { rule: "register.ineligible-location", why: "新会区, 蓬江区, 江海区, 台山市 and 鹤山市 are the five 江门 districts and cities the notice addresses" },
      { rule: "register.duplicate", why: "nine firms, each once" },
      { rule: "register.location-code-mismatch", why: "each valid code carries its own county's code (440703, 440704, 440705, 440781, 440784)" },
      { rule: "register.unpaid", why: "a plan sent down for payment records no payments" },
      { rule: "input.unreadable-value", why: "the note under the table is text" },
    ],
  },
};
