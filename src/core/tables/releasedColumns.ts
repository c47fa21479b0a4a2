/**
 * Money released in steps (FieldDef.released): a year's money followed by what was released of it in advance the year
 * before and what was actually released this year (2017年补助金额 | 2016年提前下达 | 2017年实际下达). Each release is
 * headed by its year; two or more of them right after the money are all of it, row by row.
 */
import type { Cell } from "../grid";
import type { AnyKind } from "../kinds/index";
import type { FieldDef } from "../kinds/define";
import type { ColumnRead } from "./base";
import { valueFit } from "./fit";
import { type ColumnLabels, labelKey, leafOf } from "./headerLabels";

/** After the release word, only the word for money or a figure (提前下达资金, 实际下达数). */
const AFTER_RELEASE = /^(资金|金额|数|额)?$/;

export function releasesOfWhole(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: { values: Cell[][] }): void {
  for (const [field, def] of Object.entries(kind.fields) as [string, FieldDef][]) {
    const words = def.released;
    if (!words) continue;
    // A release: its heading a year and one of the words, its cells money, not yet read as another field.
    const release = (j: number): boolean => {
      const leaf = leafOf(labels[j]);
      const col = columns[j];
      if (!leaf || !labels[j].levels.some((l) => l.h.year !== undefined)) return false;
      if (col.field !== null && col.field !== field) return false;
      const key = leaf.h.key;
      if (!words.some((w) => key.startsWith(w) && AFTER_RELEASE.test(key.slice(w.length)))) return false;
      const fit = valueFit("amount", sample.values[j]);
      return fit !== null && fit >= 0.6;
    };
    for (let i = 0; i < columns.length; i++) {
      const whole = columns[i];
      if (whole.field !== field || whole.part || whole.aside || whole.manual) continue;
      let end = i + 1;
      while (end < columns.length && columns[end].col === whole.col + (end - i) && !columns[end].manual && release(end)) end++;
      if (end - i - 1 < 2) continue;
      for (let j = i + 1; j < end; j++) {
        const c = columns[j];
        c.field = field as ColumnRead["field"];
        c.part = { of: whole.col, exhaustive: true };
        delete c.aside;
        delete c.group;
        c.evidence ??= { key: labelKey(labels[j]), word: leafOf(labels[j])?.raw ?? null, how: "part", score: 0, fit: null };
      }
      i = end - 1;
    }
  }
}
