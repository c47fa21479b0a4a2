/**
 * Measures named under a heading of their content (支持内容 | 扶持标准): FieldDef.contentBesideStandard.
 */
import { isBlank } from "../grid";
import type { AnyKind, Field } from "../kinds/index";
import type { FieldDef } from "../kinds/define";
import { meanLength, type ColumnRead } from "./base";
import { type ColumnLabels, cellText, labelKey } from "./headerLabels";
import { textsOf } from "./groupColumns";

type Sample = { values: import("../grid").Cell[][] };

/**
 * A column headed as a measure's content (支持内容, 扶持内容) just left of one headed as its standard (扶持标准),
 * no column read as this field: both headings name the standard, but the left one's short texts, each row its own,
 * name the measures while the right one states them in prose (at least twice as long on average). The left column
 * is this field, the right the standard. A content column alone (支持内容 给予…30%的资金支持) stays the standard.
 * So is a column headed by the kind of support or the rule's name (奖补方式 投资补助, 实施细则), unread, each row its own.
 */
export function contentBesideStandard(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: Sample): void {
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const rule = def.contentBesideStandard;
    if (!rule || columns.some((c) => c.field === field)) continue;
    const named = (j: number) => !!rule.named?.includes(labelKey(labels[j]));
    const ni = columns.findIndex((c, j) => !c.part && !c.manual && (rule.contents.includes(labelKey(labels[j])) || (c.field === null && named(j))));
    if (ni < 0) continue;
    // Whom each is for (适用对象) may stand between the name and its standard; named before it, each row apart, they are the items.
    if (named(ni) && columns.some((c, j) => j < ni && c.field === rule.between && distinctTexts(sample.values[j]))) continue;
    const si = ni + (rule.between && columns[ni + 1]?.field === rule.between ? 2 : 1);
    if (si >= columns.length || columns[si].part || columns[si].manual) continue;
    if (!rule.standards.some((w) => labelKey(labels[si]).endsWith(w))) continue;
    const std = rule.field as Field;
    if (columns[ni].field !== std && columns[si].field !== std) continue;
    if (columns[ni].field !== std && columns[ni].field !== null) continue;
    if (columns[si].field !== std && columns[si].field !== null) continue;
    const filled = sample.values[ni].filter((v) => !isBlank(v));
    if (filled.length < 2 || filled.some((v) => typeof v !== "string")) continue;
    const names = filled.map(cellText);
    const stated = textsOf(sample, si);
    if (!distinctTexts(filled) || stated.length === 0) continue;
    // A kind of support or a rule's name (奖补方式, 实施细则) never states the standard: its texts need only be no longer.
    if (meanLength(stated) < (named(ni) ? 1 : 2) * meanLength(names)) continue;
    const evidence = columns[ni].evidence ?? columns[si].evidence;
    columns[ni].field = field;
    columns[ni].evidence = { key: labelKey(labels[ni]), word: null, how: "values", score: 0.2, fit: null };
    columns[si].field = std;
    columns[si].evidence = evidence
      ? { ...evidence, key: labelKey(labels[si]) }
      : { key: labelKey(labels[si]), word: null, how: "values", score: 0.2, fit: null };
  }
}

/** Two or more filled texts, each row its own. */
function distinctTexts(values: import("../grid").Cell[]): boolean {
  const filled = values.filter((v) => !isBlank(v));
  return filled.length >= 2 && filled.every((v) => typeof v === "string") && new Set(filled.map(cellText)).size === filled.length;
}
