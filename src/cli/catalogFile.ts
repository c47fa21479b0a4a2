/** --catalog: a JSON catalog, or the first catalog table of a workbook. */
import * as fs from "fs";
import * as path from "path";
import type { Catalog } from "../core/catalog/types";
import { catalogFromJson } from "../core/catalog/json";
import { catalogFromTables } from "../core/catalog/fromTables";
import { recognise } from "../core/tables/recognise";
import { readWorkbook } from "../xlsx/read";
import { WorkbookError } from "../xlsx/errors";

/** The catalog file has no catalog table, or the wrong extension: the CLI words it. */
export class CatalogFileError extends Error {
  constructor(
    readonly code: "no-catalog-table" | "bad-extension",
    readonly file: string
  ) {
    super(`${code}: ${file}`);
    this.name = "CatalogFileError";
  }
}

/** Throws WorkbookError, CatalogError (from catalogFromJson) or CatalogFileError. */
export async function loadCatalogFile(file: string): Promise<Catalog> {
  const ext = path.extname(file).toLowerCase();
  const name = path.basename(file);
  if (ext === ".json") {
    let text: string;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") throw new WorkbookError("missing", `file not found: ${file}`, file);
      throw new WorkbookError("unreadable", `cannot read ${file}: ${code ?? String(e)}`, file, code === "EISDIR" ? "folder" : "io");
    }
    const catalog = catalogFromJson(text, name);
    return { ...catalog, origin: "file", name };
  }
  if (ext === ".xlsx" || ext === ".xlsm") {
    const sheets = await readWorkbook(file);
    const catalog = catalogFromTables(recognise(sheets).tables);
    if (!catalog) throw new CatalogFileError("no-catalog-table", file);
    return { ...catalog, origin: "file", name: `${name} / ${catalog.name}` };
  }
  throw new CatalogFileError("bad-extension", file);
}
