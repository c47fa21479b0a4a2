import type { CorpusLayout } from "../types";

// 北京市文化和旅游局综合事务中心 2023年度部门决算, 第四部分 部门绩效评价情况: a 项目支出绩效自评表 in the national form — 项目资金（万元）
// with 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分 and 年度资金总额 over 其中：当年财政拨款 / 上年结转资金 / 其他资金, then
// the indicators with 年度指标值, 实际完成值, 分值, 得分 and 偏差原因分析及改进措施, 总分 at the foot. The centre runs 北京旅游大厦.
export const layout: CorpusLayout = {
  id: "beijing-culture-tourism-centre-2023-project-selfeval",
  source: {
    title: "北京市文化和旅游局综合事务中心2023年度部门决算（第四部分 2023年度部门绩效评价情况 — 项目支出绩效自评表）",
    url: "https://whlyj.beijing.gov.cn/zfxxgkpt/zdgk/ysjs/erjdw/202409/t20240911_3864818.html",
    publisher: "北京市文化和旅游局综合事务中心",
    date: "2024-09-11",
    changes:
      "The stored copy shows the report's contents (第四部分 2023年度部门绩效评价情况, among it the 项目支出绩效自评表 the city's 决算 publish) and " +
      "that the centre runs 北京旅游大厦, but not the form itself: the form is laid out in the national 项目支出绩效自评表 wording; the project " +
      "(北京旅游大厦运行管理经费), goals, indicators and figures are ours. Planted: 执行率 stated 97.53% where 561.35 / 586.40 = 95.73% (the " +
      "digits swapped; the score 9.57 follows the true rate); 设施设备完好率 95% against its ≥98% target, yet given its full 10.",
  },
  classes: ["selfeval", "national-template", "budget-cut-during-year", "side-label-unit", "qualitative-targets", "explanation-given", "signoff-free", "city-institution", "beijing"],
  sheets: [
    {
      name: "项目自评表",
      widths: [10, 16, 14, 28, 16, 16, 8, 8, 16, 16],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
        ["（2023年度）", null, null, null, null, null, null, null, null, null],
        ["项目名称", "北京旅游大厦运行管理经费", null, null, null, null, null, null, null, null],
        ["主管部门", "北京市文化和旅游局", null, null, null, "实施单位", "北京市文化和旅游局综合事务中心", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null],
        [null, "年度资金总额", 620, 586.4, 561.35, 10, "97.53%", 9.57, null, null],
        [null, "其中：当年财政拨款", 620, 586.4, 561.35, "—", "—", "—", null, null],
        [null, "上年结转资金", null, null, null, "—", "—", "—", null, null],
        [null, "其他资金", null, null, null, "—", "—", "—", null, null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null, null],
        [
          null,
          "保障北京旅游大厦全年安全平稳运行，做好设施设备维修维护，为局机关及入驻单位提供办公保障。",
          null, null, null,
          "全年大厦安全运行，完成设施设备维修维护136次，办公保障有力；电梯更新改造进度滞后。",
          null, null, null, null,
        ],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", null],
        [null, "产出指标（50分）", "数量指标", "大厦日常运行保障天数", "365天", "365天", 10, 10, null, null],
        [null, null, null, "设施设备维修维护次数", "≥120次", "136次", 10, 10, null, null],
        [null, null, "质量指标", "设施设备完好率", "≥98%", "95%", 10, 10, null, null],
        [null, null, "时效指标", "维修响应及时率", "≥95%", "97%", 10, 10, null, null],
        [null, null, "成本指标", "项目总成本", "≤586.4万元", "561.35万元", 10, 10, null, null],
        [null, "效益指标（30分）", "社会效益指标", "保障局机关及入驻单位正常办公", "有效保障", "有效保障", 15, 15, null, null],
        [null, null, "可持续影响指标", "大厦安全运行", "全年无安全责任事故", "全年无安全责任事故", 15, 15, null, null],
        [null, "满意度指标（10分）", "服务对象满意度指标", "入驻单位满意度", "≥90%", "88%", 10, 8, "部分入驻单位对电梯更新改造进度不满意，下一步加快推进改造。", null],
        [null, "总分", null, null, null, null, 100, 97.57, null, null],
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
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "执行率 stated 97.53%; 561.35 / 586.40 = 95.73%" },
      { rule: "selfeval.target-missed-full-score", cell: "H15", why: "设施设备完好率 95% misses its ≥98% target, yet scores its full 10" },
    ],
    absent: [
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 95.73% = 9.57, as stated" },
      { rule: "selfeval.score-mismatch", cell: "H21", why: "总分 97.57 = 9.57 + 10 × 5 + 15 + 15 + 8" },
      { rule: "selfeval.weights", why: "10 + 50 + 30 + 10 = 100" },
      { rule: "selfeval.total-mismatch", cell: "C6", why: "年度资金总额 = 当年财政拨款 in every column; the other sources are blank" },
      { rule: "selfeval.missing-explanation", cell: "I20", why: "满意度 88% under ≥90% scores 8 and gives its reason" },
      { rule: "selfeval.target-missed-full-score", cell: "H20", why: "满意度 missed its target and is scored 8, not its full 10" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "561.35万元 meets ≤586.4万元" },
      { rule: "execution.overspent", why: "561.35 spent of 586.40" },
    ],
  },
};
