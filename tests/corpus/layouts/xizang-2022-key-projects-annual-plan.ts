import type { CorpusLayout } from "../types";

// 西藏自治区发展改革委 via 中国西藏网 2022-04-03: 181 key projects with 1404亿元 planned for 2022 — 重大基础设施 61 (461亿元: 铁路、公路、机场、
// 水利、市政), 产业发展 75 (765亿元: 清洁能源、绿色工业、旅游文化、高原生物、高新数字、边贸物流). Laid out as the plan by category:
// 序号 | 项目类别 | 项目个数 | 年度计划投资 | 备注, 合计 first, 一、二、三 category rows over their sectors, in 亿元.
export const layout: CorpusLayout = {
  id: "xizang-2022-key-projects-annual-plan",
  source: {
    title: "西藏今年安排重点建设项目181个 年度计划投资1404亿元（中国西藏网；计划表据正文拟）",
    url: "http://leklassic.com/cn/news/zx/202204/t20220403_7176900.html",
    publisher: "西藏自治区发展和改革委员会（中国西藏网报道）",
    date: "2022-04-03",
    changes:
      "As published: 181 projects and 1404亿元; 重大基础设施 61 / 461亿元 and 产业发展 75 / 765亿元 with the sectors each covers; 407亿元 of central " +
      "investment. Ours: the table form, the third category (the rest: 45 / 178亿元, named by us), every sector's count and amount. " +
      "Planted: the 产业发展 sectors add up to 755 under a 765 category row (清洁能源 typed 402 where 412 was meant); the 合计 1404 adds the categories as typed.",
  },
  classes: ["composition", "allocation-by-sector", "category-rows-with-amounts", "subtotal-rows", "total-row-first", "count-column", "outline-numbering", "whole-yiyuan", "yiyuan", "remark-column", "notes-under-table", "table-from-prose", "news-report", "province-plan", "xizang"],
  settings: { district: "西藏自治区", asOf: "2022-04-03" },
  sheets: [
    {
      name: "重点项目计划",
      widths: [6, 22, 10, 14, 26],
      rows: [
        ["西藏自治区2022年重点建设项目年度投资计划表", null, null, null, null],
        ["单位：个、亿元", null, null, null, null],
        ["序号", "项目类别", "项目个数", "年度计划投资", "备注"],
        ["合计", null, 181, 1404, null],
        ["一", "重大基础设施类", 61, 461, null],
        [1, "铁路", 6, 152, null],
        [2, "公路", 22, 168, null],
        [3, "机场", 3, 38, null],
        [4, "水利", 14, 57, null],
        [5, "市政", 16, 46, "含拉萨南北山绿化工程"],
        ["二", "产业发展类", 75, 765, null],
        [1, "清洁能源", 18, 402, null],
        [2, "绿色工业", 14, 96, null],
        [3, "旅游文化", 17, 88, null],
        [4, "高原生物", 9, 41, null],
        [5, "高新数字", 8, 57, null],
        [6, "边贸物流", 9, 71, null],
        ["三", "民生改善及其他", 45, 178, "含社会事业、生态环保等"],
        ["注：今年以来累计落实中央政府投资407亿元；第一季度开复工项目63个，其中新开工24个、总投资233亿元。", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:E2", "A4:B4", "A19:E19"],
      numberFormats: { "D4:D18": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "重点项目计划",
        kind: "composition",
        unit: "亿元",
        headerRow: 3,
        lastRow: 18,
        columns: { A: "code", B: "line", D: "amount" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D11", why: "产业发展类 765; its six sectors give 402 + 96 + 88 + 41 + 57 + 71 = 755: 10亿元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D4", why: "合计 1404 = 461 + 765 + 178, the categories as typed: the slip is the category's, reported once" },
      { rule: "composition.total-mismatch", cell: "D5", why: "重大基础设施 461 = 152 + 168 + 38 + 57 + 46" },
      { rule: "composition.total-mismatch", cell: "C4", why: "the counts agree: 181 = 61 + 75 + 45, 61 = 6 + 22 + 3 + 14 + 16, 75 = 18 + 14 + 17 + 9 + 8 + 9" },
      { rule: "input.unreadable-value", why: "the remarks and the note are text" },
    ],
  },
};
