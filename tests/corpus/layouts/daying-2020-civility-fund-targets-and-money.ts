import type { CorpusLayout } from "../types";

// 大英县 (四川 遂宁) 2020: the 双心及文明城市创建专项资金 project's self-evaluation report — its 绩效指标 grid as published (一级指标 |
// 二级指标 | 三级指标 | 指标值 | 实施进度, 项目决策 / 项目效益 / 满意度指标 as the first level, every progress 已完成100%) and the
// 资金计划、到位及使用情况 table the report asks for (可用表格形式反映).
export const layout: CorpusLayout = {
  id: "daying-2020-civility-fund-targets-and-money",
  source: {
    title: "大英县双心及文明城市创建专项资金项目支出绩效自评报告（2020年度）",
    url: "https://dyxrmt.cn/article-147197-19.html",
    publisher: "大英县市场监督管理局",
    date: "2021",
    changes:
      "Kept as published: the 绩效指标 grid's headings and rows (宣传次数 至少全年完成2次宣传, 创建质量, 全年 1-12月, 成本 10万元, 提升全县消费者" +
      "维权意识, 群众满意度 90%, each 已完成100%; 项目决策 and 项目效益 as first-level labels), the 10万元 budget and the money table's first " +
      "headings (项目名称 | 中央、省、市(州)、县级财政资金 | 资金计划 | 资金到位情况). Ours: the 预算执行率 indicator, the money table's last two " +
      "columns and its figures. Planted: 8.6 of 10万元 spent by the year's end (86%) while the 预算执行率 indicator says 已完成100%.",
  },
  classes: ["targets", "execution", "two-tables-one-sheet", "progress-as-text", "first-level-merged-down", "odd-first-level-labels", "side-label-merged-down", "execution-rate-indicator", "past-year", "year-in-title", "wanyuan-caption", "county-fund", "sichuan"],
  settings: { asOf: "2021-04-15", district: "大英县" },
  sheets: [
    {
      name: "自评报告附表",
      widths: [26, 14, 16, 24, 20, 14],
      rows: [
        ["大英县2020年度双心及文明城市创建专项资金项目支出绩效自评", null, null, null, null, null],
        ["（一）项目绩效目标", null, null, null, null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "实施进度"],
        [null, "项目决策", "数量指标", "宣传次数", "至少全年完成2次宣传", "已完成100%"],
        [null, null, "质量指标", "创建质量", "按质按量完成", "已完成100%"],
        [null, null, "时效指标", "全年", "1-12月", "已完成100%"],
        [null, null, "成本指标", "成本", "10万元", "已完成100%"],
        [null, null, "成本指标", "预算执行率", "100%", "已完成100%"],
        [null, "项目效益", "社会效益指标", "提升全县消费者维权意识", "不断提升", "已完成100%"],
        [null, "满意度指标", "满意度指标", "群众满意度", "90%", "已完成100%"],
        [null, null, null, null, null, null],
        ["（二）资金计划、到位及使用情况", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["项目名称", "中央、省、市（州）、县级财政资金", "资金计划", "资金到位情况", "资金使用情况", "结余资金"],
        ["双心及文明城市创建专项资金", "县级财政资金", 10, 10, 8.6, 1.4],
        ["合计", null, 10, 10, 8.6, 1.4],
      ],
      merges: ["A1:F1", "A2:F2", "A3:A10", "B4:B8", "A12:F12", "A16:B16"],
      numberFormats: { "C15:F16": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "自评报告附表", kind: "targets", headerRow: 3, lastRow: 10, columns: { B: "type", D: "name", E: "target", F: "stated" }, year: 2020 },
      {
        sheet: "自评报告附表",
        kind: "execution",
        unit: "万元",
        headerRow: 14,
        lastRow: 16,
        columns: { A: "line", C: "adjustedBudget", E: "actual" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "execution.behind-schedule", cell: "E15", why: "8.6 / 10 = 86% at 2020's end (time progress 100%): 14 points behind" },
      { rule: "selfeval.indicator-contradicted", cell: "F8", why: "预算执行率 stated 已完成100%; the money table gives 8.6 / 10 = 86% for 2020, a year ended" },
    ],
    absent: [
      { rule: "execution.behind-schedule", cell: "E16", why: "the 合计 row gets no status of its own" },
      { rule: "execution.total-mismatch", cell: "C16", why: "one line: 合计 10 = 10, 8.6 = 8.6" },
      { rule: "execution.overspent", why: "8.6 is below the 10 planned" },
      { rule: "execution.no-spending", why: "8.6 was spent" },
      { rule: "selfeval.weights", why: "no 分值 column: targets with their progress, nothing to add up" },
      { rule: "selfeval.indicator-contradicted", cell: "F10", why: "群众满意度 is nothing the workbook measures" },
      { rule: "input.unreadable-value", cell: "E6", why: "1-12月 is a target written as text" },
    ],
  },
};
