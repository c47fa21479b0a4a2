import type { CorpusLayout } from "../types";

// 天津市蓟州区 2021-08, 附件3: the 2020 绩效自评 of the central transfer for 蓟州区公共全视频监控建设联网应用项目（雪亮工程）—
// 2,842.5157万元 allotted, 2,668万元 paid (93.86%), the year's aim 30% of the whole investment, the work not finished for the epidemic.
// Laid out on the national 项目支出绩效自评表: 项目资金 with 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分, then the indicators.
export const layout: CorpusLayout = {
  id: "jizhou-2020-skynet-transfer-project-selfeval",
  source: {
    title: "天津市雪亮工程转移支付2020年度绩效自评报告（附件3，项目支出绩效自评表据报告拟）",
    url: "https://www.tjjz.gov.cn/ztzl/jzczzjzdjc/202108/t20210823_5548899.html",
    publisher: "天津市蓟州区人民政府（公安蓟州分局）",
    date: "2021-08-23",
    changes:
      "As published: the transfer 2,842.5157万元 (typed 2,842.52), 2,668万元 paid, 93.86%; the device counts (总平台 558, 前端补点 14,666); " +
      "年内完成项目总体30%投入; the delay for the epidemic. Ours: the form on the national template, the indicators' wording, their 分值, the " +
      "results and scores. Planted: 前端视频监控补点建设 8,520台 against ≥14,666台 given its full 10; 总分 typed 94.39 where the scores add to 92.39.",
  },
  classes: [
    "selfeval", "national-template", "qualitative-targets", "side-label-unit", "transfer-payment", "explanation-given", "table-from-prose",
    "evaluation-report", "county-department", "tianjin",
  ],
  settings: { district: "天津市蓟州区" },
  sheets: [
    {
      name: "自评表",
      widths: [10, 18, 14, 30, 16, 14, 8, 8, 16, 14],
      rows: [
        ["附件3", null, null, null, null, null, null, null, null, null],
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
        ["（2020年度）", null, null, null, null, null, null, null, null, null],
        ["项目名称", "天津市蓟州区公共全视频监控建设联网应用项目（雪亮工程）转移支付", null, null, null, null, null, null, null, null],
        ["主管部门", "天津市公安局蓟州分局", null, null, null, "实施单位", "天津市公安局蓟州分局", null, null, null],
        ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null],
        [null, "年度资金总额：", 2842.52, 2842.52, 2668, 10, "93.86%", 9.39, null, null],
        [null, "其中：本年财政拨款", 2842.52, 2842.52, 2668, "—", "—", "—", null, null],
        [null, "上年结转资金", null, null, null, "—", "—", "—", null, null],
        [null, "其他资金", null, null, null, "—", "—", "—", null, null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null, null],
        [
          null,
          "建设公共视频联网共享总平台、综治分平台和公安分平台，完善前端布控点位，建设精品智慧社区，年内完成项目总体30%投入。",
          null, null, null,
          "资金2842.52万元全部到位，已支付2668万元，完成项目总体30%投入；受疫情影响前端补点未全部完工，结转下年继续建设。",
          null, null, null, null,
        ],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", null],
        [null, "产出指标（50分）", "数量指标", "总平台安装软硬件设备", "≥558套", "558套", 10, 10, null, null],
        [null, null, null, "前端视频监控补点建设", "≥14666台", "8520台", 10, 10, null, null],
        [null, null, "质量指标", "设备安装验收合格率", "≥95%", "97%", 10, 10, null, null],
        [null, null, "时效指标", "年内完成项目总体投入进度", "≥30%", "30%", 10, 10, null, null],
        [null, null, "成本指标", "项目总成本", "≤2842.52万元", "2668万元", 10, 10, null, null],
        [null, "效益指标（30分）", "社会效益指标", "重点区域视频监控覆盖率", "≥90%", "72%", 15, 8, "受疫情影响前端补点延期，2021年继续建设后达标", null],
        [null, null, "可持续影响指标", "公共安全视频联网共享长效运行", "长期", "长期", 15, 15, null, null],
        [null, "满意度指标（10分）", "满意度指标", "群众安全感满意度", "≥90%", "92%", 10, 10, null, null],
        [null, "总分", null, null, null, null, 100, 94.39, null, null],
      ],
      merges: [
        "A2:J2", "A3:J3", "B4:J4", "B5:E5", "G5:J5", "A6:A10", "I6:J10", "A11:A12", "B11:E11", "F11:J11", "B12:E12", "F12:J12",
        "A13:A22", "I13:J13", "B14:B18", "C14:C15", "B19:B20", "I14:J14", "I15:J15", "I16:J16", "I17:J17", "I18:J18",
        "I19:J19", "I20:J20", "I21:J21", "B22:F22", "I22:J22",
      ],
    },
  ],
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 6, lastRow: 22, year: 2020 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "H15", why: "前端视频监控补点建设 8,520台 misses ≥14,666台 yet scores its full 10" },
      { rule: "selfeval.score-mismatch", cell: "H22", why: "总分 94.39; 9.39 + 10 + 10 + 10 + 10 + 10 + 8 + 15 + 10 = 92.39" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G7", why: "2,668 / 2,842.52 = 93.86%" },
      { rule: "selfeval.score-mismatch", cell: "H7", why: "10 × 93.86% = 9.39" },
      { rule: "selfeval.total-mismatch", cell: "C7", why: "2,842.52 = 本年财政拨款 2,842.52 + blank + blank; 执行 2,668 likewise" },
      { rule: "selfeval.weights", why: "10 + 10 + 10 + 10 + 10 + 10 + 15 + 15 + 10 = 100" },
      { rule: "selfeval.missing-explanation", cell: "I19", why: "覆盖率 scored 8 of 15 and its 偏差原因 is given" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "30% meets ≥30%" },
      { rule: "selfeval.target-missed-full-score", cell: "H18", why: "2,668万元 is within ≤2,842.52万元" },
      { rule: "execution.overspent", why: "2,668 spent of 2,842.52" },
    ],
  },
};
