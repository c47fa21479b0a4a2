/** A composition by year: a column of years naming the lines of money shared among its sources (FieldDef.yearsAsLines). */
import { isBlank, type Cell } from "../grid";
import type { AnyKind, Field } from "../kinds/index";
import type { FieldDef } from "../kinds/define";
import type { ColumnRead } from "./base";
import { type ColumnLabels, TOTAL_LABEL, cellText, labelKey } from "./headerLabels";

/** A year as a line's name: 2021, 2021年, 2021年度. */
const YEAR = /^(19|20)\d{2}(年度?)?$/;

/**
 * An unread column headed by one of a field's `yearsAsLines` left of the money, every value a year (a total label
 * aside), the years distinct, and a money column read as a total over exhaustive parts (合计 | 其中 中央 | 省级): the
 * years are the lines. Returns the evidence it adds (the years are no words a heading lent), 0 when nothing moved.
 */
export function yearsAsLines(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: { values: Cell[][] }): number {
  const fields = kind.fields as Record<string, FieldDef>;
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const heads = def.yearsAsLines;
    if (!heads || columns.some((c) => c.field === field)) continue;
    const firstFigure = columns.findIndex((c) => c.field !== null && fields[c.field]?.value === "amount");
    if (firstFigure < 0) continue;
    // The money by year must be shared among sources, all of it: a total column with its exhaustive parts.
    if (!columns.some((c) => c.part?.exhaustive && columns.some((t) => t.col === c.part?.of && !t.part))) continue;
    const i = columns.findIndex((c, j) => j < firstFigure && c.field === null && heads.includes(labelKey(labels[j])));
    if (i < 0) continue;
    const texts = sample.values[i].filter((v) => !isBlank(v)).map((v) => cellText(v).replace(/\s+/g, ""));
    const years = texts.filter((t) => YEAR.test(t));
    if (years.length < 2 || new Set(years).size !== years.length || texts.some((t) => !YEAR.test(t) && !TOTAL_LABEL.test(t))) continue;
    columns[i].field = field;
    columns[i].evidence = { key: labelKey(labels[i]), word: null, how: "values", score: 0.5, fit: null };
    return 0.5;
  }
  return 0;
}
