import type { CorpusLayout } from "../types";

// 武强县扶贫开发和脱贫工作领导小组 2020-08-14 (武扶贫脱贫〔2020〕38号): 武强县2020年度财政涉农资金统筹整合使用实施方案, projects drawn from the
// 脱贫攻坚项目库. The stored copy gives the plan's text, not its project table: laid out as such a 整合资金项目表 is — 序号 | 项目类别 | 项目名称 |
// 实施地点 | 资金规模 | 资金来源 (中央, 省级, 县级) under a merged heading | 实施单位, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "wuqiang-2020-integrated-agri-funds-project-plan",
  source: {
    title: "武强县2020年度财政涉农资金统筹整合使用实施方案（武扶贫脱贫〔2020〕38号；整合资金项目表据方案拟）",
    url: "https://wuqiang.nongjiao.com/info/16621",
    publisher: "武强县扶贫开发和脱贫工作领导小组",
    date: "2020-08-14",
    changes:
      "As published: the plan and its basis (冀财农[2020]32号, 衡扶贫脱贫[2020]6号). The project table is not in the stored copy: the five projects, " +
      "towns, sources and units are ours. Planted: 农村安全饮水巩固提升's 资金规模 typed 269.80 (its sources add to 296.80), so the row and the " +
      "资金规模 column's foot (lines 1,965.30 against 1,992.30) both disagree.",
  },
  classes: [
    "composition", "allocation-by-project", "category-column", "row-total-column", "sources-under-merged-header", "two-header-rows", "towns-as-places",
    "unit-column", "two-decimal-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-not-in-stored-copy", "county-fund", "hebei",
  ],
  settings: { district: "武强县" },
  sheets: [
    {
      name: "项目表",
      widths: [6, 10, 28, 10, 12, 10, 10, 10, 16],
      rows: [
        ["武强县2020年度财政涉农资金统筹整合使用项目表", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元", null],
        ["序号", "项目类别", "项目名称", "实施地点", "资金规模", "资金来源", null, null, "实施单位"],
        [null, null, null, null, null, "中央", "省级", "县级", null],
        [1, "产业发展", "设施农业提升项目", "街关镇", 620.0, 400.0, 150.0, 70.0, "县农业农村局"],
        [2, "产业发展", "乐器产业扶贫车间建设项目", "武强镇", 380.0, 250.0, 100.0, 30.0, "县扶贫办"],
        [3, "基础设施", "农村道路硬化项目", "豆村乡", 545.5, 300.0, 180.5, 65.0, "县交通运输局"],
        [4, "基础设施", "农村安全饮水巩固提升项目", "北代乡", 269.8, 180.0, 90.0, 26.8, "县水务局"],
        [5, "公益岗位", "扶贫公益岗位补贴", "全县", 150.0, 0, 100.0, 50.0, "县扶贫办"],
        ["合计", null, null, null, 1992.3, 1130.0, 620.5, 241.8, null],
        ["注：项目均从武强县脱贫攻坚项目库中选取；资金来源按中央、省、县三级列示。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "H2:I2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:H3", "I3:I4", "A10:D10", "A11:I11"],
      numberFormats: { "E5:H10": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目表", kind: "composition", unit: "万元", headerRow: 3, lastRow: 10,
        columns: { B: "category", C: "line", E: "amount", F: "amount:中央", G: "amount:省级", H: "amount:县级" }, year: 2020,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E8", why: "安全饮水 资金规模 269.80 where its sources add to 180.00 + 90.00 + 26.80 = 296.80: 27.00 short" },
      { rule: "composition.total-mismatch", cell: "E10", why: "资金规模 合计 1,992.30 where the lines as typed add to 620.00 + 380.00 + 545.50 + 269.80 + 150.00 = 1,965.30" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F10", why: "400 + 250 + 300 + 180 + 0 = 1,130.00" },
      { rule: "composition.total-mismatch", cell: "G10", why: "150 + 100 + 180.5 + 90 + 100 = 620.50" },
      { rule: "composition.total-mismatch", cell: "H10", why: "70 + 30 + 65 + 26.8 + 50 = 241.80" },
      { rule: "composition.total-mismatch", cell: "E7", why: "545.50 = 300.00 + 180.50 + 65.00" },
      { rule: "register.ineligible-location", cell: "D5", why: "街关镇 (like 武强镇, 豆村乡, 北代乡) is a town of 武强县" },
      { rule: "input.unreadable-value", cell: "F9", why: "a 0 中央 share is a value, not an unreadable one" },
      { rule: "input.unreadable-value", cell: "A11", why: "the note under the table is no data" },
    ],
  },
};
