/**
 * "Insert catalog": a new sheet holding the catalog as an Excel table staff then edit. The
 * headers and cap-type words are the ones the catalog recogniser reads back, so the edited
 * sheet becomes the workbook's own catalog. Text columns get "@" first (a code like 001 or a
 * name starting with "-" stays as typed).
 */
import type { Catalog } from "../core/catalog/types";
import type { Lang } from "../core/settings";
import { WriteBatcher, opBytes } from "./batcher";
import { assertUnprotected, probeProtection } from "./protection";
import { freeSheetName } from "../report/rows";
import { CAP_TYPE_WORDS, CATALOG_HEADERS, strings } from "./strings";

type Value = string | number;
const FORMATS = ["@", "@", "@", "@", "#,##0.00", "0.00%", "0", "@"];

export function catalogRows(catalog: Catalog, lang: Lang): Value[][] {
  const words = CAP_TYPE_WORDS[lang];
  const rows: Value[][] = [[...CATALOG_HEADERS[lang]]];
  for (const it of catalog.items) {
    rows.push([
      it.code ?? "",
      it.name,
      it.category ?? "",
      it.capType ? words[it.capType] : "",
      it.capAmount ?? "",
      it.rate ?? "",
      it.year ?? "",
      it.document ?? "",
    ]);
  }
  if (rows.length === 1) rows.push(["", "", "", "", "", "", "", ""]); // a table needs one body row
  return rows;
}

/** A table name not used in the workbook: PolicyCatalog, PolicyCatalog2… */
export function freeTableName(taken: readonly string[]): string {
  const names = new Set(taken.map((n) => n.toLowerCase()));
  if (!names.has("policycatalog")) return "PolicyCatalog";
  for (let i = 2; ; i++) if (!names.has(`policycatalog${i}`)) return `PolicyCatalog${i}`;
}

export async function insertCatalog(context: Excel.RequestContext, catalog: Catalog, lang: Lang): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const tables = context.workbook.tables;
  tables.load("items/name");
  const prot = probeProtection(context, []);
  await context.sync();
  assertUnprotected(prot, lang, true);

  const name = freeSheetName(strings(lang).catalogSheet, sheets.items.map((s) => s.name));
  const rows = catalogRows(catalog, lang);
  const batch = new WriteBatcher(context);
  await batch.reserve(opBytes(null));
  const ws = sheets.add(name);
  // Rows in blocks under the request budget; formats before values.
  const BLOCK = 2000;
  for (let start = 0; start < rows.length; start += BLOCK) {
    const block = rows.slice(start, start + BLOCK);
    await batch.reserve(opBytes(block) * 2);
    const range = ws.getRange(`A${start + 1}:H${start + block.length}`);
    range.numberFormat = block.map(() => FORMATS);
    range.values = block;
  }
  await batch.reserve(opBytes(null) * 4);
  const table = ws.tables.add(`A1:H${rows.length}`, true);
  table.name = freeTableName(tables.items.map((t) => t.name));
  table.style = "TableStyleMedium2";
  ws.getRange("A1:H1").format.autofitColumns();
  ws.getRange("B:B").format.columnWidth = 260;
  ws.getRange("H:H").format.columnWidth = 160;
  ws.activate();
  await batch.flush();
  return name;
}
