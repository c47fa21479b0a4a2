/**
 * "Insert catalog": a new sheet holding the catalog as an Excel table staff then edit. The
 * headers and cap-type words are the ones the catalog recogniser reads back, so the edited
 * sheet becomes the workbook's own catalog. Text columns get "@" first (a code like 001 or a
 * name starting with "-" stays as typed).
 */
import type { Catalog } from "../core/catalog/types";
import type { Lang } from "../core/settings";
import { RequestBatcher } from "./batcher";
import { opCost, ops } from "./ops";
import { SheetIndex, loadSheets } from "./sheets";
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
  const sheets = loadSheets(context);
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();
  const index = SheetIndex.after(context, sheets);
  index.assertWritable([], lang, true);

  const name = freeSheetName(strings(lang).catalogSheet, index.items.map((s) => s.name));
  const rows = catalogRows(catalog, lang);
  const batch = new RequestBatcher(context, { lang, suspendScreen: true });
  let ws!: Excel.Worksheet;
  await batch.add({ request: opCost("other", name), queue: () => (ws = sheets.add(name)) });
  await batch.flush(); // later blocks may go in other requests: the sheet must exist first
  // Rows in blocks under the request budget; formats before values.
  const BLOCK = 2000;
  for (let start = 0; start < rows.length; start += BLOCK) {
    const block = rows.slice(start, start + BLOCK);
    const address = `A${start + 1}:H${start + block.length}`;
    const formats = block.map(() => [...FORMATS]);
    await batch.add({ request: opCost("writeBlock", address, formats, block), queue: () => ops.writeBlock(ws, address, formats, block) });
  }
  const tableName = freeTableName(tables.items.map((t) => t.name));
  await batch.add({
    request: opCost("other") * 6,
    queue: () => {
      const table = ws.tables.add(`A1:H${rows.length}`, true);
      table.name = tableName;
      table.style = "TableStyleMedium2";
      ws.getRange("A1:H1").format.autofitColumns();
      ws.getRange("B:B").format.columnWidth = 260;
      ws.getRange("H:H").format.columnWidth = 160;
      ws.activate();
    },
  });
  await batch.flush();
  return name;
}
