/**
 * Counts by grade under a merged heading stating what they count (`居民类别（人）` over 一二级 | 三四级 | 总计), then the
 * money by the same grades under another merged heading ending in its total (`发放金额` over 一二级… | 三四级… | 总合计).
 * The bracket makes the counts counts, whatever their leaves name: the first is the line's quantity, the total among
 * them their own (settleMeasureParts). The money before the total is one column per grade, as the counts are, so each
 * is a group of its own and the total a row total after groups: the first grade's money stays the main amount (the
 * money its count is paid), and the total is checked against every grade's money, row by row and at its foot.
 */
import type { Cell } from "../grid";
import type { AnyKind, Field } from "../kinds/index";
import type { FieldDef } from "../kinds/define";
import type { ColumnRead } from "./base";
import { valueFit } from "./fit";
import { type ColumnLabels, TOTAL_COLUMN, TOTAL_LABEL, leafOf, parentOf } from "./headerLabels";
import { figureOf } from "./partColumns";

/** Things counted one by one (people, households, firms): a head count, never an area or a weight. */
const COUNTED = /^(人|户|家|个|名|人次|户次|所|处|座|台|套|辆|只|头)$/;

export function countedGrades(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: { values: Cell[][] }): void {
  const def = (f: Field | null) => (f ? (kind.fields[f as keyof typeof kind.fields] as FieldDef | undefined) : undefined);
  // The count a line's money is paid per (a composition's quantity).
  const countField = (Object.entries(kind.fields) as [Field, FieldDef][]).find(([, d]) => d.value === "count" && !!d.priced)?.[0];
  if (!countField) return;
  const money = (j: number) => def(columns[j].field)?.value === "amount";
  const heading = (j: number) => {
    const leaf = leafOf(labels[j]);
    const parent = leaf ? parentOf(labels[j], leaf) : null;
    return leaf && parent?.group ? { leaf, parent, group: parent.group } : null;
  };
  const under = (g: { c0: number; c1: number }) => columns.flatMap((x, k) => (x.col >= g.c0 && x.col <= g.c1 ? [k] : []));
  const whole = (j: number) => {
    const fit = valueFit("count", sample.values[j]);
    return fit !== null && fit >= 0.6 && sample.values[j].every((v) => figureOf(v) === null || Number.isInteger(figureOf(v)));
  };
  for (let j = 0; j < columns.length; j++) {
    const h = heading(j);
    if (!h || h.group.c0 !== columns[j].col || !COUNTED.test(h.parent.h.measure ?? "")) continue;
    const counts = under(h.group);
    if (counts.length !== h.group.c1 - h.group.c0 + 1 || counts.some((k) => money(k) || !whole(k))) continue;
    const grades = counts.filter((k) => !TOTAL_LABEL.test(leafOf(labels[k])?.h.key ?? ""));
    // The money right after, under its own heading: one column per grade, then their total.
    const m = counts[counts.length - 1] + 1;
    const mh = m < columns.length ? heading(m) : null;
    if (!mh || mh.group.c0 !== columns[m].col) continue;
    const cash = under(mh.group);
    const total = cash[cash.length - 1];
    const parts = cash.slice(0, -1);
    if (cash.length !== mh.group.c1 - mh.group.c0 + 1 || !cash.every(money) || !TOTAL_COLUMN.test(leafOf(labels[total])?.h.key ?? "")) continue;
    if (grades.length < 2 || parts.length !== grades.length || !parts.every((k) => columns[k].part?.of === columns[total].col)) continue;
    const first = columns[grades[0]];
    // A count read elsewhere (人数 beside the grades) is the quantity already: not these.
    if (columns.some((c) => c.field === countField && c !== first)) return;
    if (first.field !== countField) first.evidence = { key: leafOf(labels[grades[0]])?.h.key ?? "", word: h.parent.raw, how: "parent", score: 0, fit: null };
    first.field = countField;
    for (const k of parts) {
      delete columns[k].part;
      columns[k].group = leafOf(labels[k])?.raw ?? columns[k].header;
    }
    delete columns[total].part;
    delete columns[total].group;
    return;
  }
}
