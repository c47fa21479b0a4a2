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
import { awardWhat, awardWho, columnUnit, flowKey, ledgerPayments } from "../../flow";import { roundFen } from "../../measures";
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
import { groupByPayee, type PayeeGroup } from "./payees";
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
  const isInstalment = (x: LedgerEntry) => x.summary !== null && instalment.get(x.summary);
  const itemKey = new Memo((item: string) => nameKey(item));
  for (const g of payees) {
    // Items that differ only in spacing or quotes are one item. A payee of one item (most of them)
    // needs no merging: its payments are already in ledger order.
    let lists: Iterable<LedgerEntry[]>;
    if (g.items.length === 1) lists = [g.items[0].entries];
    else {
      const slots = new Map<string, LedgerEntry[]>();
      for (const s of g.items) {
        const k = s.item ? itemKey.get(s.item) : "";
        const list = slots.get(k);
        if (list) list.push(...s.entries);
        else slots.set(k, [...s.entries]);
      }
      for (const list of slots.values()) if (list.length > 2) list.sort((a, b) => a.row - b.row);
      lists = slots.values();
    }
    for (const list of lists) {
      if (list.length < 2) continue;
      const kept: LedgerEntry[] = [];
      for (const e of list) {
        if (repeated.has(e)) continue;
        const first = kept.find((x) => x.paid?.value === e.paid?.value && x.year === e.year);
        if (!first) kept.push(e);
        else if (!isInstalment(e) && !isInstalment(first)) {
          out.push(duplicatePayment.at({ sheet, cell: (e.paid as Figure).cell, row: e.row }, { how: "payee", voucher: e.voucher, payee: e.payee, item: e.item, amount: (e.paid as Figure).value, firstRow: first.row + 1 }, lang));
        }
      }
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

interface Award {
  approved: number;
  /** Where the award's amount is: its register, row and column (the cell is named only when reported). */
  reg: RegisterTable;
  row: number;
  col: number;
  paid: number;
  last: LedgerEntry | null;
}

/** An award of one who and what: the first year inline, further years in a map made only when needed. */
interface Slot {
  any: Award;
  year: number | null;
  years: Map<number | null, Award> | null;
}

/** A payee's awards: the first item's slot itself, further items in a map made only when needed. */
interface ByWho extends Slot {
  what: string;
  more: Map<string, Slot> | null;
}

/**
 * Awards by who and what, each with its years: a payment finds its award in one or two look-ups,
 * no key built. Most payees have one award of one item in one year, so no map is made for them
 * (a hundred thousand awards made four hundred thousand maps, the reconciliation's largest cost).
 */
class AwardIndex {
  private readonly byWho = new Map<string, ByWho>();
  readonly all: Award[] = [];

  add(who: string, what: string, year: number | null, a: Award): void {
    const w = this.byWho.get(who);
    if (!w) {
      this.byWho.set(who, { what, any: a, year, years: null, more: null });
      return;
    }
    const slot: Slot | undefined = w.what === what ? w : w.more?.get(what);
    if (!slot) {
      (w.more ??= new Map()).set(what, { any: a, year, years: null });
      return;
    }
    if (slot.year === year || slot.years?.has(year)) return;
    (slot.years ??= new Map()).set(year, a);
  }

  /** The award of that year, else (an earlier year's instalment) the first award of any year. */
  find(who: string, what: string, year: number | null): Award | undefined {
    const w = this.byWho.get(who);
    if (!w) return undefined;
    const slot: Slot | undefined = w.what === what ? w : w.more?.get(what);
    if (!slot) return undefined;
    if (slot.year === year) return slot.any;
    return slot.years?.get(year) ?? slot.any;
  }
}

function againstAwards(t: LedgerTable, payees: readonly PayeeGroup[], registers: readonly RegisterTable[], index: CatalogIndex, lang: AuditSettings["lang"]): Finding[] {
  const out: Finding[] = [];
  // One award per register row, found by its credit code and by its name. Names are keyed only
  // when a payment is not found by its code (most ledgers and lists carry codes throughout).
  const awards = new AwardIndex();
  // Rows with a name and their awards, side by side (no object per row until names are needed).
  const namedRows: RegisterTable["rows"] = [];
  const namedAwards: Award[] = [];
  for (const reg of registers) {
    const col = reg.col.approved ?? reg.col.requested ?? reg.range.c0;
    for (const r of reg.rows) {
      const amount = r.approved ?? r.requested;
      if (amount === null) continue;
      const a: Award = { approved: amount, reg, row: r.row, col, paid: 0, last: null };
      awards.all.push(a);
      const what = awardWhat(index, r.item);
      const byCode = awardWho(index, r.creditCode, null);
      if (byCode) awards.add(byCode, what, r.year, a);
      if (r.enterprise) {
        namedRows.push(r);
        namedAwards.push(a);
      }
    }
  }
  let byNames: AwardIndex | null = null;
  const findByName = (name: string, what: string, year: number | null): Award | undefined => {
    if (!byNames) {
      byNames = new AwardIndex();
      for (let k = 0; k < namedRows.length; k++) {
        const r = namedRows[k];
        byNames.add(awardWho(index, null, r.enterprise) as string, awardWhat(index, r.item), r.year, namedAwards[k]);
      }
    }
    const who = awardWho(index, null, name);
    return who ? byNames.find(who, what, year) : undefined;
  };
  // Each payee's keys once; each payment then finds its award among its item's by its year.
  for (const g of payees) {
    const byCode = awardWho(index, g.creditCode, null);
    for (const s of g.items) {
      const what = awardWhat(index, s.item);
      let lastYear: number | null | undefined;
      let award: Award | undefined;
      for (const e of s.entries) {
        if (e.year !== lastYear) {
          lastYear = e.year;
          award = (byCode ? awards.find(byCode, what, e.year) : undefined) ?? (g.payee ? findByName(g.payee, what, e.year) : undefined);
        }
        const paid = e.paid as Figure;
        if (!award) {
          out.push(unmatchedPayment.at({ sheet: t.sheet, cell: paid.cell, row: e.row }, { payee: e.payee, item: e.item, year: e.year, amount: paid.value }, lang));
          continue;
        }
        award.paid = roundFen(award.paid + paid.value);
        if (!award.last || e.row > award.last.row) award.last = e;
      }
    }
  }
  for (const a of awards.all) {
    if (!a.last?.paid || a.paid <= a.approved + 0.005) continue;
    out.push(
      overpaid.at(
        { sheet: t.sheet, cell: a.last.paid.cell, row: a.last.row },
        { payee: a.last.payee, item: a.last.item, paid: a.paid, approved: a.approved, awardCell: `${a.reg.sheet}!${a1(a.row, a.col)}` },
        lang,
        a.paid,
        a.approved,
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
