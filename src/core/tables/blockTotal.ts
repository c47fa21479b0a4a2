/**
 * A row total after money blocks that each follow a count (`C级 | 中央资金 | D级 | 补助资金` over 中央资金 | 区级配套 | 小计,
 * then `应付补助资金合计`): each block is a count and its money, one column or a merged heading over money with its own
 * 小计; the last column, a money total of no heading above it, sums each block's money. Without this the first
 * block's money is read as the main amount and every later money column (the other block's 小计, the row total) as its
 * 其中 parts. Each block's money becomes a group named by its count's heading, so the total is a row total after groups.
 */
import type { Cell } from "../grid";
import type { AnyKind, Field } from "../kinds/index";
import type { FieldDef } from "../kinds/define";
import type { ColumnRead } from "./base";
import { valueFit } from "./fit";
import { type ColumnLabels, TOTAL_COLUMN, TOTAL_LABEL, leafOf, parentOf } from "./headerLabels";
import { figureOf } from "./partColumns";

export function rowTotalOfBlocks(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: { values: Cell[][] }): void {
  const def = (f: Field | null) => (f ? (kind.fields[f as keyof typeof kind.fields] as FieldDef | undefined) : undefined);
  const money = (j: number) => def(columns[j].field)?.value === "amount";
  const last = columns.length - 1;
  const lastLeaf = last >= 0 ? leafOf(labels[last]) : null;
  if (!lastLeaf || !money(last) || parentOf(labels[last], lastLeaf) || columns[last].group || columns[last].aside) return;
  if (!TOTAL_COLUMN.test(lastLeaf.h.key) || TOTAL_LABEL.test(lastLeaf.h.key)) return;
  // A count: no money, whole numbers (or blanks) in the sample.
  const count = (j: number) => {
    const d = def(columns[j].field);
    if (columns[j].part || (d && d.value !== "count") || leafOf(labels[j]) === null) return false;
    const fit = valueFit("count", sample.values[j]);
    return fit !== null && fit >= 0.6 && sample.values[j].every((v) => figureOf(v) === null || Number.isInteger(figureOf(v)));
  };
  const groupOf = (j: number) => {
    const leaf = leafOf(labels[j]);
    return leaf ? (parentOf(labels[j], leaf)?.group ?? null) : null;
  };
  const blocks: { name: string; whole: number }[] = [];
  /** A block's money under its heading beside its 小计: the 小计's parts. */
  const parts: { part: number; whole: number }[] = [];
  let j = 0;
  while (j < last && !money(j)) j++;
  // Every money column before the total lies in a block, each right after its count.
  while (j < last) {
    if (j === 0 || !count(j - 1)) return;
    const g = groupOf(j);
    if (!g) {
      if (!money(j)) return;
      blocks.push({ name: leafOf(labels[j - 1])?.raw ?? "", whole: j });
      j++;
    } else {
      const members = columns.flatMap((x, k) => (x.col >= g.c0 && x.col <= g.c1 ? [k] : []));
      if (members[0] !== j || members.length !== g.c1 - g.c0 + 1 || members.length < 2 || !members.every(money)) return;
      const totals = members.filter((k) => TOTAL_LABEL.test(leafOf(labels[k])?.h.key ?? ""));
      if (totals.length !== 1) return;
      blocks.push({ name: leafOf(labels[j - 1])?.raw ?? "", whole: totals[0] });
      parts.push(...members.filter((k) => k !== totals[0]).map((k) => ({ part: k, whole: totals[0] })));
      j = members[members.length - 1] + 1;
    }
    // The next block's count, then its money.
    if (j < last && !money(j)) j++;
  }
  if (blocks.length < 2 || new Set(blocks.map((b) => b.name)).size !== blocks.length) return;
  // The figures agree: on most sample rows the total is the blocks' money (two rows at least).
  let rows = 0;
  let agree = 0;
  sample.values[last].forEach((v, r) => {
    const total = figureOf(v);
    const own = blocks.map((b) => figureOf(sample.values[b.whole][r]));
    if (total === null || own.some((p) => p === null)) return;
    rows++;
    const sum = own.reduce((s: number, p) => s + (p as number), 0);
    if (Math.abs(total - sum) <= Math.max(Math.abs(total) * 0.0005, 0.005)) agree++;
  });
  if (agree < 2 || agree * 2 <= rows) return;
  for (const b of blocks) {
    const c = columns[b.whole];
    if (c.part) delete c.part;
    c.group = b.name;
  }
  for (const p of parts) columns[p.part].part = { of: columns[p.whole].col, exhaustive: true };
  delete columns[last].part;
}
