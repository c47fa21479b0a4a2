import type { CorpusLayout } from "../types";

// 合肥市瑶海区农林水务局 2022年度项目支出部门评价报告和绩效自评表 (共15个), the 党建工作 project (年初安排预算资金1万元): Anhui's 项目支出绩效自评表 —
// 项目名称 / 主管部门 | 实施单位, 项目资金（万元） over 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 with 其中 sources, 年度总体目标 as
// 预期目标 | 实际完成情况, then 一级 / 二级 / 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 and 总分.
export const layout: CorpusLayout = {
  id: "yaohai-2022-party-building-project-selfeval",
  source: {
    title: "合肥市瑶海区农林水务局2022年度项目支出部门评价报告和绩效自评表（共15个）— 党建工作项目绩效自评表",
    url: "https://economicdaily.com.cn/archives/76kd5eyz2b9kompvbwjx.html",
    publisher: "合肥市瑶海区农林水务局",
    date: "2023",
    changes:
      "The stored copy shows the report's opening for the 党建工作 project (年初安排预算资金1万元, for 党建活动 and 学习书籍; the goal of 组织能力的提升) " +
      "but not its form: the form follows Anhui's 项目支出绩效自评表 of the same year (headers, 其中 sources, goal columns, indicator headers, 总分); the " +
      "spending, indicators, 分值 and scores are ours. Planted: the indicators' 分值 add up to 85, so with the budget's 10 the form weighs 95 while " +
      "总分's 分值 says 100; 活动按计划开展及时率 90% against =100% yet its full 10 points.",
  },
  classes: [
    "selfeval", "project-form", "year-line-under-title", "vertical-side-labels", "dash-as-nothing", "rates-as-text", "three-level-indicators",
    "text-targets", "small-project", "signoff-line", "district-unit", "anhui",
  ],
  sheets: [
    {
      name: "党建工作",
      widths: [8, 14, 20, 30, 14, 14, 10, 10, 24],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2022年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "党建工作", null, null, null, null, null, null, null],
        ["主管部门", "合肥市瑶海区农林水务局", null, null, "实施单位", "合肥市瑶海区农林水务局", null, null, null],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        [null, "年度资金总额", 1, 1, 0.96, 10, "96.00%", 9.6, null],
        [null, "其中：本年财政拨款", 1, 1, 0.96, "—", "96.00%", "—", null],
        [null, "上年结转资金", null, null, null, "—", null, "—", null],
        [null, "其他资金", null, null, null, "—", null, "—", null],
        ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null, null, null],
        [null, "提升组织能力：充分发挥基层党组织战斗堡垒作用和党员先锋模范作用，增强政治意识、大局意识。", null, null, "开展党建学习活动12次，购买党建学习书籍60册，组织能力得到提升。", null, null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标", "数量指标", "开展党建学习活动次数", "≥12次", "12次", 15, 15, null],
        [null, null, null, "购买党建学习书籍数量", "≥50册", "60册", 10, 10, null],
        [null, null, "质量指标", "党员参学率", "≥95%", "96%", 10, 10, null],
        [null, null, "时效指标", "活动按计划开展及时率", "=100%", "90%", 10, 10, null],
        [null, null, "成本指标", "项目总成本", "≤1万元", "0.96万元", 5, 5, null],
        [null, "效益指标", "社会效益指标", "党员政治意识提升程度", "明显提升", "明显提升", 15, 15, null],
        [null, null, "可持续影响指标", "基层党组织战斗堡垒作用发挥", "持续发挥", "持续发挥", 10, 10, null],
        [null, "满意度指标", "服务对象满意度指标", "党员群众满意度", "≥90%", "95%", 10, 10, null],
        ["总分", null, null, null, null, null, 100, 94.6, null],
        ["项目负责人：　　　　财务负责人：　　　　填报日期：2023年4月", null, null, null, null, null, null, null, null],
      ],
      merges: [
        "A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:B5", "A6:A9", "A10:A11", "B10:D10", "E10:I10", "B11:D11", "E11:I11",
        "A12:A20", "B13:B17", "C13:C14", "B18:B19", "A21:F21", "A22:I22",
      ],
      numberFormats: { "C6:E7": "0.00", "H6": "0.00", "H21": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "党建工作", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 21, year: 2022 }],
    findings: [
      { rule: "selfeval.weights", cell: "G21", why: "分值 10 (budget) + 15 + 10 + 10 + 10 + 5 + 15 + 10 + 10 = 95, but 总分's 分值 says 100" },
      { rule: "selfeval.target-missed-full-score", cell: "H16", why: "活动按计划开展及时率 90% against =100%, yet the full 10 points" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "0.96 / 1.00 = 96.00%" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 96.00% = 9.60" },
      { rule: "selfeval.score-mismatch", cell: "H21", why: "总分 94.60 = 9.60 + 15 + 10 + 10 + 10 + 5 + 15 + 10 + 10, the scores as typed" },
      { rule: "selfeval.total-mismatch", why: "其中：本年财政拨款 is the whole of 年度资金总额 (1.00 / 1.00 / 0.96); the other two sources are dashes" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "0.96万元 ≤ 1万元 is met" },
      { rule: "selfeval.target-missed-full-score", cell: "H15", why: "96% ≥ 95% is met" },
      { rule: "selfeval.missing-explanation", why: "the rate is 96.00% (≥ 90%) and no indicator is scored below its 分值" },
      { rule: "execution.no-spending", why: "0.96 of 1.00 spent" },
      { rule: "input.unreadable-value", why: "dashes, goals, text targets and the sign-off line are text by nature" },
    ],
  },
};
