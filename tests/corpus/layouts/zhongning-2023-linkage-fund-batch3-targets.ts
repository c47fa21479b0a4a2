import type { CorpusLayout } from "../types";

// 中宁县扶贫开发服务中心 2023-05-22 (中宁乡村振兴发〔2023〕9号): the third batch of the county's 2023 central 衔接推进乡村振兴补助资金,
// 600万元 for one 乡村建设行动 project, with the money's 考核目标 (支付进度 by the end of May 42%, …). Laid out as the project's
// 绩效目标表: 年度绩效目标（90分） alone on its row over 一级指标 | 二级指标 | 三级指标 | 指标值 | 分值.
export const layout: CorpusLayout = {
  id: "zhongning-2023-linkage-fund-batch3-targets",
  source: {
    title: "关于印发《中宁县2023年衔接推进乡村振兴财政专项补助资金使用计划（第三批）》的通知（绩效目标表据正文拟）",
    url: "http://www.znzf.gov.cn/xxgk/zfxxgkml/xczx/xjzc/202305/t20230522_4116134.html",
    publisher: "中宁县扶贫开发服务中心",
    date: "2023-05-22",
    changes:
      "The page is prose; the target table, its title and headings are ours, on the notice's facts (600万元 of central 衔接 money, one 乡村建设行动 " +
      "project, a payment pace of 42% by the end of May). The project's name and every indicator are ours. Planted: the indicators' 分值 add up " +
      "to 85 against the 90 points their heading states.",
  },
  classes: ["targets", "points-heading-row", "merged-level-cells", "money-block-above", "one-project", "table-from-prose", "county-fund", "ningxia"],
  settings: { district: "中宁县" },
  sheets: [
    {
      name: "绩效目标表",
      widths: [14, 20, 26, 16, 8],
      rows: [
        ["中宁县2023年衔接推进乡村振兴补助资金（第三批）项目绩效目标表（表据正文拟）", null, null, null, null],
        ["项目名称", "中宁县2023年石空镇村组道路提升改造项目", null, null, null],
        ["资金规模（万元）", 600, "资金来源", "中央财政衔接推进乡村振兴补助资金", null],
        ["年度绩效目标（90分）", null, null, null, null],
        ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
        ["产出指标", "数量指标", "硬化村组道路长度", "≥8公里", 15],
        [null, "质量指标", "工程验收合格率", "100%", 15],
        [null, "时效指标", "5月底资金支付进度", "≥42%", 10],
        [null, "成本指标", "道路硬化每公里成本", "≤75万元", 10],
        ["效益指标", "社会效益指标", "受益群众人数", "≥3200人", 15],
        [null, "可持续影响指标", "道路设计使用年限", "≥10年", 10],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", 10],
      ],
      merges: ["A1:E1", "B2:E2", "D3:E3", "A4:E4", "A6:A9", "A10:A11"],
    },
  ],
  expect: {
    tables: [
      { sheet: "绩效目标表", kind: "targets", headerRow: 5, lastRow: 12, columns: { A: "type", C: "name", D: "target" }, year: 2023 },
    ],
    findings: [
      { rule: "selfeval.weights", cell: "A4", why: "分值 15 + 15 + 10 + 10 + 15 + 10 + 10 = 85, the heading states 90" },
    ],
    absent: [
      { rule: "selfeval.indicator-contradicted", why: "no result is stated: a target table alone" },
      { rule: "execution.no-spending", why: "资金规模 600 is the money's size, with no spending column beside it" },
      { rule: "input.unreadable-value", cell: "D6", why: "指标值 are targets in words and signs (≥8公里), not figures to sum" },
      { rule: "selfeval.weights", cell: "E12", why: "the finding is on the heading that states the points, once" },
    ],
  },
};
