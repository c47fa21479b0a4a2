/**
 * The figure a rate names as its base (FieldDef.namedByRate): 占预计数% is a share of the column headed
 * …预计数, whatever other words that heading holds (省级核定支出预计数 reads as 支出).
 */
import type { Cell } from "../grid";
import type { AnyKind, Field } from "../kinds/index";
import type { FieldDef } from "../kinds/define";
import type { ColumnRead } from "./base";
import { valueFit } from "./fit";
import { type ColumnLabels, leafOf, labelKey, round } from "./headerLabels";

/** Whether `key` holds one of `words` after one of `marks` (占预计数%, not 预计支出数为预算%). */
function namesBase(key: string, words: readonly string[], marks: readonly string[]): string | null {
  for (const m of marks) {
    const at = key.indexOf(m);
    if (at < 0) continue;
    const w = words.find((x) => key.indexOf(x, at + m.length) >= 0);
    if (w) return w;
  }
  return null;
}

export function namedByRate(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: { values: Cell[][]; formats?: (string | null)[][] }): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.namedByRate;
    if (!rule || columns.some((c) => c.field === field && !c.part)) continue;
    const rate = columns.findIndex((c) => c.field === rule.rate && !c.part);
    if (rate < 0) continue;
    const word = namesBase(leafOf(labels[rate])?.h.key ?? "", rule.words, rule.marks);
    if (!word) continue;
    const i = columns.findIndex((c, j) => {
      if (j === rate || c.group !== columns[rate].group || (c.field !== null && !rule.from.includes(c.field))) return false;
      const key = leafOf(labels[j])?.h.key ?? "";
      return rule.words.some((w) => key.includes(w)) && !rule.not.some((w) => key.includes(w));
    });
    if (i < 0) continue;
    const fit = valueFit(def.value, sample.values[i], sample.formats?.[i]);
    if (fit === null || fit < 0.8) continue;
    const to = columns[i];
    // Columns read as parts of it were parts of the spending: the first of them now holds it.
    const parts = columns.filter((c) => c.part?.of === to.col);
    if (!to.part && parts.length > 0) {
      delete parts[0].part;
      for (const p of parts.slice(1)) p.part = { of: parts[0].col, exhaustive: p.part?.exhaustive ?? false };
    }
    to.field = field;
    delete to.part;
    to.evidence = { key: labelKey(labels[i]), word, how: "contains", score: 0.6, fit: round(fit) };
  }
}
