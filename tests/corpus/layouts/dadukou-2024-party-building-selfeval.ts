import type { CorpusLayout } from "../types";

// 安徽池州大渡口经济开发区（安徽石台经济开发区）管理委员会 2024年度部门决算, 附件1 项目支出绩效自评表 (2024年度): the 安徽 national
// template — 项目资金（万元） with 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分 over 年度资金总额 and its 其中 lines, then
// 一级 / 二级 / 三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施 — for the 党建费用 project its 决算 names.
export const layout: CorpusLayout = {
  id: "dadukou-2024-party-building-selfeval",
  source: {
    title: "安徽池州大渡口经济开发区（安徽石台经济开发区）管理委员会2024年度部门决算 — 附件1 2024年度项目支出绩效自评表（党建费用）",
    url: "https://www.dongzhi.gov.cn/Jczwgk/opennessShow/1679710.html",
    publisher: "安徽池州大渡口经济开发区（安徽石台经济开发区）管理委员会",
    date: "2025-09-15",
    changes:
      "As published: the 决算's title, its 附件1 (2024年度项目支出绩效自评表) and 附件2's project, 党建费用. The stored copy lists the annexes but " +
      "does not show the form: it is laid out on the 安徽 template of the same annex (the form's wording, blocks and first-level weights " +
      "产出50 / 效益30 / 满意度10 / 预算执行10); the indicators, targets, figures and texts are ours. Planted: the budget's 得分 typed 10 for " +
      "10 × 92.00% = 9.2; 党员教育培训人次 186 against ≥200 given its full 10 points.",
  },
  classes: ["selfeval", "national-template", "anhui-template", "qualitative-targets", "side-label-unit", "annex-not-shown", "development-zone", "anhui"],
  sheets: [
    {
      name: "自评表",
      widths: [10, 18, 14, 30, 16, 14, 8, 8, 14, 14],
      rows: [
        ["附件1", null, null, null, null, null, null, null, null, null],
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
        ["（2024年度）", null, null, null, null, null, null, null, null, null],
        ["项目名称", "党建费用", null, null, null, null, null, null, null, null],
        ["主管部门", "安徽池州大渡口经济开发区（安徽石台经济开发区）管理委员会", null, null, null, "实施单位", "安徽池州大渡口经济开发区（安徽石台经济开发区）管理委员会", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null],
        [null, "年度资金总额：", 30, 30, 27.6, 10, "92.00%", 10, null, null],
        [null, "其中：本年财政拨款", 30, 30, 27.6, "—", "—", "—", null, null],
        [null, "上年结转资金", null, null, null, "—", "—", "—", null, null],
        [null, "其他资金", null, null, null, "—", "—", "—", null, null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null, null],
        [
          null,
          "保障园区党工委及所属党组织开展党员教育、主题党日、基层党组织标准化建设等工作，全年安排党建费用30万元。",
          null, null, null,
          "全年开展集中学习12次、党员教育培训186人次，支出党建费用27.6万元，基层党组织标准化建设达标率92%。",
          null, null, null, null,
        ],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", null],
        [null, "产出指标（50分）", "数量指标", "开展党员集中学习次数", "≥12次", "12次", 10, 10, null, null],
        [null, null, null, "党员教育培训人次", "≥200人次", "186人次", 10, 10, null, null],
        [null, null, "质量指标", "党员教育培训覆盖率", "≥95%", "96%", 10, 10, null, null],
        [null, null, "时效指标", "经费支付及时率", "100%", "100%", 10, 10, null, null],
        [null, null, "成本指标", "项目总成本", "≤30万元", "27.6万元", 10, 10, null, null],
        [null, "效益指标（30分）", "社会效益指标", "基层党组织标准化建设达标率", "≥90%", "92%", 15, 15, null, null],
        [null, null, "可持续影响指标", "党建工作长效机制", "长期", "长期", 15, 15, null, null],
        [null, "满意度指标（10分）", "满意度指标", "党员群众满意度", "≥90%", "93%", 10, 10, null, null],
        [null, "总分", null, null, null, null, 100, 100, null, null],
      ],
      merges: [
        "A2:J2", "A3:J3", "B4:J4", "B5:E5", "G5:J5", "A6:A10", "I6:J10", "A11:A12", "B11:E11", "F11:J11", "B12:E12", "F12:J12",
        "A13:A22", "I13:J13", "B14:B18", "C14:C15", "B19:B20", "I14:J14", "I15:J15", "I16:J16", "I17:J17", "I18:J18",
        "I19:J19", "I20:J20", "I21:J21", "B22:F22", "I22:J22",
      ],
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 6, lastRow: 22, year: 2024 }],
    findings: [
      { rule: "selfeval.score-mismatch", cell: "H7", why: "budget score 10 × (27.6 / 30 = 92.00%) = 9.2, typed 10" },
      {
        rule: "selfeval.target-missed-full-score",
        cell: "H15",
        why: "党员教育培训人次 186 misses ≥200 yet scores its full 10",
      },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G7", why: "27.6 / 30 = 92.00%" },
      { rule: "selfeval.total-mismatch", cell: "C7", why: "30 = 本年财政拨款 30 + 上年结转 (blank) + 其他 (blank); 执行 27.6 likewise" },
      { rule: "selfeval.weights", why: "10 + 10 + 10 + 10 + 10 + 15 + 15 + 10 + 分值 10 for the budget = 100" },
      { rule: "selfeval.score-mismatch", cell: "H22", why: "总分 100 = 10 + 90, the scores as typed; the slip is the budget score's" },
      { rule: "selfeval.missing-explanation", why: "no indicator below its full score, and the rate 92% is above 90%" },
      { rule: "selfeval.target-missed-full-score", cell: "H18", why: "≤30万元 is met by 27.6万元" },
      { rule: "selfeval.target-missed-full-score", cell: "H16", why: "96% meets ≥95%" },
      { rule: "execution.overspent", why: "27.6 spent of 30" },
    ],
  },
};
