/**
 * One row of figures across laid as pairs per line (合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 |
 * 运行费) | 公务接待费, a 预算数 | 决算数 pair under each): the field word is each column's last heading, the line
 * above it. Read field by field, the 合计's pair is the whole and every other line's the parts, a 小计 the whole of
 * the lines beside it under one heading — as blocks of 预算数 | 决算数 (each a 合计 and its lines) are read already.
 * The lines' headings made each pair a group of its own (as sources of funds are): no longer.
 * A column of the field outside the lines' heading (机关运行经费决算数 beside the 三公 lines) is set aside.
 */
import type { Cell } from "../grid";
import type { AnyKind, Field } from "../kinds/index";
import type { FieldDef } from "../kinds/define";
import type { ColumnRead } from "./base";
import { type ColumnLabels, TOTAL_LABEL, leafOf } from "./headerLabels";

/** The headings over a column's field word, top to bottom (its own lines' path). */
function path(cl: ColumnLabels): string[] | null {
  const leaf = leafOf(cl);
  if (!leaf) return null;
  const i = cl.levels.indexOf(leaf);
  return cl.levels.slice(0, i).filter((l) => !l.h.yearOnly && l.h.key !== "").map((l) => l.h.key);
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function pairsAcross(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: { values: Cell[][] }): void {
  if (sample.values.length === 0 || sample.values[0].length !== 1) return;
  const money = (f: Field | null) => !!f && (kind.fields[f as keyof typeof kind.fields] as FieldDef | undefined)?.value === "amount";
  // Pairs: at least two money fields, each under the same lines (the field word last).
  const fields = [...new Set(columns.filter((c) => money(c.field)).map((c) => c.field as Field))];
  if (fields.length < 2 || columns.some((c) => c.part)) return;
  const paths = labels.map(path);
  const plan: { j: number; whole: number }[] = [];
  const asideCols: number[] = [];
  for (const field of fields) {
    const own = columns.flatMap((c, j) => (c.field === field ? [j] : []));
    // The 合计: its line a total word, the shallowest such.
    const totals = own.filter((j) => {
      const p = paths[j];
      return !!p && p.length > 0 && TOTAL_LABEL.test(p[p.length - 1]);
    });
    if (totals.length === 0) return;
    const top = totals.reduce((a, b) => ((paths[a] as string[]).length <= (paths[b] as string[]).length ? a : b));
    const prefix = (paths[top] as string[]).slice(0, -1);
    const d = prefix.length;
    let parts = 0;
    for (const j of own) {
      if (j === top) continue;
      const p = paths[j];
      if (!p || p.length <= d || !same(p.slice(0, d), prefix)) {
        // Outside the lines' heading: a figure of its own.
        if (d > 0 && p && p.length < d) {
          asideCols.push(j);
          continue;
        }
        return;
      }
      const rest = p.slice(d);
      if (TOTAL_LABEL.test(rest[0]) || rest.length > 2) return;
      let whole = top;
      if (rest.length === 2 && !TOTAL_LABEL.test(rest[1])) {
        const sub = own.find((k) => k !== j && same(paths[k] ?? [], [...prefix, rest[0], paths[k]?.[d + 1] ?? ""]) && TOTAL_LABEL.test(paths[k]?.[d + 1] ?? ""));
        if (sub !== undefined) whole = sub;
      }
      plan.push({ j, whole });
      if (whole === top) parts++;
    }
    if (parts < 2) return;
  }
  // The lines are parts of one figure, no sources of funds each a group of its own.
  for (const { j, whole } of plan) {
    columns[j].part = { of: columns[whole].col, exhaustive: true };
    delete columns[j].group;
    delete columns[whole].group;
  }
  for (const j of asideCols) {
    columns[j].aside = true;
    columns[j].group = leafOf(labels[j])?.raw ?? columns[j].header;
  }
}
