/** The selfeval kind: the 项目支出绩效自评表 every budget unit publishes for each project and year. */
import { both } from "../../i18n/localised";
import type { KindDescriptor } from "../define";
import { checkSelfeval } from "./check";
import { contradictedIndicators } from "../targets/check";
import { SELFEVAL_FIELDS, type SelfevalField } from "./fields";
import { readSelfeval } from "./read";
import { SELFEVAL_RULES } from "./rules";
import type { SelfevalTable } from "./types";

export const selfeval: KindDescriptor<"selfeval", SelfevalTable, SelfevalField, "execution"> = {
  kind: "selfeval",
  label: both("绩效自评表", "Self-evaluation form"),
  group: "execution",
  groupLabel: both("执行率核查", "Execution check"),
  fields: SELFEVAL_FIELDS,
  requires: [["budget", "initialBudget"], ["actual"], ["score", "weight"]],
  priority: 0,
  // The form names itself, and its budget block reads as an execution table too: the title decides.
  // A mid-year monitoring form (绩效监控表, 绩效运行监控表) has the same two blocks without scores,
  // and a 自评表 may score its indicators alone (预算执行率 among them), its money block holding
  // budgets, spending and the rate only: under such titles the money block needs no score column.
  titled: {
    words: ["自评", "绩效监控", "运行监控", "绩效评价评分表"],
    // Money by source across (中央 | 省 | 本级 | 合计 | 执行数 | 执行率): the sources' 合计 is the year's budget.
    fields: { budget: { exact: ["合计"] } },
    weight: 1.5,
    requires: {
      words: ["绩效监控", "运行监控", "自评", "绩效评价评分表"],
      groups: [["budget", "initialBudget"], ["actual", "forecast"]],
      // A 部门整体支出绩效自评表 may score its indicators alone, with no money block at all.
      or: [["weight"], ["score"]],
      // A form titled as the 自评表 itself may state each indicator's result (实际完成值) and score nothing: results make
      // it a self-evaluation, where a form of targets only is a target form. A page of 自评结果 setting out the targets
      // met (完成的绩效目标) is no such form.
      orUnder: { words: ["自评表", "自评情况表"], groups: [["stated"]] },
    },
  },
  read(spec, env): SelfevalTable {
    const { end, c1, funds, indicators, total, project, headerWeight, budgetReason } = readSelfeval(spec, env);
    const base = env.base(spec.picked ? spec.limit : end);
    base.range = { ...base.range, c1: Math.max(base.range.c1, c1) };
    const t: SelfevalTable = { ...base, kind: "selfeval", project, year: spec.context.year, funds, indicators, total, headerWeight };
    if (budgetReason) t.budgetReason = budgetReason;
    return t;
  },
  empty: (t) => !t.funds.some((f) => f.budget || f.actual || f.initialBudget) && !t.indicators.some((i) => i.weight || i.score),
  check: (t, env) => checkSelfeval(t, env.settings),
  // A stated result the workbook's own data measures (执行率, 应补尽补率…) must agree with it.
  review: (t, env, findings) =>
    contradictedIndicators(
      t.sheet,
      t.indicators.map((i) => ({ row: i.row, name: i.name, target: i.target, stated: i.actual, statedCell: i.actualCell })),
      t.year ?? Number(env.asOf.slice(0, 4)),
      env,
      findings,
    ),
  rules: SELFEVAL_RULES,
};
