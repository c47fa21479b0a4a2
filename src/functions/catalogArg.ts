/**
 * The catalog a FUND.CAP / CAPCHECK / ALLOWED call looks items up in: the `catalog` range (a
 * catalog table: header row + items, read by the same recognition as the task pane), else the
 * built-in catalog. Parsed catalogs are cached by the range's values, so a sheet of scalar calls
 * pointing at one catalog range parses it once, and an edited cap (new values) is read afresh.
 */
import { BUILTIN_CATALOG } from "../core/catalog/builtin";
import { catalogFromTables } from "../core/catalog/fromTables";
import { CatalogIndex } from "../core/catalog/match";
import type { CatalogItem } from "../core/catalog/types";
import type { Cell, SheetGrid } from "../core/grid";
import { recognise } from "../core/tables/recognise";
import { CallError, naError, valueError, type FnError } from "./errors";
import type { Matrix } from "./matrix";

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
const byIdentity = new WeakMap<object, CatalogLookup>();
const byValues = new Map<string, CatalogLookup>();
const MAX_CACHED = 16;

function builtinLookup(): CatalogLookup {
  if (!builtin) builtin = new CatalogLookup(new CatalogIndex(BUILTIN_CATALOG));
  return builtin;
}

/** The lookup for a `catalog` argument (omitted or blank → built-in). Throws CallError when unusable. */
export function catalogLookup(arg: Matrix | null): CatalogLookup {
  if (!arg || isBlankMatrix(arg)) return builtinLookup();
  const known = byIdentity.get(arg);
  if (known) return known;
  const key = JSON.stringify(arg);
  let lookup = byValues.get(key);
  if (!lookup) {
    lookup = parseCatalogRange(arg);
    if (byValues.size >= MAX_CACHED) byValues.delete(byValues.keys().next().value as string);
    byValues.set(key, lookup);
  }
  byIdentity.set(arg, lookup);
  return lookup;
}

function parseCatalogRange(values: Matrix): CatalogLookup {
  const grid: SheetGrid = { name: "catalog", top: 0, left: 0, values: values.map((row) => row.map(toCell)), merges: [] };
  const tables = recognise([grid], []).tables;
  const catalog = catalogFromTables(tables);
  if (!catalog) throw new CallError(valueError("noCatalogTable"));
  return new CatalogLookup(new CatalogIndex(catalog));
}

function toCell(v: unknown): Cell {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

function isBlankMatrix(m: Matrix): boolean {
  for (const row of m) for (const v of row) if (!(v === null || v === undefined || v === "")) return false;
  return true;
}
