/**
 * Settling which column holds which field once the header is known: one merged header over a
 * number column and a name column (政策类 over `1 | 支持企业…`), duplicate headers, and the
 * user's letter → field corrections.
 */
import { isBlank } from "../grid";
import type { TableSpec } from "./header";
import { classifyRow, isNumbering } from "./rows";
import type { ColumnRead, Field } from "./types";
import { fieldsOf } from "./vocabulary";

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
 * When several columns read as one field (for the same year), a numbering column among them is
 * the 序号 and the first other one keeps the field; the rest are left unread.
 */
export function resolveDuplicates(spec: TableSpec): void {
  const groups = new Map<string, ColumnRead[]>();
  for (const c of spec.columns) {
    if (!c.field) continue;
    const key = `${c.field}|${c.year ?? ""}`;
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  const hasSeq = spec.columns.some((c) => c.field === "seq");
  let seqTaken = hasSeq;
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    let kept = false;
    for (const c of group) {
      if (!seqTaken && c.field !== "seq" && numberingColumn(spec, c.col)) {
        c.field = "seq";
        delete c.unit;
        seqTaken = true;
        continue;
      }
      if (kept) c.field = null;
      kept = true;
    }
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
  const allowed = new Set(fieldsOf(spec.kind));
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
        if (other !== c && other.field === field && !other.manual && other.year === c.year) other.field = null;
      }
    }
    c.field = field;
    c.manual = true;
  }
  spec.manual = true;
}
