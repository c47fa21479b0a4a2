import type { CorpusLayout } from "../types";

// 四川 青神县发展和改革局 部门预算项目支出绩效自评表（2023年度）: 预算执行情况（10分） with 年初预算/调整后预算数/
// 预算执行数/预算执行率/权重/得分/原因 and 总额 / 其中：财政资金 / 财政专户管理资金 / 单位资金 / 其他资金; 绩效指标（90分）
// with 指标性质/指标值/度量单位 split; 评价结论/存在问题/改进措施; signatures.
export const layout: CorpusLayout = {
  id: "qingshen-2023-selfeval-sichuan",
  source: {
    title: "部门预算项目支出绩效自评表（2023年度）— 青神县发展和改革局",
    url: "https://www.scqs.gov.cn/info/13206/211004.htm",
    publisher: "青神县发展和改革局",
    date: "2024",
    changes:
      "Form wording and structure as published (报表编号, 项目基本情况, 预算执行情况（10分）, 绩效指标（90分）, 合计, 评价结论/存在问题/" +
      "改进措施, 项目负责人/财务负责人). The project (published: 工资性支出) is replaced by an invented 招商引资 project with our " +
      "figures and six indicators. The form's printed instruction, which the page shows inside the 原因 cell of 总额, " +
      "is moved to a 注 under the form so that an empty 原因 is unambiguous. Planted: 调整后预算数 总额 135.00 while its " +
      "其中 lines give 131.00; the total rate 88.52% is below 90% with no 原因.",
  },
  classes: ["selfeval", "sichuan", "weights-as-quanzhong", "indicator-value-split", "two-fund-kinds", "signoff-line"],
  sheets: [
    {
      name: "自评表",
      widths: [12, 18, 12, 20, 8, 8, 8, 8, 8, 8, 20],
      rows: [
        ["报表编号：510000_0013zp", null, null, null, null, null, null, null, null, null, null],
        ["部门预算项目支出绩效自评表（2023年度）", null, null, null, null, null, null, null, null, null, null],
        ["项目名称", "51142521R000000031742-招商引资专项工作经费", null, null, null, null, null, null, null, null, null],
        ["主管部门", "青神县发展和改革局本级", null, null, null, null, null, null, null, null, null],
        ["实施单位（盖章）", "青神县发展和改革局", null, null, null, null, null, null, null, null, null],
        ["项目基本情况", "1.项目年度目标完成情况", "项目年度目标", null, null, null, "年度目标完成情况", null, null, null, null],
        [null, null, "开展招商推介活动不少于6场，签约项目不少于10个，新增到位资金不少于5亿元。", null, null, null, "开展推介活动7场，签约项目12个，新增到位资金5.6亿元。", null, null, null, null],
        [null, "2.项目实施内容及过程概述", "赴成渝、长三角开展产业链招商推介，组织项目洽谈签约并跟踪履约。", null, null, null, null, null, null, null, null],
        ["预算执行情况（10分）", "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因", null, null],
        [null, "总额", 120, 135, 119.5, "88.52%", 10, 8.85, null, null, null],
        [null, "其中：财政资金", 120, 125, 113.5, "90.80%", "/", "/", null, null, null],
        [null, "财政专户管理资金", 0, 0, 0, "0.00%", "/", "/", null, null, null],
        [null, "单位资金", 0, 6, 6, "100.00%", "/", "/", null, null, null],
        [null, "其他资金", null, null, null, null, "/", "/", null, null, null],
        ["绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
        [null, "产出指标", "数量指标", "招商推介活动场次", "≥", 6, "场", 7, 20, 20, null],
        [null, "产出指标", "数量指标", "签约项目个数", "≥", 10, "个", 12, 20, 20, null],
        [null, "产出指标", "质量指标", "签约项目履约率", "≥", 80, "%", 85, 15, 15, null],
        [null, "产出指标", "时效指标", "经费支付及时率", "=", 100, "%", 100, 10, 10, null],
        [null, "效益指标", "经济效益指标", "新增到位资金", "≥", 5, "亿元", 5.6, 15, 15, null],
        [null, "满意度指标", "服务对象满意度指标", "签约企业满意度", "≥", 90, "%", 93, 10, 10, null],
        [null, "合计", null, null, null, null, null, null, 100, 98.85, null],
        ["评价结论", "项目自评总分98.85分，年度招商目标全面完成。", null, null, null, null, null, null, null, null, null],
        ["存在问题", "部分签约项目前期手续办理进度偏慢。", null, null, null, null, null, null, null, null, null],
        ["改进措施", "建立签约项目专班跟踪机制，加快落地。", null, null, null, null, null, null, null, null, null],
        ["项目负责人：张晓", null, null, null, null, "财务负责人：刘敏", null, null, null, null, null],
        [
          "注：1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；2.年中发生预算调整的（追加或调减），应单独说明理由；3.其他资金包括：社会投入资金、银行贷款。",
          null, null, null, null, null, null, null, null, null, null,
        ],
      ],
      merges: [
        "A2:K2", "B3:K3", "B4:K4", "B5:K5", "A6:A8", "B6:B7", "C6:F6", "G6:K6", "C7:F7", "G7:K7", "C8:K8",
        "A9:A14", "I9:K9", "I10:K10", "I11:K11", "I12:K12", "I13:K13", "I14:K14", "A15:A22", "B22:H22",
        "B23:K23", "B24:K24", "B25:K25", "A26:E26", "F26:K26", "A27:K27",
      ],
      numberFormats: { "C10:E13": "0.00", "H10": "0.00", "J22": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 9, lastRow: 22, year: 2023 }],
    findings: [
      {
        rule: "selfeval.total-mismatch",
        cell: "D10",
        why: "调整后预算数 总额 135.00; 其中 财政资金 125.00 + 财政专户管理资金 0.00 + 单位资金 6.00 + 其他资金 (blank) = 131.00",
      },
      {
        rule: "selfeval.missing-explanation",
        cell: "F10",
        why: "预算执行率 119.50 / 135.00 = 88.52% is below 90% and the 原因 cell (I10) is empty",
      },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "F10", why: "119.50 / 135.00 = 88.52% as stated (the stated 总额 is used; its disagreement with the 其中 lines is the total finding)" },
      { rule: "selfeval.rate-mismatch", cell: "F11", why: "113.50 / 125.00 = 90.80%" },
      { rule: "selfeval.rate-mismatch", cell: "F12", why: "0.00 of 0.00: the form prints 0.00%, there is no rate to check" },
      { rule: "selfeval.score-mismatch", cell: "H10", why: "10 × 88.52% = 8.852, stated 8.85" },
      { rule: "selfeval.total-mismatch", cell: "C10", why: "年初预算 120.00 = 120.00 + 0.00 + 0.00" },
      { rule: "selfeval.total-mismatch", cell: "E10", why: "预算执行数 119.50 = 113.50 + 0.00 + 6.00" },
      { rule: "selfeval.weights", why: "权重 20 + 20 + 15 + 10 + 15 + 10 = 90, plus the budget's 10 = the 合计 100" },
      { rule: "selfeval.score-mismatch", cell: "J22", why: "合计 得分 98.85 = 8.85 + 90" },
      { rule: "selfeval.target-missed-full-score", why: "every indicator meets its value (7 ≥ 6, 12 ≥ 10, 85 ≥ 80, 100 = 100, 5.6 ≥ 5, 93 ≥ 90)" },
      { rule: "selfeval.rate-mismatch", cell: "F16", why: "指标值 6 (场) is a target, not a rate" },
    ],
  },
};
