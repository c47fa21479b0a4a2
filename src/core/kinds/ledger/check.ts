/**
 * The checks of a payment ledger, alone and against the workbook's other tables:
 * - a running 余额 against the previous balance plus 借方 minus 贷方 (the slip reported once, where it happens);
 * - the same voucher twice, or the same payee, item and amount twice in a year (instalments excepted);
 * - a payment after the year's disbursement deadline (`register.late-disbursement`);
 * - with a register: a payment to no award, and payments above an award (a hash join, not a loop in a loop);
 * - with an execution table: payments per category and year, up to the as-of date, against its 实际支出.
 */
import type { Finding } from "../../findings";
import { a1 } from "../../grid";
import type { IsoDate } from "../../dates";
import type { CatalogIndex } from "../../catalog/match";
import { awardWhat, awardWho, columnUnit, flowKey, ledgerPayments } from "../../flow";
import { roundFen } from "../../measures";
import type { AuditSettings } from "../../settings";
import type { Figure } from "../../tables/base";
import { halfUnit } from "../../tables/structure";
import { Memo } from "../../memo";
import { nameKey } from "../../text";
import type { CheckEnv } from "../define";
import type { ExecutionTable } from "../execution/types";
import { registerLateDisbursement } from "../register/rules";
import type { RegisterTable } from "../register/types";
import { actualMismatch, balanceMismatch, duplicatePayment, overpaid, unmatchedPayment } from "./rules";
import { groupByPayee, NO_YEAR, slotEntries, type PayeeGroups } from "./payees";
import { VoucherSet } from "./voucherSet";
import type { LedgerEntry, LedgerTable } from "./types";

/** Words that make a second payment of the same amount an instalment, not a duplicate. */
const INSTALMENT = /(首期|首次|尾款|余款|第[一二三四五六七八九十\d]+(期|次|批)|分期|二期|续拨|补拨)/;

