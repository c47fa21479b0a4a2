import type { CorpusLayout } from "../types";

// 广西壮族自治区人民政府 2019: the annex 2019年自治区人民政府为民办实事工程项目资金筹措计划表 — 项目名称 | 2019年计划筹措资金（万元） over
// 合计 | 中央财政 | 自治区本级财政 | 市县财政 | 2019年目标任务 | 牵头单位 | 备注, 合计 first, sections 一、社保惠民项目 … with their sums, the
// projects (一)(二)… under them, each with its task in words and its lead department.
export const layout: CorpusLayout = {
  id: "guangxi-2019-livelihood-projects-funding-plan",
  source: {
    title: "2019年自治区人民政府为民办实事工程项目资金筹措计划表（摘录）",
    url: "https://wanglu.net/thread/t12-115655-0.html",
    publisher: "广西壮族自治区人民政府（转载）",
    date: "2019-11-21",
    changes:
      "As published: the title, the caption, the two header rows and the merged money heading, 合计 first, the section and project names of the " +
      "first three sections (the third cut after two projects, so marked （部分）), the task wording and lead departments in the published style. " +
      "Every figure is ours. Planted: 困难群众救助项目's 合计 typed 730,000 where 中央 615,000 + 自治区 105,000 = 720,000 (so the section's 合计 " +
      "1,598,000 misses its projects as typed, 1,608,000); the 合计 row's 中央财政 typed 3,248,450 where its sections give 3,284,450.",
  },
  classes: [
    "composition", "allocation-by-project", "row-total-column", "sources-under-merged-header", "two-header-rows", "total-row-first",
    "section-rows-with-sums", "outline-numbering", "text-column", "lead-department-column", "remark-column", "one-decimal-wanyuan",
    "wanyuan-caption", "blank-cells-as-nothing", "excerpt", "province-level", "guangxi",
  ],
  settings: { district: "广西壮族自治区" },
  sheets: [
    {
      name: "资金筹措计划",
      widths: [36, 14, 14, 14, 12, 44, 24, 8],
      rows: [
        ["2019年自治区人民政府为民办实事工程项目资金筹措计划表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["项目名称", "2019年计划筹措资金（万元）", null, null, null, "2019年目标任务", "牵头单位", "备注"],
        [null, "合计", "中央财政", "自治区本级财政", "市县财政", null, null, null],
        ["合计", 4103701.3, 3248450, 810200.8, 9050.5, null, null, null],
        ["一、社保惠民项目", 1598000, 1270000, 325000, 3000, null, null, null],
        ["（一）城乡居民基本养老保险项目", 750000, 565000, 185000, null, "按规定为城乡居民基本养老保险参保缴费人员进行缴费补助，为60岁以上参保人员发放基础养老金。", "自治区人力资源社会保障厅", null],
        ["（二）困难群众救助项目", 730000, 615000, 105000, null, "为符合条件的城乡困难群众发放救助金。", "自治区民政厅", null],
        ["（三）陆地边境0—3公里范围内边民生活补助项目", 78000, 78000, null, null, "为符合条件的陆地边境0—3公里范围内行政村居民发放生活补助。", "自治区民政厅", null],
        ["（四）农村住房政策性保险项目", 12000, 9000, null, 3000, "为全区农户提供农村住房政策性保险。", "自治区应急厅", null],
        ["（五）计划生育家庭奖扶特扶项目", 38000, 3000, 35000, null, "为农村部分计划生育家庭发放奖励金，为计划生育特殊家庭发放特别扶助金。", "自治区卫生健康委", null],
        ["二、健康惠民项目", 2300000, 1830000, 470000, null, null, null, null],
        ["（一）城乡居民基本医疗保险项目", 2040000, 1600000, 440000, null, "支持符合条件的城乡居民参加城乡居民基本医疗保险。", "自治区医保局", null],
        ["（二）基本公共卫生服务项目", 260000, 230000, 30000, null, "支持在全区范围内免费开展基本公共卫生服务。", "自治区卫生健康委", null],
        ["三、教育惠民项目（部分）", 205701.3, 184450, 15200.8, 6050.5, null, null, null],
        ["（一）扩大农村学前教育资源项目", 60500.5, 54450, null, 6050.5, "新建、改扩建一批农村公办幼儿园。", "自治区教育厅", null],
        ["（二）农村义务教育学生营养改善计划项目", 145200.8, 130000, 15200.8, null, "为农村义务教育学生提供营养膳食补助。", "自治区教育厅", null],
        ["注：本表为摘录，其余为民办实事工程项目略。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A3:A4", "B3:E3", "F3:F4", "G3:G4", "H3:H4", "A18:H18"],
      numberFormats: { "B5:E17": "#,##0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金筹措计划",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 17,
        columns: { A: "line", B: "amount", C: "amount:中央财政", D: "amount:自治区本级财政", E: "amount:市县财政" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "B8", why: "困难群众救助项目 合计 730,000; 中央 615,000 + 自治区 105,000 = 720,000 (10,000万元 apart)" },
      { rule: "composition.total-mismatch", cell: "B6", why: "一、社保惠民项目 1,598,000; its projects as typed 750,000 + 730,000 + 78,000 + 12,000 + 38,000 = 1,608,000" },
      { rule: "composition.total-mismatch", cell: "C5", why: "合计 中央财政 3,248,450; the sections' 1,270,000 + 1,830,000 + 184,450 = 3,284,450 (36,000万元 apart)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "B5", why: "合计 4,103,701.3 = 1,598,000 + 2,300,000 + 205,701.3, the sections as typed; across the row the 中央 slip is already reported at C5" },
      { rule: "composition.total-mismatch", cell: "D5", why: "自治区本级 810,200.8 = 325,000 + 470,000 + 15,200.8; 市县 9,050.5 (E5) = 3,000 + 6,050.5" },
      { rule: "composition.total-mismatch", cell: "B15", why: "三、教育 205,701.3 = 60,500.5 + 145,200.8, and each project's 合计 its sources' sum" },
      { rule: "composition.total-mismatch", cell: "B12", why: "二、健康 2,300,000 = 2,040,000 + 260,000; 1,830,000 and 470,000 likewise" },
      { rule: "composition.total-mismatch", cell: "E6", why: "blank 市县 cells add nothing: 一、's 3,000 is (四)'s alone" },
      { rule: "input.unreadable-value", why: "the tasks, lead departments and the note are text" },
    ],
  },
};
