import type { CorpusLayout } from "../types";

// 广西日报 2018-04-26: 53亿元 (中央 money included) the region's finance put behind the public projects for its 60th anniversary —
// 北部湾大学, 广西国际壮医医院, 广西新媒体中心, 南宁国际会展中心升级改造, 南宁园博园 — with each project's sources
// (壮医医院一期: 自治区本级财政专项资金9亿元 and 发改委本级预算内基建投资3亿元; 园博园: a 1亿元 grant and 4亿元 of new bond quota).
export const layout: CorpusLayout = {
  id: "guangxi-2018-anniversary-public-projects-funding",
  source: {
    title: "广西财政支持公益性重大项目建设 南宁市多个项目受益（资金保障情况表据报道拟）",
    url: "https://gx.cri.cn/chinanews/20180426/c8f5c0ff-7e65-df7f-77cd-47dab465284b.html",
    publisher: "广西日报（国际在线广西频道转载）",
    date: "2018-04-26",
    changes:
      "As reported: the projects by name, the whole 53亿元, 壮医医院一期 12亿元 = 9 (自治区本级财政专项资金) + 3 (自治区发改委本级预算内基建投资), " +
      "its 1.38亿元 for equipment, and 园博园's 1亿元 grant beside 4亿元 of 新增政府债券限额. The report gives no table and no split for " +
      "北部湾大学, 新媒体中心 or 会展中心: the layout (项目名称 | 资金合计 | 其中 three sources, 单位：亿元) and those figures are ours. " +
      "Planted: 南宁国际会展中心升级改造's 资金合计 typed 13.26 where its sources give 10.00 + 3.62 = 13.62, so the row misses its parts " +
      "and the 资金合计 column misses its 合计 of 53.00.",
  },
  classes: [
    "composition", "allocation-by-project", "sources-under-merged-header", "row-total-column", "two-header-rows", "dash-for-nothing",
    "two-decimal-yiyuan", "yiyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "news-report",
    "province-level", "guangxi",
  ],
  settings: { district: "广西壮族自治区" },
  sheets: [
    {
      name: "资金保障",
      widths: [6, 36, 12, 18, 18, 16],
      rows: [
        ["自治区成立60周年公益性重大项目财政资金保障情况表", null, null, null, null, null],
        [null, null, null, null, null, "单位：亿元"],
        ["序号", "项目名称", "资金合计", "其中", null, null],
        [null, null, null, "自治区本级财政专项资金", "自治区本级预算内基建投资", "新增政府债券"],
        [1, "北部湾大学项目", 15, 12, 3, "—"],
        [2, "广西国际壮医医院项目（一期）", 12, 9, 3, "—"],
        [3, "广西国际壮医医院购置医疗设备", 1.38, 1.38, "—", "—"],
        [4, "广西新媒体中心项目", 6, 4.5, 1.5, "—"],
        [5, "南宁国际会展中心升级改造工程项目", 13.26, 10, 3.62, "—"],
        [6, "南宁园博园项目", 5, 1, "—", 4],
        ["合计", null, 53, 37.88, 11.12, 4],
        ["注：含争取中央资金；南宁园博园项目新增政府债券为安排南宁市本级新增政府债券限额。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "A11:B11", "A12:F12"],
      numberFormats: { "C5:F11": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金保障",
        kind: "composition",
        unit: "亿元",
        headerRow: 3,
        lastRow: 11,
        columns: { B: "line", C: "amount", D: "amount:自治区本级财政专项资金", E: "amount:自治区本级预算内基建投资", F: "amount:新增政府债券" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C9", why: "南宁国际会展中心: 10.00 + 3.62 = 13.62 against 13.26 typed (0.36亿元)" },
      { rule: "composition.total-mismatch", cell: "C11", why: "资金合计 down the lines as typed: 15 + 12 + 1.38 + 6 + 13.26 + 5 = 52.64 against 53.00" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D11", why: "12 + 9 + 1.38 + 4.5 + 10 + 1 = 37.88" },
      { rule: "composition.total-mismatch", cell: "E11", why: "3 + 3 + 1.5 + 3.62 = 11.12" },
      { rule: "composition.total-mismatch", cell: "F11", why: "only 园博园's 4.00" },
      { rule: "composition.total-mismatch", cell: "C5", why: "12 + 3 = 15" },
      { rule: "composition.total-mismatch", cell: "C10", why: "1 + 4 = 5; dashes are nothing" },
      { rule: "input.unreadable-value", why: "dashes mean nothing; the note is text" },
    ],
  },
};
