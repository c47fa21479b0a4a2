/**
 * A column listing each line's members beside a count of them (项目类别 | 主要项目 甲、乙、丙 | 项目个数 3): the
 * listing names no line, the kind left of it does.
 */
import { isBlank, type Cell } from "../grid";
import type { AnyKind, Field } from "../kinds/index";
import type { FieldDef } from "../kinds/define";
import type { ColumnRead } from "./base";
import { cellText, labelKey, type ColumnLabels } from "./headerLabels";
import { LISTED } from "./groupColumns";

type Sample = { values: Cell[][] };

/** The names a cell lists: its separators outside brackets (甲（乙、丙）、丁 lists two), plus one. */
function namesListed(text: string): number {
  let depth = 0;
  let names = 1;
  for (const ch of text) {
    if (ch === "（" || ch === "(") depth++;
    else if (ch === "）" || ch === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && LISTED.test(ch)) names++;
  }
  return names;
}

/**
 * Where the line's column lists three or more names in every cell, a column of the kind's counts beside it counts at
 * least as many on each row (a list may be shortened), and the text column just left of it names each line apart, no
 * figure among them: that column is the line and the listing no field. A count below the names listed is of
 * something else, and one name a cell is the line itself: both keep the reading.
 */
export function listedBesideCount(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], sample: Sample): void {
  const fields = kind.fields as Record<string, FieldDef>;
  const counts = columns.map((c, i) => (c.field && fields[c.field]?.value === "count" && !c.part ? i : -1)).filter((i) => i >= 0);
  if (counts.length === 0) return;
  for (const [field, def] of Object.entries(fields) as [Field, FieldDef][]) {
    const line = def.over?.field as Field | undefined;
    if (!line) continue;
    const li = columns.findIndex((c) => c.field === line);
    if (li < 1 || columns.filter((c) => c.field === line).length !== 1) continue;
    const listing = columns[li];
    const ki = li - 1;
    const kindCol = columns[ki];
    if (listing.part || listing.manual || kindCol.part || kindCol.manual) continue;
    if (kindCol.field !== null && kindCol.field !== field) continue;
    const rows = sample.values[li];
    const listed = rows.map((v) => (isBlank(v) ? 0 : typeof v === "string" ? namesListed(v) : -1));
    if (listed.some((n) => n === -1 || (n > 0 && n < 3)) || listed.filter((n) => n > 0).length < 2) continue;
    const counted = counts.some((ci) =>
      listed.every((n, r) => {
        const v = sample.values[ci][r];
        return n === 0 || (typeof v === "number" && Number.isInteger(v) && v >= n);
      }),
    );
    if (!counted) continue;
    const kinds = rows.map((v, r) => (isBlank(v) ? null : sample.values[ki][r]));
    const named = kinds.filter((v): v is Cell => v !== null);
    if (named.some((v) => typeof v !== "string" || isBlank(v) || /\d/.test(v))) continue;
    if (new Set(named.map(cellText)).size !== named.length) continue;
    kindCol.field = line;
    kindCol.evidence = { key: labelKey(labels[ki]), word: null, how: "values", score: 0, fit: null };
    listing.field = null;
    delete listing.evidence;
  }
}
