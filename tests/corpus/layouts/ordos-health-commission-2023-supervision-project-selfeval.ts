import type { CorpusLayout } from "../types";

// 鄂尔多斯市卫生健康委员会（本级） 2023年度单位决算 (2024-12): 第二部分 十四、预算绩效情况说明 — the project self-evaluations it reports, on the
// national 项目支出绩效自评表: 项目资金 block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, 年度资金总额 and its 其中), 年度总体目标,
// then 一级 / 二级 / 三级指标 with 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施. The stored copy names the section only.
export const layout: CorpusLayout = {
  id: "ordos-health-commission-2023-supervision-project-selfeval",
  source: {
    title: "鄂尔多斯市卫生健康委员会2023年度单位决算（十四、预算绩效情况说明：项目支出绩效自评表，表据正文拟）",
    url: "https://wjw.ordos.gov.cn/zfxxgkx/fdzdgk_xxgk/czyjs/202412/t20241214_3745828.html",
    publisher: "鄂尔多斯市卫生健康委员会",
    date: "2024-12-14",
    changes:
      "As published: the 单位决算's contents (第二部分 十四、预算绩效情况说明 among the fourteen 情况说明; 第五部分 单位决算表 一至十一) and the " +
      "commission's duties. The stored copy does not show a self-evaluation: the form is the national 项目支出绩效自评表 the section reports on; the " +
      "project (卫生健康综合监督执法专项经费), its goals, indicators and figures are ours. Planted: 质量指标 案件查处率 set at ≥95% and reached 91%, yet " +
      "scored its full 10 points (no deviation stated).",
  },
  classes: [
    "selfeval", "national-template", "money-block", "qizhong-lines", "three-level-indicators", "first-level-merged-down", "side-label-unit",
    "target-missed-full-score", "year-in-caption", "two-decimal-wanyuan", "table-not-in-stored-copy", "city-department", "neimenggu",
  ],
  settings: { district: "鄂尔多斯市" },
  sheets: [
    {
      name: "项目支出绩效自评表",
      widths: [10, 18, 14, 30, 16, 16, 8, 8, 14, 14],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
        ["（2023年度）", null, null, null, null, null, null, null, null, null],
        ["项目名称", "卫生健康综合监督执法专项经费", null, null, null, null, null, null, null, null],
        ["主管部门", "鄂尔多斯市卫生健康委员会", null, null, null, "实施单位", "鄂尔多斯市卫生健康综合行政执法支队", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null],
        [null, "年度资金总额", 80, 80, 72.4, 10, "90.50%", 9.05, null, null],
        [null, "其中：当年财政拨款", 76, 76, 68.4, "—", "—", "—", null, null],
        [null, "上年结转资金", 4, 4, 4, "—", "—", "—", null, null],
        [null, "其他资金", null, null, null, "—", "—", "—", null, null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null, null],
        [
          null,
          "完成全市医疗机构、公共场所、生活饮用水等监督检查及“双随机”抽查任务，依法查处卫生健康违法案件。",
          null, null, null,
          "完成监督检查1265家次，“双随机”抽查任务全部完成，立案查处违法案件并结案。",
          null, null, null, null,
        ],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", null],
        [null, "产出指标", "数量指标", "监督检查单位数", "≥1200家", "1265家", 10, 10, null, null],
        [null, null, null, "“双随机”抽查任务完成率", "100%", "100%", 10, 10, null, null],
        [null, null, "质量指标", "案件查处率", "≥95%", "91%", 10, 10, null, null],
        [null, null, "时效指标", "年度任务完成时间", "2023年12月底前", "2023年12月", 10, 10, null, null],
        [null, null, "成本指标", "项目总成本", "≤80万元", "72.40万元", 10, 10, null, null],
        [null, "效益指标", "社会效益指标", "卫生健康违法案件发生率", "逐年下降", "有所下降", 15, 15, null, null],
        [null, null, "可持续影响指标", "卫生监督长效机制", "持续完善", "已完善", 15, 15, null, null],
        [null, "满意度指标", "服务对象满意度指标", "监管对象满意度", "≥90%", "93%", 10, 10, null, null],
        [null, "总分", null, null, null, null, 100, 99.05, null, null],
      ],
      merges: [
        "A1:J1", "A2:J2", "B3:J3", "B4:E4", "G4:J4", "A5:A9", "I5:J9", "A10:A11", "B10:E10", "F10:J10", "B11:E11", "F11:J11",
        "A12:A21", "I12:J12", "B13:B17", "C13:C14", "B18:B19", "I13:J13", "I14:J14", "I15:J15", "I16:J16", "I17:J17", "I18:J18",
        "I19:J19", "I20:J20", "B21:F21", "I21:J21",
      ],
    },
  ],
  expect: {
    tables: [{ sheet: "项目支出绩效自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 21, year: 2023 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "H15", why: "案件查处率 ≥95% against 91% reached, yet 得分 10 of its 分值 10" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "72.40 / 80.00 = 90.50%" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 90.50% = 9.05" },
      { rule: "selfeval.score-mismatch", cell: "H21", why: "总分 99.05 = 9.05 + 10 × 5 + 15 + 15 + 10" },
      { rule: "selfeval.total-mismatch", cell: "E6", why: "72.40 = 当年财政拨款 68.40 + 上年结转 4.00" },
      { rule: "selfeval.total-mismatch", cell: "C6", why: "80.00 = 76.00 + 4.00" },
      { rule: "selfeval.weights", why: "10 + 50 + 30 + 10 = 100" },
      { rule: "selfeval.target-missed-full-score", cell: "H16", why: "2023年12月 meets 2023年12月底前" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "≤80万元 is met by 72.40万元" },
      { rule: "selfeval.missing-explanation", why: "every indicator has its full score and the rate is 90.50%, not below 90%" },
    ],
  },
};
