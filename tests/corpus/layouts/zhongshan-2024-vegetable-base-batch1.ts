import type { CorpusLayout } from "../types";

// 中山市农业农村局 2024-10-21: a first instalment of subsidies for vegetable bases; 镇街 first, the
// awardee, the area in 亩, the award and the first instalment in 万元, then the fund line
// (项目名称), the budget subject code and name, and the performance target as text.
export const layout: CorpusLayout = {
  id: "zhongshan-2024-vegetable-base-batch1",
  source: {
    title: "关于下拨2024年农业发展专项资金-高标准蔬菜生产基地创建项目（第一批）补助资金的通知（附件：安排表）",
    url: "https://0477ly.com/newsdetail/news681700.html",
    publisher: "中山市农业农村局 (notice mirrored on 0477ly.com)",
    date: "2024-10-21",
    changes:
      "Annex title and header as published (镇街 | 项目实施主体 | 项目实施面积（亩） | 补助资金（万元） | 第一批下拨资金（万元） | 项目名称 | " +
      "功能类科目代码及名称 | 绩效目标) with its 项目名称 (农业产业发展--农业发展专项资金), subject ([2130122]农业生产发展) and target " +
      "wording; the published annex has one row (三乡镇, 240亩, 12, 9.854) and a 合计; here six invented bodies in six towns at " +
      "the same 500元/亩 and the same 82.12% first instalment. The notice's title is ours from its text. The cap in the catalog " +
      "(30万元 per base) is chosen for the corpus. Planted: 黄圃镇's first instalment 14.60 is above its award of 13.00; " +
      "港口镇's award 35.00 is above the 30.00 cap.",
  },
  classes: ["register", "instalments", "towns-as-places", "area-column", "budget-subject-code", "text-target-column", "item-in-title", "wanyuan-in-header"],
  settings: { district: "中山市" },
  sheets: [
    {
      name: "附件",
      widths: [10, 30, 12, 12, 14, 26, 24, 24],
      rows: [
        ["附件", null, null, null, null, null, null, null],
        ["2024年农业发展专项资金-高标准蔬菜生产基地创建项目（第一批）安排表", null, null, null, null, null, null, null],
        ["镇街", "项目实施主体", "项目实施面积（亩）", "补助资金（万元）", "第一批下拨资金（万元）", "项目名称", "功能类科目代码及名称", "绩效目标"],
        ["三乡镇", "中山市三乡绿源蔬菜专业合作社", 220, 11, 9.0332, "农业产业发展--农业发展专项资金", "[2130122]农业生产发展", "完成高标准蔬菜生产基地创建"],
        ["坦洲镇", "中山市坦洲禾丰农业发展有限公司", 300, 15, 12.318, "农业产业发展--农业发展专项资金", "[2130122]农业生产发展", "完成高标准蔬菜生产基地创建"],
        ["民众街道", "中山市民众田园果蔬专业合作社", 180, 9, 7.3908, "农业产业发展--农业发展专项资金", "[2130122]农业生产发展", "完成高标准蔬菜生产基地创建"],
        ["黄圃镇", "中山市黄圃穗农蔬菜种植专业合作社", 260, 13, 14.6, "农业产业发展--农业发展专项资金", "[2130122]农业生产发展", "完成高标准蔬菜生产基地创建"],
        ["港口镇", "中山市港口鲜达农业科技有限公司", 700, 35, 28.742, "农业产业发展--农业发展专项资金", "[2130122]农业生产发展", "完成高标准蔬菜生产基地创建"],
        ["横栏镇", "中山市横栏四季农场有限公司", 200, 10, 8.212, "农业产业发展--农业发展专项资金", "[2130122]农业生产发展", "完成高标准蔬菜生产基地创建"],
        ["合计", null, 1860, 93, 80.296, null, null, null],
      ],
      merges: ["A2:H2", "A10:B10"],
    },
  ],
  catalog: {
    items: [
      {
        name: "高标准蔬菜生产基地创建",
        capType: "max",
        capAmount: 30,
        unit: "万元",
        year: 2024,
        document: "中农农〔2022〕62号（上限为语料自拟）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "附件",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { A: "place", B: "enterprise", D: "approved", E: "paidNow" },
        year: 2024,
        item: "高标准蔬菜生产基地创建",
      },
    ],
    findings: [
      {
        rule: "register.paid-exceeds-award",
        cell: "E7",
        why: "黄圃镇 穗农合作社: first instalment 14.60万元 against an award of 13.00万元 (1.60万元 = 16,000元 over)",
      },
      { rule: "cap.exceeded", cell: "D8", why: "港口镇 鲜达农业: award 35.00万元 (700亩 × 500元) against the 30.00万元 cap (5.00万元 over)" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "the item is in the title (高标准蔬菜生产基地创建) and in the catalog; 项目名称 names the fund line, the same on every row" },
      { rule: "register.invalid-credit-code", why: "[2130122] is a budget subject code, not a credit code; the list has no credit codes" },
      { rule: "cap.exceeded", cell: "C8", why: "项目实施面积 (700亩) is an area, not money" },
      { rule: "register.paid-exceeds-award", cell: "E10", why: "合计 is not an award (80.296 ≤ 93 in any case)" },
      { rule: "register.ineligible-location", why: "三乡镇, 坦洲镇, 民众街道, 黄圃镇, 港口镇, 横栏镇 are in 中山市" },
      { rule: "register.unpaid", why: "every award has its first instalment" },
      { rule: "input.unreadable-value", why: "项目名称, 功能类科目代码及名称 and 绩效目标 are text columns" },
      { rule: "register.duplicate", why: "no body appears twice" },
    ],
  },
};
