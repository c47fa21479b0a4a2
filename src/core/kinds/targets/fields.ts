/** The fields of a fund's performance-target table (绩效目标表: 目标类型 / 目标名称 / 目标值 / 标杆值依据). */
import { both } from "../../i18n/localised";
import type { FieldSet } from "../define";

export const TARGETS_FIELDS = {
  seq: { label: both("序号", "No."), value: "seq", words: { exact: ["序号", "序"] } },
  type: {
    label: both("目标类型", "target type"),
    value: "label",
    // An older form's first level (投入 / 产出 / 效果) is headed 绩效目标, its names 绩效内容: whole header only.
    words: { exact: ["目标类型", "指标类型", "指标类别", "目标类别", "一级指标", "二级指标", "绩效目标"], core: ["类型", "类别"] },
    // Beside a first level of its own, 绩效目标 is the goal in a sentence.
    yieldsTo: { words: ["绩效目标"], to: ["一级指标", "指标类型", "目标类型"] },
  },
  name: {
    label: both("目标名称", "target"),
    value: "label",
    weight: 1.3,
    // A column of sentences describes the indicators (指标内容 as 资金到位率=…×100%。), it names none:
    // then the deepest level left of it (二级指标) holds their names.
    mustFit: true,
    // 指标 alone heads the names beside their type (目标类型 | 指标 | 年度目标值): whole header only.
    words: { exact: ["目标名称", "指标名称", "指标", "三级指标", "绩效指标", "具体指标", "指标内容", "绩效内容"], core: ["目标名称", "指标名称"], weak: ["二级指标"] },
  },
  target: {
    label: both("目标值", "target value"),
    value: "text",
    weight: 1.3,
    // A value per village or project, each in a column headed by its name, when no column is 指标值.
    acrossHeadings: true,
    // A form's level planned for the year (本年度计划水平) beside last year's actual one is the target.
    // The value expected for the year (当年预期实现值) is the target too, as is the one set at its start (年初绩效目标).
    words: {
      exact: ["目标值", "指标值", "年度指标值", "年度目标值", "预期目标值", "计划指标值", "计划水平", "目标水平", "预期实现值", "当年预期实现值", "预期值", "全年绩效目标", "年初绩效目标"],
      core: ["目标值", "指标值", "计划水平", "目标水平", "预期实现值", "预期值"],
      // The kind of value (指标值类型 定量 / 定性) is no value.
      not: ["实际", "完成", "依据", "类型"],
    },
  },
  basis: {
    label: both("标杆值依据", "basis"),
    value: "text",
    // How the value is worked out (计算公式, in 指标内容/计算公式) is what it rests on.
    words: { exact: ["标杆值依据", "指标值依据", "目标值依据", "依据", "设定依据", "标杆值"], core: ["依据", "计算公式"] },
  },
  // The points an approval form gives each indicator (分值), out of those its heading states (年度绩效目标（90分）).
  weight: {
    label: both("分值", "weight"),
    value: "count",
    words: { exact: ["分值", "权重", "权重分", "标准分"], core: ["分值", "权重"] },
  },
  stated: {
    label: both("实际完成值", "stated result"),
    value: "text",
    // 完成情况 beside 实际完成值 says only whether it was met (完成 / 未完成): the value column wins.
    // A self-evaluation annex states each target's progress (实施进度: 已完成100%) as its result.
    words: {
      exact: ["实际完成值", "完成值", "实际值", "全年实际值", "实际完成情况", "实施进度", "完成进度", "实际完成进度"],
      core: ["完成值", "实际值", "实际完成"],
      weak: ["完成情况"],
    },
  },
} as const satisfies FieldSet<string>;

export type TargetsField = keyof typeof TARGETS_FIELDS;
