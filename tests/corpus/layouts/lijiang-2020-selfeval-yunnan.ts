import type { CorpusLayout } from "../types";

// 云南 丽江市古城区 2020年度项目支出绩效自评表: the national 项目资金（万元） block, then 绩效指标 over two
// header rows (年度指标值 split into 指标性质/指标值/度量单位), scores written 10.00, the symbol ﹦.
export const layout: CorpusLayout = {
  id: "lijiang-2020-selfeval-yunnan",
  source: {
    title: "2020年度项目支出绩效自评表 — 2020年省级自然资源卫片执法补助经费（丽江市古城区自然资源局）",
    url: "http://m.jjiadianqingjie.com.cn/changyong/13241.html",
    publisher: "丽江市古城区自然资源局 (reposted; 主管部门 丽江市自然资源和规划局)",
    date: "2021-06-28",
    changes:
      "Form wording and structure as published, including the two indicator header rows and ﹦. The project, " +
      "departments' names and all figures are ours (an industrial SME-service fund of a district 工信 office). The " +
      "published form gave 27 of 30 to a target it met, with no 偏差原因: that fault is kept (row 17); and one " +
      "missed target (培训场次 10 of 12) is given full marks (row 14).",
  },
  classes: ["selfeval", "yunnan", "national-template", "two-header-rows", "indicator-value-split", "side-label-unit"],
  sheets: [
    {
      name: "自评表",
      widths: [12, 18, 24, 8, 8, 8, 10, 8, 8, 20],
      rows: [
        ["2020年度项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
        ["项目名称", "2020年省级中小企业发展专项资金（服务体系建设）", null, null, null, null, null, null, null, null],
        ["主管部门", "丽江市工业和信息化局", null, null, null, "实施单位", "丽江市古城区工业商务和信息化局", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null],
        [null, "年度资金总额", 48, 48, 46.5, 10, "96.88%", 9.69, null, null],
        [null, "其中：当年财政拨款", 48, 48, 46.5, null, "96.88%", null, null, null],
        [null, "上年结转资金", null, null, null, null, null, null, null, null],
        [null, "其他资金", null, null, null, null, null, null, null, null],
        ["年度\n总体\n目标", "预期目标", null, null, null, "实际完成情况", null, null, null, null],
        [null, "为辖区中小企业提供政策、培训、融资对接等服务不少于300户。", null, null, null, "服务中小企业326户，组织培训10场。", null, null, null, null],
        ["绩效指标", null, null, "年度指标值", null, null, "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", null, null, null, null],
        ["产出指标", "数量指标", "服务中小企业户数", "≥", 300, "户", 326, 10, 10, null],
        [null, null, "组织培训场次", "≥", 12, "场", 10, 10, 10, null],
        [null, "质量指标", "服务事项办结率", "≥", 95, "%", 97, 20, 20, null],
        [null, "时效指标", "资金拨付及时率", "﹦", 100, "%", 100, 10, 10, null],
        ["效益指标", "社会效益指标", "帮助企业解决问题数", "≥", 150, "个", 158, 30, 27, null],
        ["满意度指标", "服务对象满意度指标", "满意度", "≥", 95, "%", 96, 10, 10, null],
        ["总分", null, null, null, null, null, null, 100, 96.69, null],
      ],
      merges: [
        "A1:J1", "B2:J2", "B3:E3", "G3:J3", "A4:A8", "I4:J8", "A9:A10", "B9:E9", "F9:J9", "B10:E10", "F10:J10",
        "A11:C11", "D11:F11", "G11:G12", "H11:H12", "I11:I12", "J11:J12", "A13:A16", "B13:B14", "A19:G19",
      ],
      numberFormats: { "C5:E6": "0.00", "F5": "0.00", "H5": "0.00", "H13:I19": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 4, lastRow: 19, year: 2020 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "I14", why: "组织培训场次 ≥12场, 实际完成 10场, yet 得分 10.00 of 分值 10.00" },
      { rule: "selfeval.missing-explanation", cell: "I17", why: "帮助企业解决问题数 scored 27.00 of 30.00 and 偏差原因分析及改进措施 (J17) is empty" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G5", why: "46.50 / 48.00 = 96.875%, shown 96.88%" },
      { rule: "selfeval.score-mismatch", cell: "H5", why: "10 × 96.875% = 9.6875, shown 9.69" },
      { rule: "selfeval.score-mismatch", cell: "I19", why: "总分 96.69 = 9.69 + 10 + 10 + 20 + 10 + 27 + 10" },
      { rule: "selfeval.weights", why: "分值 10 (budget) + 10 + 10 + 20 + 10 + 30 + 10 = 100" },
      { rule: "selfeval.missing-explanation", cell: "I14", why: "full marks: the missed target is the target-missed-full-score finding, not a missing explanation for a shortfall in score" },
      { rule: "selfeval.total-mismatch", cell: "C5", why: "48.00 = 当年财政拨款 48.00" },
      { rule: "selfeval.rate-mismatch", cell: "E13", why: "指标值 300 (户) is a target, not a rate" },
    ],
  },
};
