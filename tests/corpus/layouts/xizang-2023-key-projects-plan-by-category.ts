import type { CorpusLayout } from "../types";

// 西藏自治区发改委 2023-03: 191 重点建设项目, 计划投资1430亿元 over five kinds (重大基础设施 547.04, 特色产业发展 718.41, 生态文明建设 12.4,
// 强边固防 70.02, 保障和改善民生 82.15), and the first quarter's 攻坚行动 (续建 83 / 104.8, 新开工 45 / 36.8, 重点推进 69 / 38.4). Two tables on one sheet.
export const layout: CorpusLayout = {
  id: "xizang-2023-key-projects-plan-by-category",
  source: {
    title: "西藏2023年安排重点建设项目191个 计划投资1430亿元（分类计划表据报道拟）",
    url: "http://news.xinxuanze.com.cn/shehui/2023/0326/128470.html",
    publisher: "西藏自治区发展和改革委员会（报道）",
    date: "2023-03-26",
    changes:
      "Tables from prose: the five kinds' investment, the quarter's three groups with counts and money, as reported. Ours: the grid, the project " +
      "counts per kind (adding to 191), the 主要内容 wording cut short. The 合计 is the kinds' sum 1,430.02 (the report rounds it to 1430). " +
      "Planted: 特色产业发展 typed 781.41 (718.41), so the five kinds add to 1,493.02 against the 1,430.02 合计.",
  },
  classes: ["composition", "allocation-by-category", "two-tables-one-sheet", "count-column", "text-column", "total-at-foot", "two-decimal-yiyuan", "yiyuan-caption", "notes-under-table", "table-from-prose", "news-report", "province-level", "xizang"],
  settings: { district: "西藏自治区" },
  sheets: [
    {
      name: "重点项目",
      widths: [6, 22, 12, 18, 50],
      rows: [
        ["2023年全区重点建设项目分类计划表（表据报道拟）", null, null, null, null],
        [null, null, null, null, "单位：亿元"],
        ["序号", "类别", "项目个数（个）", "年度计划投资", "主要内容"],
        [1, "重大基础设施", 58, 547.04, "川藏铁路林芝至雅安段（西藏段）、拉萨贡嘎机场T1/T2航站楼改造、城市道路和桥梁等"],
        [2, "特色产业发展", 79, 781.41, "清洁能源、绿色工业、旅游基础设施、高原农牧业及生物等"],
        [3, "生态文明建设", 9, 12.4, "重要生态系统保护和修复、城镇污水垃圾处理及收集系统等"],
        [4, "强边固防", 15, 70.02, "应急救援等"],
        [5, "保障和改善民生", 30, 82.15, "幼儿园、义务教育学校、公共卫生服务基础设施、西藏天文馆、智慧广电等"],
        ["合计", null, 191, 1430.02, null],
        [null, null, null, null, null],
        ["一季度重点项目建设攻坚行动", null, null, null, null],
        ["序号", "类别", "项目个数（个）", "计划完成投资", "备注"],
        [1, "续建项目", 83, 104.8, null],
        [2, "新开工项目", 45, 36.8, null],
        [3, "重点推进项目", 69, 38.4, null],
        ["合计", null, 197, 180.0, "一季度计划完成投资180亿元以上"],
        ["注：一季度开（复）工率目标40%以上。", null, null, null, null],
      ],
      merges: ["A1:E1", "A9:B9", "A11:E11", "A16:B16", "A17:E17"],
      numberFormats: { "D4:D9": "#,##0.00", "D13:D16": "0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "重点项目", kind: "composition", unit: "亿元", headerRow: 3, lastRow: 9, columns: { B: "line", D: "amount" }, year: 2023 },
      { sheet: "重点项目", kind: "composition", unit: "亿元", headerRow: 12, lastRow: 16, columns: { B: "line", D: "amount" }, year: 2023 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "D9", why: "547.04 + 781.41 + 12.40 + 70.02 + 82.15 = 1,493.02, not the 1,430.02 stated: 63.00 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "D16", why: "104.8 + 36.8 + 38.4 = 180.0" },
      { rule: "composition.total-mismatch", cell: "C9", why: "58 + 79 + 9 + 15 + 30 = 191 projects" },
      { rule: "composition.total-mismatch", cell: "C16", why: "83 + 45 + 69 = 197 projects (the quarter's groups, not the year's 191)" },
      { rule: "composition.total-mismatch", cell: "D13", why: "the second table's lines are not added into the first's 合计" },
    ],
  },
};
