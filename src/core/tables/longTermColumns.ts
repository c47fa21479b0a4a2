/**
 * A form stating its indicators for the long term and for the year side by side (三级指标（长期）|
 * 指标值（长期）| 三级指标（年度）| 指标值（年度）, or 长期指标 and 年度指标 each over its own columns): the
 * year's are what the year is held to. A long-term column's scores for a field the year's columns
 * also score are dropped before the best-first assignment, which would otherwise give the field to the
 * long-term column (the first, and a blank one outscores figures for a text field). Alone, a long-term
 * column keeps its reading.
 */
import { type ColumnLabels, type Scored } from "./headerLabels";

const LONG_TERM = /长期/;
const YEAR = /年度|当年|本年/;

/** Removes from `all` a long-term column's scores for each field a year's column scores too. */
export function longTermApart(labels: readonly ColumnLabels[], all: Scored[]): void {
  const horizon = new Map<number, "long" | "year">();
  for (const cl of labels) {
    const words = cl.levels.map((l) => l.raw).join("|");
    const long = LONG_TERM.test(words);
    const year = YEAR.test(words);
    if (long !== year) horizon.set(cl.col, long ? "long" : "year");
  }
  if (horizon.size < 2) return;
  const yearFields = new Set<string>();
  for (const s of all) if (horizon.get(s.col) === "year") yearFields.add(s.field);
  if (yearFields.size === 0) return;
  let k = 0;
  for (const s of all) if (!(horizon.get(s.col) === "long" && yearFields.has(s.field))) all[k++] = s;
  all.length = k;
}
