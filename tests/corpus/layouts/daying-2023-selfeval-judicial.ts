import type { CorpusLayout } from "../types";

// 四川 大英县司法局 部门预算项目支出绩效自评表（2023年度）: the Sichuan form as this office filled it — all the
// money added during the year (年初预算 0.00), the form's own instructions written into the 原因 cell
// beside 总额 instead of a reason, 完成值 given as words (完成) for a time target, 权重 before 得分.
export const layout: CorpusLayout = {
  id: "daying-2023-selfeval-judicial",
  source: {
    title: "部门预算项目支出绩效自评表（2023年度）— 2023年全县安可替代补助资金项目（大英县司法局）",
    url: "https://dyxrmt.cn/article-157795-21.html",
    publisher: "大英县司法局",
    date: "2024",
    changes:
      "Form wording, block order and cells as published (项目名称 with its project code; 主管部门 / 实施单位; 项目基本情况 with 项目年度目标 " +
      "/ 年度目标完成情况 and 项目实施内容及过程概述; 预算执行情况（10分） with 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | " +
      "得分 | 原因, the instructions 1–3 in the 原因 cell; 绩效指标（90分） with 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析; " +
      "合计; 评价结论 / 存在问题 / 改进措施 (无); 项目负责人 / 财务负责人). The published form has one indicator (成本控制数 ≤ 30 万元, " +
      "weight 90); here four indicators, the figures and the names of the signatories are ours; the project's code is altered. " +
      "Planted: 得分 9.8 for a 96.43% rate (10 × 96.43% = 9.64); 13 台 bought against ≥15 yet the full 30 points.",
  },
  classes: ["selfeval", "sichuan", "weights-as-quanzhong", "indicator-value-split", "instructions-in-reason-cell", "text-actuals", "zero-initial-budget", "signoff-line"],
  sheets: [
    {
      name: "自评表",
      widths: [12, 18, 12, 18, 8, 10, 8, 10, 8, 8, 20],
      rows: [
        ["部门预算项目支出绩效自评表（2023年度）", null, null, null, null, null, null, null, null, null, null],
        ["项目名称", "51092324T000010298812-2023年全县安可替代补助资金项目", null, null, null, null, null, null, null, null, null],
        ["主管部门", "大英县司法局部门", null, null, null, "实施单位", "大英县司法局", null, null, null, null],
        ["项目基本情况", "1.项目年度目标完成情况", "项目年度目标", null, null, null, "年度目标完成情况", null, null, null, null],
        [null, null, "根据要求购置安可终端，并完成项目资金支付。", null, null, null, "完成", null, null, null, null],
        [null, "2.项目实施内容及过程概述", "2023年购置13台安可终端，并于12月前完成资金支付。", null, null, null, null, null, null, null, null],
        ["预算执行情况（10分）", "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因", null, null],
        [
          null, "总额", 0, 16.8, 16.2, "96.43%", 10, 9.8,
          "1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；2.年中发生预算调整的（追加或调减），应单独说明理由；3.其他资金包括：社会投入资金、银行贷款。",
          null, null,
        ],
        [null, "其中：财政资金", 0, 15.6, 15, "96.15%", "/", "/", null, null, null],
        [null, "财政专户管理资金", 0, 0, 0, "0.00%", "/", "/", null, null, null],
        [null, "单位资金", 0, 1.2, 1.2, "100.00%", "/", "/", null, null, null],
        [null, "其他资金", null, null, null, null, "/", "/", null, null, null],
        ["绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
        [null, "产出指标", "数量指标", "购置安可终端数量", "≥", 15, "台", 13, 30, 30, null],
        [null, "产出指标", "质量指标", "设备验收合格率", "=", 100, "%", 100, 20, 20, null],
        [null, "产出指标", "时效指标", "资金支付完成时限", "≤", 12, "月", "完成", 20, 20, null],
        [null, "产出指标", "经济成本指标", "成本控制数", "≤", 16.8, "万元", 16.2, 20, 20, null],
        [null, "合计", null, null, null, null, null, null, 100, 99.8, null],
        ["评价结论", "根据财政局资金下达的管理办法，将资金支付给供货单位。", null, null, null, null, null, null, null, null, null],
        ["存在问题", "无", null, null, null, null, null, null, null, null, null],
        ["改进措施", "无", null, null, null, null, null, null, null, null, null],
        ["项目负责人：王建", null, null, null, null, "财务负责人：陈丽", null, null, null, null, null],
      ],
      merges: [
        "A1:K1", "B2:K2", "B3:E3", "G3:K3", "A4:A6", "B4:B5", "C4:F4", "G4:K4", "C5:F5", "G5:K5", "C6:K6",
        "A7:A12", "I7:K7", "I8:K12", "A13:A18", "B18:H18", "B19:K19", "B20:K20", "B21:K21", "A22:E22", "F22:K22",
      ],
      numberFormats: { "C8:E11": "0.00", "H8": "0.0", "J18": "0.0" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 7, lastRow: 18, year: 2023 }],
    findings: [
      { rule: "selfeval.score-mismatch", cell: "H8", why: "权重 10 × 96.43% = 9.64 (9.6 at the one decimal shown); stated 9.8" },
      {
        rule: "selfeval.target-missed-full-score",
        cell: "J14",
        why: "购置安可终端数量: 13 台 against ≥ 15 台, yet the full 30 points",
      },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "F8", why: "16.20 / 16.80 = 96.43%" },
      { rule: "selfeval.rate-mismatch", cell: "F9", why: "15.00 / 15.60 = 96.15%" },
      { rule: "selfeval.rate-mismatch", cell: "F10", why: "0.00 of 0.00: nothing to check" },
      { rule: "selfeval.total-mismatch", why: "年初 0.00 = 0 + 0 + 0; 调整后 16.80 = 15.60 + 0.00 + 1.20; 执行 16.20 = 15.00 + 0.00 + 1.20" },
      { rule: "selfeval.weights", why: "权重 30 + 20 + 20 + 20 = 90, plus the budget's 10 = the 合计 100" },
      { rule: "selfeval.score-mismatch", cell: "J18", why: "合计 得分 99.8 = 9.8 + 90, the sum of the stated scores" },
      { rule: "selfeval.target-missed-full-score", cell: "J16", why: "完成 states the time target met" },
      { rule: "selfeval.target-missed-full-score", cell: "J17", why: "16.2 万元 ≤ 16.8 万元 is met" },
      { rule: "selfeval.missing-explanation", why: "the rate is 96.43% (≥ 90%) and every indicator has its full 权重" },
      { rule: "execution.overspent", why: "16.20 spent of 16.80; 年初预算 0.00 is not the budget the rate is computed on" },
      { rule: "input.unreadable-value", why: "the instructions in the 原因 cell, 完成 and the / in 权重/得分 are text by nature" },
    ],
  },
};
