/**
 * A project's whole life measured beside its year (FieldDef.lifetime): 总投资 | 累计完成投资 | 占项目总投资%
 * beside 年度投资计划 | 完成年度投资 | 占年度投资计划%. Spending is measured against the year's plan, so the
 * whole life's completion and its share are no reading of the year's field: their scores are dropped before
 * the best-first assignment, which would otherwise give the year's actual to the cumulative figure (the
 * strongest heading) and its rate to the whole life's share (the first).
 */
import type { AnyKind, Field } from "../kinds/index";
import type { FieldDef } from "../kinds/define";
import { type ColumnLabels, type Scored, labelKey } from "./headerLabels";

const FIGURES = new Set(["amount", "rate", "share"]);

/** Removes from `all` the scores of every column of a whole life's measures (the whole and its figures). */
export function lifetimeApart(kind: AnyKind, labels: readonly ColumnLabels[], all: Scored[]): void {
  const fields = kind.fields as Record<string, FieldDef>;
  const byCol = new Map<number, Set<Field>>();
  for (const s of all) {
    let set = byCol.get(s.col);
    if (!set) byCol.set(s.col, (set = new Set()));
    set.add(s.field);
  }
  const scores = (i: number, f: string) => !!byCol.get(labels[i].col)?.has(f as Field);
  const figure = (i: number) => [...(byCol.get(labels[i].col) ?? [])].some((f) => FIGURES.has(fields[f]?.value as string));
  const drop = new Set<number>();
  for (const [field, def] of Object.entries(fields)) {
    const life = def.lifetime;
    if (!life) continue;
    const w = labels.findIndex((cl) => life.whole.includes(labelKey(cl)));
    if (w < 0) continue;
    // The whole's figures: the columns right of it, up to the year's plan or the first that holds no figure.
    let end = w + 1;
    while (end < labels.length && figure(end) && !scores(end, life.year)) end++;
    let inside = false;
    for (let i = w + 1; i < end; i++) inside ||= scores(i, field);
    if (!inside) continue;
    let yearPlan = false;
    let outside = false;
    labels.forEach((_, i) => {
      if (i >= w && i < end) return;
      yearPlan ||= scores(i, life.year);
      outside ||= scores(i, field);
    });
    if (!yearPlan || !outside) continue;
    for (let i = w; i < end; i++) drop.add(labels[i].col);
  }
  if (drop.size === 0) return;
  let k = 0;
  for (const s of all) if (!drop.has(s.col)) all[k++] = s;
  all.length = k;
}
