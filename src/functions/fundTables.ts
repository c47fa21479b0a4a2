/**
 * FUND.CAP / CAPCHECK / ALLOWED / PAID as pure logic over argument matrices: the functions whose
 * table arguments (a catalog range, a ledger range) are read by the core's recogniser. Kept apart
 * from fund.ts so that functions.ts can load this module, and the recogniser with it, on the first
 * call of one of them rather than with the page (the page's initial JavaScript has a budget).
 */
import { capLimit } from "../core/catalog/match";
import type { CatalogItem } from "../core/catalog/types";
import { allowedAmount, capExcess } from "../core/measures";
import { payeeRef } from "../core/paidTo";
import { fromYuan, type Unit } from "../core/units";
import { isEmptyCell, moneyToYuan, readItem, readMoney, readUnitArg, readYearArg, type Money } from "./args";
import { catalogLookup, type CatalogLookup } from "./catalogArg";
import { isFnError, naError, valueError, type FnError } from "./errors";
import { ledgerPaid } from "./ledgerArg";
import { asMatrix } from "./matrix";
import { spill, type OutMatrix } from "./spill";

function percentText(rate: number): string {
  return `${Math.round(rate * 10000) / 100}%`;
}

// ---- caps ------------------------------------------------------------------------------------

function findItem(lookup: CatalogLookup, v: unknown, year: number | null): CatalogItem | FnError {
  const ref = readItem(v);
  if (ref === null) return valueError("noItem");
  return lookup.find(ref, year);
}

/** FUND.CAP: the item's fixed or maximum amount, in `unit`. */
export function cap(item: unknown, catalog: unknown, year: unknown, unit: unknown): OutMatrix {
  const u = readUnitArg(unit);
  const lookup = catalogLookup(asMatrix(catalog));
  return spill([asMatrix(item), asMatrix(year)], 1, ([it, yr]) => {
    const y = readYearArg(yr);
    if (isFnError(y)) return y;
    const found = findItem(lookup, it, y);
    if (isFnError(found)) return found;
    if (found.capType === null) return naError("noCap", { item: found.name });
    if (found.capAmount !== null) return fromYuan(found.capAmount, u);
    if (found.rate !== null) return naError("rateOnlyCap", { item: found.name, rate: percentText(found.rate) });
    return naError("noCap", { item: found.name });
  });
}

/**
 * The limit an amount is checked against, in 元 (core capLimit: the smaller of the cap amount and
 * rate x base; a rate item without a base falls back to its cap amount, as the report does).
 * Null when the item has no cap. A rate item with neither a base nor a maximum cannot be checked:
 * an error, not a silent pass.
 */
function limitOf(item: CatalogItem, base: Money | "nothing", unit: Unit): number | null | FnError {
  const baseYuan = base === "nothing" ? null : moneyToYuan(base, unit);
  const { limit } = capLimit(item, baseYuan);
  if (limit === null && item.capType === "rate" && item.rate !== null && baseYuan === null) {
    return valueError("needsBase", { item: item.name, rate: percentText(item.rate) });
  }
  return limit;
}

type CapMode = "excess" | "allowed";

function capCompare(mode: CapMode, amount: unknown, item: unknown, base: unknown, catalog: unknown, unit: unknown): OutMatrix {
  const u = readUnitArg(unit);
  const lookup = catalogLookup(asMatrix(catalog));
  return spill([asMatrix(amount), asMatrix(item), asMatrix(base)], 2, ([a, it, b]) => {
    const m = readMoney(a);
    if (isFnError(m)) return m;
    const found = findItem(lookup, it, null);
    if (isFnError(found)) return found;
    const bm = readMoney(b);
    if (isFnError(bm)) return bm;
    const limit = limitOf(found, bm, u);
    if (isFnError(limit)) return limit;
    const yuan = moneyToYuan(m, u);
    if (mode === "excess") return fromYuan(capExcess(yuan, limit), u);
    return fromYuan(allowedAmount(yuan, limit), u);
  });
}

/** FUND.CAPCHECK: how much the amount is above its cap (0 within it), in `unit`. */
export function capCheck(amount: unknown, item: unknown, base: unknown, catalog: unknown, unit: unknown): OutMatrix {
  return capCompare("excess", amount, item, base, catalog, unit);
}

/** FUND.ALLOWED: min(amount, cap, rate x base), in `unit`. */
export function allowed(amount: unknown, item: unknown, base: unknown, catalog: unknown, unit: unknown): OutMatrix {
  return capCompare("allowed", amount, item, base, catalog, unit);
}


// ---- money paid ------------------------------------------------------------------------------

/**
 * FUND.PAID: what the ledger range shows paid to the payee (name or 统一社会信用代码) for the item,
 * matched as the reconciliation matches payments to awards (core/paidTo.ts); 0 when nothing is. In `unit`.
 */
export function paid(payee: unknown, item: unknown, ledger: unknown, unit: unknown): OutMatrix {
  const u = readUnitArg(unit);
  const book = ledgerPaid(asMatrix(ledger));
  return spill([asMatrix(payee), asMatrix(item)], 2, ([p, it]) => {
    if (isEmptyCell(p)) return valueError("noPayee");
    const ref = readItem(it);
    if (ref === null) return valueError("noItem");
    return fromYuan(book.paidTo(payeeRef(String(p)), ref).value, u);
  });
}
