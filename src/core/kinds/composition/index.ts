/** The composition kind: budget composition, allocation and budget-detail tables. */
import { both } from "../../i18n/localised";
import type { KindDescriptor } from "../define";
import { checkComposition } from "./check";
import { ALLOCATION_TITLE, COMPOSITION_FIELDS, PLAN_TITLE, type CompositionField } from "./fields";
import { readComposition } from "./read";
import { COMPOSITION_RULES } from "./rules";
import type { CompositionTable } from "./types";
import type { Figure } from "../../tables/base";

const money = (f: Figure | null): boolean => !!f && f.value !== 0;
const someMoney = (parts: Record<number, Figure | null> | undefined): boolean => !!parts && Object.values(parts).some(money);

export const composition: KindDescriptor<"composition", CompositionTable, CompositionField, "composition"> = {
  kind: "composition",
  label: both("预算构成", "Budget composition"),
  group: "composition",
  groupLabel: both("预算构成核查", "Budget composition check"),
  fields: COMPOSITION_FIELDS,
  requires: [["item", "category"], ["amount"]],
  // A title naming a plan of how money is shared out (…资金分配计划表, 分配方案, 安排表) is evidence of an
  // allocation, as 名单 is of an award list: bodies paid under it (担保机构, 医院) are its lines, not applicants.
  // Under a title naming a plan or an allocation, lines with a quantity and no money do (建设任务（亩） by project).
  titled: {
    words: ALLOCATION_TITLE,
    fields: {},
    requires: { words: [...PLAN_TITLE, ...ALLOCATION_TITLE], groups: [["item", "category"], ["amount"]], or: [["item", "category"], ["quantity"]] },
  },
  priority: 2,
  read(spec, env): CompositionTable {
    const { lines, totals, end } = readComposition(spec, env);
    const t: CompositionTable = { ...env.base(spec.picked ? spec.limit : end), kind: "composition", lines, totals };
    const approved = spec.context.approvedBudget;
    if (approved) t.approvedBudget = approved;
    return t;
  },
  // No money but zeros (中央补助安排 | 0 on a form's head row) is no money either.
  empty: (t) => !t.lines.some((l) => money(l.amount) || money(l.unitAmount) || money(l.quantity) || someMoney(l.parts)) && !t.totals.some((x) => money(x.amount) || someMoney(x.parts)),
  check: (t, env) => checkComposition(t, env.settings),
  rules: COMPOSITION_RULES,
};
