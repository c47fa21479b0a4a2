/**
 * Money stated beside how it was reached (FieldDef.adjusted): under one heading, the actual money (实际安排) with the
 * plan (计划安排) and its reward and deduction (奖励数 | 扣减数). Only the actual is the heading's share of a total; the
 * rest are further columns of their own, their totals checked down, never added across.
 */
import type { AnyKind } from "../kinds/index";
import type { FieldDef } from "../kinds/define";
import { lastLevel, type ColumnRead } from "./base";

export function adjustmentsApart(kind: AnyKind, columns: ColumnRead[]): void {
  for (const [field, def] of Object.entries(kind.fields) as [string, FieldDef][]) {
    const words = def.adjusted;
    if (!words) continue;
    const byHeading = new Map<string, ColumnRead[]>();
    for (const c of columns) {
      if (c.field !== field || !c.header.includes(" / ")) continue;
      const heading = c.header.slice(0, c.header.lastIndexOf(" / "));
      byHeading.set(heading, [...(byHeading.get(heading) ?? []), c]);
    }
    for (const [heading, own] of byHeading) {
      const has = (c: ColumnRead, list: readonly string[]) => list.some((w) => lastLevel(c.header).includes(w));
      // Both the actual and the plan named: a reward alone (补助 | 奖励) is a part like any other.
      if (!own.some((c) => has(c, words.actual)) || !own.some((c) => has(c, words.plan))) continue;
      for (const c of own) {
        if (has(c, words.actual) || !(has(c, words.plan) || has(c, words.adjust))) continue;
        delete c.part;
        c.aside = true;
        c.group = `${heading}${lastLevel(c.header)}`;
      }
    }
  }
}
