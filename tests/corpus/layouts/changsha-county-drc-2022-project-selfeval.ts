import type { CorpusLayout } from "../types";

// 长沙县发展和改革局 2022年度部门决算, 第三部分 十三、关于2022年度预算绩效情况的说明: a project's 项目支出绩效自评表 in the template — money
// block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, 其中 by source), 年度总体目标, then 一级 / 二级 / 三级指标 with 年度指标值 |
// 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施, and 总分.
export const layout: CorpusLayout = {
  id: "changsha-county-drc-2022-project-selfeval",
  source: {
    title: "长沙县发展和改革局2022年度部门决算（十三、关于2022年度预算绩效情况的说明；项目支出绩效自评表据模板拟）",
    url: "http://www.csx.gov.cn/zwgk/bmxxgkml/xfgjwjj/czzj53/202310/t20231031_11269213.html",
    publisher: "长沙县发展和改革局",
    date: "2023-10-31",
    changes:
      "As published: the department, the year and the 决算's contents (十三、关于2022年度预算绩效情况的说明). The stored copy shows the contents and 部门职责 " +
      "only: the form is the 项目支出绩效自评表 template, and the project (重点项目前期工作经费), its money, goals, indicators and scores are ours. Planted: " +
      "前期成果评审通过率 91% against a target of ≥95% yet given its full 15; 总分 typed 97.23 where 9.23 + 15 + 15 + 10 + 10 + 10 + 7 + 10 + 10 = 96.23.",
  },
  classes: [
    "selfeval", "project-selfeval", "money-block", "qizhong-sources", "carry-over-source", "three-level-indicators", "deviation-column",
    "total-score-row", "text-targets", "percent-text", "two-decimal-wanyuan", "table-not-in-stored-copy", "county-department", "hunan",
  ],
  settings: { district: "长沙县" },
  sheets: [
    {
      name: "项目支出绩效自评表",
      widths: [14, 18, 26, 14, 14, 10, 12, 10, 30],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2022年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "重点项目前期工作经费", null, null, null, null, null, null, null],
        ["主管部门", "长沙县发展和改革局", null, null, "实施单位", "长沙县发展和改革局", null, null, null],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        [null, "年度资金总额", 180, 200, 184.6, 10, "92.30%", 9.23, null],
        [null, "其中：当年财政拨款", 180, 180, 166.6, "—", "92.56%", "—", null],
        [null, "上年结转资金", 0, 20, 18, "—", "90.00%", "—", null],
        [null, "其他资金", 0, 0, 0, "—", "—", "—", null],
        ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null, null, null],
        [
          null,
          "完成12个以上重点项目前期研究及评审，推动8个以上项目纳入省市重点项目，带动重点项目投资30亿元以上。",
          null, null,
          "完成13个项目前期研究，评审通过率91%；6个项目纳入省市重点项目，带动投资34.6亿元。",
          null, null, null, null,
        ],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", null, "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "完成项目前期研究报告数量", "≥12个", "13个", 15, 15, null, null],
        [null, "质量指标", "前期成果评审通过率", "≥95%", "91%", 15, 15, null, null],
        [null, "时效指标", "前期工作按期完成率", "100%", "100%", 10, 10, null, null],
        [null, "成本指标", "单个项目前期经费", "≤16万元", "14.2万元", 10, 10, null, null],
        ["效益指标", "经济效益指标", "带动重点项目投资", "≥30亿元", "34.6亿元", 10, 10, null, null],
        [null, "社会效益指标", "纳入省市重点项目数量", "≥8个", "6个", 10, 7, null, "部分项目用地、环评要件未按期取得；下年度提前对接自然资源、生态环境部门"],
        [null, "可持续影响指标", "重点项目储备库动态更新", "持续更新", "已按季度更新", 10, 10, null, null],
        ["满意度指标", "服务对象满意度指标", "项目单位满意度", "≥90%", "93%", 10, 10, null, null],
        ["总分", null, null, null, null, 100, 97.23, null, null],
      ],
      merges: [
        "A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:B5", "A6:A9", "I5:I9", "A10:A11", "B10:D10", "E10:I10", "B11:D11", "E11:I11",
        "G12:H12", "G13:H13", "G14:H14", "G15:H15", "G16:H16", "G17:H17", "G18:H18", "G19:H19", "G20:H20", "G21:H21",
        "A13:A16", "A17:A19", "A21:E21",
      ],
      numberFormats: { "C6:E9": "#,##0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "项目支出绩效自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 21, year: 2022 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "G14", why: "前期成果评审通过率 91% misses its ≥95% target, yet scores its full 15" },
      { rule: "selfeval.score-mismatch", cell: "G21", why: "总分 97.23, but 9.23 + 15 + 15 + 10 + 10 + 10 + 7 + 10 + 10 = 96.23" },
    ],
    absent: [
      { rule: "selfeval.total-mismatch", cell: "E6", why: "全年执行数 184.60 = 166.60 + 18.00 + 0" },
      { rule: "selfeval.total-mismatch", cell: "D6", why: "全年预算数 200 = 180 + 20 + 0" },
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "184.60 / 200 = 92.30%, as stated" },
      { rule: "selfeval.rate-mismatch", cell: "G7", why: "166.60 / 180 = 92.56%, as stated" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 92.30% = 9.23, as stated" },
      { rule: "selfeval.weights", why: "10 + 15 + 15 + 10 + 10 + 10 + 10 + 10 + 10 = 100" },
      { rule: "selfeval.missing-explanation", cell: "I18", why: "纳入省市重点项目数量 scored 7 of 10 with its 偏差原因 given" },
      { rule: "selfeval.target-missed-full-score", cell: "G18", why: "6个 misses ≥8个 but is scored 7, not in full" },
      { rule: "selfeval.target-missed-full-score", cell: "G16", why: "14.2万元 is within ≤16万元" },
      { rule: "execution.overspent", cell: "E6", why: "184.60 spent of a 全年预算数 of 200; the 年初预算数 180 was raised to 200 during the year" },
    ],
  },
};
