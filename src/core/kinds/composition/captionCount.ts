/**
 * A count column named by the caption alone: `单位：个、万元` states the units in column order, the count's
 * first, so one unread column of whole numbers before the money (定点销售网点 | 补贴资金) is the quantity, as a
 * 项目个数 column is. A caption naming the money alone (单位：万元) says nothing of such a column.
 */
import { isBlank } from "../../grid";
import type { TableSpec } from "../../tables/spec";
import type { BodyRow } from "../../tables/body";
import { countUnitInText } from "../../units";

/** Rows looked at: enough to judge a column of counts, bounded whatever the table's length. */
const MAX_ROWS = 10_000;

const LABELS = new Set(["item", "category"]);

/** `main`: the main amount column (sheet column), the money the count stands before. */
export function countColumnFromCaption(spec: TableSpec, rows: readonly BodyRow[], main: number | undefined): void {
  const cols = spec.columns;
  if (cols.some((c) => c.field === "quantity")) return;
  let unit: string | null = null;
  for (const line of spec.context.lines) if ((unit = countUnitInText(line))) break;
  if (!unit) return;
  const label = cols.reduce((last, c) => (c.field && LABELS.has(c.field) ? c.col : last), -1);
  if (main === undefined || label < 0 || label > main) return;
  // Exactly one unread column between the names and the money, stating no money unit of its own.
  const between = cols.filter((c) => c.col > label && c.col < main && c.field === null && !c.unit);
  if (between.length !== 1) return;
  const [c] = between;
  let counts = 0;
  for (const { row } of rows.slice(0, MAX_ROWS)) {
    const v = spec.reader.raw(row, c.col);
    if (isBlank(v)) continue;
    if (typeof v !== "number" || !Number.isInteger(v) || v < 0) return;
    counts++;
  }
  if (counts < 2) return;
  c.field = "quantity";
  c.measure ??= unit;
  c.evidence = { key: c.evidence?.key ?? c.header, word: unit, how: "values", score: 0, fit: 1 };
}
