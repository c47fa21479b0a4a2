import type { CorpusLayout } from "../types";

// 黑龙江 绥芬河市人大常委会 2020-09: 2019年度部门决算 — 第三章 财政支出绩效评价 lists 五、项目支出绩效自评表. Laid out on the
// national 项目支出绩效自评表 template: 项目资金 block (年初预算数/全年预算数/全年执行数/分值/执行率/得分), goals, indicators.
export const layout: CorpusLayout = {
  id: "suifenhe-renda-2019-project-selfeval",
  source: {
    title: "绥芬河市人民代表大会常务委员会2019年度部门决算 — 第三章 第二部分 五、项目支出绩效自评表",
    url: "http://www.9yousports.com/sfh/c101103/202009/c03_286526.shtml",
    publisher: "绥芬河市人大常委会 (page stored on a mirror)",
    date: "2020-09",
    changes:
      "As published: the section list (第三章 财政支出绩效评价 … 四、项目支出绩效目标完成情况表 五、项目支出绩效自评表). The stored copy " +
      "does not show the form: the template rows are the national form's, the project (人大代表履职活动经费), goals, indicators and figures " +
      "are ours. Planted: 执行率 stated 92.00% where 24.60 / 30.00 = 82.00%; 总分 stated 98.2 where the scores add up to 97.2.",
  },
  classes: ["selfeval", "national-template", "people-congress", "rate-slip", "score-total-slip", "side-label-unit", "heilongjiang"],
  settings: { district: "绥芬河市" },
  sheets: [
    {
      name: "项目支出绩效自评表",
      widths: [10, 18, 14, 28, 16, 14, 8, 8, 20],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2019年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "人大代表履职活动经费", null, null, null, null, null, null, null],
        ["主管部门", "绥芬河市人大常委会", null, null, null, "实施单位", "绥芬河市人大常委会办公室", null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        [null, "年度资金总额：", 30, 30, 24.6, 10, "92.00%", 8.2, null],
        [null, "其中：本年财政拨款", 30, 30, 24.6, "—", "—", "—", null],
        [null, "上年结转资金", null, null, null, "—", "—", "—", null],
        [null, "其他资金", null, null, null, "—", "—", "—", null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null],
        [null, "保障市人大代表开展视察、调研、执法检查及培训活动，提升代表履职能力。", null, null, null, "组织代表视察调研6次、培训1期，部分集中培训因故调整，结余资金收回。", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标（50分）", "数量指标", "代表视察调研次数", "≥6次", "6次", 15, 15, null],
        [null, null, "质量指标", "代表活动参与率", "≥90%", "93%", 15, 15, null],
        [null, null, "时效指标", "活动按计划完成率", "100%", "100%", 10, 10, null],
        [null, null, "成本指标", "人均培训成本", "≤0.3万元", "0.32万元", 10, 9, "培训地点调整，差旅费增加"],
        [null, "效益指标（30分）", "社会效益指标", "代表建议办结率", "≥95%", "97%", 15, 15, null],
        [null, null, "可持续影响指标", "代表履职长效机制", "持续完善", "达成预期指标", 15, 15, null],
        [null, "满意度指标（10分）", "满意度指标", "代表满意度", "≥90%", "94%", 10, 10, null],
        [null, "总分", null, null, null, null, 100, 98.2, null],
      ],
      merges: ["A1:I1", "A2:I2", "B3:I3", "B4:E4", "G4:I4", "A5:A9", "I5:I9", "A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11", "A12:A20", "B13:B16", "B17:B18", "B20:F20"],
    },
  ],
  expect: {
    tables: [{ sheet: "项目支出绩效自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 20, year: 2019 }],
    findings: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "全年执行数 24.60 / 全年预算数 30.00 = 82.00%, stated 92.00%" },
      { rule: "selfeval.score-mismatch", cell: "H20", why: "总分 98.2 where the scores add up to 8.2 + 15 + 15 + 10 + 9 + 15 + 15 + 10 = 97.2" },
    ],
    absent: [
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 82.00% = 8.2: the score follows the true rate" },
      { rule: "selfeval.total-mismatch", cell: "C6", why: "30 = 本年财政拨款 30 + 上年结转 (blank) + 其他 (blank)" },
      { rule: "selfeval.weights", why: "15 + 15 + 10 + 10 + 15 + 15 + 10 + 分值 10 = 100" },
      { rule: "selfeval.missing-explanation", cell: "I16", why: "人均培训成本 lost a point and its reason is given" },
      { rule: "selfeval.target-missed-full-score", cell: "H16", why: "0.32万元 misses ≤0.3万元 but the score is 9 of 10, not full" },
    ],
  },
};
