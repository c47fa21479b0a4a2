import type { CorpusLayout } from "../types";

// A 2025 公示 of the 2025年上海市对口帮扶云南省项目 built in 爱华镇、茂兰镇、漫湾镇、大寨镇、幸福镇 (the towns of 云县, 临沧市): the content is
// prose, project by project, each with its sum and its parts' sums (茂兰镇温平村 tea park 695万元 = 320 + 93 + 135 + 60 + 87; 大寨镇新民村 herb
// base 705万元 = 468 + 92 + …, the stored copy breaking off in the third part). Laid out as a project-content and investment table: the
// projects as sections （一）（二） carrying their sums, their numbered parts below, no 合计 (the prose gives none).
export const layout: CorpusLayout = {
  id: "yunxian-2025-shanghai-aid-project-investment-breakdown",
  source: {
    title: "2025年上海市对口帮扶云南省项目公示（项目建设内容及投资表据公示拟）",
    url: "https://tnwt.com.cn/artview/627/239645.html",
    publisher: "云县（项目公示，转载）",
    date: "2025",
    changes:
      "As published: the project name, 新建, the five towns, 茂兰镇温平村 695万元 and its five parts (320, 93, 135, 60, 87, contents shortened), " +
      "大寨镇新民村 705万元 with 468 and 92. The stored copy breaks off in 大寨's third part: its 晾晒场 part's sum and a fourth part are ours, and " +
      "the three other towns' projects are left out. The table is ours (表据公示拟). Planted: 大寨's parts 468 + 92 + 95 + 60 = 715 against its 705.",
  },
  classes: [
    "composition", "allocation-by-project", "project-parts", "numbered-sections-with-subtotal", "subtotal-slip", "no-total-row",
    "content-as-lines", "place-column", "whole-wanyuan", "wanyuan-in-header", "table-from-prose", "paired-aid", "county-fund", "yunnan",
  ],
  settings: { district: "云县" },
  sheets: [
    {
      name: "建设内容及投资",
      widths: [6, 56, 16, 12],
      rows: [
        ["2025年上海市对口帮扶云南省项目建设内容及投资表", null, null, null],
        ["序号", "项目名称及建设内容", "建设地点", "投资（万元）"],
        ["（一）", "茂兰镇温平村茶产业融合发展示范园项目", "茂兰镇温平村", 695],
        [1, "新建钢结构茶叶精制加工厂房2000平方米", null, 320],
        [2, "新建综合管理用房200平方米，场地及入厂道路硬化2400平方米", null, 93],
        [3, "配套挡墙300立方米、排水沟渠200米、围墙300米、厂区绿化1200平方米、太阳能路灯40盏、公厕1座及附属设施", null, 135],
        [4, "建设标准化种植基地500亩（含小气候、墒情、农残和重金属监测及溯源设施）", null, 60],
        [5, "建设生产步道2公里、鲜叶临时收集存放点3个、太阳能害虫防治灯100盏", null, 87],
        ["（二）", "大寨镇新民村中药材初加工及种植基地项目", "大寨镇新民村", 705],
        [1, "建设钢结构加工厂房2400平方米（含生产车间、仓储、冷库等）", null, 468],
        [2, "建设钢结构综合管理用房400平方米", null, 92],
        [3, "建设混凝土晾晒场1600平方米，配套混凝土挡墙和装卸平台898立方米", null, 95],
        [4, "建设中药材标准化种植基地300亩", null, 60],
        ["注：项目建成后产权归所在村集体所有，收益用于巩固拓展脱贫攻坚成果、壮大村集体经济。", null, null, null],
      ],
      merges: ["A1:D1", "A14:D14"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "建设内容及投资",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 13,
        columns: { B: "line", D: "amount" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D9", why: "大寨镇新民村 project 705; its parts 468 + 92 + 95 + 60 = 715 (10 apart)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D3", why: "茂兰镇温平村 695 = 320 + 93 + 135 + 60 + 87" },
      { rule: "register.ineligible-location", cell: "C3", why: "茂兰镇 and 大寨镇 are towns of 云县" },
      { rule: "composition.line-mismatch", cell: "B6", why: "the quantities in the contents (300立方米, 40盏) are sizes, not money" },
    ],
  },
};
