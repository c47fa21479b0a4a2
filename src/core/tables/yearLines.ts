/** A composition by year: a column of years naming the lines of money shared among its sources (FieldDef.yearsAsLines). */
import { isBlank, type Cell } from "../grid";
import type { AnyKind, Field } from "../kinds/index";
import type { FieldDef } from "../kinds/define";
import type { ColumnRead } from "./base";
import { type ColumnLabels, TOTAL_COLUMN, TOTAL_LABEL, cellText, labelKey } from "./headerLabels";
import { valueFit } from "./fit";

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

/**
 * Years across the columns as bare headings (2014 | 2015 | 2016 | 2017年, no field named over them) right before a money
 * column headed as a total (合计, 2014-2017合计): each year's money is a part of that total, each foot checked. What the
 * run after the total was read as its parts (2010-2013合计, an earlier run of years; 近四年较前四年增加) is then no part:
 * a further total keeps its money as a column of its own, anything else is left unread.
 */
export function yearsAcross(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: { values: Cell[][] }): void {
  const fields = kind.fields as Record<string, FieldDef>;
  const bare = (i: number) => columns[i].field === null && labelKey(labels[i]) === "" && labels[i].levels.some((l) => l.h.yearOnly);
  for (let i = 0; i < columns.length; i++) {
    let j = i;
    while (j < columns.length && bare(j)) j++;
    const total = columns[j];
    const years = new Set(labels.slice(i, j).map((cl) => cl.levels.find((l) => l.h.yearOnly)?.h.year));
    const figures = sample.values.slice(i, j).every((v) => (valueFit("amount", v) ?? 0) >= 0.8);
    if (j - i < 2 || years.size !== j - i || !total?.field || fields[total.field]?.value !== "amount" || total.part || !TOTAL_COLUMN.test(labelKey(labels[j])) || !figures) {
      i = j;
      continue;
    }
    for (const c of columns) {
      if (c.part?.of !== total.col || !c.part.exhaustive || c.col < total.col) continue;
      delete c.part;
      if (TOTAL_COLUMN.test(labelKey(labels[columns.indexOf(c)]))) {
        c.aside = true;
        c.group = c.header;
      } else {
        c.field = null;
        delete c.evidence;
      }
    }
    for (let k = i; k < j; k++) {
      const col = columns[k];
      col.field = total.field;
      col.part = { of: total.col, exhaustive: true };
      col.evidence = { key: col.header, word: labels[j].levels[labels[j].levels.length - 1].raw, how: "part", score: 0, fit: null };
    }
    return;
  }
}
