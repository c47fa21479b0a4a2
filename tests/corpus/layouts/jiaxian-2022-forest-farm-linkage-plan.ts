import type { CorpusLayout } from "../types";

// 国有郏县林场 2022-12-18: the 55万元 of central 衔接 money (欠发达国有林场巩固提升任务) put into two forest-farm projects,
// published as the county's eight-column project plan grid, no 合计 row, the supervision phone and the farm's sign-off under it.
export const layout: CorpusLayout = {
  id: "jiaxian-2022-forest-farm-linkage-plan",
  source: {
    title: "郏县2022年中央财政衔接资金项目计划表（欠发达国有林场巩固提升任务）",
    url: "http://jiaxian.gov.cn/contents/49557/394639.html",
    publisher: "国有郏县林场",
    date: "2022-12-18",
    changes:
      "As published: the table's title, its eight headings (序号 | 项目名称 | 项目类型 | 建设性质 | 实施地点 | 建设任务 | 计划投资 (万元) | 受益对象), the two " +
      "projects, their types, places, works and beneficiary, the absence of a 合计 row, the 监督电话 line and the sign-off. Ours: the two planned sums " +
      "(24 and 31 instead of the published split; still the notice's 55万元 in all). Nothing planted: a clean layout.",
  },
  classes: ["composition", "project-plan", "eight-column-project-plan", "no-total-row", "unit-in-heading", "works-text-with-figures", "beneficiary-column", "signoff-line", "county-fund", "linkage-fund", "clean", "henan"],
  settings: { district: "郏县" },
  sheets: [
    {
      name: "项目计划表",
      widths: [6, 34, 10, 10, 30, 44, 12, 14],
      rows: [
        ["郏县2022年中央财政衔接资金项目计划表", null, null, null, null, null, null, null],
        ["序号", "项目名称", "项目类型", "建设性质", "实施地点", "建设任务", "计划投资 (万元)", "受益对象"],
        [1, "2023年郏县国有林场管护设施建设项目", "基础设施", "新建", "大刘山林区、西大坪林区、万花山林区", "1、新建管护房2座，面积85.36平米；2、铺设地埋线1350米；3、安装3套监控设备。", 24, "国有郏县林场"],
        [2, "2023年郏县国有林场优质种苗繁育项目", "产业发展", "新建", "万花山林区", "新建侧柏苗圃20亩", 31, "国有郏县林场"],
        ["监督电话：国有郏县林场 0375-5508099", null, null, null, null, null, null, null],
        [null, null, null, null, null, "国有郏县林场", null, null],
        [null, null, null, null, null, "2022年12月18日", null, null],
      ],
      merges: ["A1:H1", "A5:H5", "F6:H6", "F7:H7"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目计划表",
        kind: "composition",
        unit: "万元",
        headerRow: 2,
        lastRow: 4,
        columns: { B: "line", C: "category", G: "amount" },
        year: 2022,
      },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", why: "no 合计 row is printed; 24 + 31 = 55, the notice's sum, is not in the grid to check" },
      { rule: "input.unreadable-value", cell: "F3", why: "建设任务 is text: 85.36平米, 1350米 and 3套 are the works, no amounts" },
      { rule: "register.unpaid", why: "a project plan (受益对象 names whom the works serve, no payee): no register" },
      { rule: "register.duplicate", why: "国有郏县林场 benefits from both projects: a beneficiary column, not a payee" },
      { rule: "input.unreadable-value", cell: "A5", why: "the 监督电话 line under the table is a note" },
    ],
  },
};
