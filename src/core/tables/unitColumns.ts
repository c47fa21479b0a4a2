/**
 * Money columns headed in different units (争取中央资金（亿元） beside 奖励资金（万元）): a total is
 * written in its parts' unit, so two such columns are different figures — the basis an award was
 * graded on and the award — never a whole and its part.
 */
import type { AnyKind } from "../kinds/index";
import type { FieldDef } from "../kinds/define";
import { lastLevel, type ColumnRead } from "./base";
import { type ColumnLabels, facts } from "./headerLabels";

/**
 * Each part read under a whole that `apart` says is another figure (its labels, the whole's, and the part) becomes a
 * further column of its own, checked on its own: only in a kind that checks a further column of a field on its own
 * (FieldDef.aside), and never a part of an exhaustive list.
 */
export function partsApart(
  kind: AnyKind,
  labels: ColumnLabels[],
  columns: ColumnRead[],
  c0: number,
  apart: (own: ColumnLabels, whole: ColumnLabels, part: ColumnRead) => boolean,
): void {
  for (const c of columns) {
    if (!c.part || c.part.exhaustive || !c.field || c.group !== undefined) continue;
    const def = kind.fields[c.field as keyof typeof kind.fields] as FieldDef | undefined;
    if (!def?.aside) continue;
    const whole = columns[c.part.of - c0];
    if (!whole || whole.field !== c.field || whole.group !== undefined) continue;
    if (!apart(labels[c.col - c0], labels[whole.col - c0], c)) continue;
    delete c.part;
    c.aside = true;
    c.group = lastLevel(c.header);
  }
}

/** The part read under a whole of another unit becomes a further column of its own, checked on its own. */
export function unitsApart(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], c0: number): void {
  partsApart(kind, labels, columns, c0, (ownLabels, wholeLabels) => {
    const own = facts(ownLabels);
    const unit = facts(wholeLabels).unit;
    // A part under 其中 is one whatever its unit.
    return !own.part && !!own.unit && !!unit && own.unit !== unit;
  });
}
