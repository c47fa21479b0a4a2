import type { CorpusLayout } from "../types";

// 海口国家高新区管委会 2023-07-24: the 2022 self-evaluation of the 云龙产业园基础设施配套路网项目 — five branch roads (4335.943m), 3483万元
// budgeted and 3483万元 paid, the year's goal 完成项目改造建设总量50%. The report is prose; its figures and goals set out in the national
// 项目支出绩效自评表 (资金 block with 其中 lines, 一级 / 二级 / 三级指标, 分值, 得分, 偏差原因).
export const layout: CorpusLayout = {
  id: "haikou-hitech-2022-yunlong-road-network-selfeval",
  source: {
    title: "海口市财政支出项目绩效自评报告（云龙产业园基础设施配套路网项目；自评表据报告拟）",
    url: "http://gxq.haikou.gov.cn/xxgk/czxx/202306/t1288834.shtml",
    publisher: "海口国家高新区管委会",
    date: "2023-07-24",
    changes:
      "As published: the project, its five roads (4335.943m, 红线 14、20m), 预算 3483万元 and 支付 3483万元, the goal 完成项目改造建设总量50%, the " +
      "主管部门 and 项目业主. Ours: the form, the indicators' wording, target values, results, weights and scores. Planted: 其中：当年财政拨款's 执行数 " +
      "typed 3438 under a 3483 年度资金总额 (nothing else beside it); the 50% construction target done at 45% yet given its full 20.",
  },
  classes: ["selfeval", "national-template", "table-from-prose", "qizhong-lines", "percent-target", "time-target", "qualitative-targets", "points-in-labels", "development-zone", "hainan"],
  settings: { district: "海口市" },
  sheets: [
    {
      name: "自评表",
      widths: [10, 16, 16, 26, 20, 16, 8, 8, 16, 10],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
        ["（2022年度）", null, null, null, null, null, null, null, null, null],
        ["项目名称", "云龙产业园基础设施配套路网项目", null, null, null, null, null, null, null, null],
        ["主管部门", "海口国家高新区管委会（行政主管部门）", null, null, null, "实施单位", "海口国家高新区管委会", null, null, null],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null],
        [null, "年度资金总额", 3483, 3483, 3483, 10, "100%", 10, null, null],
        [null, "其中：当年财政拨款", 3483, 3483, 3438, "—", "—", "—", null, null],
        [null, "上年结转资金", null, null, null, "—", "—", "—", null, null],
        [null, "其他资金", null, null, null, "—", "—", "—", null, null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null, null],
        [null, "完成云龙产业园区5条市政道路（总长4335.943m）改造建设总量的50%，保障项目正常开展建设。", null, null, null, "2022年预算3483万元，完成支付3483万元；道路、给排水、照明等工程按计划推进。", null, null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", null],
        [null, "产出指标（50分）", "数量指标", "改造建设总量完成比例", "≥50%", "45%", 20, 20, null, null],
        [null, null, "质量指标", "工程验收合格率", "100%", "100%", 10, 10, null, null],
        [null, null, "时效指标", "年度建设任务完成时间", "2022年12月底前", "2022年12月", 10, 10, null, null],
        [null, null, "成本指标", "项目预算控制数", "≤3483万元", "3483万元", 10, 10, null, null],
        [null, "效益指标（30分）", "社会效益指标", "改善园区交通出行条件", "明显改善", "明显改善", 15, 15, null, null],
        [null, null, "可持续影响指标", "道路设计使用年限", "≥15年", "≥15年", 15, 15, null, null],
        [null, "满意度指标（10分）", "服务对象满意度指标", "入园企业满意度", "≥90%", "93%", 10, 10, null, null],
        [null, "总分", null, null, null, null, 100, 100, null, null],
      ],
      merges: [
        "A1:J1", "A2:J2", "B3:J3", "B4:E4", "G4:J4", "A5:A9", "I5:J9", "A10:A11", "B10:E10", "F10:J10", "B11:E11", "F11:J11",
        "A12:A20", "I12:J12", "B13:B16", "B17:B18", "I13:J13", "I14:J14", "I15:J15", "I16:J16", "I17:J17", "I18:J18", "I19:J19", "B20:F20", "I20:J20",
      ],
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 20, year: 2022 }],
    findings: [
      { rule: "selfeval.total-mismatch", cell: "E6", why: "全年执行数: 年度资金总额 3483 where 当年财政拨款 3438 + 上年结转 (blank) + 其他 (blank) = 3438: 45 apart" },
      { rule: "selfeval.target-missed-full-score", cell: "H13", why: "改造建设总量完成比例 45% misses ≥50%, yet 得分 20 of 分值 20" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "3483 / 3483 = 100%" },
      { rule: "selfeval.score-mismatch", why: "10 × 100% = 10; 总分 100 = 10 + 20 + 10 + 10 + 10 + 15 + 15 + 10" },
      { rule: "selfeval.weights", why: "10 + 20 + 10 + 10 + 10 + 15 + 15 + 10 = 100" },
      { rule: "selfeval.total-mismatch", cell: "C6", why: "年初 and 全年 3483 = 当年财政拨款 3483" },
      { rule: "selfeval.target-missed-full-score", cell: "H15", why: "2022年12月 meets 2022年12月底前" },
      { rule: "selfeval.target-missed-full-score", cell: "H16", why: "3483万元 meets ≤3483万元" },
      { rule: "selfeval.target-missed-full-score", cell: "H19", why: "93% meets ≥90%" },
      { rule: "selfeval.missing-explanation", why: "every indicator has its full score and the rate is 100%" },
      { rule: "execution.overspent", why: "执行数 3483 equals 预算数 3483" },
    ],
  },
};