export function checkLedger(t: LedgerTable, env: CheckEnv): Finding[] {
  const out: Finding[] = [];
  const { settings } = env;
  const lang = settings.lang;
  const sheet = t.sheet;

  // Running balance. A slip is reported once, where it happens: the next balance may follow the
  // stated figure (the slip carried on) or the right one (the slip corrected), and either is accepted.
  if (t.layout === "three-column") {
    let stated: Figure | null = null;
    let right = 0;
    for (const e of t.entries) {
      if (!e.balance) continue;
      if (stated) {
        const sign = e.direction === "贷" ? -1 : 1;
        const move = (e.debit?.value ?? 0) - (e.credit?.value ?? 0);
        const expected = roundFen(stated.value + sign * move);
        const corrected = roundFen(right + sign * move);
        const allowance = halfUnit(e.balance.decimals, t.unit) + halfUnit(stated.decimals, t.unit) + 0.005;
        const off = (x: number) => Math.abs((e.balance as Figure).value - x) > allowance;
        if (off(expected) && off(corrected)) {
          out.push(
            balanceMismatch.at(
              { sheet, cell: e.balance.cell, row: e.row },
              { previous: stated.value, debit: e.debit?.value ?? 0, credit: e.credit?.value ?? 0, stated: e.balance.value, expected },
              lang,
              e.balance.value,
              expected,
            ),
          );
          right = expected;
        } else right = e.balance.value;
      } else right = e.balance.value;
      stated = e.balance;
    }
  }

  // Duplicates. A voucher number names one voucher: within the year when the ledger numbers its
  // vouchers through the year, within the month when it numbers them afresh each month (记-15 in
  // January and in March are then two vouchers; seen as many numbers recurring across months).
  // First the numbers that recur (one set insertion per payment), then their payments in order.
  const seen = new VoucherSet();
  const recurs = new Set<string>();
  for (const e of t.entries) {
    if (!e.paid || e.paid.value <= 0 || !e.voucher) continue;
    if (seen.add(e.voucher)) recurs.add(e.voucher);
  }
  const repeats = new Map<string, LedgerEntry[]>();
  let recurring = 0;
  if (recurs.size > 0) {
    for (const e of t.entries) {
      if (!e.paid || e.paid.value <= 0 || !e.voucher || !recurs.has(e.voucher)) continue;
      const list = repeats.get(e.voucher);
      if (!list) {
        repeats.set(e.voucher, [e]);
        continue;
      }
      if (list[0].date && e.date && monthOf(list[0].date) !== monthOf(e.date)) recurring++;
      list.push(e);
    }
  }
  const monthly = recurring > Math.max(2, seen.size * 0.1);
  const repeated = new Set<LedgerEntry>();
  for (const [voucher, list] of repeats) {
    for (let k = 1; k < list.length; k++) {
      const e = list[k];
      const first = list.slice(0, k).find((x) => !repeated.has(x) && (!monthly || !x.date || !e.date || monthOf(x.date) === monthOf(e.date)));
      if (!first) continue;
      repeated.add(e);
      out.push(duplicatePayment.at({ sheet, cell: (e.paid as Figure).cell, row: e.row }, { how: "voucher", voucher, payee: e.payee, item: e.item, amount: (e.paid as Figure).value, firstRow: first.row + 1 }, lang));
    }
  }
  // The same payee, item and amount twice in a year (a voucher already reported aside), unless a
  // summary calls one of them an instalment.
  const payees = groupByPayee(t);
  const instalment = new Memo((summary: string) => INSTALMENT.test(summary));
  const isInstalment = (i: number) => {
    const summary = t.entries[i].summary;
    return summary !== null && instalment.get(summary);
  };
  const itemKey = new Memo((item: string) => nameKey(item));
  const { firstSlot, nextSlot, start, order, paid, year } = payees;
  const kept: number[] = [];
  // Entries list[from] … list[to - 1] of one payee and item, in ledger order.
  const duplicatesIn = (list: ArrayLike<number>, from: number, to: number): void => {
    kept.length = 0;
    for (let k = from; k < to; k++) {
      const i = list[k];
      if (repeated.size > 0 && repeated.has(t.entries[i])) continue;
      let first = -1;
      for (const x of kept) {
        if (paid[x] === paid[i] && year[x] === year[i]) {
          first = x;
          break;
        }
      }
      if (first < 0) kept.push(i);
      else if (!isInstalment(i) && !isInstalment(first)) {
        const e = t.entries[i];
        out.push(duplicatePayment.at({ sheet, cell: (e.paid as Figure).cell, row: e.row }, { how: "payee", voucher: e.voucher, payee: e.payee, item: e.item, amount: (e.paid as Figure).value, firstRow: t.entries[first].row + 1 }, lang));
      }
    }
  };
  for (let p = 0; p < firstSlot.length; p++) {
    // Items that differ only in spacing or quotes are one item. A payee of one item (most of them)
    // needs no merging: its payments are already in ledger order.
    const s0 = firstSlot[p];
    if (nextSlot[s0] < 0) {
      if (start[s0 + 1] - start[s0] >= 2) duplicatesIn(order, start[s0], start[s0 + 1]);
      continue;
    }
    const slots = new Map<string, number[]>();
    for (let s = s0; s >= 0; s = nextSlot[s]) {
      const item = payees.item[s];
      const k = item ? itemKey.get(item) : "";
      const list = slots.get(k);
      if (list) list.push(...slotEntries(payees, s));
      else slots.set(k, [...slotEntries(payees, s)]);
    }
    for (const list of slots.values()) {
      // Entry indexes are in ledger order.
      if (list.length > 2) list.sort((a, b) => a - b);
      if (list.length >= 2) duplicatesIn(list, 0, list.length);
    }
  }

  // Payments after the year's deadline.
  const deadlines = new Map<number, string>();
  for (const e of t.entries) {
    if (!e.paid || e.paid.value <= 0 || !e.date) continue;
    const year = e.year ?? Number(e.date.slice(0, 4));
    let deadline = deadlines.get(year);
    if (deadline === undefined) deadlines.set(year, (deadline = `${year}-${settings.disbursementDeadline}`));
    if (e.date > deadline) {
      out.push(
        registerLateDisbursement.at(
          { sheet, cell: a1(e.row, e.dateCol), row: e.row },
          { enterprise: e.payee, item: e.item, paidOn: e.date, deadline, year },
          lang,
        ),
      );
    }
  }

  const registers = env.tables.filter((x): x is RegisterTable => x.kind === "register");
  if (registers.length > 0) out.push(...againstAwards(t, payees, registers, env.index, lang));
  const executions = env.tables.filter((x): x is ExecutionTable => x.kind === "execution");
  if (executions.length > 0) out.push(...againstSpending(t, executions, env, lang));
  return out;
}

