import type { CorpusLayout } from "../types";

// 乐亭县市场监督管理局 (唐山, 河北) 项目支出绩效自评表（2021年度）, the form for 双随机抽查委托审计费: 项目资金（万元） with
// 年初预算数 | 调整预算数 | 全年执行数 | 分值 | 执行率 | 得分, 年度总体目标, then 绩效指标 (一级 | 二级 | 三级 | 年度指标值 | 实际完成值 |
// 分值 | 得分 | 偏差原因分析及改进措施) and 总分. The published set scored 可持续 9 of 10 with no reason given.
export const layout: CorpusLayout = {
  id: "laoting-2021-selfeval-random-inspection-audit",
  source: {
    title: "项目支出绩效自评表（2021年度）— 双随机抽查委托审计费（乐亭县市场监督管理局）",
    url: "https://m.taodocs.com/p-726199079.html",
    publisher: "乐亭县市场监督管理局（文档转载）",
    date: "2022-06-26",
    changes:
      "Form wording and layout as published (two header lines, the money block with 其中：当年财政拨款 / 上年结转资金 / 其他资金, the " +
      "总体目标 pair, the indicator columns, 总分), and the year's work as the form states it (95批次, 1590户, 公示). The execution figures, the " +
      "indicators' values and the scores are ours. Kept from the publication: 可持续影响指标 scored 9 of 10 with 偏差原因 empty. Planted: " +
      "审计报告提交及时率 ≥95% met at 90% yet given its full 10; 总分 99 where the scores add up to 98.2.",
  },
  classes: ["selfeval", "national-template", "money-block-under-side-label", "adjusted-budget-column", "text-targets", "qualitative-targets", "county-department", "hebei"],
  sheets: [
    {
      name: "自评表",
      widths: [10, 12, 16, 20, 12, 12, 8, 8, 22],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（ 2021年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "双随机抽查委托审计费", null, null, null, null, null, null, null],
        ["主管部门", "乐亭县市场监督管理局", null, null, "实施单位", "乐亭县市场监督管理局", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "调整预算数", "全年执行数", "分值", "执行率", "得分", null],
        [null, "年度资金总额", 30, 30, 27.6, 10, "92%", 9.2, null],
        [null, "其中：当年财政拨款", 30, 30, 27.6, "—", "92%", "—", null],
        [null, "上年结转资金", null, null, null, "—", null, "—", null],
        [null, "其他资金", null, null, null, "—", null, "—", null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null],
        [null, "年度报告公示结束后，委托会计师事务所、税务师事务所、律师事务所等专业机构对企业通过企业信用信息公示系统公示信息的情况开展审计、验资、咨询等相关工作。", null, null, null, "共开展抽查95批次，检查监管对象1590户，抽查结果全部公示，13户企业列入经营异常名录。", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标", "数量指标", "抽查批次", "≥90批次", "95批次", 15, 15, null],
        [null, null, null, "检查监管对象户数", "≥1500户", "1590户", 10, 10, null],
        [null, null, "质量指标", "抽查结果公示率", "100%", "100%", 15, 15, null],
        [null, null, "时效指标", "审计报告提交及时率", "≥95%", "90%", 10, 10, null],
        [null, "效益指标", "社会效益指标", "企业年报公示率", "≥90%", "95%", 20, 20, null],
        [null, null, "可持续影响指标", "可持续", "可持续", "可持续", 10, 9, null],
        [null, "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "100%", 10, 10, null],
        ["总分", null, null, null, null, null, 100, 99, null],
      ],
      merges: [
        "A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:A9", "I5:I9", "A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11",
        "A12:A19", "B13:B16", "C13:C14", "B17:B18", "A20:F20",
      ],
      numberFormats: { "C6:E7": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 20, year: 2021 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "H16", why: "审计报告提交及时率 ≥95%, 实际完成 90%, yet 得分 10 of 分值 10" },
      { rule: "selfeval.missing-explanation", cell: "H18", why: "可持续影响指标 scored 9 of 10 and 偏差原因分析及改进措施 (I18) is empty" },
      { rule: "selfeval.score-mismatch", cell: "H20", why: "总分 99 where 9.2 + 15 + 10 + 15 + 10 + 20 + 9 + 10 = 98.2" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "27.60 / 30.00 = 92%" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 92% = 9.2" },
      { rule: "selfeval.total-mismatch", cell: "C6", why: "年度资金总额 30.00 = 当年财政拨款 30.00 (结转, 其他 blank); 27.60 = 27.60" },
      { rule: "selfeval.weights", why: "分值 10 (budget) + 15 + 10 + 15 + 10 + 20 + 10 + 10 = 100" },
      { rule: "selfeval.missing-explanation", cell: "G6", why: "the execution rate 92% is not below 90%" },
      { rule: "selfeval.target-missed-full-score", cell: "H13", why: "抽查批次 95 ≥ 90: met" },
      { rule: "selfeval.target-missed-full-score", cell: "H19", why: "服务对象满意度 100% ≥ 90%: met" },
      { rule: "execution.overspent", why: "27.60 spent of 30.00" },
      { rule: "input.unreadable-value", cell: "F7", why: "— under 分值 / 得分 of the 其中 line means nothing" },
    ],
  },
};
