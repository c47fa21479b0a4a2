/**
 * readWorkbook: an .xlsx file to the grids the core reads, in sheet order (chart sheets have no
 * cells and are skipped; hidden sheets are read). The zip is read by position with yauzl
 * (zip.ts: limits from the central directory, CRC-32 of every entry), each part inflated as a
 * stream and scanned as it arrives (xmlScan.ts): no whole-workbook object model, no part held
 * whole in memory; what stays is the grid actually used.
 */
import type { SheetGrid } from "../core/grid";
import { WorkbookError } from "./errors";
import { DamagedError, LIMITS, LimitError } from "./limits";
import { REL_TYPE, readParts, readRels, workbookPart, type WorkbookParts } from "./parts";
import { SheetReader, type SheetContext } from "./sheetXml";
import { requireZip, sniffFile } from "./sniff";
import { scanPart } from "./xmlScan";
import { PackageError, ZipPackage } from "./zip";

export { WorkbookError } from "./errors";

const DATE_FORMAT = /[ymdhs]/i;

export interface WorkbookRead {
  sheets: SheetGrid[];
  parts: WorkbookParts;
}

/** Reads every worksheet of the workbook at `path`. Throws WorkbookError, never anything else. */
export async function readWorkbook(path: string): Promise<SheetGrid[]> {
  return (await readWorkbookParts(path)).sheets;
}

/** The grids and the workbook-level parts (the annotated copy needs both). */
export async function readWorkbookParts(path: string): Promise<WorkbookRead> {
  requireZip(path, sniffFile(path));
  let pkg: ZipPackage | undefined;
  try {
    pkg = await ZipPackage.open(path);
    const wbPart = await workbookPart(pkg);
    if (!wbPart) {
      throw new WorkbookError("not-a-workbook", `${path} is a zip file but not an Excel workbook (.xlsx)`, path, "zip-not-xlsx");
    }
    const parts = await readParts(pkg, wbPart);
    const ctx = sheetContext(parts);
    const readers: SheetReader[] = [];
    let cells = 0;
    for (const sheet of parts.sheets) {
      const reader = new SheetReader(sheet.name, ctx);
      const scanner = await scanPart(pkg.bytes(sheet.part), sheet.part, reader);
      sheet.plain = scanner.specials === 0;
      cells += reader.denseCells();
      if (cells > LIMITS.maxGridCells) throw new LimitError("grid-cells", LIMITS.maxGridCells);
      readers.push(reader);
    }
    // The parts the annotated copy parses are parsed here too: the check and --out accept and
    // refuse the same files.
    const types = "[Content_Types].xml";
    if (!pkg.has(types)) {
      throw new WorkbookError("not-a-workbook", `${path} is a zip file but not an Excel workbook (no ${types})`, path, "zip-not-xlsx");
    }
    const noop = { open() {}, close() {} };
    await scanPart(pkg.bytes(types), types, noop);
    for (const sheet of parts.sheets) {
      for (const rel of await readRels(pkg, sheet.part)) {
        if (REL_TYPE.comments.test(rel.type) && !rel.external && pkg.has(rel.target)) await scanPart(pkg.bytes(rel.target), rel.target, noop);
      }
    }
    // A damaged picture or theme is as damaged as a damaged sheet: the copy would carry it.
    await pkg.verifyRest();
    return { sheets: readers.map((r) => r.grid()), parts };
  } catch (e) {
    throw asWorkbookError(e, path);
  } finally {
    pkg?.close();
  }
}

/** Any failure of reading a package, as the one WorkbookError the CLI words. */
export function asWorkbookError(e: unknown, path: string): WorkbookError {
  if (e instanceof WorkbookError) return e;
  if (e instanceof LimitError) {
    return new WorkbookError("unreadable", `${path} is beyond a limit: ${e.message}`, path, "limit", { key: e.key, value: e.limit });
  }
  if (e instanceof PackageError && e.encrypted) {
    return new WorkbookError("encrypted", `${path} is encrypted (password-protected zip entries)`, path);
  }
  if (e instanceof RangeError) {
    // V8 refusing an allocation (a string or array past its maximum): a limit in all but name.
    return new WorkbookError("unreadable", `${path} is beyond a limit: ${e.message}`, path, "limit", { key: "grid-cells", value: LIMITS.maxGridCells });
  }
  const detail = e instanceof DamagedError || e instanceof PackageError ? e.message : oneLine(e);
  return new WorkbookError("unreadable", `${path} could not be read as an .xlsx workbook (damaged or unsupported: ${detail})`, path, "damaged");
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
    cellBudget: { left: LIMITS.maxGridCells },
  };
}
