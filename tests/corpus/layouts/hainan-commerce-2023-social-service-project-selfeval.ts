import type { CorpusLayout } from "../types";

// 海南省商务厅 2023: the self-evaluation report on its 社会服务与管理项目 (年初预算, 资金到位率, money used by 2023-12-31, 使用率; goals: 服务驻点
// 人员在岗大于250天, 1个县域商业审核机制, 至少7个调研课题, 报告不少于7篇, 培训班（会议）不少于7次, 采纳率大于80%, 引用次数大于5次, 满意度大于90%).
// Laid out as the 项目支出绩效自评表 the report goes with.
export const layout: CorpusLayout = {
  id: "hainan-commerce-2023-social-service-project-selfeval",
  source: {
    title: "海南省商务厅社会服务与管理项目2023年度绩效自评报告（项目支出绩效自评表据报告拟）",
    url: "https://dofcom.hainan.gov.cn/dofcom/0702/202407/6072da00ab4d425c94dc4820d4b20c59.shtml",
    publisher: "海南省商务厅",
    date: "2024-07",
    changes:
      "The page is the prose report. Kept: the project's name, the unit (万元), the report's goals as the indicators (服务驻点人员在岗大于250天, " +
      "县域商业审核机制1个, 调研课题不少于7个, 报告不少于7篇, 培训班（会议）不少于7次, 建议采纳率和条款修改采纳率大于80%, 引用次数大于5次, " +
      "满意度大于90%). Ours: the form (the national 自评表's columns), the money split, results, weights and every figure. Planted: 年度资金总额's " +
      "全年预算数 1,086.95 where its 其中 lines give 1,066.95 + 10.00 + 0 = 1,076.95; 调研课题 6个 against its ≥7个 target, yet its full 10.",
  },
  classes: [
    "selfeval", "national-template", "qizhong-lines", "money-sources", "two-decimal-wanyuan", "explanation-given", "text-targets",
    "table-from-prose", "province-department", "hainan",
  ],
  sheets: [
    {
      name: "自评表",
      widths: [10, 16, 18, 28, 14, 14, 8, 8, 30],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2023年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "社会服务与管理项目", null, null, null, null, null, null, null],
        ["主管部门", "海南省商务厅", null, null, "实施单位", "海南省商务厅", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        [null, "年度资金总额", 1100, 1086.95, 1076.47, 10, "99.04%", 9.9, null],
        [null, "其中：当年财政拨款", 1090, 1066.95, 1066.47, "—", "—", "—", null],
        [null, "上年结转资金", 10, 10, 10, "—", "—", "—", null],
        [null, "其他资金", 0, 0, 0, "—", "—", "—", null],
        ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null, null, null],
        [
          null,
          "保障厅各处室履行职能：服务驻点人员在岗大于250天，推动建立县域商业审核机制，完成调研课题、评估考核审计报告，组织培训班（会议），服务对象满意度大于90%。",
          null,
          null,
          "驻点服务、审核机制、报告和培训均按计划完成；调研课题完成6个，1个延至次年结题。",
          null,
          null,
          null,
          null,
        ],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标", "数量指标", "服务驻点人员在岗天数", ">250天", "256天", 10, 10, null],
        [null, null, null, "推动建立县域商业审核机制", "1个", "1个", 5, 5, null],
        [null, null, null, "完成调研课题", "≥7个", "6个", 10, 10, null],
        [null, null, null, "评估、考核、审计等报告", "≥7篇", "8篇", 10, 10, null],
        [null, null, null, "组织培训班（会议）", "≥7次", "9次", 10, 10, null],
        [null, null, "质量指标", "评估、考核等建议采纳率", ">80%", "85%", 10, 10, null],
        [null, "效益指标", "社会效益指标", "研究成果被采纳或引用次数", ">5次", "7次", 10, 10, null],
        [null, null, null, "合同、协议等条款修改采纳率", ">80%", "78%", 10, 8, "部分条款修改意见未被合作方接受，下一年度加强前期沟通。"],
        [null, "满意度指标", "服务对象满意度指标", "服务对象满意度", ">90%", "93%", 15, 15, null],
        [null, "总分", null, null, null, null, 100, 97.9, null],
      ],
      merges: [
        "A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:B5", "A6:A9", "I5:I9", "A10:A11", "B10:D10", "E10:I10", "B11:D11", "E11:I11",
        "A12:A22", "B13:B18", "C13:C17", "B19:B20", "C19:C20", "B22:F22",
      ],
      numberFormats: { "C6:E9": "#,##0.00", "H6": "0.00", "H22": "0.00" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 22, year: 2023 }],
    findings: [
      { rule: "selfeval.total-mismatch", cell: "D6", why: "全年预算数 1,086.95, but 1,066.95 + 10.00 + 0 = 1,076.95 (off by 10.00)" },
      { rule: "selfeval.target-missed-full-score", cell: "H15", why: "完成调研课题 6个 misses its ≥7个 target, yet scores its full 10" },
    ],
    absent: [
      { rule: "selfeval.total-mismatch", cell: "C6", why: "年初 1,100 = 1,090 + 10 + 0" },
      { rule: "selfeval.total-mismatch", cell: "E6", why: "执行 1,076.47 = 1,066.47 + 10 + 0" },
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "1,076.47 / 1,086.95 = 99.04%" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 99.04% = 9.90" },
      { rule: "selfeval.score-mismatch", cell: "H22", why: "总分 97.90 = 9.90 + 10 + 5 + 10 + 10 + 10 + 10 + 10 + 8 + 15" },
      { rule: "selfeval.weights", why: "10 + 10 + 5 + 10 + 10 + 10 + 10 + 10 + 10 + 15 = 100" },
      { rule: "selfeval.missing-explanation", cell: "I20", why: "条款修改采纳率 at 8 of 10 gives its reason" },
      { rule: "selfeval.target-missed-full-score", cell: "H20", why: "78% misses >80% and is scored 8, not 10" },
      { rule: "execution.overspent", why: "1,076.47 spent of 1,086.95" },
    ],
  },
};
