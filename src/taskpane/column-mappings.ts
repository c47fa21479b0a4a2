/**
 * The user's corrections to table recognition: a column read as another field, or a range picked
 * by hand. Kept as ColumnMapping[] in the workbook (document setting SETTING_KEYS.mappings) and handed
 * to audit({ mappings }). Pure functions: each returns a new list.
 */
import { columnLetters, parseRangeA1, rangeA1 } from "../core/grid";
import type { ColumnMapping, RecognisedTable } from "../core/tables/types";
import { TABLE_KINDS, fieldsOf, type Field, type TableKind } from "../core/kinds/index";

/** The fields a column of each kind of table can be read as: the kinds' own field lists. */
export const FIELDS_BY_KIND: Record<TableKind, readonly Field[]> = Object.fromEntries(
  TABLE_KINDS.map((k) => [k, fieldsOf(k)]),
) as unknown as Record<TableKind, readonly Field[]>;

/** The picked-range mapping a table came from, if the user picked it. */
function pickedFor(mappings: readonly ColumnMapping[], table: RecognisedTable): number {
  return mappings.findIndex((m) => {
    if (m.sheet !== table.sheet || !m.range) return false;
    const r = parseRangeA1(m.range);
    return !!r && r.r0 === table.range.r0 && r.c0 === table.range.c0;
  });
}

/** Reads column `col` of `table` as `field` (null: not used). */
export function setColumnField(
  mappings: readonly ColumnMapping[],
  table: RecognisedTable,
  col: number,
  field: Field | null
): ColumnMapping[] {
  const letter = columnLetters(col);
  const out = mappings.map((m) => ({ ...m, columns: { ...m.columns } }));
  let at = pickedFor(out, table);
  // A detected table's corrections live in the sheet's mapping without a range.
  if (at < 0) at = out.findIndex((m) => m.sheet === table.sheet && !m.range);
  if (at < 0) {
    out.push({ sheet: table.sheet, columns: {} });
    at = out.length - 1;
  }
  out[at].columns[letter] = field;
  return out;
}

export interface PickedRange {
  sheet: string;
  range: string;
  kind: TableKind;
  headerRows: number;
}

/** The range normalised for storage ("b3 : h40" → "B3:H40"); null when it is not a range. */
export function normaliseRange(text: string): string | null {
  const r = parseRangeA1(text.replace(/\s+/g, ""));
  return r && (r.r1 > r.r0 || r.c1 > r.c0) ? rangeA1(r) : null;
}

/** Adds (or replaces, for the same sheet and range) a range picked by hand. */
export function addPickedRange(mappings: readonly ColumnMapping[], p: PickedRange): ColumnMapping[] {
  const kept = mappings.filter((m) => !(m.sheet === p.sheet && m.range === p.range));
  return [...kept, { sheet: p.sheet, range: p.range, kind: p.kind, headerRows: p.headerRows, columns: {} }];
}

export function removeMapping(mappings: readonly ColumnMapping[], index: number): ColumnMapping[] {
  return mappings.filter((_, i) => i !== index);
}
