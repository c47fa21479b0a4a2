import type { CorpusLayout } from "../types";

// 海原县审批服务管理局 2022年度部门决算, 第三部分 十三、项目绩效评价情况说明: the 项目支出绩效自评表 (2022年度) of the national template —
// 项目资金 block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, 年度资金总额 and its 其中), 年度总体目标, then the
// indicators 一级 / 二级 / 三级 with 年度指标值, 实际完成值, 分值, 得分, 偏差原因, 总分 at the foot.
export const layout: CorpusLayout = {
  id: "haiyuan-2022-approval-bureau-project-selfeval",
  source: {
    title: "海原县审批服务管理局2022年度部门决算（项目支出绩效自评表）",
    url: "http://hy.gov.cn/xxgk/zfxxgkml/czyjs/bmjs_54786/2022/202310/t20231025_4324585.html",
    publisher: "海原县审批服务管理局",
    date: "2023-10-25",
    changes:
      "As published: the 决算's contents, naming 项目绩效评价情况说明 among its parts, and the bureau's duties (规范全县行政审批和政务服务, 平台标准化建设). " +
      "The stored copy shows no form; the project, its money and indicators are ours, in the national template's layout. Planted: 年度资金总额 全年执行数 " +
      "47.32 where 当年财政拨款 45.22 + 上年结转 2.00 = 47.22; 办件按时办结率 96.5% against a target of ≥98% yet given its full 15 points.",
  },
  classes: ["selfeval", "national-template", "money-block", "qizhong-lines", "three-level-indicators", "target-missed", "full-score-despite-miss", "dash-cells", "two-decimal-wanyuan", "notes-under-table", "table-not-in-stored-copy", "county-department", "ningxia"],
  sheets: [
    {
      name: "自评表",
      widths: [12, 18, 22, 14, 14, 8, 10, 24],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null],
        ["（2022年度）", null, null, null, null, null, null, null],
        ["项目名称", "政务服务中心运行经费", null, null, null, null, null, null],
        ["主管部门", "海原县审批服务管理局", null, null, "实施单位", "海原县政务服务中心", null, null],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [null, "年度资金总额", 45, 52, 47.32, 10, 0.91, 9.1],
        [null, "其中：当年财政拨款", 45, 50, 45.22, "—", "—", "—"],
        [null, "上年结转资金", 0, 2, 2, "—", "—", "—"],
        [null, "其他资金", null, null, null, "—", "—", "—"],
        ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null, null],
        [null, "保障政务服务中心日常运行，推进政务服务事项集中进驻、一窗受理，提升办件效率和群众满意度。", null, null, "政务服务中心全年正常运行，268项政务服务事项进驻，办件效率和群众满意度有所提升。", null, null, null],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "政务服务事项进驻数量", "≥260项", "268项", 15, 15, null],
        [null, "质量指标", "办件按时办结率", "≥98%", "96.5%", 15, 15, null],
        [null, "时效指标", "资金支付及时率", "100%", "100%", 10, 10, null],
        [null, "成本指标", "项目成本控制", "≤52万元", "47.32万元", 10, 10, null],
        ["效益指标", "社会效益指标", "群众办事时间压缩率", "≥30%", "35%", 15, 15, null],
        [null, "可持续影响指标", "政务服务体系持续运行", "长期", "持续运行", 15, 15, null],
        ["满意度指标", "服务对象满意度指标", "办事群众满意度", "≥95%", "97%", 10, 10, null],
        ["总分", null, null, null, null, 100, 99.1, null],
        ["注：执行率=全年执行数/全年预算数；预算执行率得分=分值×执行率。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:H2", "B3:H3", "B4:D4", "F4:H4", "A5:B5", "A6:A9", "A10:A11", "B10:D10", "E10:H10", "B11:D11", "E11:H11", "A13:A16", "A17:A18", "A20:E20", "A21:H21"],
      numberFormats: { "C6:E9": "0.00", "G6": "0.0%" },
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 20, year: 2022 }],
    findings: [
      { rule: "selfeval.total-mismatch", cell: "E6", why: "年度资金总额 全年执行数 47.32 where 当年财政拨款 45.22 + 上年结转资金 2.00 = 47.22: 0.10万元 apart" },
      { rule: "selfeval.target-missed-full-score", cell: "G14", why: "办件按时办结率 96.5% misses its target ≥98% yet scores the full 15" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "47.32 / 52.00 = 91.0%" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 91.0% = 9.1" },
      { rule: "selfeval.score-mismatch", cell: "G20", why: "9.1 + 15 + 15 + 10 + 10 + 15 + 15 + 10 = 99.1" },
      { rule: "selfeval.weights", why: "10 + 15 + 15 + 10 + 10 + 15 + 15 + 10 = 100" },
      { rule: "selfeval.total-mismatch", cell: "D6", why: "全年预算数 52.00 = 50.00 + 2.00" },
      { rule: "selfeval.total-mismatch", cell: "C6", why: "年初预算数 45.00 = 45.00 + 0.00" },
      { rule: "selfeval.missing-explanation", why: "every indicator has its full score and the rate is 91.0%, above 90%" },
      { rule: "execution.overspent", why: "47.32 spent of 52.00; 上年结转 2.00 of 2.00" },
      { rule: "selfeval.target-missed-full-score", cell: "G16", why: "47.32万元 is within ≤52万元" },
      { rule: "selfeval.target-missed-full-score", cell: "G18", why: "a qualitative 长期 target met by 持续运行" },
    ],
  },
};
