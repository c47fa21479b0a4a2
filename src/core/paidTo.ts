/**
 * What a ledger shows paid to one payee for one policy item (FUND.PAID), matched the way the
 * reconciliation matches payments to awards (flow.ts awardKey): by credit code, else by normalised
 * name; the item through the catalog, else its normalised words. Payments are counted as the
 * ledger rules count them (ledger.overpaid, register.unpaid): entries paying out more than 0; a
 * ledger's 合计 rows are no entries. So a cell formula and a report never disagree.
 */
import type { CatalogIndex } from "./catalog/match";
import { awardKey } from "./flow";
import type { LedgerTable } from "./kinds/ledger/types";
import { roundFen } from "./measures";
import { toHalfWidth } from "./text";

export interface PaidSum {
  /** In 元. */
  value: number;
  /** The payments counted. */
  count: number;
}

/** A payee as a user writes it: a 统一社会信用代码 or a name. */
export type PayeeRef = { code: string; name: null } | { code: null; name: string };

/**
 * Text with the shape of a credit code (18 letters and digits, full-width or lower case
 * tolerated) is a code — even one with a wrong check character, since a ledger may hold the same
 * mistyped code; anything else is a name.
 */
export function payeeRef(text: string): PayeeRef {
  const compact = toHalfWidth(text).replace(/\s+/g, "").toUpperCase();
  return /^[0-9A-Z]{18}$/.test(compact) ? { code: compact, name: null } : { code: null, name: text.trim() };
}

/** The payments of one or more ledgers summed per payee (code and name apart) and item. */
export class LedgerPaid {
  private readonly sums = new Map<string, PaidSum>();

  constructor(
    ledgers: readonly LedgerTable[],
    private readonly index: CatalogIndex,
  ) {
    for (const t of ledgers) {
      for (const e of t.entries) {
        if (!e.paid || e.paid.value <= 0) continue;
        // As the reconciliation does (register/money.ts ledgerKeys): an entry is found by its code and by its name.
        for (const [code, name] of [[e.creditCode, null], [null, e.payee]] as const) {
          const { who, what } = awardKey(index, code, name, e.item);
          if (!who) continue;
          const k = `${who}|${what}`;
          const s = this.sums.get(k) ?? { value: 0, count: 0 };
          s.value = roundFen(s.value + e.paid.value);
          s.count++;
          this.sums.set(k, s);
        }
      }
    }
  }

  /** What was paid to the payee for the item (0 and no payments when nothing matches). */
  paidTo(payee: PayeeRef, item: string): PaidSum {
    const { who } = awardKey(this.index, payee.code, payee.name, null);
    if (!who) return { value: 0, count: 0 };
    const hit = this.sums.get(`${who}|${this.whatOf(item)}`);
    return hit ? { ...hit } : { value: 0, count: 0 };
  }

  /**
   * The item's key as awardKey makes it; a policy code the catalog knows (1.1) is taken as its
   * item too, as the other functions take an item "by name or code".
   */
  private whatOf(item: string): string {
    const { what } = awardKey(this.index, null, null, item);
    if (what.startsWith("i")) return what;
    const byCode = this.index.findBy(item, null, null);
    return byCode ? "i" + this.index.keyOf(byCode) : what;
  }
}
