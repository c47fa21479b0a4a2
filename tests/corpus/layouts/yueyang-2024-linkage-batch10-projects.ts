import type { CorpusLayout } from "../types";

// 岳阳县 (湖南) 2024-12-09: the county's tenth batch of 2024 衔接 money — 19 village projects, 170万元 (产业发展 10 projects
// 105万元, 乡村建设行动 9 projects 65万元) — under a merged heading 本批衔接资金安排情况（万元） split by level of government
// (中央 | 省级 | 市级 | 县级), two header rows, the town and village before each project.
export const layout: CorpusLayout = {
  id: "yueyang-2024-linkage-batch10-projects",
  source: {
    title: "关于下达岳阳县2024年第十批财政衔接资金项目计划的通知（附件：岳阳县2024年第十批财政衔接资金项目计划表）",
    url: "http://shoushudeng.com/37584/38154/38157/38160/38207/38208/40152/content_2259351.html",
    publisher: "中共岳阳县委农村工作领导小组办公室（转载）",
    date: "2024-12-09",
    changes:
      "The notice (岳财农指〔2024〕28号, the city's third batch of 2024; 19 projects 170万元), the annex title, its two header rows and the " +
      "first three rows' town, village, project, category and building work are as published. The stored copy runs the four money cells " +
      "together; the amounts are put under 市级 because the notice says the batch is the city's money (20 and 10 for rows 1–2 as shown, " +
      "row 3's amount is ours). The list is cut to eight projects: rows 4–8 and the 合计 row are ours. Planted: 合计 states 市级 95.00 " +
      "where the eight projects add up to 90.00.",
  },
  classes: ["composition", "project-plan", "two-header-rows", "money-by-level", "empty-level-columns", "towns-as-places", "category-column", "wanyuan-in-header", "hunan"],
  sheets: [
    {
      name: "项目计划表",
      widths: [6, 12, 12, 32, 14, 44, 8, 8, 8, 8],
      rows: [
        ["附件", null, null, null, null, null, null, null, null, null],
        ["岳阳县2024年第十批财政衔接资金项目计划表", null, null, null, null, null, null, null, null, null],
        ["序号", "乡镇（单位名称）", "村名", "项目名称", "项目类别", "项目建设内容", "本批衔接资金安排情况（万元）", null, null, null],
        [null, null, null, null, null, null, "中央", "省级", "市级", "县级"],
        [1, "柏祥镇", "柏祥村", "柏祥村黄升组中间塘清污加固护砌", "产业发展", "黄升组中间塘清污、塘堤加固硬化65米", null, null, 20, null],
        [2, "步仙镇", "狮山社区", "狮山片道路维修", "乡村建设行动", "狮山片东边组西边组，硬化路面宽3.5米，长700米", null, null, 10, null],
        [3, "筻口镇", "明星村", "桥埠片优质稻基地配套水利建设", "产业发展", "桥埠片黎罗家六组塘清淤护砌，基脚长50米×0.4宽×0.6高", null, null, 15, null],
        [4, "新墙镇", "清水村", "清水村油茶基地产业路硬化", "产业发展", "硬化产业路宽3.5米，长400米", null, null, 10, null],
        [5, "月田镇", "胜天村", "胜天村集中供水管网改造", "乡村建设行动", "更换供水主管网1.2公里", null, null, 5, null],
        [6, "公田镇", "塘坊村", "塘坊村黄茶加工晒坪建设", "产业发展", "新建黄茶加工晒坪300平方米", null, null, 10, null],
        [7, "张谷英镇", "渭洞村", "渭洞村人居环境整治", "乡村建设行动", "修建排水沟500米", null, null, 15, null],
        [8, "荣家湾镇", "湖滨村", "湖滨村稻虾基地沟渠清淤", "产业发展", "清淤沟渠1500米", null, null, 5, null],
        ["合计", null, null, null, null, null, null, null, 95, null],
      ],
      merges: ["A2:J2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:J3", "A13:F13"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目计划表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { D: "line", E: "category", G: "amount:中央", H: "amount:省级", I: "amount:市级", J: "amount:县级" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "I13", why: "合计 市级 states 95.00; 20 + 10 + 15 + 10 + 5 + 10 + 15 + 5 = 90.00 (5.00万元 too much)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "G13", why: "中央, 省级 and 县级 are empty in every row and in 合计" },
      { rule: "composition.line-mismatch", why: "the building work (65米, 3.5米 × 700米) is text, not a quantity and unit price" },
      { rule: "cap.unknown-policy", why: "towns and villages are no applicants: the list is an allocation" },
      { rule: "register.duplicate", why: "no register" },
      { rule: "input.unreadable-value", why: "项目建设内容 and 项目类别 are text by nature; empty level cells are nothing" },
    ],
  },
};
