import type { CorpusLayout } from "../types";

// 重庆市双桥经济技术开发区建设管理局 2022-03-17: 2021年度项目资金绩效自评报告 — 73 projects, 15,690.38万元, 交通秩序综合整治 155.85万元 first.
// Laid out as that project's 项目支出绩效自评表: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, then the indicators.
export const layout: CorpusLayout = {
  id: "shuangqiao-cq-2021-traffic-order-project-selfeval",
  source: {
    title: "重庆市双桥经济技术开发区建设管理局2021年度项目资金绩效自评报告（交通秩序综合整治项目支出绩效自评表据正文拟）",
    url: "http://www.dazu.gov.cn/jkq/qzfcxjw/zwgk_53321/fdzdgknr_53323/ysjs/ys/202203/t20220318_10525403.html",
    publisher: "重庆市双桥经济技术开发区建设管理局",
    date: "2022-03-17",
    changes:
      "As published: the project 交通秩序综合整治 and its 155.85万元 budget, the office and the year. " +
      "Ours: the form (the common 项目支出绩效自评表 layout), the spending 148.20, every indicator, target, result and score. " +
      "Planted: 查处交通违法行为起数 1080 misses its ≥1200 target yet gets its full 10; 总分 typed 98.51 over scores adding up to 97.51.",
  },
  classes: ["selfeval", "project-form", "initial-and-full-year-budget", "rates-as-text", "two-decimal-rates", "qizhong-lines", "three-level-indicators", "weights-after-targets", "explanation-column", "year-in-title", "notes-under-table", "table-from-prose", "district-unit", "chongqing"],
  sheets: [
    {
      name: "自评表",
      widths: [10, 14, 16, 24, 14, 14, 8, 8, 30],
      rows: [
        ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
        ["（2021年度）", null, null, null, null, null, null, null, null],
        ["项目名称", "交通秩序综合整治", null, null, null, null, null, null, null],
        ["主管部门", "重庆市双桥经济技术开发区建设管理局", null, null, "实施单位", "重庆市双桥经济技术开发区建设管理局", null, null, null],
        ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        [null, "年度资金总额", 155.85, 155.85, 148.2, 10, "95.09%", 9.51, null],
        [null, "其中：当年财政拨款", 155.85, 155.85, 148.2, null, null, null, null],
        [null, "上年结转资金", null, null, null, null, null, null, null],
        [null, "其他资金", null, null, null, null, null, null, null],
        ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null],
        [null, "整治经开区重点路段交通秩序，查处交通违法行为，降低道路交通事故发生率。", null, null, null, "完成16条重点路段整治，查处交通违法行为1080起，道路交通事故同比下降6.2%。", null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        [null, "产出指标", "数量指标", "整治重点路段数", "≥15条", "16条", 15, 15, null],
        [null, null, "数量指标", "查处交通违法行为起数", "≥1200起", "1080起", 10, 10, null],
        [null, null, "质量指标", "整治路段验收合格率", "100%", "100%", 10, 10, null],
        [null, null, "时效指标", "整治完成时间", "2021年12月底前", "2021年11月", 10, 10, null],
        [null, null, "成本指标", "项目成本控制数", "≤155.85万元", "148.20万元", 5, 5, null],
        [null, "效益指标", "社会效益指标", "道路交通事故起数同比下降率", "≥5%", "6.2%", 20, 20, null],
        [null, null, "可持续影响指标", "交通秩序长效管理机制", "建立", "已建立", 10, 10, null],
        [null, "满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "88%", 10, 8, "部分路段整治期间通行不便，群众意见较多；下一步优化施工组织，加强宣传引导。"],
        [null, "总分", null, null, null, null, 100, 98.51, null],
        ["注：预算执行率分值10分，按执行率×分值计算得分；各指标得分不得超过该指标分值。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:B5", "A6:A9", "I5:I9", "A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11", "A12:A21", "B13:B17", "B18:B19", "B21:F21", "A22:I22"],
      numberFormats: { "C6:E7": "0.00", "H6": "0.00", "H21": "0.00" },
    },
  ],
  settings: { district: "大足区" },
  expect: {
    tables: [{ sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 5, lastRow: 21, year: 2021 }],
    findings: [
      { rule: "selfeval.target-missed-full-score", cell: "H14", why: "查处交通违法行为起数 1080起 misses ≥1200起, yet scores its full 10" },
      { rule: "selfeval.score-mismatch", cell: "H21", why: "总分 98.51; 9.51 + 15 + 10 + 10 + 10 + 5 + 20 + 10 + 8 = 97.51" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "G6", why: "148.20 / 155.85 = 95.09%" },
      { rule: "selfeval.score-mismatch", cell: "H6", why: "10 × 95.09% = 9.51" },
      { rule: "selfeval.weights", why: "分值 10 + 15 + 10 + 10 + 10 + 5 + 20 + 10 + 10 = 100" },
      { rule: "selfeval.total-mismatch", cell: "C6", why: "年度资金总额 155.85 = 当年财政拨款 155.85 + blank carry-over and other money; 执行 148.20 likewise" },
      { rule: "selfeval.missing-explanation", cell: "I20", why: "满意度 below full score has its 偏差原因 written" },
      { rule: "selfeval.target-missed-full-score", cell: "H16", why: "2021年11月 is before 2021年12月底前" },
      { rule: "selfeval.target-missed-full-score", cell: "H17", why: "148.20万元 meets ≤155.85万元" },
      { rule: "execution.overspent", why: "148.20 is under 155.85" },
    ],
  },
};
