import type { CorpusLayout } from "../types";

// 重庆市经济和信息化委员会 2018-04-27: 民营经济发展专项资金 2018年第一批验收项目名单 — the notice names the columns (项目名称、项目完成情况、
// 投资完成情况、项目补助金额、剩余资金、验收组织部门、验收时间、验收意见、证书编号) and the two groups (100万元（含）以上 市级部门验收;
// 100万元以下 区县验收). Laid out as a list with two section rows, 剩余资金 beside the award, a 合计 at the foot.
export const layout: CorpusLayout = {
  id: "chongqing-2018-private-economy-fund-batch1-acceptance-list",
  source: {
    title: "重庆市民营经济发展专项资金2018年第一批验收项目名单（表据正文拟）",
    url: "http://policy.ruichuangshe.com/Policy/Info/4092",
    publisher: "重庆市经济和信息化委员会",
    date: "2018-04-27",
    changes:
      "Built from the prose (table from prose): the notice's own list of columns and its two groups (市级部门验收 100万元（含）以上, 区县验收 " +
      "100万元以下) as section rows; we added 项目单位 and 所在区县 (the project names carry them in such lists) and cut the 40 projects to ten. " +
      "Firms, places, figures and certificate numbers are ours. Planted: 重庆江津永盛粮油机械有限公司's 数控化改造项目 listed again in the " +
      "区县 group; the 补助 合计 typed 1,053 against lines adding up to 1,035.",
  },
  classes: ["register", "section-rows", "project-column", "balance-column", "acceptance-columns", "date-column", "certificate-number-column", "districts-as-places", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "municipal-fund", "chongqing"],
  settings: { district: "重庆市" },
  sheets: [
    {
      name: "验收项目名单",
      widths: [6, 34, 30, 10, 10, 12, 12, 10, 14, 12, 10, 16],
      rows: [
        ["重庆市民营经济发展专项资金2018年第一批验收项目名单", null, null, null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "项目单位", "所在区县", "项目完成情况", "投资完成情况（万元）", "项目补助金额", "剩余资金", "验收组织部门", "验收时间", "验收意见", "验收证书编号"],
        ["一、市级部门验收项目（补助100万元（含）以上）", null, null, null, null, null, null, null, null, null, null, null],
        [1, "年产50万套车载控制模块技术改造项目", "重庆渝北智联电子有限公司", "渝北区", "已完成", 2860, 150, 0, "市经济信息委", "2018-03-28", "通过验收", "渝民验〔2018〕001号"],
        [2, "粮油机械数控化改造项目", "重庆江津永盛粮油机械有限公司", "江津区", "已完成", 1940, 220, 0, "市经济信息委", "2018-04-02", "通过验收", "渝民验〔2018〕002号"],
        [3, "榨菜精深加工生产线建设项目", "重庆涪州食品科技有限公司", "涪陵区", "基本完成", 1675, 180, 12.5, "市农委", "2018-04-09", "通过验收", "渝民验〔2018〕003号"],
        [4, "新能源汽车齿轮扩能项目", "重庆璧山恒达齿轮有限公司", "璧山区", "已完成", 1320, 100, 0, "市经济信息委", "2018-04-11", "通过验收", "渝民验〔2018〕004号"],
        [5, "手机物流配送中心建设项目", "重庆永川云链物流有限公司", "永川区", "已完成", 980, 120, 0, "市商务委", "2018-04-16", "通过验收", "渝民验〔2018〕005号"],
        ["二、区县验收项目（补助100万元以下）", null, null, null, null, null, null, null, null, null, null, null],
        [6, "铸件清洁生产改造项目", "重庆綦江鑫达铸造有限公司", "綦江区", "已完成", 540, 60, 0, "綦江区经济信息委", "2018-03-15", "通过验收", "綦民验〔2018〕01号"],
        [7, "注塑设备更新项目", "重庆铜梁龙腾塑业有限公司", "铜梁区", "基本完成", 410, 45, 3.2, "铜梁区经济信息委", "2018-03-21", "通过验收", "铜民验〔2018〕03号"],
        [8, "粮油机械数控化改造项目", "重庆江津永盛粮油机械有限公司", "江津区", "已完成", 1940, 80, 0, "江津区经济信息委", "2018-03-30", "通过验收", "津民验〔2018〕02号"],
        [9, "日用陶瓷窑炉节能改造项目", "重庆荣昌宏发陶瓷有限公司", "荣昌区", "已完成", 460, 50, 0, "荣昌区经济信息委", "2018-04-03", "通过验收", "荣民验〔2018〕05号"],
        [10, "茶叶精制加工生产线项目", "重庆开州绿源茶业有限公司", "开州区", "已完成", 300, 30, 0, "开州区经济信息委", "2018-04-12", "通过验收", "开民验〔2018〕04号"],
        ["合计", null, null, null, null, 12425, 1053, 15.7, null, null, null, null],
        ["注：剩余资金为项目验收时未使用的补助资金，按规定收回；公示期2018年4月27日—5月4日（5个工作日）。", null, null, null, null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:L1", "A4:L4", "A10:L10", "A16:E16", "A17:L17"],
      numberFormats: { "H5:H16": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "验收项目名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 16,
        columns: { B: "project", C: "enterprise", D: "place", G: "approved" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "G13", why: "重庆江津永盛粮油机械有限公司's 粮油机械数控化改造项目 already stands at row 6 (220万元); listed again at row 13 (80万元)" },
      { rule: "composition.total-mismatch", cell: "G16", why: "补助 合计 1,053 against 150 + 220 + 180 + 100 + 120 + 60 + 45 + 80 + 50 + 30 = 1,035" },
      { rule: "cap.unknown-policy", cell: "G5", why: "no catalog and no item column: the list's amounts are reported once as unchecked, at the first row's amount" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F16", why: "投资完成 合计 12,425 = 2860 + 1940 + 1675 + 1320 + 980 + 540 + 410 + 1940 + 460 + 300 (the duplicate row as typed)" },
      { rule: "composition.total-mismatch", cell: "H16", why: "剩余资金 15.7 = 12.5 + 3.2: a balance, its foot right, never a part of the award" },
      { rule: "register.ineligible-location", why: "every 所在区县 is a district of 重庆市" },
      { rule: "register.duplicate", cell: "G6", why: "the first listing of the project is no duplicate" },
      { rule: "register.duplicate", cell: "G7", why: "different firms and projects" },
    ],
  },
};
