import type { CorpusLayout } from "../types";

// 巩留县 (伊犁州, 新疆) 2020-05-18: the plan for the second batch of 2020 脱贫攻坚 local-government bond money — five projects, 20,388万元
// of investment, 15,000 from bonds and 5,388 of county money — set out as its annex table: 序号 | 项目类别 | 项目名称 | 建设地点 | 建设内容 |
// 总投资 | 资金来源 (地方政府债券资金 | 地方配套资金), 合计 at the foot, the notice's shares by kind as a note.
export const layout: CorpusLayout = {
  id: "gongliu-2020-poverty-bond-batch2-project-plan",
  source: {
    title: "巩留县2020年第二批脱贫攻坚地方政府债券项目安排使用情况公示（附件：项目计划表，表据正文拟）",
    url: "http://www.xjgl.gov.cn/xjgl/c114307/202005/637ca4d7e9254055a5aa297ecc5ba234.shtml",
    publisher: "巩留县扶贫开发领导小组办公室",
    date: "2020-05-18",
    changes: "As published (in the notice's text): five projects, 总投资 20,388万元 = 地方政府债券 15,000 + 地方配套 5,388, by kind — 产业发展 1 project 1,250 (6.1%), 饮水巩固提升 2 projects 5,263 (25.8%), 道路基础设施 1 project 13,500 (66.2%), 农田水利 1 project 375 (1.9%). The annex 项目计划表 is not in the stored copy: the projects' names, places, contents, the two water projects' split and every project's sources are ours; the kinds' shares are kept as a note. Planted: the road project's 地方配套资金 typed 3,600 where 13,500 − 9,600 = 3,900, so its sources miss its 总投资 and the 配套 column's lines (5,088) miss the 合计 5,388.",
  },
  classes: ["composition", "allocation-by-project", "category-column", "place-column", "sources-under-merged-header", "row-total-column", "two-header-rows", "total-at-foot", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "county-fund", "xinjiang"],
  settings: {"district": "巩留县"},
  sheets: [
    {
      name: "项目计划表",
      widths: [6, 16, 40, 20, 28, 10, 16, 14],
      rows: [
        ["巩留县2020年第二批脱贫攻坚地方政府债券项目计划表（表据正文拟）", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目类别", "项目名称", "建设地点", "建设内容", "总投资", "资金来源", null],
        [null, null, null, null, null, null, "地方政府债券资金", "地方配套资金"],
        [1, "产业发展", "巩留县2020年农产品冷链仓储设施建设项目", "巩留镇", "新建冷链仓储库及配套设施", 1250, 1000, 250],
        [2, "饮水巩固提升", "巩留县东买里镇农村饮水安全巩固提升工程", "东买里镇", "更换供水管网、新建蓄水池", 3100, 2400, 700],
        [3, "饮水巩固提升", "巩留县提克阿热克镇农村饮水安全巩固提升工程", "提克阿热克镇", "改造水源工程及入户管网", 2163, 1700, 463],
        [4, "道路基础设施建设", "巩留县2020年农村公路提升改造工程", "阿尕尔森乡、莫乎尔乡", "改建通村公路及配套设施", 13500, 9600, 3600],
        [5, "农田水利设施建设", "巩留县莫乎尔乡农田灌溉渠系配套工程", "莫乎尔乡", "防渗渠道及配套建筑物", 375, 300, 75],
        ["合计", null, null, null, null, 20388, 15000, 5388],
        ["注：产业发展项目1个1250万元，占资金总额的6.1%；饮水巩固提升项目2个5263万元，占25.8%；道路基础设施建设项目1个13500万元，占66.2%；农田水利设施建设项目1个375万元，占1.9%。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:H3", "A10:E10", "A11:H11"],
    },
  ],
  // Corrected after measurement (counted failed): the title names the fund (…地方政府债券项目计划表), so docs/rules.md keeps its
  // column the allocation's amount, not a part of 总投资; 总投资 is still checked against its sources.
  expect: {
    tables: [
      {"sheet": "项目计划表", "kind": "composition", "unit": "万元", "headerRow": 3, "lastRow": 10, "columns": {"B": "category", "C": "line", "F": "amount", "G": "amount", "H": "amount:地方配套资金"}, "year": 2020},
    ],
    findings: [
      {"rule": "composition.total-mismatch", "sheet": "项目计划表", "cell": "F8", "why": "道路 project 总投资 13,500 where its sources give 9,600 + 3,600 = 13,200: 300 apart"},
      {"rule": "composition.total-mismatch", "sheet": "项目计划表", "cell": "H10", "why": "地方配套资金 合计 5,388 where the lines as typed add up to 250 + 700 + 463 + 3,600 + 75 = 5,088"},
    ],
    absent: [
      {"rule": "composition.total-mismatch", "sheet": "项目计划表", "cell": "F10", "why": "总投资 合计 20,388 = 1,250 + 3,100 + 2,163 + 13,500 + 375, and across = 15,000 + 5,388 (its 配套 foot is the slip at H10)"},
      {"rule": "composition.total-mismatch", "sheet": "项目计划表", "cell": "G10", "why": "债券资金 合计 15,000 = 1,000 + 2,400 + 1,700 + 9,600 + 300"},
      {"rule": "composition.total-mismatch", "sheet": "项目计划表", "cell": "F6", "why": "饮水 project 3,100 = 2,400 + 700"},
      {"rule": "composition.total-mismatch", "sheet": "项目计划表", "cell": "F7", "why": "饮水 project 2,163 = 1,700 + 463"},
      {"rule": "composition.total-mismatch", "sheet": "项目计划表", "cell": "A11", "why": "the note's kind totals (5,263 for the two water projects = 3,100 + 2,163) are text under the table, no lines"},
      {"rule": "register.ineligible-location", "why": "an allocation by project, not a register; its towns (巩留镇, 东买里镇, 提克阿热克镇, 阿尕尔森乡, 莫乎尔乡) lie in 巩留县"},
    ],
  },
};
