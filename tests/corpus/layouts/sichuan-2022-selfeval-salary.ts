import type { CorpusLayout } from "../types";

// 四川 部门预算项目支出绩效自评表 for a wage project (工资性支出): the province's form (年初预算 / 调整后预算数 / 预算执行数 /
// 预算执行率 / 权重 / 得分 / 原因; indicators as 指标性质 / 指标值 / 度量单位 / 完成值 / 权重 / 得分), four indicators of 22.5
// points each, one of them a balance rate with its formula in the indicator's name (结余率（计算方法为：结余数/预算数）).
export const layout: CorpusLayout = {
  id: "sichuan-2022-selfeval-salary",
  source: {
    title: "部门预算项目支出绩效自评表 — 工资性支出（足额保障率 / 科目调整次数 / 按时发放率 / 结余率）",
    url: "https://dyrmt.com/article-132779-22.html",
    publisher: "（a Sichuan county media site; the stored copy shows the form's lower half）",
    date: "2023",
    changes:
      "The indicators as the stored copy shows them (产出指标 数量指标 足额保障率 =100% 22.5; 科目调整次数 ≤10次 22.5; 时效指标 按时发放率 " +
      "=100% 22.5; 效益指标 经济效益指标 结余率（计算方法为：结余数/预算数） ≤5% 22.5; 合计 100; 评价结论 及时、足额缴纳; 存在问题 暂无; " +
      "改进措施 暂无; 项目负责人 / 财务负责人). The upper half (项目名称 … 预算执行情况（10分）) is cut off in the stored copy and follows the " +
      "same province's form as published elsewhere (部门预算项目支出绩效自评表, 预算执行情况 with 总额 / 其中：财政资金 / 财政专户管理资金 / " +
      "单位资金 / 其他资金 and the form's instructions in the 原因 cell). The project code, department, year (2022), texts, " +
      "budget figures and results are ours. Planted: 预算执行率 stated 98.50% where 330.12 / 338.60 = 97.50%; 科目调整次数 12 次 " +
      "against ≤ 10 次 yet the full 22.5.",
  },
  classes: ["selfeval", "sichuan", "weights-as-quanzhong", "decimal-weights", "indicator-value-split", "formula-in-indicator-name", "instructions-in-reason-cell", "signoff-line"],
  sheets: [
    {
      name: "自评表",
      widths: [12, 18, 12, 22, 8, 10, 8, 10, 8, 8, 20],
      rows: [
        ["部门预算项目支出绩效自评表（2022年度）", null, null, null, null, null, null, null, null, null, null],
        ["项目名称", "51068122R000000014587-工资性支出", null, null, null, null, null, null, null, null, null],
        ["主管部门", "县自然资源局部门", null, null, null, "实施单位", "县自然资源局", null, null, null, null],
        ["项目基本情况", "1.项目年度目标完成情况", "项目年度目标", null, null, null, "年度目标完成情况", null, null, null, null],
        [null, null, "保障在职人员工资及时足额发放、社保及时足额缴纳。", null, null, null, "已完成", null, null, null, null],
        [null, "2.项目实施内容及过程概述", "按月发放在职人员工资，按时缴纳社会保险及住房公积金。", null, null, null, null, null, null, null, null],
        ["预算执行情况（10分）", "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因", null, null],
        [
          null, "总额", 320.45, 338.6, 330.12, "98.50%", 10, 9.75,
          "1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；2.年中发生预算调整的（追加或调减），应单独说明理由；3.其他资金包括：社会投入资金、银行贷款。",
          null, null,
        ],
        [null, "其中：财政资金", 320.45, 338.6, 330.12, "97.50%", "/", "/", null, null, null],
        [null, "财政专户管理资金", 0, 0, 0, "0.00%", "/", "/", null, null, null],
        [null, "单位资金", 0, 0, 0, "0.00%", "/", "/", null, null, null],
        [null, "其他资金", null, null, null, null, "/", "/", null, null, null],
        ["绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
        [null, "产出指标", "数量指标", "足额保障率", "=", 100, "%", 100, 22.5, 22.5, null],
        [null, "产出指标", "数量指标", "科目调整次数", "≤", 10, "次", 12, 22.5, 22.5, null],
        [null, "产出指标", "时效指标", "按时发放率", "=", 100, "%", 100, 22.5, 22.5, null],
        [null, "效益指标", "经济效益指标", "结余率（计算方法为：结余数/预算数）", "≤", 5, "%", 2.5, 22.5, 22.5, null],
        [null, "合计", null, null, null, null, null, null, 100, 99.75, null],
        ["评价结论", "及时、足额发放工资，缴纳社会保险。", null, null, null, null, null, null, null, null, null],
        ["存在问题", "暂无", null, null, null, null, null, null, null, null, null],
        ["改进措施", "暂无", null, null, null, null, null, null, null, null, null],
        ["项目负责人：何军", null, null, null, null, "财务负责人：罗燕", null, null, null, null, null],
      ],
      merges: [
        "A1:K1", "B2:K2", "B3:E3", "G3:K3", "A4:A6", "B4:B5", "C4:F4", "G4:K4", "C5:F5", "G5:K5", "C6:K6",
        "A7:A12", "I7:K7", "I8:K12", "A13:A18", "B18:H18", "B19:K19", "B20:K20", "B21:K21", "A22:E22", "F22:K22",
      ],
      numberFormats: { "C8:E11": "0.00", "H8": "0.00", "J18": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 7, lastRow: 18, year: 2022 }],
    findings: [
      { rule: "selfeval.rate-mismatch", cell: "F8", why: "330.12 / 338.60 = 97.50%, stated 98.50%" },
      { rule: "selfeval.target-missed-full-score", cell: "J15", why: "科目调整次数: 12 次 against ≤ 10 次, yet the full 22.5 points" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "F9", why: "330.12 / 338.60 = 97.50%" },
      { rule: "selfeval.rate-mismatch", cell: "F10", why: "0.00 of 0.00: nothing to check" },
      { rule: "selfeval.score-mismatch", cell: "H8", why: "权重 10 × 97.50% (the amounts' rate) = 9.75, as stated" },
      { rule: "selfeval.score-mismatch", cell: "J18", why: "合计 得分 99.75 = 9.75 + 4 × 22.5" },
      { rule: "selfeval.weights", why: "22.5 × 4 = 90, plus the budget's 10 = the 合计 100" },
      { rule: "selfeval.total-mismatch", why: "年初 320.45 = 320.45 + 0 + 0; 调整后 338.60 = 338.60 + 0 + 0; 执行 330.12 = 330.12 + 0 + 0" },
      { rule: "selfeval.target-missed-full-score", cell: "J17", why: "结余率 2.5% ≤ 5% is met ((338.60 − 330.12) / 338.60 = 2.50%)" },
      { rule: "selfeval.target-missed-full-score", cell: "J14", why: "100% = 100% is met" },
      { rule: "selfeval.missing-explanation", why: "the rate is 97.50% (≥ 90%) and every indicator has its full 权重" },
      { rule: "execution.overspent", why: "330.12 spent of 338.60" },
      { rule: "input.unreadable-value", why: "the instructions in the 原因 cell and the / in 权重/得分 are text by nature" },
    ],
  },
};
