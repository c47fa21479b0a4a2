/**
 * A ledger's payments grouped by payee (credit code, else name) and then by item, in ledger order:
 * one look-up per payment, so the checks that compare a payee's payments (duplicates) or join them
 * to awards work per group, each group's keys worked out once. A million payments to a hundred
 * thousand payees cost a million look-ups, not ten million.
 *
 * The groups are numbers in a few flat arrays, not an object and a list per group (a hundred
 * thousand payees made four hundred thousand small objects), and a payee is found by the number
 * the reader gave its credit code, not by hashing the code of every payment again.
 */
import { Memo } from "../../memo";
import { nameKey } from "../../text";
import type { LedgerTable } from "./types";

export interface PayeeGroups {
  /** Per payee, in the order of its first payment: its credit code, or null when its payments name it only. */
  readonly code: readonly (string | null)[];
  /** Per payee: its name as its first payment gives it. */
  readonly name: readonly (string | null)[];
  /** Per payee: its first item slot; per slot: the payee's next slot (-1 ends the payee's slots). */
  readonly firstSlot: readonly number[];
  readonly nextSlot: readonly number[];
  /** Per slot: the item as its first payment names it. */
  readonly item: readonly (string | null)[];
  /** Slot s holds the entries `order[start[s]]` … `order[start[s + 1] - 1]` (indexes of `t.entries`), in ledger order. */
  readonly start: Int32Array;
  readonly order: Int32Array;
  /**
   * Per entry (an index of `t.entries`): the money paid (0 when none), the year (NO_YEAR when none)
   * and the row. The checks walk the entries payee by payee, out of ledger order: reading these
   * side by side costs a fraction of reaching into each entry object scattered over the heap.
   */
  readonly paid: Float64Array;
  readonly year: Int32Array;
  readonly row: Int32Array;
}

/** The year of an entry that states none. */
export const NO_YEAR = -1;

/** The entries (indexes of `t.entries`) of one slot, in ledger order. */
export function slotEntries(g: PayeeGroups, s: number): Int32Array {
  return g.order.subarray(g.start[s], g.start[s + 1]);
}

/**
 * Paid entries (more than 0) grouped by payee and item; entries naming no payee are left out.
 * Codes are compared as the reader numbered them (half-width, upper case, no spaces: equal codes,
 * equal numbers); names by their name key (spaces and quotes aside), each name's key worked out once.
 */
export function groupByPayee(t: LedgerTable): PayeeGroups {
  const entries = t.entries;
  // A payee by its code's number (the reader numbers the distinct codes), else by its name's key.
  // (Fewer distinct codes than entries, so an array as long as the entries holds every number.)
  const byCode = new Int32Array(entries.length).fill(-1);
  const byName = new Map<string, number>();
  const nameKeys = new Memo((n: string) => nameKey(n));
  const code: (string | null)[] = [];
  const name: (string | null)[] = [];
  const firstSlot: number[] = [];
  const nextSlot: number[] = [];
  const item: (string | null)[] = [];
  const count: number[] = [];
  // Each entry's slot (-1: not a payment to a payee), then a counting sort by slot.
  const slotOf = new Int32Array(entries.length);
  const paid = new Float64Array(entries.length);
  const year = new Int32Array(entries.length);
  const row = new Int32Array(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    slotOf[i] = -1;
    year[i] = e.year ?? NO_YEAR;
    row[i] = e.row;
    if (!e.paid || e.paid.value <= 0) continue;
    paid[i] = e.paid.value;
    let p: number;
    if (e.creditCode) {
      p = byCode[e.codeId];
      if (p < 0) byCode[e.codeId] = p = newPayee(e.creditCode, e.payee);
    } else if (e.payee) {
      const k = nameKeys.get(e.payee);
      const known = byName.get(k);
      if (known === undefined) byName.set(k, (p = newPayee(null, e.payee)));
      else p = known;
    } else continue;
    let s = firstSlot[p];
    let last = -1;
    while (s >= 0 && item[s] !== e.item) {
      last = s;
      s = nextSlot[s];
    }
    if (s < 0) {
      s = item.length;
      item.push(e.item);
      nextSlot.push(-1);
      count.push(0);
      if (last < 0) firstSlot[p] = s;
      else nextSlot[last] = s;
    }
    slotOf[i] = s;
    count[s]++;
  }
  const start = new Int32Array(item.length + 1);
  for (let s = 0; s < item.length; s++) start[s + 1] = start[s] + count[s];
  const order = new Int32Array(start[item.length]);
  const fill = start.slice(0, item.length);
  for (let i = 0; i < entries.length; i++) {
    const s = slotOf[i];
    if (s >= 0) order[fill[s]++] = i;
  }
  return { code, name, firstSlot, nextSlot, item, start, order, paid, year, row };

  function newPayee(c: string | null, n: string | null): number {
    code.push(c);
    name.push(n);
    firstSlot.push(-1);
    return code.length - 1;
  }
}
