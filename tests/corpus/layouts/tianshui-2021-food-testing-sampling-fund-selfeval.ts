import type { CorpusLayout } from "../types";

// 天水市财政局 2022-12: the evaluation reports of eight 2021 市级 projects and two departments, among them 天水市食品检验检测中心's
// 食品安全监督抽验经费. The notice lists the reports only; the project's 绩效自评表 is set in the usual form — money block (年初 | 全年预算 |
// 全年执行 | 分值 | 执行率 | 得分, 其中 lines), 年度总体目标, three-level indicators with 偏差原因, 总分.
export const layout: CorpusLayout = {
  id: "tianshui-2021-food-testing-sampling-fund-selfeval",
  source: {
    title: "天水市食品检验检测中心2021年食品安全监督抽验经费项目支出绩效自评表（表据正文拟）",
    url: "http://www.tianshui.gov.cn/czj/info/1111/22852.htm",
    publisher: "天水市财政局",
    date: "2022-12-15",
    changes:
      "The notice publishes the list of ten 2021 evaluations (附件6 is this project's report, a PDF the stored copy does not hold). The form is " +
      "the common 项目支出绩效自评表 layout; the amounts, goals, indicators and scores are ours. Planted: 抽检批次 1,420 misses its ≥1500批 target " +
      "yet gets its full 15; 总分 typed 98.77 where 9.77 + 15 + 15 + 10 + 10 + 15 + 15 + 8 = 97.77.",
  },
  classes: [
    "selfeval", "money-block-above-indicators", "qizhong-lines", "dash-cells", "three-level-indicators", "deviation-column",
    "reverse-cost-indicator", "qualitative-indicator", "two-decimal-wanyuan", "unit-in-label", "total-score-row", "table-from-prose",
    "city-department", "gansu",
  ],
  settings: { asOf: "2022-12-15" },
  sheets: [
    {
      name: "自评表",
      widths: [10, 16, 16, 26, 16, 16, 8, 8, 30],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2021年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "食品安全监督抽验经费", null, null, null, null, null, null, null],
        ["主管部门", "天水市市场监督管理局", null, null, "实施单位", "天水市食品检验检测中心", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        [null, "年度资金总额", 150, 150, 146.5, 10, "97.67%", 9.77, null],
        [null, "其中：当年财政拨款", 150, 150, 146.5, "—", "—", "—", null],
        [null, "上年结转资金", 0, 0, 0, "—", "—", "—", null],
        [null, "其他资金", 0, 0, 0, "—", "—", "—", null],
        ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null, null, null],
        [null, "完成全市食品安全监督抽检1500批次以上，及时出具检验报告，不合格食品核查处置到位，守住不发生区域性食品安全事件底线。", null, null, "全年完成监督抽检1420批次，检验报告按期出具，不合格食品全部核查处置。", null, null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标", "数量指标", "食品安全监督抽检批次", "≥1500批", "1420批", 15, 15, null],
        [null, null, "质量指标", "检验报告准确率", "≥98%", "99.2%", 15, 15, null],
        [null, null, "时效指标", "检验报告按期出具率", "≥95%", "96%", 10, 10, null],
        [null, null, "成本指标", "单批次平均检验成本", "≤1000元", "980元", 10, 10, null],
        [null, "效益指标", "社会效益指标", "不合格食品核查处置率", "100%", "100%", 15, 15, null],
        [null, null, "可持续影响指标", "食品安全风险隐患发现能力", "持续提升", "持续提升", 15, 15, null],
        [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "88%", 10, 8, "抽检结果公示渠道单一，群众知晓度不高；下一年度增加农贸市场现场公示。"],
        [null, "总分", null, null, null, null, 100, 98.77, null],
      ],
      merges: [
        "A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:B5", "A6:A9", "I5:I9", "A10:A11", "B10:D10", "E10:I10", "B11:D11", "E11:I11",
        "A12:A20", "B13:B16", "B17:B18", "B20:F20",
      ],
      numberFormats: { "C6:E9": "#,##0.00", "H6": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 20, year: 2021 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "H13", why: "抽检批次 1420批 misses its ≥1500批 target, yet scores its full 15" },
      { rule: "selfeval.score-mismatch", cell: "H20", why: "总分 98.77 where 9.77 + 15 + 15 + 10 + 10 + 15 + 15 + 8 = 97.77" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "146.5 / 150 = 97.67%" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 97.67% = 9.767 → 9.77" },
      { rule: "selfeval.total-mismatch", cell: "E6", why: "146.5 = 146.5 + 0 + 0" },
      { rule: "selfeval.target-missed-full-score", cell: "H16", why: "980元 is within ≤1000元 (a cost maximum)" },
      { rule: "selfeval.target-missed-full-score", cell: "H19", why: "满意度 88% missed and scored 8, not its full 10" },
      { rule: "selfeval.missing-explanation", cell: "I19", why: "the 满意度 shortfall is explained" },
      { rule: "selfeval.weights", why: "15 + 15 + 10 + 10 + 15 + 15 + 10 = 90, plus 10 for the budget = 100" },
    ],
  },
};
