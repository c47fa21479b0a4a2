import { isBlank } from "../grid";
import type { AnyKind, Field } from "../kinds/index";
import type { FieldDef } from "../kinds/define";
import { lastLevel, type ColumnRead } from "./base";
import { type ColumnLabels, cellText, labelKey } from "./headerLabels";

type Sample = { values: import("../grid").Cell[][] };

/** Separators between the levels a heading joins (乡镇、村, 乡镇/村, 镇（村）, 县及乡). */
const JOIN = /[、，,\/／（）()\s和及与]+/;

/** The heading names two levels of place or more: every part a level's word, parts of two levels. */
function joinsLevels(levels: readonly (readonly string[])[], header: string): boolean {
  const parts = lastLevel(header).split(JOIN).filter((p) => p !== "");
  if (parts.length < 2) return false;
  const of = parts.map((p) => levels.findIndex((l) => l.includes(p)));
  return of.every((l) => l >= 0) && new Set(of).size >= 2;
}

/**
 * A heading joining two levels of place (乡镇、村, 县、乡, 镇（村）, 乡镇/村) over cells each naming a place whole (某镇某村,
 * each ending in a level's word), all apart, no figure among them, left of the money: the places are the lines. The column
 * read as the line right of the money (建设项目 修复拦水坝…) says what each place does with its money, no line of its own;
 * one left of the money (乡镇、村 | 项目名称 | 金额) keeps the lines. A heading of one level (村, 县（市、区）) is left to the
 * readings of places over lines (placeOverLine).
 */
export function joinedPlacesAsLine(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: Sample): void {
  const fields = kind.fields as Record<string, FieldDef>;
  for (const [field, def] of Object.entries(kind.fields) as [Field, FieldDef][]) {
    const levels = def.over?.levels;
    if (!levels) continue;
    const line = def.over?.field as Field;
    const firstFigure = columns.findIndex((c) => c.field !== null && fields[c.field]?.value === "amount");
    if (firstFigure < 0) continue;
    const lines = columns.flatMap((c, j) => (c.field === line ? [j] : []));
    if (lines.length > 1 || (lines.length === 1 && lines[0] < firstFigure)) continue;
    const ends = levels.flat();
    const whole = (j: number) => {
      const filled = sample.values[j].filter((v) => !isBlank(v));
      if (filled.length < 2 || filled.some((v) => typeof v !== "string" || /\d/.test(v))) return false;
      const names = filled.map(cellText);
      return new Set(names).size === names.length && names.every((n) => ends.some((w) => n.endsWith(w)));
    };
    const at = columns.findIndex(
      (c, j) => j < firstFigure && (c.field === null || c.field === field) && !c.part && !c.manual && joinsLevels(levels, c.header) && whole(j),
    );
    if (at < 0) continue;
    for (const j of lines) {
      columns[j].field = null;
      delete columns[j].evidence;
    }
    columns[at].field = line;
    columns[at].evidence = { key: labelKey(labels[at]), word: null, how: "values", score: 0.2, fit: null };
  }
}