/**
 * The awards of the workbook's registers, one per register row with an amount, as numbers in flat
 * arrays (award k): its amount, what the ledger paid against it, and the last payment (an index of
 * the ledger's entries, -1 for none): no object per award, and the join reads them side by side.
 */
class Awards {
  readonly approved: Float64Array;
  readonly paid: Float64Array;
  readonly last: Int32Array;
  /** Where the award's amount is (the cell is named only when reported): its register, row and column. */
  readonly reg: RegisterTable[] = [];
  readonly row: Int32Array;
  readonly col: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.approved = new Float64Array(capacity);
    this.paid = new Float64Array(capacity);
    this.last = new Int32Array(capacity).fill(-1);
    this.row = new Int32Array(capacity);
    this.col = new Int32Array(capacity);
  }

  add(amount: number, reg: RegisterTable, row: number, col: number): number {
    const a = this.size++;
    this.approved[a] = amount;
    this.reg.push(reg);
    this.row[a] = row;
    this.col[a] = col;
    return a;
  }
}

/**
 * Awards by who and what, each with its year: per who a short chain of (what, year, award) in the
 * order added, the first of each what and year kept. A payment finds its award in one look-up and
 * a walk of its payee's chain (most payees have one award), no key built.
 */
class AwardIndex {
  private readonly head = new Map<string, number>();
  private readonly what: string[] = [];
  private readonly year: Int32Array;
  private readonly award: Int32Array;
  private readonly next: Int32Array;
  private size = 0;

  constructor(capacity: number) {
    this.year = new Int32Array(capacity);
    this.award = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
  }

  add(who: string, what: string, year: number | null, award: number): void {
    const y = year ?? NO_YEAR;
    const first = this.head.get(who);
    let last = -1;
    for (let n = first ?? -1; n >= 0; last = n, n = this.next[n]) if (this.what[n] === what && this.year[n] === y) return;
    const node = this.size++;
    this.what.push(what);
    this.year[node] = y;
    this.award[node] = award;
    this.next[node] = -1;
    if (last < 0) this.head.set(who, node);
    else this.next[last] = node;
  }

  /** The award of that year, else (an earlier year's instalment) the first award of any year; -1 for none. */
  find(who: string, what: string, year: number | null): number {
    const y = year ?? NO_YEAR;
    let any = -1;
    for (let n = this.head.get(who) ?? -1; n >= 0; n = this.next[n]) {
      if (this.what[n] !== what) continue;
      if (this.year[n] === y) return this.award[n];
      if (any < 0) any = this.award[n];
    }
    return any;
  }
}

