import type { CorpusLayout } from "../types";

// 桂阳县公路建设养护中心's 绩效自评 of its “四好农村公路” 建设工程 (year blanked as 20×× in the stored copy): 174万元 budgeted, 173.65万元 released,
// 15 routes (87.062 km) of the 26 it keeps (314.861 km) upgraded. Laid out as the 项目支出绩效自评表 such a report closes with: money block
// (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, 年度资金总额 over its 其中 sources), goals, indicators, 总分.
export const layout: CorpusLayout = {
  id: "guiyang-hunan-rural-roads-upgrade-selfeval",
  source: {
    title: "桂阳县20××年预算绩效评价“四好农村公路”建设工程绩效自评报告（项目支出绩效自评表据报告拟）",
    url: "https://m.xiaozhentang.com/wenku/haev/0ANb56gNA8",
    publisher: "桂阳县公路建设养护中心",
    changes:
      "The stored copy is the report's prose: 174万元 budgeted and 173.65万元 released, 15 routes of 87.062 km to be upgraded of 26 routes (314.861 km) " +
      "and 25 养护工班, the money from the county's own budget, 桂财绩〔20××〕7号 — kept as reported, the year left as 20×× as published. The form is " +
      "laid out in the national 项目支出绩效自评表 wording; indicators, targets, actuals and scores are ours. Planted: 年内完工率 93.3% (14 of 15 routes) " +
      "under its 100% target, given its full 10; 总分 typed 98.98 where 9.98 + 50 + 30 + 10 = 99.98.",
  },
  classes: ["selfeval", "national-template", "year-blanked", "side-label-unit", "qizhong-sources", "total-score-row", "explanation-column", "county-project", "rural-roads", "table-from-prose", "hunan"],
  sheets: [
    {
      name: "自评表",
      widths: [10, 16, 14, 26, 16, 16, 8, 8, 22],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（20××年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "预算绩效评价“四好农村公路”建设工程", null, null, null, null, null, null, null],
        ["主管部门", "桂阳县交通运输局", null, null, null, "实施单位", "桂阳县公路建设养护中心", null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        [null, "年度资金总额", 174, 174, 173.65, 10, "99.80%", 9.98, null],
        [null, "其中：当年财政拨款", 174, 174, 173.65, "—", "—", "—", null],
        [null, "上年结转资金", null, null, null, "—", "—", "—", null],
        [null, "其他资金", null, null, null, "—", "—", "—", null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null],
        [
          null,
          "将15条路线87.062公里纳入“四好农村公路”建设工程提质，改善农村群众出行条件。",
          null, null, null,
          "完成14条路线提质，1条因雨季顺延至次年春季完工；下达预算指标173.65万元。",
          null, null, null,
        ],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标（50分）", "数量指标", "提质改造里程", "87.062公里", "87.062公里", 10, 10, null],
        [null, null, null, "提质改造路线条数", "15条", "15条", 10, 10, null],
        [null, null, "质量指标", "交工验收合格率", "100%", "100%", 10, 10, null],
        [null, null, "时效指标", "年内完工率", "100%", "93.3%", 10, 10, null],
        [null, null, "成本指标", "每公里提质成本", "≤2万元", "1.99万元", 10, 10, null],
        [null, "效益指标（30分）", "社会效益指标", "农村群众出行条件", "明显改善", "明显改善", 15, 15, null],
        [null, null, "可持续影响指标", "养护线路覆盖", "26条314.861公里", "26条314.861公里", 15, 15, null],
        [null, "满意度指标（10分）", "服务对象满意度指标", "沿线群众满意度", "≥90%", "93%", 10, 10, null],
        [null, "总分", null, null, null, null, 100, 98.98, null],
      ],
      merges: [
        "A1:I1", "A2:I2", "B3:I3", "B4:E4", "G4:I4", "A5:B5", "A6:A9", "I5:I9", "A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11",
        "A12:A21", "B13:B17", "C13:C14", "B18:B19", "B21:F21",
      ],
    },
  ],
  settings: { district: "桂阳县" },
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 21 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "H16", why: "年内完工率 93.3% misses its 100% target, yet scores its full 10" },
      { rule: "selfeval.score-mismatch", cell: "H21", why: "总分 98.98 where 9.98 + 10 × 5 + 15 + 15 + 10 = 99.98" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "173.65 / 174 = 99.80%" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 99.80% = 9.98" },
      { rule: "selfeval.weights", why: "10 + 50 + 30 + 10 = 100" },
      { rule: "selfeval.total-mismatch", cell: "E6", why: "年度资金总额 = 当年财政拨款 in every column; the other sources are blank" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "1.99万元 meets ≤2万元" },
      { rule: "selfeval.target-missed-full-score", cell: "H20", why: "93% meets ≥90%" },
      { rule: "selfeval.missing-explanation", cell: "I6", why: "the execution rate 99.80% is above 90%" },
    ],
  },
};
