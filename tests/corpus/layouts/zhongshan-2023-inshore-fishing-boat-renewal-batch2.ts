import type { CorpusLayout } from "../types";

// 中山市农业农村局 2023-07-13: 拨付第二批近海捕捞渔船更新改造项目补助资金 — 14 boats, 135.48万元, plus 0.504万元 owed to 粤中渔82913 from the
// first batch: 135.984万元, paid by 一卡通 to the owners. Annex 1 (资金分配汇总表, by 镇街) and annex 2 (补助发放名单, boat by boat) are not in the
// stored copy: set out as such annexes are — 序号 | 镇街 | 渔船数（艘） | 补助资金, and 序号 | 镇街 | 船名号 | 船舶所有人 | 主机功率 | 船长 |
// 补助金额 | 备注.
export const layout: CorpusLayout = {
  id: "zhongshan-2023-inshore-fishing-boat-renewal-batch2",
  source: {
    title: "关于拨付第二批近海捕捞渔船更新改造项目补助资金的通知（附件1 资金分配汇总表、附件2 补助发放名单）",
    url: "http://nync.zs.gov.cn/zwgk/tzgg/content/post_2301852.html",
    publisher: "中山市农业农村局",
    date: "2023-07-13",
    changes:
      "As published: the two annexes' titles, 14 boats, 135.48万元, the 0.504万元 difference for 粤中渔82913 and 135.984万元 in all. The annexes' " +
      "grids are not in the stored copy: towns, boats, owners (masked), powers, lengths and each boat's sum are ours, adding up to the published " +
      "figures in annex 1. Planted in annex 2: 郭*荣's 粤中渔82131 listed twice (so 坦洲镇 has five rows for four boats), and the 合计 left at the " +
      "notice's 135.984 where the rows add up to 137.064.",
  },
  classes: ["composition", "register", "two-sheets", "towns-as-lines", "count-column", "boats-as-payees", "masked-owner-names", "no-credit-codes", "top-up-line", "remarks-column", "duplicate-row", "item-in-title", "annex-title-row", "total-at-foot", "three-decimal-wanyuan", "wanyuan-in-header", "table-not-in-stored-copy", "city-fund", "guangdong"],
  settings: { district: "中山市" },
  sheets: [
    {
      name: "分配汇总",
      widths: [6, 36, 14, 18],
      rows: [
        ["附件1", null, null, null],
        ["中山市第二批近海捕捞渔船更新改造项目补助资金分配汇总表", null, null, null],
        ["序号", "镇街", "渔船数（艘）", "补助资金（万元）"],
        [1, "南朗街道", 5, 48.6],
        [2, "坦洲镇", 4, 38.88],
        [3, "神湾镇", 3, 29.16],
        [4, "民众街道", 2, 18.84],
        [5, "补发第一批粤中渔82913号补助差额（坦洲镇）", "—", 0.504],
        ["合计", null, 14, 135.984],
      ],
      merges: ["A2:D2", "A9:B9"],
      numberFormats: { "D4:D9": "#,##0.000" },
    },
    {
      name: "发放名单",
      widths: [6, 12, 16, 12, 16, 12, 16, 22],
      rows: [
        ["附件2", null, null, null, null, null, null, null],
        ["中山市第二批近海捕捞渔船更新改造项目补助发放名单", null, null, null, null, null, null, null],
        ["序号", "镇街", "船名号", "船舶所有人", "主机功率（千瓦）", "船长（米）", "补助金额（万元）", "备注"],
        [1, "南朗街道", "粤中渔81011", "梁*明", 88, 14.2, 10.8, null],
        [2, "南朗街道", "粤中渔81027", "黄*生", 70, 12.5, 9.72, null],
        [3, "南朗街道", "粤中渔81052", "郑*光", 70, 12.4, 9.72, null],
        [4, "南朗街道", "粤中渔81068", "冯*华", 70, 12.6, 9.72, null],
        [5, "南朗街道", "粤中渔81093", "吴*成", 55, 11.8, 8.64, null],
        [6, "坦洲镇", "粤中渔82105", "何*强", 70, 12.5, 9.72, null],
        [7, "坦洲镇", "粤中渔82131", "郭*荣", 70, 12.3, 9.72, null],
        [8, "坦洲镇", "粤中渔82158", "麦*添", 88, 14.0, 10.8, null],
        [9, "坦洲镇", "粤中渔82131", "郭*荣", 70, 12.3, 9.72, null],
        [10, "神湾镇", "粤中渔83012", "李*才", 70, 12.5, 9.72, null],
        [11, "神湾镇", "粤中渔83047", "陈*海", 70, 12.6, 9.72, null],
        [12, "神湾镇", "粤中渔83069", "杨*德", 70, 12.4, 9.72, null],
        [13, "民众街道", "粤中渔84015", "刘*新", 66, 12.0, 9.42, null],
        [14, "民众街道", "粤中渔84033", "林*水", 66, 12.1, 9.42, null],
        [15, "坦洲镇", "粤中渔82913", "黄*强", 70, 12.5, 0.504, "补发第一批补助差额"],
        ["合计", null, null, null, null, null, 135.984, null],
      ],
      merges: ["A2:H2", "A19:F19"],
      numberFormats: { "G4:G19": "#,##0.000" },
    },
  ],
  expect: {
    tables: [
      { sheet: "分配汇总", kind: "composition", unit: "万元", headerRow: 3, lastRow: 9, columns: { B: "line", C: "quantity", D: "amount" } },
      {
        sheet: "发放名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 19,
        columns: { B: "place", D: "enterprise", G: "approved" },
      },
    ],
    findings: [
      { rule: "register.duplicate", sheet: "发放名单", cell: "G12", why: "郭*荣's 粤中渔82131 is paid on line 7 already" },
      { rule: "composition.total-mismatch", sheet: "发放名单", cell: "G19", why: "the fifteen rows add up to 137.064 (坦洲镇 39.96 with the repeated boat); 合计 typed 135.984: 1.08万元 apart" },
      { rule: "cap.unknown-policy", sheet: "发放名单", cell: "G4", why: "no catalog: the list's policy (from its title) is reported once as unchecked, at the first row's amount" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "分配汇总", cell: "D9", why: "48.600 + 38.880 + 29.160 + 18.840 + 0.504 = 135.984" },
      { rule: "composition.total-mismatch", sheet: "分配汇总", cell: "C9", why: "5 + 4 + 3 + 2 = 14 boats, the — adding nothing" },
      { rule: "register.duplicate", sheet: "发放名单", cell: "G18", why: "粤中渔82913 (黄*强) appears once, its first-batch difference no second award in this list" },
      { rule: "register.duplicate", sheet: "发放名单", cell: "G5", why: "the masked owners are each another name" },
      { rule: "register.ineligible-location", why: "南朗、民众 are streets, 坦洲、神湾 towns of 中山" },
      { rule: "register.invalid-credit-code", why: "no code column: boats belong to persons" },
      { rule: "composition.total-mismatch", sheet: "发放名单", cell: "E19", why: "主机功率 and 船长 are a boat's measures, no money" },
      { rule: "input.unreadable-value", sheet: "分配汇总", cell: "C8", why: "— : a top-up has no boat count" },
    ],
  },
};
