import type { CorpusLayout } from "../types";

// 重庆市农业农村委员会、重庆市发展和改革委员会 2019-11-21: projects of twelve 区县 applying for 2020 生猪规模化养殖场建设
// central budget investment — 区县, 项目名称, 项目单位, 建设规模, 总投资 beside the central money asked for, a 合计 at the foot.
export const layout: CorpusLayout = {
  id: "chongqing-2020-pig-farm-central-investment",
  source: {
    title: "关于申请2020年生猪规模化养殖场建设中央预算内补助投资项目的公示（附件：申请2020年生猪规模化养殖场建设中央预算内补助投资项目公示表；表据正文拟）",
    url: "https://www.zhaozhengce.cn/Policy/Detail/12783",
    publisher: "重庆市农业农村委员会、重庆市发展和改革委员会",
    date: "2019-11-21",
    changes:
      "The stored page is the notice (万州区等12个区县拟申请24个…项目中央预算内投资补助2200万元) without its annex: the table's title is the annex's " +
      "name; its columns (序号 | 区县 | 项目名称 | 项目单位 | 建设规模（年出栏，头） | 总投资（万元） | 申请中央预算内投资（万元）), the twelve 区县 " +
      "other than 万州区, the projects, farms and figures are ours, one project a 区县 (the notice has 24). Planted: the 合计 of the central " +
      "money states the notice's 2,200 while the twelve lines add up to 2,180.",
  },
  classes: ["composition", "allocation-by-project", "counties-as-places", "implementing-body-column", "count-column", "two-amount-columns", "total-at-foot", "whole-wanyuan", "wanyuan-in-header", "chongqing"],
  sheets: [
    {
      name: "公示表",
      widths: [6, 10, 34, 30, 14, 12, 16],
      rows: [
        ["申请2020年生猪规模化养殖场建设中央预算内补助投资项目公示表", null, null, null, null, null, null],
        ["序号", "区县", "项目名称", "项目单位", "建设规模（年出栏，头）", "总投资（万元）", "申请中央预算内投资（万元）"],
        [1, "万州区", "万州区分水镇生猪规模化养殖场新建项目", "重庆万分牧业有限公司", 12000, 1100, 220],
        [2, "涪陵区", "涪陵区龙潭镇生猪养殖场改扩建项目", "重庆涪龙农牧发展有限公司", 10000, 900, 180],
        [3, "綦江区", "綦江区石壕镇生猪规模养殖场建设项目", "重庆綦石生态养殖有限公司", 8000, 760, 150],
        [4, "大足区", "大足区拾万镇生猪规模化养殖场项目", "重庆拾万农业开发有限公司", 11000, 1020, 200],
        [5, "长寿区", "长寿区云台镇生猪养殖场新建项目", "重庆云台畜牧有限公司", 8500, 800, 160],
        [6, "合川区", "合川区龙市镇万头猪场建设项目", "重庆合龙生猪养殖有限公司", 13000, 1250, 240],
        [7, "永川区", "永川区仙龙镇生猪规模化养殖场项目", "重庆永仙农牧有限公司", 9500, 880, 180],
        [8, "南川区", "南川区鸣玉镇生猪养殖场改扩建项目", "重庆鸣玉生态农业有限公司", 7000, 700, 140],
        [9, "梁平区", "梁平区屏锦镇生猪规模化养殖场项目", "重庆屏锦畜禽养殖有限公司", 10500, 1000, 200],
        [10, "丰都县", "丰都县三建乡生猪养殖场建设项目", "重庆丰三牧业有限公司", 8500, 820, 160],
        [11, "垫江县", "垫江县沙坪镇生猪规模化养殖场项目", "重庆垫沙农牧有限公司", 9000, 850, 170],
        [12, "忠县", "忠县拔山镇生猪养殖场新建项目", "重庆忠拔生猪养殖有限公司", 9500, 900, 180],
        ["合计", null, null, null, null, 10980, 2200],
      ],
      merges: ["A1:G1", "A15:E15"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公示表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 15,
        // Corrected after the measurement (the count unchanged): the money the table allocates (申请中央预算内投资,
        // 2,200万元 as the notice states) is the amount and 总投资 a further column, as the corpus states such columns
        // (xunyang-2024-linkage-city-batch1-projects); the layout had them the other way round.
        columns: { B: "category", C: "line", F: "amount:总投资", G: "amount" },
        year: 2020,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "G15",
        why: "申请中央预算内投资: 220+180+150+200+160+240+180+140+200+160+170+180 = 2,180; 合计 states 2,200: 20万元 more than its lines (whole 万元, no rounding)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F15", why: "总投资: 1,100+900+760+1,020+800+1,250+880+700+1,000+820+850+900 = 10,980, as stated" },
      { rule: "composition.line-mismatch", why: "建设规模 is head of pigs a year, a size, not a quantity priced by any column; no unit amount is stated" },
      { rule: "composition.total-mismatch", cell: "E15", why: "建设规模 has no total and is no money" },
      { rule: "composition.approved-mismatch", why: "no approved budget is stated in the workbook or the settings" },
    ],
  },
};
