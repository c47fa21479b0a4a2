/**
 * readWorkbook: an .xlsx file to the grids the core reads, in sheet order (chart sheets have no
 * cells and are skipped; hidden sheets are read). The zip is opened with JSZip (as ExcelJS does),
 * each part decoded whole and parsed straight from the SAX events of ExcelJS's parser (sheetXml.ts,
 * parts.ts): on a 100k-row register this is much faster than ExcelJS's `readFile`, which builds a
 * full object model the checker does not need, and unlike ExcelJS's streaming reader (which
 * decodes chunk by chunk) it never splits a Chinese character.
 */
import * as fs from "fs";
import type { SheetGrid } from "../core/grid";
import { WorkbookError } from "./errors";
import { requireZip, sniffFile } from "./sniff";
import { readSheetXml, type SheetContext } from "./sheetXml";
import { PackageError, XlsxPackage, readParts, slices, workbookPart, type WorkbookParts } from "./parts";

export { WorkbookError } from "./errors";

const DATE_FORMAT = /[ymdhs]/i;

/** Reads every worksheet of the workbook at `path`. Throws WorkbookError, never anything else. */
export async function readWorkbook(path: string): Promise<SheetGrid[]> {
  requireZip(path, sniffFile(path));
  try {
    const pkg = await XlsxPackage.open(fs.readFileSync(path));
    const wbPart = await workbookPart(pkg);
    if (!wbPart) {
      throw new WorkbookError("not-a-workbook", `${path} is a zip file but not an Excel workbook (.xlsx)`, path, "zip-not-xlsx");
    }
    const parts = await readParts(pkg, wbPart);
    const ctx = sheetContext(parts);
    const grids: SheetGrid[] = [];
    for (const sheet of parts.sheets) grids.push(await readSheetXml(sheet.name, slices(await pkg.text(sheet.part)), ctx));
    return grids;
  } catch (e) {
    if (e instanceof WorkbookError) throw e;
    if (e instanceof PackageError && e.encrypted) {
      throw new WorkbookError("encrypted", `${path} is encrypted (password-protected zip entries)`, path);
    }
    throw new WorkbookError("unreadable", `${path} could not be read as an .xlsx workbook (damaged or unsupported: ${oneLine(e)})`, path, "damaged");
  }
}

function oneLine(e: unknown): string {
  const s = e instanceof Error ? e.message : String(e);
  return s.split(/\r?\n/)[0].slice(0, 200);
}

function sheetContext(parts: WorkbookParts): SheetContext {
  const isDate = parts.styleFormats.map(
    (f) => f !== null && DATE_FORMAT.test(f.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "").replace(/\\./g, ""))
  );
  return {
    sharedStrings: parts.sharedStrings,
    numFmt: (id) => parts.styleFormats[id] ?? null,
    isDateFormat: (id) => isDate[id] ?? false,
    date1904: parts.date1904,
  };
}
