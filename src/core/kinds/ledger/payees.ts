/**
 * A ledger's payments grouped by payee (credit code, else name) and then by item, in ledger order:
 * one look-up per payment, so the checks that compare a payee's payments (duplicates) or join them
 * to awards work per group, each group's keys worked out once. A million payments to a hundred
 * thousand payees cost a million look-ups, not ten million.
 */
import { Memo } from "../../memo";
import { nameKey } from "../../text";
import type { LedgerEntry, LedgerTable } from "./types";

export interface ItemGroup {
  /** The item as the first payment names it. */
  item: string | null;
  entries: LedgerEntry[];
}

export interface PayeeGroup {
  /** The credit code the payments carry, or null when they name the payee only. */
  creditCode: string | null;
  /** The payee's name as the first payment gives it. */
  payee: string | null;
  items: ItemGroup[];
}

/**
 * Paid entries (more than 0) grouped by payee and item; entries naming no payee are left out.
 * Codes are compared as the reader wrote them (half-width, upper case, no spaces); names by their
 * name key (spaces and quotes aside), each name's key worked out once.
 */
export function groupByPayee(t: LedgerTable): PayeeGroup[] {
  const byCode = new Map<string, PayeeGroup>();
  const byName = new Map<string, PayeeGroup>();
  const nameKeys = new Memo((n: string) => nameKey(n));
  const groups: PayeeGroup[] = [];
  for (const e of t.entries) {
    if (!e.paid || e.paid.value <= 0) continue;
    let g: PayeeGroup | undefined;
    if (e.creditCode) {
      g = byCode.get(e.creditCode);
      if (!g) byCode.set(e.creditCode, (g = { creditCode: e.creditCode, payee: e.payee, items: [] }));
    } else if (e.payee) {
      const k = nameKeys.get(e.payee);
      g = byName.get(k);
      if (!g) byName.set(k, (g = { creditCode: null, payee: e.payee, items: [] }));
    } else continue;
    if (g.items.length === 0) groups.push(g);
    let slot: ItemGroup | undefined;
    for (const s of g.items) if (s.item === e.item) slot = s;
    if (!slot) g.items.push((slot = { item: e.item, entries: [] }));
    slot.entries.push(e);
  }
  return groups;
}
