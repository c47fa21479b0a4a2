import type { CorpusLayout } from "../types";

// 沙湾市 2024-04: 安集海镇's first 财政以工代赈 project — 340万元 of central 以工代赈 money for 34,000 m² of concrete on the canal banks of
// 安集海村王家渠村, 90-odd villagers employed, 90万元 of 劳务报酬 (26.5% of the money). Laid out as the project's 绩效目标表: the project's head,
// then 一级指标 | 二级指标 | 三级指标 | 指标值 with the first two levels merged down. Nothing to report.
export const layout: CorpusLayout = {
  id: "shawan-2024-anjihai-work-relief-targets",
  source: {
    title: "沙湾市安集海镇以工代赈项目开工（项目绩效目标表据报道拟）",
    url: "http://www.xj.chinanews.com.cn/dizhou/2024-04-15/detail-ihczqhsw9447451.shtml",
    publisher: "中新网新疆（沙湾市发改委、安集海镇人民政府）",
    date: "2024-04-15",
    changes:
      "As published: the project's name, 总投资 340万元 all central 以工代赈 money, 34000平方米 of concrete, 90余人 employed, 劳务报酬 90万元 = 26.5%, " +
      "the parties (沙湾市发改委, 安集海镇人民政府). Ours: the form (head rows, the indicator levels, 质量/时效/满意度 targets the report does not state). " +
      "Clean: nothing planted.",
  },
  classes: [
    "targets", "clean", "form-head-rows", "three-level-indicators", "merged-indicator-levels", "text-targets", "comparison-signs",
    "share-target", "no-weights", "table-from-prose", "news-report", "county-project", "xinjiang",
  ],
  settings: { district: "塔城地区沙湾市" },
  sheets: [
    {
      name: "绩效目标表",
      widths: [14, 18, 36, 20],
      rows: [
        ["2024年财政以工代赈项目绩效目标表", null, null, null],
        ["项目名称", "沙湾市安集海镇安集海村王家渠村边坡硬化财政以工代赈项目", null, null],
        ["主管部门", "沙湾市发展和改革委员会", "实施单位", "沙湾市安集海镇人民政府"],
        ["项目资金", "项目总投资340万元，全部为中央财政以工代赈资金", null, null],
        ["年度目标", "新建现状灌溉渠两侧混凝土硬化34000平方米，带动本村有劳动能力群众90余人参与项目建设，发放劳务报酬90万元。", null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "灌溉渠两侧混凝土硬化面积", "34000平方米"],
        [null, null, "带动务工群众人数", "≥90人"],
        [null, "质量指标", "工程验收合格率", "100%"],
        [null, "时效指标", "项目完工时间", "2024年10月底前"],
        [null, "成本指标", "项目总投资", "≤340万元"],
        ["效益指标", "经济效益指标", "发放劳务报酬", "≥90万元"],
        [null, "社会效益指标", "劳务报酬占中央财政以工代赈资金比例", "≥26.5%"],
        ["满意度指标", "服务对象满意度指标", "务工群众满意度", "≥95%"],
      ],
      merges: ["A1:D1", "B2:D2", "B4:D4", "B5:D5", "A7:A11", "B7:B8", "A12:A13"],
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标表", kind: "targets", headerRow: 6, lastRow: 14, columns: { A: "type", C: "name", D: "target" } },
    ],
    findings: [],
    absent: [
      { rule: "composition.total-mismatch", cell: "B4", why: "the money is one sentence of prose: 340万元, all of it central 以工代赈 money" },
      { rule: "execution.rate-mismatch", cell: "D13", why: "≥26.5% is a target: 90 / 340 = 26.47%, the report's own share" },
      { rule: "execution.no-spending", why: "a target table: no budget or spending columns" },
      { rule: "input.unreadable-value", cell: "D10", why: "2024年10月底前 is a text target, as written" },
    ],
  },
};
