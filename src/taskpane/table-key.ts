/** A recognised table's identity in the pane: sheet and top-left cell, stable when a correction moves its last row. */
import { a1 } from "../core/grid";
import type { RecognisedTable } from "../core/tables/types";

export function tableKey(t: RecognisedTable): string {
  return `${t.sheet}!${a1(t.range.r0, t.range.c0)}`;
}
