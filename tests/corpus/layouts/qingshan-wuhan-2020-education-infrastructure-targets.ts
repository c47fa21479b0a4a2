import type { CorpusLayout } from "../types";

// 武汉市青山区教育局 2020-01-20: 项目支出绩效目标表 (2020年度) for 教育系统基础设施建设和设备购置 — label–value rows, the money as two
// blocks side by side (资金总额 | 当年资金总额, each with 其中：财政拨款 and 其他资金), 中期 / 年度 goals, and 绩效项目指标表 with a long-term and a
// year column set, the long-term third level left blank.
export const layout: CorpusLayout = {
  id: "qingshan-wuhan-2020-education-infrastructure-targets",
  source: {
    title: "项目支出绩效目标表3（2020年度）— 教育系统基础设施建设和设备购置（武汉市青山区教育局）",
    url: "http://www.qingshan.gov.cn/qzfbm/zfgzbm/jyj/czxx/zjxx/202001/t20200120_1016313.shtml",
    publisher: "武汉市青山区教育局",
    date: "2020-01-20",
    changes:
      "Form wording, order and indicator rows as published (项目名称, 主管部门及编码, 实施单位, 项目属性, 项目起止时间, 项目资金 with 资金总额 / 当年资金总额 " +
      "and their 其中 rows, 总体目标 中期 / 年度, 绩效项目指标表 with 二级指标（长期）| 三级指标（长期）| 指标值（长期）| 二级指标（年度）| 三级指标（年度）| " +
      "指标值（年度）, the 一级指标 written on every row). The money figures are ours, typed as text with 万元 as the page does; the page shows " +
      "10000万元 throughout with 其他资金 blank. Planted: 资金总额 10000万元 while 财政拨款 9600万元 + 其他资金 300万元 = 9900万元.",
  },
  classes: [
    "targets", "composition", "two-money-blocks-side-by-side", "label-value-rows", "amounts-as-text-with-unit", "long-term-and-year-columns",
    "type-on-every-row", "text-targets", "no-weights", "district-department", "hubei",
  ],
  sheets: [
    {
      name: "绩效目标表",
      widths: [14, 18, 16, 18, 18, 26, 18],
      rows: [
        ["项目支出绩效目标表", null, null, null, null, null, null],
        ["（2020年度）", null, null, null, null, null, null],
        ["项目名称", "教育系统基础设施建设和设备购置", null, null, null, null, null],
        ["主管部门及编码", "[015001]武汉市青山区教育局", null, "实施单位", "武汉市青山区教育局", null, null],
        ["项目属性", "基础建设、修缮类", null, "项目起止时间", "202001-202012", null, null],
        ["项目资金", "资金总额", "10000万元", "当年资金总额：", "10000万元", null, null],
        [null, "其中：财政拨款", "9600万元", "其中：当年财政拨款", "9600万元", null, null],
        [null, "其他资金", "300万元", "当年其他资金", "400万元", null, null],
        ["总体目标", "中期目标", null, "年度目标", null, null, null],
        [null, "优化教育布局，推进教育领域综合改革，全面提升育人质量，实现基础教育持续发展", null, "按工作计划完成教育局重点项目建设经费预算安排", null, null, null],
        ["绩效项目指标表", null, null, null, null, null, null],
        ["一级指标", "二级指标（长期）", "三级指标（长期）", "指标值（长期）", "二级指标（年度）", "三级指标（年度）", "指标值（年度）"],
        ["产出指标", "数量指标", null, null, "数量指标", "重点建设工程安排数量", "2"],
        ["产出指标", "质量指标", null, null, "质量指标", "重点建设工程验收合格率", "100%"],
        ["产出指标", "成本指标", null, null, "成本指标", "建设项目成本", "参照政府采购成本控制"],
        ["产出指标", "时效指标", null, null, "时效指标", "重点建设工程按期完成率", "100%"],
        ["效益指标", "可持续影响指标", null, null, "可持续影响指标", "基础教育巩固提高情况", "巩固提高"],
        ["效益指标", "社会效益指标", null, null, "社会效益指标", "基础教育学校办学条件", "持续改善"],
        ["满意度指标", "服务对象满意度指标", null, null, "服务对象满意度指标", "学生、家长、社会满意度", "≥90%"],
      ],
      merges: [
        "A1:G1", "A2:G2", "B3:G3", "B4:C4", "E4:G4", "B5:C5", "E5:G5", "A6:A8", "E6:G6", "E7:G7", "E8:G8",
        "A9:A10", "B9:C9", "D9:G9", "B10:C10", "D10:G10", "A11:G11",
      ],
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标表", kind: "composition", unit: "万元", headerRow: 6, lastRow: 8, columns: { B: "line", C: "amount" }, year: 2020 },
      { sheet: "绩效目标表", kind: "composition", unit: "万元", headerRow: 6, lastRow: 8, columns: { D: "line", E: "amount" }, year: 2020 },
      { sheet: "绩效目标表", kind: "targets", headerRow: 12, lastRow: 19, columns: { A: "type", F: "name", G: "target" }, year: 2020 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "C6", why: "资金总额 10000万元; 财政拨款 9600 + 其他资金 300 = 9900: 100万元 apart" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E6", why: "当年资金总额 10000 = 当年财政拨款 9600 + 当年其他资金 400" },
      { rule: "composition.total-mismatch", cell: "C7", why: "the two blocks side by side are separate: neither's money is added to the other's" },
      { rule: "selfeval.weights", why: "a target form without 分值: no points to add up" },
      { rule: "selfeval.indicator-contradicted", why: "no 实际完成值: the form states targets only" },
      { rule: "input.unreadable-value", cell: "G15", why: "参照政府采购成本控制 is a target in words, text by nature; the blank long-term cells are nothing" },
    ],
  },
};
