/**
 * Settling columns once the header is read: a column of row numbers left unread is the 序号 (a
 * merged 政策类 over `1 | 支持企业…` gives the name to the name column, the number to 序号);
 * the user's letter → field corrections.
 */
import { isBlank } from "../grid";
import { fieldsOf, type Field } from "../kinds/index";
import { classifyRow, isNumbering } from "./rows";
import type { TableSpec } from "./spec";

const SAMPLE_ROWS = 30;

/** Does the column hold only row numbers (1, 2, `3.`) in the first data rows? */
function numberingColumn(spec: TableSpec, col: number): boolean {
  let seen = 0;
  let r = spec.headerTop + spec.headerRows;
  for (let n = 0; n < SAMPLE_ROWS * 2 && r <= spec.limit && seen < SAMPLE_ROWS; n++, r++) {
    const cls = classifyRow(spec.reader, r, spec.c0, spec.c1);
    if (cls.kind === "note") break;
    if (cls.kind !== "data") continue;
    const v = spec.reader.raw(r, col);
    if (isBlank(v)) continue;
    if (!isNumbering(v)) return false;
    seen++;
  }
  return seen > 0;
}

/**
 * The table's first column, unread, holding row numbers under a heading that named a field taken
 * by the column beside it (a merged 政策类 over `1 | 支持企业…`), is the 序号.
 */
export function settleNumbering(spec: TableSpec): void {
  if (!fieldsOf(spec.kind).includes("seq")) return;
  if (spec.columns.some((c) => c.field === "seq")) return;
  const c = spec.columns[0];
  if (!c || c.field !== null || c.header === "") return;
  if (numberingColumn(spec, c.col)) {
    c.field = "seq";
    delete c.unit;
    c.evidence = { key: c.header, word: null, how: "values", score: 0, fit: 1 };
  }
}

/** Column letters → sheet column; throws a clear error for a key that is no column letter. */
export function mappedColumns(columns: Record<string, Field | null>, where: string): Map<number, Field | null> {
  const out = new Map<number, Field | null>();
  for (const [letters, field] of Object.entries(columns)) {
    const m = /^\s*([A-Za-z]{1,3})\s*$/.exec(letters);
    if (!m) throw new Error(`Column mapping on ${where}: "${letters}" is not a column letter.`);
    let col = 0;
    for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
    out.set(col - 1, field);
  }
  return out;
}

/** Can this table take these fields? (A register has no `quantity`.) */
export function acceptsFields(spec: TableSpec, fields: Iterable<Field | null>): boolean {
  const allowed = new Set<Field>(fieldsOf(spec.kind));
  for (const f of fields) if (f !== null && !allowed.has(f)) return false;
  return true;
}

/** Applies letter → field corrections to the columns they name; a column stays once per field. */
export function applyColumns(spec: TableSpec, map: Map<number, Field | null>): void {
  for (const [col, field] of map) {
    const c = spec.columns[col - spec.c0];
    if (!c) continue;
    if (field !== null) {
      // The field moves here: a column that had it by detection gives it up (same year group).
      for (const other of spec.columns) {
        if (other !== c && other.field === field && !other.manual && other.year === c.year && !other.part) other.field = null;
      }
    }
    c.field = field;
    delete c.part;
    delete c.within;
    delete c.nameOf;
    c.manual = true;
    c.evidence = { key: c.header, word: null, how: "manual", score: 1, fit: null };
  }
  // A lower level of a place (县（市、区） beside 设区市) whose upper column the user read otherwise stands alone.
  for (const c of spec.columns) if (c.within !== undefined && spec.columns[c.within - spec.c0]?.field !== c.field) delete c.within;
  // So does a name under its kind whose first column the user read otherwise.
  for (const c of spec.columns) if (c.nameOf !== undefined && spec.columns[c.nameOf - spec.c0]?.field !== c.field) delete c.nameOf;
  spec.manual = true;
}
