import type { CorpusLayout } from "../types";

// 郏县 2023-11-20: the money left over (after review and tendering) from the 2023 central and provincial 衔接资金 for 少数民族发展任务, put
// into one project — the notice states the source above the table, then 郏县2023年中央和省级结余资金项目安排情况表 with eight headings,
// one project, 合 计 merged across, three-decimal 万元; the supervision line and date under it.
export const layout: CorpusLayout = {
  id: "jiaxian-2023-ethnic-linkage-surplus-project",
  source: {
    title: "郏县2023年中央和省级财政衔接推进乡村振兴补助资金（少数民族发展任务）结余资金项目安排公告（三、项目安排情况表）",
    url: "https://jiaxian.gov.cn/contents/49578/388711.html",
    publisher: "郏县民族宗教事务局",
    date: "2023-11-20",
    changes:
      "As published: the notice's 一、资金来源 line above the table, the table's title and eight headings (序号 | 项目名称 | 项目类型 | 建设性质 | 实施地点 | " +
      "建设任务 | 计划投资（万元） | 受益对象), a single project, 合 计 merged over the text columns, three-decimal 万元, the supervision line and the date " +
      "(the phone number left out). Ours: the project, its village and task, the amount 14.862 and its split 9.362 + 5.500. Nothing planted: the layout " +
      "is clean.",
  },
  classes: [
    "composition", "clean", "single-line", "text-columns", "three-decimal-wanyuan", "wanyuan-in-header", "source-line-above-table", "total-at-foot",
    "total-label-merged", "village-as-place", "signoff-line", "linkage-fund", "county-fund", "henan",
  ],
  settings: { district: "郏县" },
  sheets: [
    {
      name: "项目安排情况表",
      widths: [6, 30, 10, 10, 14, 30, 14, 24],
      rows: [
        ["一、资金来源：中央财政资金9.362万元、省财政资金5.500万元。", null, null, null, null, null, null, null],
        ["三、项目安排情况表", null, null, null, null, null, null, null],
        ["郏县2023年中央和省级结余资金项目安排情况表", null, null, null, null, null, null, null],
        ["序号", "项目名称", "项目类型", "建设性质", "实施地点", "建设任务", "计划投资（万元）", "受益对象"],
        [1, "姚庄回族乡食用菌种植大棚建设项目", "产业发展", "新建", "姚庄乡姚庄村", "3栋温室大棚，总面积1180.50平方米", 14.862, "村集体、脱贫户及监测对象"],
        ["合 计", null, null, null, null, null, 14.862, null],
        ["监督电话：郏县民族宗教局", null, null, null, null, null, null, null],
        ["2023年11月20日", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:H2", "A3:H3", "A6:F6", "A7:H7", "A8:H8"],
      numberFormats: { "G5:G6": "0.000" },
    },
  ],
  expect: {
    tables: [
      { sheet: "项目安排情况表", kind: "composition", unit: "万元", headerRow: 4, lastRow: 6, columns: { B: "line", C: "category", G: "amount" }, year: 2023 },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "G6", why: "合 计 14.862 = the one project's 14.862 (and = 9.362 + 5.500 of the source line)" },
      { rule: "composition.line-mismatch", cell: "G5", why: "3栋 / 1180.50平方米 in 建设任务 is the task's size in text, no unit amount" },
      { rule: "register.ineligible-location", cell: "E5", why: "姚庄乡姚庄村 is a village of 郏县" },
      { rule: "input.unreadable-value", why: "the source line above, the supervision line and the date under the table are text" },
    ],
  },
};
