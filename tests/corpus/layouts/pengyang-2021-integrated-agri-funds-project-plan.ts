import type { CorpusLayout } from "../types";

// 中共彭阳县委农村工作领导小组 2021-07-29 (宁夏固原): 彭阳县2021年财政涉农资金统筹整合使用方案（年初方案）, reported to the 自治区 — the plan's
// project table: 序号 | 项目名称 | 实施地点 | 建设内容及规模 | 计划投资（万元） | 责任单位, the 合计 first, numbered sections 一、产业发展 /
// 二、农村基础设施 / 三、其他 stating their 小计 over their projects.
export const layout: CorpusLayout = {
  id: "pengyang-2021-integrated-agri-funds-project-plan",
  source: {
    title: "彭阳县2021年财政涉农资金统筹整合使用方案（年初方案）（项目计划表据方案正文拟）",
    url: "https://pengyang.gov.cn/xxgk_13872/zfxxgkml/fp/sjgg_57693/202112/t20211217_3231335.html",
    publisher: "中共彭阳县委员会农村工作领导小组",
    date: "2021-07-29",
    changes:
      "As published: the plan's name (年初方案), its basis (财农〔2021〕19号, 财农〔2021〕22号), its aim (巩固拓展脱贫攻坚成果, 产业提升与基础设施). The " +
      "stored copy stops in the plan's prose before its project table: the table (sections, projects, towns of 彭阳县, contents, sums and " +
      "责任单位) is ours, laid out as such 统筹整合 plans are. Planted: 二、农村基础设施's 小计 typed 1,624 where its projects add up to " +
      "760 + 522 + 360 = 1,642; the 合计 3,780 adds the projects right.",
  },
  classes: [
    "composition", "allocation-by-project", "total-row-first", "numbered-sections-with-subtotals", "town-column", "contents-in-words",
    "transposed-digits", "whole-wanyuan", "wanyuan-caption", "notes-under-table", "table-from-prose", "poverty-county", "ningxia",
  ],
  settings: { district: "固原市彭阳县" },
  sheets: [
    {
      name: "项目计划表",
      widths: [8, 40, 22, 40, 14, 16],
      rows: [
        ["彭阳县2021年财政涉农资金统筹整合使用方案（年初方案）", null, null, null, null, null],
        ["附表：彭阳县2021年统筹整合财政涉农资金项目计划表", null, null, null, null, null],
        [null, null, null, null, "单位：万元", null],
        ["序号", "项目名称", "实施地点", "建设内容及规模", "计划投资", "责任单位"],
        ["合计", null, null, "8个项目", 3780, null],
        ["一、产业发展", null, null, null, 1940, null],
        [1, "彭阳县2021年肉牛养殖基础母牛补栏项目", "全县12个乡镇", "补栏基础母牛3000头，每头补助3000元", 900, "县农业农村局"],
        [2, "彭阳县2021年红梅杏经果林提质增效项目", "城阳乡、新集乡、白阳镇", "改造提升红梅杏园1.2万亩", 480, "县自然资源局"],
        [3, "彭阳县2021年冷凉蔬菜基地建设项目", "古城镇、红河镇", "新建拱棚800栋及配套灌溉设施", 560, "县农业农村局"],
        ["二、农村基础设施", null, null, null, 1624, null],
        [4, "彭阳县2021年农村道路硬化项目", "王洼镇、冯庄乡", "硬化村组道路38公里", 760, "县交通运输局"],
        [5, "彭阳县2021年农村饮水安全巩固提升项目", "孟塬乡、罗洼乡、交岔乡", "改造供水管网46公里", 522, "县水务局"],
        [6, "彭阳县2021年高标准农田配套建设项目", "小岔乡、草庙乡", "配套建设田间道路、排水渠", 360, "县农业农村局"],
        ["三、其他", null, null, null, 198, null],
        [7, "彭阳县2021年雨露计划补助项目", "全县", "补助脱贫家庭中高职在校生500人，每人3000元", 150, "县乡村振兴局"],
        [8, "彭阳县2021年项目管理费", "—", "按规定提取项目管理费", 48, "县财政局"],
        ["注：资金来源为中央、自治区财政衔接推进乡村振兴补助资金及纳入统筹整合范围的其他涉农资金。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A2:F2", "A5:C5", "A6:D6", "A10:D10", "A14:D14", "A17:F17"],
      numberFormats: { "E5:E16": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "项目计划表", kind: "composition", unit: "万元", headerRow: 4, lastRow: 16, columns: { B: "line", E: "amount" }, year: 2021 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E10", why: "二、农村基础设施 小计 1,624 where 760 + 522 + 360 = 1,642 (18万元 short)" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E5", why: "合计 3,780 = 1,940 + 1,642 + 198, every project added (900 + 480 + 560 + 760 + 522 + 360 + 150 + 48): the slip is the 小计's, reported once" },
      { rule: "composition.total-mismatch", cell: "E6", why: "一、产业发展 1,940 = 900 + 480 + 560" },
      { rule: "composition.total-mismatch", cell: "E14", why: "三、其他 198 = 150 + 48" },
      { rule: "composition.line-mismatch", cell: "E7", why: "3000头 × 3000元 = 900万元, and 500人 × 3000元 = 150万元: the contents agree" },
      { rule: "input.unreadable-value", cell: "D5", why: "8个项目 is a count in words beside the 合计" },
      { rule: "register.ineligible-location", why: "an allocation by project, no register; the towns are 彭阳县's" },
    ],
  },
};
