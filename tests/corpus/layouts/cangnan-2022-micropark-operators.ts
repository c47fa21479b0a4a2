import type { CorpusLayout } from "../types";

// 苍南县经信局 2023-02-22: a short list whose header cells break over two lines ("乡镇\n(部门)",
// "补助\n金额") and which states no unit at all (the notice says 3-5万); one "place" is a bureau.
export const layout: CorpusLayout = {
  id: "cangnan-2022-micropark-operators",
  source: {
    title: "关于2022年度苍南县小微企业园运营机构工作经费补助的公示（附件：2022年度苍南县小微园运营机构补助清单）",
    url: "http://www.cncn.gov.cn/art/2023/2/22/art_1229416690_4151792.html",
    publisher: "苍南县小微企业创业园建设领导小组办公室（苍南县经信局）",
    date: "2023-02-22",
    changes:
      "Header wording and order as published (序号, 乡镇(部门), 园区名称, 工作完成情况, 主要工作, 补助金额; the two header " +
      "cells broken over two lines as on the page); no unit caption, as published. Park names and work notes " +
      "reworded, 9 parks instead of 11. Planted: row 13 repeats the park of row 6 (a double entry).",
  },
  classes: ["register", "no-unit-stated", "multiline-headers", "towns-as-places", "department-as-place"],
  settings: { district: "苍南县" },
  sheets: [
    {
      name: "附件",
      widths: [6, 10, 28, 10, 60, 8],
      rows: [
        ["附件：", null, null, null, null, null],
        ["2022年度苍南县小微园运营机构补助清单", null, null, null, null, null],
        ["序号", "乡镇\n(部门)", "园区名称", "工作完成情况", "主要工作", "补助\n金额"],
        [1, "经开区", "苍南华能塑料制品提升园", "优秀", "2022年度安全生产(消防考核)优秀等级、四星级园区、省数字化示范园区、绩效评价A", 5],
        [2, "经开区", "新兴轻工小微园", "良好", "2022年度安全生产(消防考核)良好等级、三星级园区、数字化建设", 3],
        [3, "宜山镇", "宜山再生纺织加工园", "良好", "2022年度安全生产(消防考核)良好等级、数字化建设、消防设施改造提升", 3],
        [4, "灵溪镇", "灵溪食品小微园(一期)", "良好", "2022年度安全生产(消防考核)良好等级、数字化园区建设、公共实验室", 3],
        [5, "科技局", "苍南县公益性科技孵化器", "良好", "2022年度安全生产(消防考核)良好等级、技术支撑平台建设", 3],
        [6, "钱库镇", "钱库小微企业创业园一期(新安)", "良好", "2022年度安全生产(消防考核)良好等级、园区环境整治", 3],
        [7, "金乡镇", "金乡标识包装小微园", "优秀", "2022年度安全生产(消防考核)优秀等级、四星级园区、数字化示范园区", 5],
        [8, "马站镇", "马站农副产品加工园", "良好", "2022年度安全生产(消防考核)良好等级、入园企业服务", 3],
        [9, "藻溪镇", "藻溪机械小微园", "良好", "2022年度安全生产(消防考核)良好等级、数字化建设", 3],
        [10, "钱库镇", "钱库小微企业创业园一期(新安)", "良好", "2022年度安全生产(消防考核)良好等级、园区环境整治", 3],
      ],
      merges: ["A2:F2"],
    },
  ],
  catalog: {
    items: [{ name: "小微园运营机构补助", capType: "max", capAmount: 5, unit: "万元", year: 2022, document: "苍经信〔2021〕12号" }],
  },
  expect: {
    tables: [
      {
        sheet: "附件",
        kind: "register",
        headerRow: 3,
        lastRow: 13,
        columns: { B: "place", C: "enterprise", F: "approved" },
        year: 2022,
        item: "小微园运营机构补助",
      },
    ],
    findings: [
      {
        rule: "register.duplicate",
        cell: "F13",
        why: "钱库小微企业创业园一期(新安) in row 9 (序号6, 3) and again in row 13 (序号10, 3): same awardee, same item, same year",
      },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "the item is in the title (小微园运营机构补助) and in the catalog" },
      { rule: "register.ineligible-location", cell: "B8", why: "科技局 is the county bureau running the incubator, not a place outside 苍南县" },
      { rule: "register.ineligible-location", why: "经开区, 宜山镇, 灵溪镇, 钱库镇, 金乡镇, 马站镇, 藻溪镇 are in 苍南县" },
      { rule: "cap.exceeded", why: "no award is above 5 (万元, the notice's 3-5万); whatever unit is assumed, 5 is within the cap" },
      { rule: "input.unreadable-value", why: "工作完成情况 (优秀/良好) and 主要工作 are text columns, not amounts" },
    ],
  },
};
