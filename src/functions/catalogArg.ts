/**
 * The catalog a FUND.CAP / CAPCHECK / ALLOWED call looks items up in: the `catalog` range (a
 * catalog table: header row + items, read by the same recognition as the task pane), else the
 * built-in catalog. Parsed catalogs are cached by the range's values (rangeCache.ts), so a sheet of
 * scalar calls pointing at one catalog range parses it once, and an edited cap is read afresh.
 */
import { BUILTIN_CATALOG } from "../core/catalog/builtin";
import { catalogFromTables } from "../core/catalog/fromTables";
import { CatalogIndex } from "../core/catalog/match";
import type { CatalogItem } from "../core/catalog/types";
import { recognise } from "../core/tables/recognise";
import { CallError, naError, valueError, type FnError } from "./errors";
import type { Matrix } from "./matrix";
import { isBlankMatrix, RangeCache, rangeGrid } from "./rangeCache";

/**
 * A catalog index with a memo of lookups: registers repeat the same few items thousands of times,
 * so each distinct reference is resolved (or found missing, with its error made) once.
 */
export class CatalogLookup {
  private readonly memo = new Map<string, CatalogItem | FnError>();
  constructor(readonly index: CatalogIndex) {}

  /** The item, or the #N/A naming the reference. */
  find(ref: string, year: number | null): CatalogItem | FnError {
    const key = year === null ? ref : `${year}\u0000${ref}`;
    const hit = this.memo.get(key);
    if (hit !== undefined) return hit;
    const found = this.index.find({ code: ref, name: ref }, year) ?? naError("unknownItem", { item: ref });
    if (this.memo.size >= 50_000) this.memo.clear(); // bound the memory of a long session
    this.memo.set(key, found);
    return found;
  }
}

let builtin: CatalogLookup | null = null;
const ranges = new RangeCache<CatalogLookup>(parseCatalogRange);

function builtinLookup(): CatalogLookup {
  if (!builtin) builtin = new CatalogLookup(new CatalogIndex(BUILTIN_CATALOG));
  return builtin;
}

/** The lookup for a `catalog` argument (omitted or blank → built-in). Throws CallError when unusable. */
export function catalogLookup(arg: Matrix | null): CatalogLookup {
  if (!arg || isBlankMatrix(arg)) return builtinLookup();
  return ranges.get(arg);
}

function parseCatalogRange(values: Matrix): CatalogLookup {
  const tables = recognise([rangeGrid("catalog", values)], []).tables;
  const catalog = catalogFromTables(tables);
  if (!catalog) throw new CallError(valueError("noCatalogTable"));
  return new CatalogLookup(new CatalogIndex(catalog));
}

/** The built-in catalog's index (PAID reads items through it, as a report without a catalog table does). */
export function builtinCatalogIndex(): CatalogIndex {
  return builtinLookup().index;
}
