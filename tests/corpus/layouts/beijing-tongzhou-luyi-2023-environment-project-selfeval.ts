import type { CorpusLayout } from "../types";

// 北京市通州区潞邑街道办事处 2023年度部门决算公开 (2024-09-30): 第四部分 2023年度部门绩效评价情况. The stored page lists the thirteen tables and
// the office (founded 2020-06, 6 内设机构, 3 事业单位); the project's 项目支出绩效自评表 is laid out on the Beijing form — 项目资金 block (年初预算数 |
// 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, 其中 sources), 年度总体目标, then 一级 / 二级 / 三级指标 with points in the 一级 cells, 总分 — with
// a project and figures of our own.
export const layout: CorpusLayout = {
  id: "beijing-tongzhou-luyi-2023-environment-project-selfeval",
  source: {
    title: "北京市通州区潞邑街道办事处2023年度部门决算公开（第四部分 部门绩效评价情况：项目支出绩效自评表；表据目录拟）",
    url: "http://www.bjtzh.gov.cn/bjtz/xxfb/202409/1728317.shtml",
    publisher: "北京市通州区潞邑街道办事处",
    date: "2024-09-30",
    changes:
      "As published: the 决算 with its thirteen tables listed and 第四部分 2023年度部门绩效评价情况 named; the office's founding and structure. The " +
      "self-evaluation itself is not in the stored copy (table-not-in-stored-copy): the project (社区环境精细化管护), its goals, indicators and every figure " +
      "are ours, on the Beijing form. Planted: 执行率 typed 96.43% where 318.42 / 336.50 = 94.63% (its 得分 9.46 follows the true rate); 环境问题诉求办结率 " +
      "86% misses its ≥90% yet scores its full 15.",
  },
  classes: [
    "selfeval", "money-block", "qizhong-sources", "carry-over-source", "rate-as-text", "three-level-indicators", "points-in-first-level",
    "goals-text-rows", "explanation-column", "total-score-row", "two-decimal-wanyuan", "wanyuan-in-label", "year-in-title-row",
    "table-not-in-stored-copy", "street-office", "beijing",
  ],
  settings: { district: "北京市通州区" },
  sheets: [
    {
      name: "项目自评表",
      widths: [10, 16, 14, 26, 14, 14, 8, 8, 18, 10],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
        ["（2023年度）", null, null, null, null, null, null, null, null, null],
        ["项目名称", "社区环境精细化管护项目", null, null, null, null, null, null, null, null],
        ["主管部门", "北京市通州区潞邑街道办事处", null, null, null, "实施单位", "北京市通州区潞邑街道办事处", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null],
        [null, "年度资金总额", 320, 336.5, 318.42, 10, "96.43%", 9.46, null, null],
        [null, "其中：当年财政拨款", 320, 320, 303.6, "—", "—", "—", null, null],
        [null, "上年结转资金", null, 16.5, 14.82, "—", "—", "—", null, null],
        [null, "其他资金", null, null, null, "—", "—", "—", null, null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null, null],
        [
          null,
          "对辖区9个社区公共区域开展环境精细化管护，管护面积不少于12万平方米，环境问题诉求办结率不低于90%，居民满意度不低于90%。",
          null, null, null,
          "完成9个社区12.6万平方米公共区域管护，作业验收合格率97%；环境问题诉求办结率86%，居民满意度92%。",
          null, null, null, null,
        ],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", null],
        [null, "产出指标（50分）", "数量指标", "社区环境管护面积", "≥12万平方米", "12.6万平方米", 15, 15, null, null],
        [null, null, null, "覆盖社区数量", "=9个", "9个", 10, 10, null, null],
        [null, null, "质量指标", "管护作业验收合格率", "≥95%", "97%", 10, 10, null, null],
        [null, null, "时效指标", "项目完成时间", "2023年12月底前", "2023年12月", 10, 10, null, null],
        [null, null, "成本指标", "项目成本控制", "≤336.5万元", "318.42万元", 5, 5, null, null],
        [null, "效益指标（25分）", "社会效益指标", "环境问题诉求办结率", "≥90%", "86%", 15, 15, null, null],
        [null, null, "可持续影响指标", "长效管护机制", "建立并运行", "已建立并运行", 10, 10, null, null],
        [null, "满意度指标（15分）", "服务对象满意度指标", "居民满意度", "≥90%", "92%", 15, 13, "部分老旧小区绿化补植未完成，下年度纳入管护计划。", null],
        [null, "总分", null, null, null, null, 100, 97.46, null, null],
      ],
      merges: [
        "A1:J1", "A2:J2", "B3:J3", "B4:E4", "G4:J4", "A5:B5", "A6:A9", "I5:J9", "A10:A11", "B10:E10", "F10:J10", "B11:E11", "F11:J11",
        "A12:A21", "I12:J12", "B13:B17", "C13:C14", "B18:B19", "I13:J13", "I14:J14", "I15:J15", "I16:J16", "I17:J17", "I18:J18", "I19:J19",
        "I20:J20", "B21:F21", "I21:J21",
      ],
    },
  ],
  expect: {
    tables: [{ sheet: "项目自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 21, year: 2023 }],
    findings: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "318.42 / 336.50 = 94.63%, typed 96.43%" },
      { rule: "selfeval.target-missed-full-score", cell: "H18", why: "环境问题诉求办结率 86% misses its ≥90%, yet scores its full 15" },
    ],
    absent: [
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 94.63% (318.42 / 336.50) = 9.46; the slip is the typed rate, reported once at G6" },
      { rule: "selfeval.score-mismatch", cell: "H21", why: "总分 9.46 + 15 + 10 + 10 + 10 + 5 + 15 + 10 + 13 = 97.46" },
      { rule: "selfeval.total-mismatch", cell: "D6", why: "全年预算数 336.50 = 320.00 + 16.50" },
      { rule: "selfeval.total-mismatch", cell: "E6", why: "全年执行数 318.42 = 303.60 + 14.82" },
      { rule: "selfeval.total-mismatch", cell: "C6", why: "年初预算数 320.00 = 320.00 (no carry-over at the year's start)" },
      { rule: "selfeval.weights", why: "10 + 50 + 25 + 15 = 100" },
      { rule: "selfeval.missing-explanation", cell: "I20", why: "居民满意度 scores 13 of 15 and gives its reason" },
      { rule: "selfeval.missing-explanation", cell: "G6", why: "the execution rate, 94.63%, is above 90%" },
      { rule: "selfeval.target-missed-full-score", cell: "H20", why: "92% meets ≥90% (scored 13 for the unfinished replanting)" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "318.42万元 meets ≤336.5万元" },
      { rule: "selfeval.target-missed-full-score", cell: "H16", why: "2023年12月 meets 2023年12月底前" },
      { rule: "execution.overspent", why: "318.42 spent of 336.50" },
    ],
  },
};
