/** The register kind: application registers and award lists (申报清单, 公示名单, 拟扶持名单). */
import { both } from "../../i18n/localised";
import type { KindDescriptor } from "../define";
import { checkCaps } from "./caps";
import { checkRegister } from "./check";
import { checkPayments } from "./money";
import { REGISTER_FIELDS, type RegisterField } from "./fields";
import { readRegister } from "./read";
import { withRows } from "./store";
import { REGISTER_RULES } from "./rules";
import type { RegisterTable } from "./types";

export const register: KindDescriptor<"register", RegisterTable, RegisterField, "caps"> = {
  kind: "register",
  label: both("申报清单", "Register"),
  group: "caps",
  groupLabel: both("上限核查", "Caps check"),
  fields: REGISTER_FIELDS,
  // Who is paid: an enterprise, or (in prepayment lists by town, 乡镇 | 合同造价 | 已预拨 | 本次预拨)
  // the payments themselves name a register whose rows are places.
  requires: [["enterprise", "creditCode", "paidBefore", "paidNow", "paidTotal"], ["item", "itemCode", "requested", "approved"]],
  priority: 0,
  read(spec, env): RegisterTable {
    const { end, store, ...read } = readRegister(spec, env);
    return withRows({ ...env.base(spec.picked ? spec.limit : end), kind: "register" as const, ...read, store });
  },
  check(t, env) {
    return [
      ...checkCaps(t, env.index, env.catalog.name, env.settings),
      ...checkRegister(t, env.index, env.settings, env.geography),
      ...checkPayments(t, env),
    ];
  },
  rules: REGISTER_RULES,
};
