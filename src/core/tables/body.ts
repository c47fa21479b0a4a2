/**
 * Walking a table's body: from under the header to the last data or total row. Blank rows inside
 * are skipped; a note or another table's header ends the table; a repeat of the same header
 * (a page-break repeat pasted from a document) is skipped and the table goes on.
 */
import { isBlank } from "../grid";
import { detectHeader, type TableSpec } from "./header";
import { classifyRow, type RowClass } from "./rows";

export interface BodyRow {
  row: number;
  cls: RowClass & { kind: "data" | "total" };
}

export interface Body {
  rows: BodyRow[];
  /** Last row holding data or a total; the header's last row when there is none. */
  end: number;
}

/** Could this row be a header? Text only, at least two filled cells in the table's columns. */
function textOnlyRow(spec: TableSpec, row: number): boolean {
  let filled = 0;
  for (let c = spec.c0; c <= spec.c1; c++) {
    const v = spec.reader.raw(row, c);
    if (isBlank(v)) continue;
    if (typeof v !== "string") return false;
    filled++;
  }
  return filled >= 2;
}

export function sameColumns(a: TableSpec, b: TableSpec): boolean {
  if (a.kind !== b.kind || a.c0 !== b.c0 || a.c1 !== b.c1) return false;
  return a.columns.every((c, i) => c.field === b.columns[i].field && c.year === b.columns[i].year);
}

export function walkBody(spec: TableSpec): Body {
  const rows: BodyRow[] = [];
  let end = spec.headerTop + spec.headerRows - 1;
  for (let r = spec.headerTop + spec.headerRows; r <= spec.limit; r++) {
    const cls = classifyRow(spec.reader, r, spec.c0, spec.c1);
    if (cls.kind === "blank") continue;
    if (cls.kind === "note") break;
    if (!spec.manual && cls.kind === "data" && textOnlyRow(spec, r)) {
      const other = detectHeader(spec.reader, r);
      if (other) {
        if (!sameColumns(spec, other)) break;
        r += other.headerRows - 1;
        continue;
      }
    }
    rows.push({ row: r, cls });
    end = r;
  }
  return { rows, end };
}
