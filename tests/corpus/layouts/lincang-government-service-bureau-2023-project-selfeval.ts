import type { CorpusLayout } from "../types";

// 临沧市政务服务管理局 2024-09: 2023年度部门决算, 第十五 “2023年度项目支出绩效自评表” (the national project form).
// Laid out as that form for one project of ours (政务服务平台运维), figures, indicators and scores our own.
export const layout: CorpusLayout = {
  id: "lincang-government-service-bureau-2023-project-selfeval",
  source: {
    title: "临沧市政务服务管理局2023年度部门决算（十五、2023年度项目支出绩效自评表据目录拟）",
    url: "http://bongotimes.com/info/1879/1228354.html",
    publisher: "临沧市政务服务管理局",
    date: "2024-09-11",
    changes:
      "As published: the 决算's contents, among them 十四 部门整体支出绩效自评表 and 十五 项目支出绩效自评表; the stored copy shows no form body. " +
      "Ours: the project (政务服务平台运维经费), its money, targets, actuals, 分值 and scores. " +
      "Planted: the money block scores its full 10 at an execution rate of 91.00% (10 × 91% = 9.10); 网上可办率 86% against ≥90% scores 12 of 15 with no 偏差原因.",
  },
  classes: ["selfeval", "national-template", "project-form", "initial-and-full-year-budget", "rates-as-text", "two-decimal-rates", "qizhong-lines", "dash-for-nothing", "points-in-labels", "count-target", "qualitative-targets", "explanation-column", "year-in-title", "table-from-prose", "city-department", "yunnan"],
  settings: { district: "临沧市" },
  sheets: [
    {
      name: "项目自评表",
      widths: [18, 16, 16, 30, 14, 14, 8, 8, 30],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2023年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "政务服务平台运维经费", null, null, null, null, null, null, null],
        ["主管部门", "临沧市政务服务管理局", null, null, "实施单位", "临沧市政务服务管理局", null, null, null],
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null],
        ["年度资金总额", 60, 60, 54.6, 10, "91.00%", 10, null, null],
        ["其中：当年财政拨款", 60, 60, 54.6, "—", "91.00%", "—", null, null],
        ["上年结转资金", "—", "—", "—", "—", "—", "—", null, null],
        ["其他资金", "—", "—", "—", "—", "—", "—", null, null],
        ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null, null, null],
        [null, "保障市级政务服务平台全年稳定运行，覆盖政务服务事项1200项以上，网上可办率达到90%以上，办事群众满意度95%以上。", null, null, "平台全年稳定运行，覆盖政务服务事项1260项，网上可办率86%，办事群众满意度96%。", null, null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标（50分）", "数量指标", "平台运维覆盖政务服务事项数", "≥1200项", "1260项", 15, 15, null],
        [null, null, "质量指标", "系统正常运行率", "≥99%", "99.5%", 10, 10, null],
        [null, null, "时效指标", "故障响应时间", "≤2小时", "1.5小时", 10, 10, null],
        [null, null, "成本指标", "平台运维经费", "≤60万元", "54.6万元", 15, 15, null],
        [null, "效益指标（30分）", "社会效益指标", "政务服务事项网上可办率", "≥90%", "86%", 15, 12, null],
        [null, null, "可持续影响指标", "平台持续稳定运行", "持续稳定", "达到预期", 15, 15, null],
        [null, "满意度指标（10分）", "服务对象满意度指标", "办事群众满意度", "≥95%", "96%", 10, 10, null],
        ["总分", null, null, null, null, null, 100, 97, null],
      ],
      merges: ["A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A10:A11", "B10:D10", "E10:I10", "B11:D11", "E11:I11", "A12:A19", "B13:B16", "B17:B18", "A20:F20"],
      numberFormats: { "B6:D7": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "项目自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 20, year: 2023 }],
    findings: [
      { rule: "selfeval.score-mismatch", cell: "G6", why: "the money block scores 10; 分值 10 × 执行率 (54.60 / 60.00 = 91.00%) = 9.10" },
      { rule: "selfeval.missing-explanation", cell: "H17", why: "网上可办率 86% against ≥90% scores 12 of 15 and its 偏差原因分析及改进措施 (I17) is empty" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "F6", why: "54.60 / 60.00 = 91.00%, as stated" },
      { rule: "selfeval.score-mismatch", cell: "H20", why: "总分 97 = 10 + 15 + 10 + 10 + 15 + 12 + 15 + 10 as typed (the slip is the money block's, reported there)" },
      { rule: "selfeval.weights", why: "分值 10 + 15 + 10 + 10 + 15 + 15 + 15 + 10 = 100" },
      { rule: "selfeval.target-missed-full-score", cell: "H15", why: "1.5小时 is within ≤2小时; 54.6万元 within ≤60万元; 1260项 above ≥1200项" },
      { rule: "selfeval.missing-explanation", cell: "I6", why: "91.00% is above 90%: no explanation needed for the money" },
      { rule: "selfeval.total-mismatch", why: "年度资金总额 60 / 54.6 = 当年财政拨款 60 / 54.6 (the other lines are dashes)" },
    ],
  },
};
