import type { CorpusLayout } from "../types";

// 海南省人大常委会办公厅 2017年度部门决算, 三、(八)预算绩效情况说明: the 项目支出绩效自评表 such a 说明 attaches — 项目资金 (年初预算数 |
// 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分) with its 其中 lines, 年度总体目标, then 一级 / 二级 / 三级指标 with 年度指标值 | 实际完成值 |
// 分值 | 得分 | 偏差原因分析及改进措施, 总分 at the foot.
export const layout: CorpusLayout = {
  id: "hainan-npc-office-2017-deputy-service-selfeval",
  source: {
    title: "海南省人大常委会办公厅部门2017年度部门决算（(八)预算绩效情况说明：项目支出绩效自评表）",
    url: "http://www.hainanpc.net/hainanpc/xxgk/ysjsn/941610/index.html",
    publisher: "海南省人大常委会办公厅",
    changes:
      "As published: the 决算's contents (三、(八)预算绩效情况说明), the office and its duties. The stored copy shows the contents and 部门概况 only: " +
      "the form is the standard 项目支出绩效自评表, and the project, its indicators and every figure are ours. Planted: 代表培训人次 460 against " +
      "≥500 yet given its full 10 points; 总分 typed 99.42 where the scores add up to 9.24 + 10 × 5 + 15 + 15 + 10 = 99.24.",
  },
  classes: ["selfeval", "project-selfeval-form", "budget-score-row", "qizhong-lines", "three-level-indicators", "overall-goal-rows", "total-score-row", "one-year-form", "two-decimal-wanyuan", "wanyuan-in-label", "table-not-in-stored-copy", "province-department", "hainan"],
  settings: { district: "海南省" },
  sheets: [
    {
      name: "绩效自评表",
      widths: [10, 12, 14, 24, 12, 12, 8, 10, 24],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2017年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "人大代表履职服务保障经费", null, null, null, null, null, null, null],
        ["主管部门", "海南省人大常委会办公厅", null, null, "实施单位", "海南省人大常委会办公厅", null, null, null],
        ["项目资金（万元）", null, null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [null, "年度资金总额", null, 120, 150, 138.6, 10, "92.40%", 9.24],
        [null, "其中：当年财政拨款", null, 120, 150, 138.6, "—", "—", "—"],
        [null, "      上年结转资金", null, 0, 0, 0, "—", "—", "—"],
        [null, "      其他资金", null, null, null, null, "—", "—", "—"],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null],
        [null, "保障省人大代表集中培训、专题视察和调研活动，代表建议按期办结，履职服务保障到位。", null, null, null, "全年组织代表培训460人次、视察调研14次，代表建议办结率96%，履职服务保障到位。", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标", "数量指标", "代表培训人次", "≥500人次", "460人次", 10, 10, null],
        [null, null, "数量指标", "组织视察调研次数", "≥12次", "14次", 10, 10, null],
        [null, null, "质量指标", "履职服务保障到位率", "100%", "100%", 10, 10, null],
        [null, null, "时效指标", "经费支付及时率", "≥95%", "98%", 10, 10, null],
        [null, null, "成本指标", "项目成本控制", "≤150万元", "138.6万元", 10, 10, null],
        [null, "效益指标", "社会效益指标", "代表建议按期办结率", "≥95%", "96%", 15, 15, null],
        [null, null, "可持续影响指标", "代表履职服务机制长效运行", "长期", "长期", 15, 15, null],
        [null, "满意度指标", "服务对象满意度指标", "代表满意度", "≥90%", "93%", 10, 10, null],
        ["总分", null, null, null, null, null, 100, 99.42, null],
      ],
      merges: ["A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:C5", "A6:A9", "B6:C6", "B7:C7", "B8:C8", "B9:C9", "A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11", "A12:A20", "B13:B17", "B18:B19", "A21:F21"],
      numberFormats: { "D6:F9": "#,##0.00", "I6": "0.00", "H21": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 21, year: 2017 },
    ],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "H13", why: "代表培训人次 460 against ≥500, yet the full 10 of 10" },
      { rule: "selfeval.score-mismatch", cell: "H21", why: "总分 99.42; the scores add up to 9.24 + 10 + 10 + 10 + 10 + 10 + 15 + 15 + 10 = 99.24" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "H6", why: "138.60 / 150.00 = 92.40%" },
      { rule: "selfeval.score-mismatch", cell: "I6", why: "10 × 92.40% = 9.24" },
      { rule: "selfeval.total-mismatch", cell: "E6", why: "年度资金总额 = 当年财政拨款 150 + 上年结转 0 + 其他 (blank), column by column" },
      { rule: "selfeval.weights", why: "10 + 10 × 5 + 15 + 15 + 10 = 100" },
      { rule: "selfeval.missing-explanation", why: "execution 92.40% is not below 90%, and no indicator is scored below its 分值" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "成本 138.6万元 within ≤150万元" },
    ],
  },
};
