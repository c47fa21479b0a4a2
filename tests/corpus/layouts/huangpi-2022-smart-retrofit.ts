import type { CorpusLayout } from "../types";

// 黄陂区科技和经信局 2023-01-17: subsidy = 8% of the audited investment, split 50/50 between
// city and district. 项目名称 is each firm's own project, not a policy item; two header rows with
// the 补助资金 split into 市级/区级.
export const layout: CorpusLayout = {
  id: "huangpi-2022-smart-retrofit",
  source: {
    title: "关于下达2022年工业智能化改造专项补助资金计划的公示（附件2：2022年工业智能化改造专项补助资金计划安排表）",
    url: "http://whht.org.cn/news/info/id/4817.html",
    publisher: "武汉市黄陂区科学技术和经济信息化局",
    date: "2023-01-17",
    changes:
      "The stored copy gives the notice text and the annex title, not the annex table: the column set " +
      "(企业名称, 项目名称, investment declared and audited, 补助资金 split 市级/区级) follows what the notice says the " +
      "annex holds (项目详情及投资审核、资金补助安排; 按审核确认投资额的8%予以支持，市、区各承担50%); the header " +
      "wording is ours. Five projects as in the notice, names and figures invented (the first project name is the " +
      "notice's own example). Planted: project 3's subsidy is 190.00 where 8% of 2,150.00 is 172.00.",
  },
  classes: ["register", "two-header-rows", "qizhong-split", "project-name-column", "rate-cap", "wanyuan-caption", "item-in-title"],
  sheets: [
    {
      name: "附件2",
      widths: [6, 30, 34, 12, 14, 12, 12, 12],
      rows: [
        ["附件2", null, null, null, null, null, null, null],
        ["2022年工业智能化改造专项补助资金计划安排表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "项目名称", "申报投资额", "审核确认投资额", "补助资金", null, null],
        [null, null, null, null, null, "合计", "市级承担（50%）", "区级承担（50%）"],
        [1, "武汉铜科新材料有限公司", "高性能铜基材料智能化生产线", 3860, 3512.4, 280.99, 140.5, 140.49],
        [2, "武汉盘龙精密模具有限公司", "精密模具车间智能化改造项目", 1250, 1180, 94.4, 47.2, 47.2],
        [3, "湖北前川食品股份有限公司", "食品包装智能化生产线建设项目", 2400, 2150, 190, 95, 95],
        [4, "武汉滠水汽车零部件有限公司", "汽车座椅骨架焊接智能化改造", 980, 905.6, 72.45, 36.23, 36.22],
        [5, "武汉木兰电气有限公司", "配电设备数字化车间改造项目", 1600, 1600, 128, 64, 64],
        ["合计", null, null, 10090, 9348, 765.84, 382.93, 382.91],
        ["注：补助资金按审核确认投资额的8%予以支持，市、区各承担50%。", null, null, null, null, null, null, null],
      ],
      merges: ["A2:H2", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:H4", "A11:C11", "A12:H12"],
      numberFormats: { "D6:H11": "#,##0.00" },
    },
  ],
  catalog: {
    items: [
      {
        name: "工业智能化改造",
        capType: "rate",
        rate: 0.08,
        year: 2022,
        document: "武政规〔2021〕14号；陂科经〔2021〕52号",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "附件2",
        kind: "register",
        unit: "万元",
        headerRow: 4,
        lastRow: 11,
        columns: { B: "enterprise", C: "project", E: "base", F: "approved" },
        year: 2022,
        item: "工业智能化改造",
      },
    ],
    findings: [
      {
        rule: "cap.rate-exceeded",
        cell: "F8",
        why: "8% × 2,150.00 = 172.00万元 allowed; 190.00万元 stated: 18.00万元 (180,000元) over",
      },
    ],
    absent: [
      {
        rule: "cap.rate-exceeded",
        cell: "F9",
        why: "8% × 905.60 = 72.448万元, stated 72.45: the 0.002万元 gap is rounding to the 0.01万元 the table uses",
      },
      {
        rule: "cap.rate-exceeded",
        cell: "F11",
        why: "the 合计 row (765.84 against 8% × 9,348.00 = 747.84) is not an award; the excess is row 8's alone",
      },
      { rule: "cap.unknown-policy", why: "项目名称 is each firm's own project; the policy item comes from the title" },
      { rule: "register.duplicate", why: "市级承担/区级承担 are parts of one award, not further awards" },
      { rule: "cap.rate-exceeded", cell: "G8", why: "the 市级 half (95.00) is a part of the award; the award is checked once, at F8" },
    ],
  },
};
