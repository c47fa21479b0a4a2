/** The targets kind: a fund's performance targets (绩效目标表), as the seed's project report lays them out. */
import { both } from "../../i18n/localised";
import type { KindDescriptor } from "../define";
import { contradictedIndicators, weightsAgainstHeading } from "./check";
import { TARGETS_FIELDS, type TargetsField } from "./fields";
import { readTargets } from "./read";
import { TARGETS_RULES } from "./rules";
import type { TargetsTable } from "./types";

export const targets: KindDescriptor<"targets", TargetsTable, TargetsField, "execution"> = {
  kind: "targets",
  label: both("绩效目标表", "Performance targets"),
  group: "execution",
  groupLabel: both("执行率核查", "Execution check"),
  fields: TARGETS_FIELDS,
  requires: [["name"], ["target"]],
  priority: 2,
  // A declaration listing each project with its money down its left (单位名称 | 项目名称 | 预算数 |
  // 年度目标 | 一级指标 …): that block is the money's composition, its 部门 row checked against it.
  besideLeft: "composition",
  titled: { words: ["绩效目标"], fields: {} },
  read(spec, env): TargetsTable {
    const { rows, end, points } = readTargets(spec, env);
    return { ...env.base(spec.picked ? spec.limit : end), kind: "targets", year: spec.context.year, rows, ...(points ? { points } : {}) };
  },
  empty: (t) => t.rows.every((r) => r.target === null),
  check: (t, env) => weightsAgainstHeading(t, env.settings.lang),
  review: (t, env, findings) => contradictedIndicators(t.sheet, t.rows, t.year ?? Number(env.asOf.slice(0, 4)), env, findings),
  rules: TARGETS_RULES,
};
