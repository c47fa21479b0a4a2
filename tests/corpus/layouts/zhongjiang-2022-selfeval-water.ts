import type { CorpusLayout } from "../types";

// 四川 中江县水利局 绩效目标自评表（2022年度）: 资金情况（万元） with 全年预算数（A）/全年执行数（B）/分值/执行率（B/A）/
// 得分; indicators with 分值 before 年度指标值/全年实际值, 未完成原因及拟采取的改进措施; first-level points 70/20/10 in
// the labels while the form's own note says 50/30/10/10.
export const layout: CorpusLayout = {
  id: "zhongjiang-2022-selfeval-water",
  source: {
    title: "2022年财政衔接资金实施项目绩效自评表（中江县水利局）— 绩效目标自评表（2022年度）",
    url: "https://chacewang.com/newsdetail/news242266.html",
    publisher: "中江县水利局",
    date: "2022-12-30",
    changes:
      "Form wording and order as published (项目负责人及电话; 资金情况（万元）; 年初设定目标 / 年度总体目标完成情况综述; indicators with " +
      "分值 before 年度指标值/全年实际值; 产出指标（70分）, 效益指标（20分）, 满意度指标（10分）; 总分; the 注 on the standard 50/30/10/10 " +
      "split). Project and figures ours; contact replaced by （略）. Kept from the published form: first-level points of " +
      "70 + 20 + 10 plus the budget's 10 add up to 110 while 总分 says 100. Planted besides: 总分 得分 99.75 where the " +
      "scores add up to 109.75.",
  },
  classes: ["selfeval", "sichuan", "letters-in-headers", "weights-before-targets", "points-in-labels"],
  sheets: [
    {
      name: "自评表",
      widths: [10, 16, 16, 24, 8, 12, 12, 8, 22],
      rows: [
        ["绩效目标自评表", null, null, null, null, null, null, null, null],
        ["（2022年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "中江县2022年小型农田水利设施维修养护项目", null, null, null, null, null, null, null],
        ["项目负责人及电话", "（略）", null, null, null, null, null, null, null],
        ["主管部门", "中江县水利局", null, null, "实施单位", "中江县水利局", null, null, null],
        ["资金情况\n（万元）", null, "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分", null, null],
        [null, "年度资金总额：", 48, 46.8, 10, "97.50%", 9.75, null, null],
        [null, "其中：本年财政拨款", 48, 46.8, null, null, null, null, null],
        [null, "其他资金", null, null, null, null, null, null, null],
        ["年度总体目标", "年初设定目标", null, null, null, "年度总体目标完成情况综述", null, null, null],
        [null, "维修渠道12公里、山坪塘8座，改善项目区灌溉条件。", null, null, null, "维修渠道12.5公里、山坪塘8座，按期完工并通过验收。", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及拟采取的改进措施"],
        [null, "产出指标（70分）", "数量指标", "维修渠道长度", 10, "≥12公里", "12.5公里", 10, null],
        [null, null, "数量指标", "维修山坪塘座数", 10, "≥8座", "8座", 10, null],
        [null, null, "质量指标", "项目（工程）验收合格率", 20, "100%", "100%", 20, null],
        [null, null, "时效指标", "及时（按期）开工率", 10, "≥90%", "100%", 10, null],
        [null, null, "时效指标", "及时（按期）完工率", 10, "≥90%", "95%", 10, null],
        [null, null, "成本指标", "项目计划总投资", 10, "48万元", "46.8万元", 10, null],
        [null, "效益指标（20分）", "社会效益指标", "受益群众人数", 10, "≥5000人", "5200人", 10, null],
        [null, null, "社会效益指标", "灌溉条件改善状况", 10, "显著提升", "显著提升", 10, null],
        [null, "满意度指标（10分）", "服务对象满意度指标", "受益群众满意度", 10, "≥95%", "96%", 10, null],
        [null, "总分", null, null, 100, null, null, 99.75, null],
        [
          "注：1.一级指标分值统一设置为：产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分，各部门根据各项指标重要程度确定三级指标的分值，得分最高不能超过该指标分值上限。",
          null, null, null, null, null, null, null, null,
        ],
      ],
      merges: [
        "A1:I1", "A2:I2", "B3:I3", "B4:I4", "B5:D5", "F5:I5", "A6:A9", "H6:I9", "A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11",
        "A12:A22", "B13:B18", "B19:B20", "B22:D22", "A23:I23",
      ],
      numberFormats: { "C7:D8": "0.00", "G7": "0.00", "H22": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 6, lastRow: 22, year: 2022 }],
    findings: [
      {
        rule: "selfeval.weights",
        cell: "E22",
        why: "分值: budget 10 + 产出 10 + 10 + 20 + 10 + 10 + 10 (= 70) + 效益 10 + 10 + 满意度 10 = 110, while 总分 states 100",
      },
      { rule: "selfeval.score-mismatch", cell: "H22", why: "总分 得分 99.75; 9.75 + 70 + 20 + 10 = 109.75" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "F7", why: "46.80 / 48.00 = 97.50%" },
      { rule: "selfeval.score-mismatch", cell: "G7", why: "10 × 97.50% = 9.75" },
      { rule: "selfeval.target-missed-full-score", why: "every target is met (12.5 ≥ 12公里, 8 ≥ 8座, 95% ≥ 90%, 46.8 ≤ 48万元, 5200 ≥ 5000人, 96% ≥ 95%)" },
      { rule: "selfeval.total-mismatch", cell: "C7", why: "48.00 = 本年财政拨款 48.00 + 其他资金 (blank)" },
      { rule: "selfeval.missing-explanation", why: "nothing falls short of full score and the rate is 97.50%" },
    ],
  },
};
