import type { CorpusLayout } from "../types";

// 北京 海淀区学院路街道 项目支出绩效自评表（2016年度）: only 年初预算数（A） and 全年执行数（B） in the budget block,
// 分值（10分）, 执行率（B/A）, a 得分计算方法 column; in the indicator block 分值 comes before 年度指标值（A）/全年实际值（B）.
export const layout: CorpusLayout = {
  id: "haidian-2016-selfeval-beijing",
  source: {
    title: "项目支出绩效自评表（2016年度）—【体制】自管道路清扫保洁外包工作经费（海淀区学院路街道）",
    url: "https://www.wenku365.com/s-60761775.html",
    publisher: "北京市海淀区学院路街道办事处 (document reposted on a library site)",
    date: "2017",
    changes:
      "Form wording and column order as published (年初预算数（A）/全年执行数（B）/分值（10分）/执行率（B/A）/得分/得分计算方法; indicators: " +
      "分值 before 年度指标值（A）/全年实际值（B）, 得分计算方法, 得分, 未完成原因分析) and the published scoring-method texts. Project " +
      "and figures ours. Planted: 执行率 stated 93.00% where 257.60 / 280.00 = 92.00%; 效益指标 is headed （30分） but " +
      "its three indicators weigh 10 + 10 + 5, so the weights add up to 95 while 总分 says 100.",
  },
  classes: ["selfeval", "beijing", "letters-in-headers", "scoring-method-column", "weights-before-targets"],
  sheets: [
    {
      name: "自评表",
      widths: [10, 16, 14, 22, 8, 12, 12, 30, 8, 14],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
        ["（2016年度）", null, null, null, null, null, null, null, null, null],
        ["项目名称", "【体制】街道企业服务专项工作经费", null, null, null, null, null, null, null, null],
        ["主管部门及代码", "北京市海淀区人民政府学院路街道办事处", null, null, null, "实施单位", "学院路街道企业服务中心", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数（A）", "全年执行数（B）", "分值（10分）", "执行率（B/A）", "得分", "得分计算方法", null, null],
        [null, "年度资金总额：", 280, 257.6, 10, "93.00%", 9.2, "执行率*该指标分值，最高不得超过分值上限。", null, null],
        [null, "其中：本年一般公共预算拨款", 280, 257.6, null, null, null, null, null, null],
        [null, "其他资金", null, null, null, null, null, null, null, null],
        ["年度总体目标", "为辖区企业提供政策咨询、诉求办理和入驻服务，服务企业不少于600户。", null, null, null, null, null, null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "分值", "年度指标值（A）", "全年实际值（B）", "得分计算方法", "得分", "未完成原因分析"],
        [null, "产出指标（50分）", "数量指标", "服务辖区企业户数", 12.5, "600户", "628户", "完成值达到指标值，记满分；未达到指标值，按B/A或A/B*该指标分值记分。", 12.5, null],
        [null, null, "质量指标", "企业诉求办结率", 12.5, "95%", "97%", "完成值达到指标值，记满分；未达到指标值，按B/A或A/B*该指标分值记分。", 12.5, null],
        [null, null, "时效指标", "诉求响应时限", 12.5, "≤3个工作日", "2个工作日", "完成值达到指标值，记满分；未达到指标值，按B/A或A/B*该指标分值记分。", 12.5, null],
        [null, null, "成本指标", "项目成本控制", 12.5, "≤280万元", "257.6万元", "完成值达到指标值，记满分；未达到指标值，按B/A或A/B*该指标分值记分。", 12.5, null],
        [null, "效益指标（30分）", "经济效益指标", "新增入驻企业", 10, "20家", "24家", "完成值达到指标值，记满分；未达到指标值，按B/A或A/B*该指标分值记分。", 10, null],
        [null, null, "社会效益指标", "企业服务覆盖率", 10, "90%", "92%", "完成值达到指标值，记满分；未达到指标值，按B/A或A/B*该指标分值记分。", 10, null],
        [null, null, "可持续影响指标", "服务机制长效运行", 5, "长效运行", "长效运行", "达到记满分，未达到不得分。", 5, null],
        [null, "满意度指标（10分）", "服务对象满意度", "企业满意度", 10, "90%", "93%", "完成值达到指标值，记满分；未达到指标值，按B/A或A/B*该指标分值记分。", 10, null],
        [null, "总分", null, null, 100, null, null, null, 94.2, null],
      ],
      merges: [
        "A1:J1", "A2:J2", "B3:J3", "B4:E4", "G4:J4", "A5:A8", "H5:J5", "H6:J6", "H7:J7", "H8:J8", "B9:J9",
        "A10:A19", "B11:B14", "B15:B17", "B19:D19",
      ],
      numberFormats: { "C6:D7": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 19, year: 2016 }],
    findings: [
      { rule: "selfeval.rate-mismatch", cell: "F6", why: "执行率（B/A） = 257.60 / 280.00 = 92.00%; stated 93.00%" },
      {
        rule: "selfeval.weights",
        cell: "E19",
        why: "分值 10 (budget) + 12.5 × 4 + 10 + 10 + 5 + 10 = 95, while 总分 states 100 (效益指标 is headed （30分） but its indicators weigh 25)",
      },
    ],
    absent: [
      { rule: "selfeval.score-mismatch", cell: "G6", why: "9.2 = 10 × 92.00%, the true B/A; only the stated rate is wrong" },
      { rule: "selfeval.score-mismatch", cell: "I19", why: "总分 得分 94.2 = 9.2 + 50 + 25 + 10, the sum of the stated scores" },
      { rule: "selfeval.target-missed-full-score", why: "every indicator meets its target (≤ targets included: 2 ≤ 3 工作日, 257.6 ≤ 280万元)" },
      { rule: "selfeval.total-mismatch", cell: "C6", why: "280.00 = 本年一般公共预算拨款 280.00 + 其他资金 (blank)" },
      { rule: "selfeval.missing-explanation", why: "every indicator has its full score and the rate (92.00%) is above 90%" },
      { rule: "input.unreadable-value", cell: "H6", why: "得分计算方法 is a text column" },
    ],
  },
};
