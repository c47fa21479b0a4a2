/** A catalog kept as a table in the workbook itself (the first one found wins). */
import type { RecognisedTable } from "../tables/types";
import type { Catalog } from "./types";

export function catalogFromTables(tables: readonly RecognisedTable[]): Catalog | null {
  for (const t of tables) {
    if (t.kind === "catalog") return { origin: "workbook", name: t.sheet, items: t.items };
  }
  return null;
}
