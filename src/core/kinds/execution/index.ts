/** The execution kind: budget execution by year, by category with year groups, or by line. */
import { both } from "../../i18n/localised";
import type { KindDescriptor } from "../define";
import { checkExecution } from "./check";
import { EXECUTION_FIELDS, type ExecutionField } from "./fields";
import { readExecution } from "./read";
import { EXECUTION_RULES } from "./rules";
import type { ExecutionTable } from "./types";

export const execution: KindDescriptor<"execution", ExecutionTable, ExecutionField, "execution"> = {
  kind: "execution",
  label: both("预算执行", "Budget execution"),
  group: "execution",
  fields: EXECUTION_FIELDS,
  requires: [["budget", "initialBudget"], ["actual", "rate"], ["year", "category", "code"]],
  priority: 1,
  read(spec, env): ExecutionTable {
    const { end, ...read } = readExecution(spec, env);
    return { ...env.base(spec.manual ? spec.limit : end), kind: "execution", ...read };
  },
  check: (t, env) => checkExecution(t, env.asOf, env.settings),
  rules: EXECUTION_RULES,
};
