import type { CorpusLayout } from "../types";

// 安徽 池州市贵池区棠溪镇 项目支出绩效自评表（2022年度）: the national template — 项目资金（万元） block with
// 年初预算数/全年预算数/全年执行数/分值/执行率/得分 and 年度资金总额 / 其中：本年财政拨款 / 上年结转资金 /
// 其他资金, then 绩效指标 with 一级/二级/三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施.
// Clean: nothing to report.
export const layout: CorpusLayout = {
  id: "chizhou-2022-selfeval-township",
  source: {
    title: "项目支出绩效自评表（2022年度）— 委托业务项目（池州市贵池区棠溪镇人民政府）",
    url: "http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2",
    publisher: "池州市贵池区棠溪镇人民政府 (document stored on a mirror)",
    date: "2022",
    changes:
      "Form wording, block order, indicator names and first-level weights (产出50/效益30/满意度10) as published. " +
      "The published form left 年度资金总额 at 0 while its 其中 line held 90 / 89.974; here the total row is filled " +
      "and the figures are ours (90.00 / 89.97). Goal texts shortened. Nothing planted.",
  },
  classes: ["selfeval", "clean", "national-template", "anhui", "qualitative-targets", "side-label-unit"],
  sheets: [
    {
      name: "自评表",
      widths: [10, 16, 14, 30, 16, 14, 8, 8, 14, 14],
      rows: [
        ["附件：", null, null, null, null, null, null, null, null, null],
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
        ["（2022年度）", null, null, null, null, null, null, null, null, null],
        ["项目名称", "委托业务项目", null, null, null, null, null, null, null, null],
        ["主管部门", "219-池州市贵池区棠溪镇人民政府", null, null, null, "实施单位", "219001-池州市贵池区棠溪镇人民政府", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null],
        [null, "年度资金总额：", 90, 90, 89.97, 10, "99.97%", 10, null, null],
        [null, "其中：本年财政拨款", 90, 90, 89.97, "—", "—", "—", null, null],
        [null, "上年结转资金", null, null, null, "—", "—", "—", null, null],
        [null, "其他资金", null, null, null, "—", "—", "—", null, null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null, null],
        [
          null,
          "本项目申请预算资金90万元，用于基建工程项目预算编制、审计及设计、规划、测绘各30万元。",
          null, null, null,
          "本项目完成预算资金89.97万元，预算编制、审计各30万元，设计、规划、测绘29.97万元。",
          null, null, null, null,
        ],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", null],
        [null, "产出指标（50分）", "数量指标", "基建工程委托业务项目数量", "≥50个", "52个", 8, 8, null, null],
        [null, null, "质量指标", "委托业务报告合格率", "100%", "100%", 8, 8, null, null],
        [null, null, null, "经费支出合规性", "严格执行相关制度规定", "达成预期指标", 8, 8, null, null],
        [null, null, "时效指标", "提交报告及时性", "在项目计划完成时间内完成", "达成预期指标", 8, 8, null, null],
        [null, null, "成本指标", "项目总成本", "≤90万元", "89.97万元", 8, 8, null, null],
        [null, null, null, "单项业务成本", "符合相关规定", "达成预期指标", 10, 10, null, null],
        [null, "效益指标（30分）", "社会效益指标", "对维护基建市场公平的影响程度", "效果明显", "达成预期指标", 10, 10, null, null],
        [null, null, "生态效益指标", "对控制基建项目成本影响程度", "效果明显", "达成预期指标", 10, 10, null, null],
        [null, null, "可持续影响指标", "对推动基建项目“四项制度”健全和落实的持续性影响", "效果明显", "达成预期指标", 10, 10, null, null],
        [null, "满意度指标（10分）", "满意度指标", "公众满意度", "≥90%", "95%", 10, 10, null, null],
        [null, "总分", null, null, null, null, 100, 100, null, null],
      ],
      merges: [
        "A2:J2", "A3:J3", "B4:J4", "B5:E5", "G5:J5", "A6:A10", "I6:J10", "A11:A12", "B11:E11", "F11:J11", "B12:E12", "F12:J12",
        "A13:A24", "I13:J13", "B14:B19", "C15:C16", "C18:C19", "B20:B22", "I14:J14", "I15:J15", "I16:J16", "I17:J17", "I18:J18",
        "I19:J19", "I20:J20", "I21:J21", "I22:J22", "I23:J23", "B24:F24", "I24:J24",
      ],
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 6, lastRow: 24, year: 2022 }],
    findings: [],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G7", why: "89.97 / 90.00 = 99.97%" },
      { rule: "selfeval.score-mismatch", cell: "H7", why: "10 × 99.967% = 9.997, stated 10 at whole points" },
      { rule: "selfeval.score-mismatch", cell: "H24", why: "总分 100: 9.997 + 90 = 99.997, whole points" },
      { rule: "selfeval.total-mismatch", cell: "C7", why: "90.00 = 本年财政拨款 90.00 + 上年结转 (blank) + 其他 (blank)" },
      { rule: "selfeval.weights", why: "8 × 5 + 10 + 30 + 10 + 分值 10 for the budget = 100" },
      { rule: "selfeval.target-missed-full-score", cell: "H18", why: "≤90万元 is met by 89.97万元" },
      { rule: "selfeval.target-missed-full-score", cell: "H16", why: "达成预期指标 meets a qualitative target" },
      { rule: "selfeval.missing-explanation", why: "every indicator has its full score and the rate is 99.97%" },
    ],
  },
};
