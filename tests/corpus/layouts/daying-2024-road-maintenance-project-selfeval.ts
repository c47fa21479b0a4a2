import type { CorpusLayout } from "../types";

// 大英县 (遂宁, 四川) 2024年度部门决算, 附件 项目支出绩效自评表 — the Sichuan 部门预算项目支出绩效自评表 form: 预算执行情况（10分）
// with 年初预算 / 调整后预算数 / 预算执行数 / 预算执行率 / 权重 / 得分 / 原因 over 总额 and its 其中 lines; 绩效指标（90分） with
// 指标性质 | 指标值 | 度量单位 split; 合计; 评价结论 / 存在问题 / 改进措施; signatures. One indicator scored above its 权重,
// one target missed at full score.
export const layout: CorpusLayout = {
  id: "daying-2024-road-maintenance-project-selfeval",
  source: {
    title: "大英县2024年度部门决算（第四部分 附件：项目支出绩效自评表）",
    url: "https://www.daying.gov.cn/gongkai/show/8506fd741d261cf51b2ea60edde70bee.html",
    publisher: "大英县（部门决算公开）",
    date: "2025-09-02",
    changes:
      "The stored copy shows the contents of the 2024 部门决算 (公开时间 2025年9月2日; 第四部分 附件, pp. 18–92, where the 绩效自评 " +
      "forms stand) but no form body. Laid out as Sichuan's 部门预算项目支出绩效自评表 prints it (as another county's published form " +
      "shows it: 预算执行情况（10分）, 绩效指标（90分）, 指标性质 / 指标值 / 度量单位, 权重, 评价结论 / 存在问题 / 改进措施, 项目负责人 / " +
      "财务负责人, the printed instruction as a 注). The department, project, figures and indicators are ours. Planted: 每公里年养护成本 " +
      "scored 16 against its 权重 15; 农村公路养护里程 305 公里 misses its ≥320 yet gets its full 20.",
  },
  classes: ["selfeval", "weights-as-quanzhong", "indicator-value-split", "qualitative-indicator", "score-above-weight", "target-missed-full-score", "signoff-line", "notes-under-table", "sichuan"],
  sheets: [
    {
      name: "自评表",
      widths: [12, 18, 12, 20, 8, 10, 10, 10, 8, 8, 20],
      rows: [
        ["部门预算项目支出绩效自评表（2024年度）", null, null, null, null, null, null, null, null, null, null],
        ["项目名称", "51092321R000000045178-农村公路养护专项经费", null, null, null, null, null, null, null, null, null],
        ["主管部门", "大英县交通运输局本级", null, null, null, null, null, null, null, null, null],
        ["实施单位（盖章）", "大英县交通运输局", null, null, null, null, null, null, null, null, null],
        ["项目基本情况", "1.项目年度目标完成情况", "项目年度目标", null, null, null, "年度目标完成情况", null, null, null, null],
        [null, null, "完成县乡村道日常养护320公里，优良路率不低于75%，群众出行条件明显改善。", null, null, null, "完成日常养护305公里，优良路率78%，沿线群众满意度93%。", null, null, null, null],
        [null, "2.项目实施内容及过程概述", "按片区落实养护责任，实施路面修补、边沟清理、安保设施维护，季度考核拨付养护经费。", null, null, null, null, null, null, null, null],
        ["预算执行情况（10分）", "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因", null, null],
        [null, "总额", 80, 95, 93.1, "98.00%", 10, 9.8, null, null, null],
        [null, "其中：财政资金", 80, 95, 93.1, "98.00%", "/", "/", null, null, null],
        [null, "财政专户管理资金", 0, 0, 0, "0.00%", "/", "/", null, null, null],
        [null, "单位资金", 0, 0, 0, "0.00%", "/", "/", null, null, null],
        [null, "其他资金", null, null, null, null, "/", "/", null, null, null],
        ["绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
        [null, "产出指标", "数量指标", "农村公路养护里程", "≥", 320, "公里", 305, 20, 20, null],
        [null, "产出指标", "质量指标", "养护路段优良路率", "≥", 75, "%", 78, 15, 15, null],
        [null, "产出指标", "时效指标", "养护任务按期完成率", "=", 100, "%", 100, 10, 10, null],
        [null, "产出指标", "成本指标", "每公里年养护成本", "≤", 3000, "元/公里", 2980, 15, 16, null],
        [null, "效益指标", "社会效益指标", "群众出行条件改善情况", "定性", "明显改善", null, "明显改善", 20, 20, null],
        [null, "满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", 90, "%", 93, 10, 10, null],
        [null, "合计", null, null, null, null, null, null, 100, 100.8, null],
        ["评价结论", "项目自评总分100.8分，年度养护任务基本完成。", null, null, null, null, null, null, null, null, null],
        ["存在问题", "部分村道路基老化，养护里程未全部覆盖。", null, null, null, null, null, null, null, null, null],
        ["改进措施", "统筹以工代赈资金，逐年扩大养护覆盖范围。", null, null, null, null, null, null, null, null, null],
        ["项目负责人：何建", null, null, null, null, "财务负责人：罗丽", null, null, null, null, null],
        [
          "注：1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；2.年中发生预算调整的（追加或调减），应单独说明理由；3.其他资金包括：社会投入资金、银行贷款。",
          null, null, null, null, null, null, null, null, null, null,
        ],
      ],
      merges: [
        "A1:K1", "B2:K2", "B3:K3", "B4:K4", "A5:A7", "B5:B6", "C5:F5", "G5:K5", "C6:F6", "G6:K6", "C7:K7",
        "A8:A13", "I8:K8", "I9:K9", "I10:K10", "I11:K11", "I12:K12", "I13:K13", "A14:A21", "B21:H21",
        "B22:K22", "B23:K23", "B24:K24", "A25:E25", "F25:K25", "A26:K26",
      ],
      numberFormats: { "C9:E12": "0.00", "H9": "0.00", "J21": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 8, lastRow: 21, year: 2024 }],
    findings: [
      { rule: "selfeval.score-mismatch", cell: "J18", why: "每公里年养护成本 scored 16, above its 权重 15" },
      { rule: "selfeval.target-missed-full-score", cell: "J15", why: "农村公路养护里程 305 公里 misses its ≥320 公里 target, yet scores its full 20" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "F9", why: "93.10 / 95.00 = 98.00%, as stated" },
      { rule: "selfeval.rate-mismatch", cell: "F10", why: "93.10 / 95.00 = 98.00%" },
      { rule: "selfeval.rate-mismatch", cell: "F11", why: "0.00 of 0.00: the form prints 0.00%, no rate to check" },
      { rule: "selfeval.score-mismatch", cell: "H9", why: "10 × 98.00% = 9.80, as stated" },
      { rule: "selfeval.score-mismatch", cell: "J21", why: "合计 100.80 = 9.80 + 20 + 15 + 10 + 16 + 20 + 10, the scores as typed" },
      { rule: "selfeval.total-mismatch", why: "总额 80 / 95 / 93.10 = 财政资金 80 / 95 / 93.10 + 0 + 0 (+ blank 其他资金)" },
      { rule: "selfeval.weights", why: "权重 20 + 15 + 10 + 15 + 20 + 10 = 90, plus the budget's 10 = the 合计 100" },
      { rule: "selfeval.missing-explanation", why: "the rate 98.00% is above 90% and every indicator has its full score (16 is above it)" },
      { rule: "selfeval.target-missed-full-score", cell: "J18", why: "2,980 元/公里 meets ≤3,000 (its slip is the score above the 权重)" },
      { rule: "selfeval.target-missed-full-score", cell: "J19", why: "a qualitative target (明显改善) stated as met" },
      { rule: "execution.overspent", why: "93.10 spent of 95.00" },
      { rule: "selfeval.rate-mismatch", cell: "F15", why: "指标值 320 (公里) is a target, not a rate" },
    ],
  },
};
