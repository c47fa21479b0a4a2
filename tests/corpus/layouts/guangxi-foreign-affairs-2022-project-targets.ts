import type { CorpusLayout } from "../types";

// 广西壮族自治区外事办公室 2022年部门预算, 表九 项目支出绩效目标申报表: project, department and money rows over the 年度目标, then
// 年度绩效指标（100分） merged across over 一级指标 | 二级指标 | 三级指标 | 指标值 | 权重, the weights written as percentages.
export const layout: CorpusLayout = {
  id: "guangxi-foreign-affairs-2022-project-targets",
  source: {
    title: "广西壮族自治区外事办公室2022年部门预算（表九：项目支出绩效目标申报表）",
    url: "http://wsb.gxzf.gov.cn/zwgk_48156/fdzdgknr_20210507/cwxx_48165/czys_20220718/t11313395.shtml",
    publisher: "广西壮族自治区外事办公室",
    date: "2022-02-22",
    changes:
      "As published: the department, the year and the table's name (表九：项目支出绩效目标申报表) in the budget's contents, and the offices it " +
      "names (礼宾处 among the eleven). The stored copy does not show the table's body: the form's rows (项目名称, 主管部门, 实施单位, 年度资金总额, " +
      "年度绩效目标), the 年度绩效指标（100分） heading, the 权重 column in percentages, the project, indicators and figures are ours. " +
      "Planted: the 权重 add up to 95% under a heading of 100分.",
  },
  classes: [
    "targets", "performance-targets", "application-form", "points-heading", "percent-weights", "merged-type-column", "targets-in-words",
    "form-rows-above-table", "province-department", "guangxi",
  ],
  sheets: [
    {
      name: "表九",
      widths: [14, 20, 28, 16, 10],
      rows: [
        ["项目支出绩效目标申报表", null, null, null, null],
        ["（2022年度）", null, null, null, null],
        ["项目名称", "外事接待及礼宾服务经费", null, null, null],
        ["主管部门", "广西壮族自治区外事办公室", "实施单位", "自治区外事办公室礼宾处", null],
        ["年度资金总额（万元）", 180, "资金性质", "一般公共预算", null],
        ["年度绩效目标", "完成全年来桂外宾接待及重大外事活动礼宾服务任务，接待服务规范有序，外宾满意度保持较高水平。", null, null, null],
        ["年度绩效指标（100分）", null, null, null, null],
        ["一级指标", "二级指标", "三级指标", "指标值", "权重"],
        ["产出指标", "数量指标", "接待外宾团组数", "≥60批次", "15%"],
        [null, null, "重大外事活动礼宾服务场次", "≥40场", "10%"],
        [null, "质量指标", "接待服务规范率", "100%", "15%"],
        [null, "时效指标", "接待任务按时完成率", "100%", "10%"],
        [null, "成本指标", "人均接待成本", "≤500元/人", "10%"],
        ["效益指标", "社会效益指标", "对外交往影响力", "持续提升", "20%"],
        [null, "可持续影响指标", "外事接待工作机制", "逐步完善", "5%"],
        ["满意度指标", "服务对象满意度指标", "外宾满意度", "≥90%", "10%"],
      ],
      merges: ["A1:E1", "A2:E2", "B3:E3", "D4:E4", "D5:E5", "B6:E6", "A7:E7", "A9:A13", "B9:B10", "A14:A15"],
    },
  ],
  expect: {
    tables: [
      { sheet: "表九", kind: "targets", headerRow: 8, lastRow: 16, columns: { A: "type", C: "name", D: "target" }, year: 2022 },
    ],
    findings: [
      { rule: "selfeval.weights", cell: "A7", why: "权重 15% + 10% + 15% + 10% + 10% + 20% + 5% + 10% = 95% (95 points), the heading states 100分" },
    ],
    absent: [
      { rule: "selfeval.indicator-contradicted", why: "no result is stated: an application form states targets only" },
      { rule: "selfeval.target-missed-full-score", why: "no 实际完成值 and no scores" },
      { rule: "execution.no-spending", why: "年度资金总额 180 is the money's size, with no spending column beside it" },
      { rule: "input.unreadable-value", cell: "D14", why: "持续提升 is a target in words, not a figure" },
      { rule: "input.unreadable-value", cell: "E9", why: "15% is a weight of 15 points, never unreadable" },
    ],
  },
};
