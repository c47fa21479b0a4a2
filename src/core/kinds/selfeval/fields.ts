/**
 * The fields of a 项目支出绩效自评表's budget block (预算执行情况), and of its indicator block
 * (绩效指标) below it: the form as every budget unit publishes it, in the wordings of the provinces.
 */
import { both } from "../../i18n/localised";
import type { FieldSet } from "../define";
import type { Meaning } from "../../tables/meaning";

export const SELFEVAL_FIELDS = {
  line: {
    label: both("资金类别", "funds"),
    value: "label",
    words: { exact: ["资金类别", "资金来源", "资金性质", "资金构成", "项目", "类别", "内容", "项目资金"], core: ["资金来源", "资金类别"] },
  },
  initialBudget: {
    label: both("年初预算数", "initial budget"),
    value: "amount",
    words: { exact: ["年初预算数", "年初预算", "年初数", "年初预算金额"], core: ["年初"] },
  },
  budget: {
    label: both("全年预算数", "full-year budget"),
    value: "amount",
    words: {
      exact: ["全年预算数", "全年预算", "调整预算数", "调整后预算数", "调整后预算", "预算数", "全年预算数a", "年度预算数"],
      core: ["全年预算", "调整预算", "调整后预算", "预算数"],
      not: ["年初", "执行"],
    },
  },
  actual: {
    label: both("全年执行数", "full-year spending"),
    value: "amount",
    words: {
      exact: ["全年执行数", "执行数", "预算执行数", "全年支出数", "实际支出数", "实际执行数", "全年实际支出", "决算数"],
      core: ["执行数", "支出数", "执行金额"],
      not: ["率", "预计"],
    },
  },
  forecast: {
    label: both("全年预计执行数", "full-year forecast"),
    value: "amount",
    words: { exact: ["全年预计执行数", "预计执行数", "预计全年执行数", "全年预计支出数", "预计支出数"], core: ["预计"] },
  },
  weight: {
    label: both("分值", "weight"),
    value: "count",
    weight: 1.3,
    words: { exact: ["分值", "权重", "权重分", "标准分", "满分", "分数"], core: ["分值", "权重"] },
  },
  rate: {
    label: both("执行率", "execution rate"),
    value: "rate",
    words: { exact: ["执行率", "预算执行率", "执行率b/a", "资金执行率"], core: ["执行率"] },
  },
  score: {
    label: both("得分", "score"),
    value: "count",
    weight: 1.5,
    words: { exact: ["得分", "自评得分", "评分", "实际得分", "自评分"], core: ["得分"] },
  },
  // The indicator block's columns (一级指标 | 三级指标 | 年度指标值 | 实际完成值), read by INDICATOR_COLUMNS below: named
  // here so that a form stating results under a 自评 title is a self-evaluation even scoring nothing, as a target form
  // (targets only) is not.
  level: {
    label: both("指标层级", "indicator level"),
    value: "label",
    words: { exact: ["一级指标", "二级指标"], core: ["一级指标", "二级指标"] },
  },
  indicator: {
    label: both("三级指标", "indicator"),
    value: "label",
    words: { exact: ["三级指标", "指标名称", "具体指标"], core: ["三级指标", "指标名称"] },
  },
  target: {
    label: both("指标值", "target value"),
    value: "text",
    words: {
      exact: ["年度指标值", "指标值", "绩效指标值", "预期指标值", "年度目标值", "目标值", "计划指标值", "年初目标值"],
      core: ["指标值", "目标值"],
      not: ["实际", "完成", "性质", "依据", "类型"],
    },
  },
  stated: {
    label: both("实际完成值", "stated result"),
    value: "text",
    words: {
      exact: ["实际完成值", "完成值", "实际值", "全年实际值", "实际完成情况", "实现情况", "完成情况", "实际实现值"],
      core: ["完成值", "实际值", "实际完成", "实现情况", "实现值"],
      not: ["率", "执行", "支出", "金额", "预计"],
    },
  },
  reason: {
    label: both("原因", "reason"),
    value: "text",
    words: { exact: ["原因", "偏差原因", "原因说明", "未完成原因", "偏差原因分析", "说明"], core: ["原因"] },
  },
} as const satisfies FieldSet<string>;

export type SelfevalField = keyof typeof SELFEVAL_FIELDS;

/** The indicator block's columns, found below the budget block by the same meaning words. */
export const INDICATOR_COLUMNS = {
  level1: { exact: ["一级指标"], core: ["一级指标"] },
  level2: { exact: ["二级指标"], core: ["二级指标"] },
  // A scored block of the form's own management (项目权重 | 评价内容 | 分值 | 自评分) names its items 评价内容.
  level3: { exact: ["三级指标", "指标名称", "具体指标", "评价内容"], core: ["三级指标"] },
  target: {
    exact: ["年度指标值", "指标值", "预期指标值", "年度目标值", "目标值", "计划指标值", "年初目标值"],
    core: ["指标值", "目标值"],
    not: ["实际", "完成", "性质"],
  },
  targetOp: { exact: ["指标性质", "性质"], core: ["性质"] },
  // 指标方向 (正向 / 反向) beside 指标性质: some offices type the comparison (大于等于) here and the direction there.
  targetDir: { exact: ["指标方向", "指标方向性", "方向"], core: ["指标方向"] },
  targetUnit: { exact: ["度量单位", "计量单位", "单位"], core: ["单位"] },
  actual: {
    exact: ["实际完成值", "完成值", "实际值", "全年实际值", "实际完成情况", "完成情况", "实现情况", "实际实现值"],
    core: ["完成值", "实际值", "实际完成", "实现情况", "实现值"],
  },
  weight: { exact: ["分值", "权重", "标准分"], core: ["分值", "权重"] },
  // The form's own score (自评分), not a reviewer's (复核分).
  score: { exact: ["得分", "自评得分", "评分", "自评分"], core: ["得分"] },
  reason: {
    exact: ["偏差原因分析及改进措施", "偏差原因", "偏差原因分析", "未完成原因分析", "原因分析及改进措施", "备注", "未完成原因及改进措施"],
    core: ["原因", "改进措施"],
  },
} as const satisfies Record<string, Meaning>;

export type IndicatorColumn = keyof typeof INDICATOR_COLUMNS;

/**
 * The money of the older scoring template, stated in one row of label | value pairs (计划投资额 | 570 | 实际到位资金 |
 * 398.88 | 实际使用情况 | 395.86): the money planned is the budget, the money used the spending; the money received is
 * neither.
 */
export const MONEY_ROW = {
  budget: { exact: ["计划投资额", "计划投资", "计划投入", "计划安排资金", "计划资金"], core: ["计划投资", "计划投入"] },
  received: { exact: ["实际到位资金", "到位资金", "资金到位", "实际到位"], core: ["到位"] },
  actual: { exact: ["实际使用情况", "实际使用资金", "实际使用", "实际支出", "资金使用情况"], core: ["实际使用", "实际支出"] },
} as const satisfies Record<string, Meaning>;
