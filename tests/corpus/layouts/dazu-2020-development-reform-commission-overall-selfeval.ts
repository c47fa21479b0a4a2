import type { CorpusLayout } from "../types";

// 重庆市大足区发展和改革委员会 2020 部门整体支出绩效自评报告, its attached 部门整体支出绩效自评表: a money block (年初预算数 | 全年预算数 |
// 全年执行数 | 分值 | 执行率 | 得分) with 年度资金总额 over 其中：基本支出 / 项目支出 as rows of their own, 年度总体目标, then the indicators
// 一级 | 二级 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析, 总分 at the foot and a sign-off line.
export const layout: CorpusLayout = {
  id: "dazu-2020-development-reform-commission-overall-selfeval",
  source: {
    title: "重庆市大足区发展和改革委员会2020年度部门整体支出绩效自评报告（附：部门整体支出绩效自评表）",
    url: "http://www.dazu.gov.cn/qzfbm/fzggw/zwgk_53321/fdzdgknr_53323/ysjs/ys/202108/t20210803_9535178.html",
    publisher: "重庆市大足区发展和改革委员会",
    date: "2021-08-03",
    changes:
      "The stored copy gives the report's prose (部门基本情况: 12 科室, the commission's duties) but not its form: the form is laid out as the district's " +
      "部门整体支出绩效自评表 (money block with 基本支出 / 项目支出 rows, 年度总体目标, three indicator levels, 总分) (table-not-in-stored-copy). The " +
      "indicators follow the duties the report names (投资计划, 中央预算内投资, 经济运行分析, 价格监测, 粮食应急储备); figures are ours. " +
      "Planted: 全年执行数 年度资金总额 1,502.36 where 基本支出 861.14 + 项目支出 631.22 = 1,492.36; 重点项目开工率 87% against ≥90% yet its full 10 points.",
  },
  classes: ["selfeval", "department-overall-form", "money-block-with-qizhong-rows", "three-level-indicators", "text-targets", "rates-as-text", "total-score-row", "signoff-line", "table-not-in-stored-copy", "district-unit", "chongqing"],
  settings: { district: "重庆市大足区" },
  sheets: [
    {
      name: "自评表",
      widths: [14, 16, 28, 14, 14, 8, 10, 8, 22],
      rows: [
        ["部门整体支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2020年度）", null, null, null, null, null, null, null, null],
        ["部门名称", "重庆市大足区发展和改革委员会", null, null, null, null, null, null, null],
        ["年度预算执行情况（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        [null, "年度资金总额", 1326.5, 1584.2, 1502.36, 10, "94.83%", 9.48, null],
        [null, "其中：基本支出", 826.5, 868.2, 861.14, null, null, null, null],
        [null, "      项目支出", 500, 716, 631.22, null, null, null, null],
        ["年度总体目标", "完成区委区政府下达的年度重点项目投资计划，争取中央和市级预算内投资，做好经济运行分析、价格监测和粮食应急储备，保障机关正常运转。", null, null, null, null, null, null, null],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", null, "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "完成年度重点项目投资计划", "≥200亿元", "213亿元", 10, 10, null, null],
        [null, "数量指标", "争取中央预算内投资项目个数", "≥30个", "34个", 10, 10, null, null],
        [null, "质量指标", "重点项目开工率", "≥90%", "87%", 10, 10, null, null],
        [null, "时效指标", "经济运行分析报告按时报送率", "100%", "100%", 10, 10, null, null],
        [null, "成本指标", "“三公”经费控制率", "≤100%", "78%", 10, 10, null, null],
        ["效益指标", "经济效益指标", "固定资产投资增速", "≥6%", "6.5%", 10, 10, null, null],
        [null, "社会效益指标", "价格监测数据报送及时率", "100%", "100%", 10, 10, null, null],
        [null, "可持续影响指标", "粮食应急储备达标率", "100%", "100%", 10, 10, null, null],
        ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "95%", 10, 10, null, null],
        ["总分", null, null, null, null, 100, 99.48, null, null],
        ["填表人：王静    联系电话：023-43721856    填报日期：2021年7月20日", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A2:I2", "B3:I3", "A4:B4", "A5:A7", "B8:I8", "G9:H9", "A10:A14", "A15:A17", "G10:H10", "G11:H11", "G12:H12", "G13:H13", "G14:H14", "G15:H15", "G16:H16", "G17:H17", "G18:H18", "A19:E19", "G19:H19", "A20:I20"],
      numberFormats: { "C5:E7": "#,##0.00", "H5": "0.00", "G19": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 4, lastRow: 19, year: 2020 }],
    findings: [
      { rule: "selfeval.total-mismatch", cell: "E5", why: "全年执行数 年度资金总额 1,502.36 where 基本支出 861.14 + 项目支出 631.22 = 1,492.36 (10.00 over)" },
      { rule: "selfeval.target-missed-full-score", cell: "G12", why: "重点项目开工率 87% misses ≥90%, yet it scores its full 10" },
    ],
    absent: [
      { rule: "selfeval.total-mismatch", cell: "C5", why: "年初预算数 826.50 + 500.00 = 1,326.50" },
      { rule: "selfeval.total-mismatch", cell: "D5", why: "全年预算数 868.20 + 716.00 = 1,584.20" },
      { rule: "selfeval.rate-mismatch", cell: "G5", why: "1,502.36 / 1,584.20 = 94.834% → 94.83%" },
      { rule: "selfeval.score-mismatch", cell: "H5", why: "10 × 94.83% = 9.483 → 9.48" },
      { rule: "selfeval.score-mismatch", cell: "G19", why: "总分 99.48 = 9.48 + 9 × 10" },
      { rule: "selfeval.weights", why: "分值 10 (budget) + 9 × 10 = 100" },
      { rule: "selfeval.target-missed-full-score", cell: "G14", why: "78% ≤ 100% is met" },
      { rule: "selfeval.target-missed-full-score", cell: "G15", why: "6.5% ≥ 6% is met" },
      { rule: "selfeval.missing-explanation", why: "the rate is 94.83% (≥ 90%) and no indicator scores below its 分值" },
      { rule: "execution.overspent", why: "1,502.36 spent of a 全年预算数 of 1,584.20" },
    ],
  },
};
