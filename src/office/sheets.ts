/**
 * The workbook's sheets as one request loads them (name, id, visibility, protection), and how a
 * sheet recorded earlier is found again: by id and name, then by name (ids have changed across
 * sessions and clients: https://github.com/OfficeDev/office-js/issues/1390), then by id (a rename
 * keeps the id: https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-id-member).
 */
import type { Lang } from "../core/settings";
import { GatewayError } from "../workbook-gateway";
import { strings } from "./strings";

/** Queues the load of every sheet's name, id, visibility and protection. */
export function loadSheets(context: Excel.RequestContext): Excel.WorksheetCollection {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id,items/visibility,items/protection/protected");
  context.workbook.protection.load("protected");
  return sheets;
}

export class SheetIndex {
  private readonly byNameMap: Map<string, Excel.Worksheet>;
  private readonly byIdMap: Map<string, Excel.Worksheet>;

  constructor(
    readonly items: Excel.Worksheet[],
    private readonly workbookProtected: boolean
  ) {
    this.byNameMap = new Map(items.map((s) => [s.name.toLowerCase(), s]));
    this.byIdMap = new Map(items.map((s) => [s.id, s]));
  }

  static after(context: Excel.RequestContext, sheets: Excel.WorksheetCollection): SheetIndex {
    return new SheetIndex(sheets.items, context.workbook.protection.protected);
  }

  byName(name: string): Excel.Worksheet | undefined {
    return this.byNameMap.get(name.toLowerCase());
  }

  /** A recorded sheet now: same id and name, else the same name, else the same id. */
  resolve(id: string, name: string): Excel.Worksheet | undefined {
    const byId = this.byIdMap.get(id);
    if (byId && byId.name.toLowerCase() === name.toLowerCase()) return byId;
    return this.byName(name) ?? byId;
  }

  /** Throws GatewayError("protected") for the first protected sheet, or the workbook when a sheet must be added. */
  assertWritable(sheets: Iterable<Excel.Worksheet>, lang: Lang, addsSheet: boolean): void {
    const S = strings(lang);
    for (const ws of sheets) if (ws.protection.protected) throw new GatewayError("protected", S.sheetProtected(ws.name));
    if (addsSheet && this.workbookProtected) throw new GatewayError("protected", S.workbookProtected);
  }
}