function againstAwards(t: LedgerTable, payees: PayeeGroups, registers: readonly RegisterTable[], index: CatalogIndex, lang: AuditSettings["lang"]): Finding[] {
  const out: Finding[] = [];
  const entries = t.entries;
  // One award per register row, found by its credit code and by its name. Names are keyed only
  // when a payment is not found by its code (most ledgers and lists carry codes throughout).
  let capacity = 0;
  for (const reg of registers) capacity += reg.store.length;
  const awards = new Awards(capacity);
  const byCodes = new AwardIndex(capacity);
  // Rows with a name and their awards, side by side (names keyed only when needed).
  const namedStores: RegisterTable["store"][] = [];
  const namedRecords: number[] = [];
  const namedAwards: number[] = [];
  for (const reg of registers) {
    const col = reg.col.approved ?? reg.col.requested ?? reg.range.c0;
    const s = reg.store;
    for (let k = 0; k < s.length; k++) {
      const amount = s.approved(k) ?? s.requested(k);
      if (amount === null) continue;
      const a = awards.add(amount, reg, s.row(k), col);
      const what = awardWhat(index, s.item(k));
      const byCode = awardWho(index, s.creditCode(k), null);
      if (byCode) byCodes.add(byCode, what, s.year(k), a);
      if (s.enterprise(k)) {
        namedStores.push(s);
        namedRecords.push(k);
        namedAwards.push(a);
      }
    }
  }
  let byNames: AwardIndex | null = null;
  const findByName = (name: string, what: string, year: number | null): number => {
    if (!byNames) {
      byNames = new AwardIndex(namedRecords.length);
      for (let n = 0; n < namedRecords.length; n++) {
        const s = namedStores[n];
        const k = namedRecords[n];
        // By the name's key itself: this index holds names only (no memo, no prefixed copy per name).
        byNames.add(nameKey(s.enterprise(k) as string), awardWhat(index, s.item(k)), s.year(k), namedAwards[n]);
      }
    }
    return byNames.find(nameKey(name), what, year);
  };
  // Each payee's keys once; each payment then finds its award among its item's by its year.
  const { firstSlot, nextSlot, start, order, paid, year, row } = payees;
  for (let p = 0; p < firstSlot.length; p++) {
    const byCode = awardWho(index, payees.code[p], null);
    const payee = payees.name[p];
    for (let s = firstSlot[p]; s >= 0; s = nextSlot[s]) {
      const what = awardWhat(index, payees.item[s]);
      let lastYear = NaN;
      let award = -1;
      for (let k = start[s]; k < start[s + 1]; k++) {
        const i = order[k];
        if (year[i] !== lastYear) {
          lastYear = year[i];
          const y = lastYear === NO_YEAR ? null : lastYear;
          award = byCode ? byCodes.find(byCode, what, y) : -1;
          if (award < 0 && payee) award = findByName(payee, what, y);
        }
        if (award < 0) {
          const e = entries[i];
          out.push(unmatchedPayment.at({ sheet: t.sheet, cell: (e.paid as Figure).cell, row: e.row }, { payee: e.payee, item: e.item, year: e.year, amount: paid[i] }, lang));
          continue;
        }
        awards.paid[award] = roundFen(awards.paid[award] + paid[i]);
        const last = awards.last[award];
        if (last < 0 || row[i] > row[last]) awards.last[award] = i;
      }
    }
  }
  for (let a = 0; a < awards.size; a++) {
    const last = awards.last[a] >= 0 ? entries[awards.last[a]] : null;
    if (!last?.paid || awards.paid[a] <= awards.approved[a] + 0.005) continue;
    out.push(
      overpaid.at(
        { sheet: t.sheet, cell: last.paid.cell, row: last.row },
        { payee: last.payee, item: last.item, paid: awards.paid[a], approved: awards.approved[a], awardCell: `${awards.reg[a].sheet}!${a1(awards.row[a], awards.col[a])}` },
        lang,
        awards.paid[a],
        awards.approved[a],
      ),
    );
  }
  return out;
}

/** Payments per category and year, up to the as-of date, against an execution table's 实际支出. */
function againstSpending(t: LedgerTable, executions: readonly ExecutionTable[], env: CheckEnv, lang: AuditSettings["lang"]): Finding[] {
  const out: Finding[] = [];
  const asOf: IsoDate = env.asOf;
  const paid = ledgerPayments(t, env.index, asOf);
  if (paid.size === 0) return out;
  // A ledger kept for some categories says nothing of the year's whole spending: its year total is
  // compared only when it names no category (the fund's own account) or pays in every category
  // that reports spending that year.
  const covers = (year: number): boolean => {
    let named = false;
    for (const k of paid.keys()) if (!k.startsWith("|") && k.endsWith(`|${year}`)) named = true;
    if (!named) return true;
    for (const x of executions)
      for (const row of x.rows)
        for (const y of row.years)
          if (row.category && y.year === year && !y.source && (y.actual?.value ?? 0) > 0 && !paid.has(flowKey(row.category, year))) return false;
    return true;
  };
  for (const x of executions) {
    for (const row of x.rows) {
      if (row.parent !== undefined || row.partOf !== undefined) continue;
      for (const y of row.years) {
        if (!y.actual || y.source) continue;
        if (!row.category && !covers(y.year)) continue;
        const key = flowKey(row.category, y.year);
        const sum = paid.get(key)?.value;
        if (sum === undefined) continue;
        const allowance = halfUnit(y.actual.decimals, columnUnit(x, y.actual)) + 0.005;
        if (Math.abs(sum - y.actual.value) <= allowance) continue;
        out.push(
          actualMismatch.at(
            { sheet: x.sheet, cell: y.actual.cell, row: row.row },
            { category: row.category, year: y.year, asOf, paid: sum, stated: y.actual.value, ledger: t.sheet, payments: paid.get(key)?.count ?? 0 },
            lang,
            sum,
            y.actual.value,
          ),
        );
      }
    }
  }
  return out;
}

/** 2021-08-31 → 202108, a number (cheap to key on). */
function monthOf(date: IsoDate): number {
  const d = (i: number) => date.charCodeAt(i) - 48;
  return d(0) * 100000 + d(1) * 10000 + d(2) * 1000 + d(3) * 100 + d(5) * 10 + d(6);
}
