import type { CorpusLayout } from "../types";

// 湖北工程学院 学生资助项目绩效目标自评表: the total score at the top (总分：…分), tick boxes for the
// project type, 20 points for execution (得分（20分*执行率）), weights only in the first-level labels,
// no reason column, a 过程指标 without points. Clean: nothing to report.
export const layout: CorpusLayout = {
  id: "hbeu-2023-selfeval-hubei",
  source: {
    title: "湖北工程学院年学生资助项目绩效目标自评表",
    url: "https://m.777doc.com/doc-4336759.html",
    publisher: "湖北工程学院（主管部门：湖北省教育厅）",
    changes:
      "Form wording and order as published (填报日期/总分 at the top; 项目类别/项目属性/项目类型 with ☑/□; 预算执行情况（万元）（分） " +
      "with 预算数/执行数/执行率/得分（分*执行率）; 一级/二级/三级指标, 年初目标值, 实际完成值, 得分; 过程指标). The blanks of the " +
      "published form are filled: year 2023, 20 points for execution, first-level points 40/30/10, and our figures. " +
      "The published form noted a shortfall in brackets after a score; here every target is met. Nothing planted.",
  },
  classes: ["selfeval", "clean", "hubei", "score-at-top", "twenty-point-execution", "tick-boxes", "letters-in-headers"],
  sheets: [
    {
      name: "自评表",
      widths: [16, 16, 24, 14, 14, 16],
      rows: [
        ["2023年学生资助项目绩效目标自评表", null, null, null, null, null],
        ["填报日期：2024年1月15日", null, null, "总分：99.90分", null, null],
        ["项目名称", "湖北工程学院2023年学生资助项目", null, null, null, null],
        ["主管部门", "湖北省教育厅", null, "项目实施单位", "湖北工程学院", null],
        ["项目类别", "1、部门预算项目☑  2、省直专项□  3、省对下转移支付项目□", null, null, null, null],
        ["项目属性", "1、持续性项目☑  2、新增性项目□", null, "项目类型", "1、常年性项目☑  2、延续性项目□  3、一次性项目□", null],
        ["预算执行情况（万元）（20分）", null, "预算数（A）", "执行数（B）", "执行率（B/A）", "得分（20分*执行率）"],
        ["年度财政资金总额", null, 1286.4, 1280.25, "99.52%", 19.9],
        ["一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "得分"],
        ["产出指标（40分）", "数量指标", "国家奖学金人数", "12人", "12人", 8],
        [null, null, "国家励志奖学金人数", "380人", "382人", 8],
        [null, null, "国家助学金人数", "2900人", "2936人", 8],
        [null, "成本指标", "国家奖学金人均资助", "0.8万元", "0.8万元", 8],
        [null, null, "国家助学金人均资助", "≤0.33万元", "0.33万元", 8],
        ["效益指标（30分）", "社会效益指标", "资金发放率", "100%", "100%", 15],
        [null, null, "困难生完成学业率", "≥98%", "99.2%", 15],
        ["满意度指标（10分）", "服务对象满意度指标", "受助学生满意度", "≥90%", "96%", 10],
        ["过程指标", "评审程序", "评审程序是否公正", "是", "是", "—"],
      ],
      merges: [
        "A1:F1", "A2:C2", "D2:F2", "B3:F3", "B4:C4", "E4:F4", "B5:F5", "B6:C6", "E6:F6", "A7:B7", "A8:B8",
        "A10:A14", "B10:B12", "B13:B14", "A15:A16", "B15:B16",
      ],
      numberFormats: { "C8:D8": "#,##0.00", "F8": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 7, lastRow: 18, year: 2023 }],
    findings: [],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "E8", why: "1,280.25 / 1,286.40 = 99.522%, shown 99.52%" },
      { rule: "selfeval.score-mismatch", cell: "F8", why: "20 × 99.522% = 19.904, shown 19.90" },
      { rule: "selfeval.score-mismatch", cell: "D2", why: "总分 99.90 = 19.90 + 40 + 30 + 10" },
      { rule: "selfeval.weights", why: "execution 20 + 产出 40 + 效益 30 + 满意度 10 = 100; 过程指标 carries no points" },
      { rule: "selfeval.missing-explanation", why: "the form has no reason column and nothing falls short" },
      { rule: "selfeval.target-missed-full-score", why: "every target is met (382 ≥ 380, 2936 ≥ 2900, 0.33 ≤ 0.33万元, 99.2% ≥ 98%, 96% ≥ 90%)" },
      { rule: "input.unreadable-value", cell: "F18", why: "— marks an indicator without points" },
    ],
  },
};
