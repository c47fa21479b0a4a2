import type { CorpusLayout } from "../types";

// 项目支出绩效自评表 with the form's own scoring note: a quantitative indicator scores 全年实际值（B）/ 年度指标值（A）×
// its 分值 (A / B for a ≤ target), so a target missed scores less than its 分值. 年初预算数 / 全年预算数 / 全年执行数 /
// 分值 / 执行率 / 得分, the 其中 lines, then the indicators with 年度指标值（A） and 全年实际值（B）.
export const layout: CorpusLayout = {
  id: "selfeval-2020-proportional-scoring-doczj",
  source: {
    title: "项目支出绩效自评表（附填表说明与指标说明）",
    url: "http://biz.doczj.com/doc/174893555.html",
    publisher: "（a science-and-technology bureau's form as shared on a document site; the office is not named in the stored copy）",
    date: "2020",
    changes:
      "The form's notes are as the stored copy shows them (正向指标 ≥*: 全年实际值（B）/年度指标值（A）×该指标分值; 反向指标 ≤*: A/B×分值; " +
      "未完成原因分析 to explain a deviation) and so are the indicators it names (项目预算执行率, 服务对象满意度 …). The form's body follows " +
      "the national 项目支出绩效自评表 with the (A)/(B) headings the notes refer to; the project (a city's science-plan " +
      "post-subsidies), the year (2020), the money, the targets and the results are ours. Planted: 执行率 stated 93.00% where " +
      "171.00 / 180.00 = 95.00%; 支持科技计划项目数 27项 against ≥30项 yet the full 10 points (27 / 30 × 10 = 9.00).",
  },
  classes: ["selfeval", "national-template", "a-b-headings", "proportional-scoring-note", "qizhong-lines", "text-targets", "notes-under-table", "side-label-unit"],
  sheets: [
    {
      name: "自评表",
      widths: [14, 18, 16, 22, 14, 14, 10, 10, 24],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2020年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "市级科技计划项目后补助", null, null, null, null, null, null, null],
        ["主管部门", "市科学技术局", null, null, null, "实施单位", "市科技计划项目管理中心", null, null],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        [null, "年度资金总额", 200, 180, 171, 10, "93.00%", 9.5, null],
        [null, "其中：当年财政拨款", 200, 180, 171, "—", "95.00%", "—", null],
        [null, "上年结转资金", null, null, null, "—", null, "—", null],
        [null, "其他资金", null, null, null, "—", null, "—", null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null],
        [null, "支持科技计划项目30项以上，新增产值5000万元以上，申请专利40件以上。", null, null, null, "支持科技计划项目27项，新增产值5320万元，申请专利46件。", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值（A）", "全年实际值（B）", "分值", "得分", "未完成原因分析"],
        [null, "产出指标", "数量指标", "支持科技计划项目数", "≥30项", "27项", 10, 10, null],
        [null, null, "质量指标", "项目验收通过率", "≥90%", "95%", 10, 10, null],
        [null, null, "时效指标", "项目按期结题率", "≥85%", "88%", 10, 10, null],
        [null, null, "成本指标", "单个项目平均资助额", "≤6万元", "5.7万元", 10, 10, null],
        [null, "效益指标", "经济效益指标", "新增产值", "≥5000万元", "5320万元", 10, 10, null],
        [null, null, "社会效益指标", "申请专利数", "≥40件", "46件", 10, 10, null],
        [null, null, "生态效益指标", "推广节能减排技术", "≥5项", "6项", 10, 10, null],
        [null, null, "可持续影响指标", "培养科研人员", "≥60人", "64人", 10, 10, null],
        [null, "满意度指标", "服务对象满意度指标", "项目承担单位满意度", "≥90%", "92%", 10, 10, null],
        ["总分", null, null, null, null, null, 100, 99.5, null],
        [
          "填表说明：1.定量指标若为正向指标（即指标值为≥*），则得分计算方法应用全年实际值（B）/年度指标值（A）×该指标分值；若定量指标为反向指标（即指标值为≤*），则得分计算方法应用年度指标值（A）/全年实际值（B）×该指标分值。",
          null, null, null, null, null, null, null, null,
        ],
        ["2.请在“未完成原因分析”中说明偏离目标、不能完成目标的原因及拟采取的措施。", null, null, null, null, null, null, null, null],
      ],
      merges: [
        "A1:I1", "A2:I2", "B3:I3", "B4:E4", "G4:I4", "A5:A9", "A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11", "A12:A21",
        "B13:B16", "B17:B20", "A22:F22", "A23:I23", "A24:I24",
      ],
      numberFormats: { "C6:E9": "0.00", "H6": "0.00", "H22": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 22, year: 2020 }],
    findings: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "171.00 / 180.00 = 95.00%, stated 93.00%" },
      {
        rule: "selfeval.target-missed-full-score",
        cell: "H13",
        why: "支持科技计划项目数: 27项 against ≥30项, yet the full 10 points (the form's own rule gives 27 / 30 × 10 = 9.00)",
      },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G7", why: "171.00 / 180.00 = 95.00%" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "分值 10 × 95.00% (the amounts' rate) = 9.50, as stated" },
      { rule: "selfeval.score-mismatch", cell: "H22", why: "总分 99.50 = 9.50 + 9 × 10, the scores as stated" },
      { rule: "selfeval.weights", why: "10 + 9 × 10 = 100" },
      { rule: "selfeval.total-mismatch", why: "年初 200.00 = 200.00; 全年 180.00 = 180.00; 执行 171.00 = 171.00 (the other lines empty)" },
      { rule: "selfeval.target-missed-full-score", cell: "H16", why: "≤6万元: 5.7万元 is met (a ≤ target)" },
      { rule: "selfeval.target-missed-full-score", cell: "H14", why: "95% ≥ 90% is met" },
      { rule: "selfeval.target-missed-full-score", cell: "H21", why: "92% ≥ 90% is met" },
      { rule: "selfeval.missing-explanation", why: "the rate is 95.00% (≥ 90%) and every indicator has its full 分值" },
      { rule: "execution.overspent", why: "171.00 spent of 180.00" },
      { rule: "input.unreadable-value", why: "the dashes, the targets and results with their units, and the notes are text by nature" },
    ],
  },
};
