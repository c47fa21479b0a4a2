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
import { codeKey } from "../../catalog/match";
import { awardKey, columnUnit, flowKey, ledgerPayments } from "../../flow";import { roundFen } from "../../measures";
import type { AuditSettings } from "../../settings";
import type { Figure } from "../../tables/base";
import { halfUnit } from "../../tables/structure";
import { nameKey } from "../../text";
import type { CheckEnv } from "../define";
import type { ExecutionTable } from "../execution/types";
import { registerLateDisbursement } from "../register/rules";
import type { RegisterTable } from "../register/types";
import { actualMismatch, balanceMismatch, duplicatePayment, overpaid, unmatchedPayment } from "./rules";
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

  // Duplicates.
  const vouchers = new Map<string, LedgerEntry>();
  const same = new Map<string, LedgerEntry>();
  for (const e of t.entries) {
    if (!e.paid || e.paid.value <= 0) continue;
    const at = { sheet, cell: e.paid.cell, row: e.row };
    if (e.voucher) {
      const first = vouchers.get(e.voucher);
      if (first) {
        out.push(duplicatePayment.at(at, { how: "voucher", voucher: e.voucher, payee: e.payee, item: e.item, amount: e.paid.value, firstRow: first.row + 1 }, lang));
        continue;
      }
      vouchers.set(e.voucher, e);
    }
    const who = e.creditCode ? codeKey(e.creditCode) : e.payee ? nameKey(e.payee) : null;
    if (!who) continue;
    const key = `${who}|${e.item ? nameKey(e.item) : ""}|${e.paid.value}|${e.year ?? ""}`;
    const first = same.get(key);
    if (first && !INSTALMENT.test(`${e.summary ?? ""}${first.summary ?? ""}`)) {
      out.push(duplicatePayment.at(at, { how: "payee", voucher: e.voucher, payee: e.payee, item: e.item, amount: e.paid.value, firstRow: first.row + 1 }, lang));
    } else if (!first) same.set(key, e);
  }

  // Payments after the year's deadline.
  for (const e of t.entries) {
    if (!e.paid || e.paid.value <= 0 || !e.date) continue;
    const year = e.year ?? Number(e.date.slice(0, 4));
    const deadline = `${year}-${settings.disbursementDeadline}`;
    if (e.date > deadline) {
      out.push(
        registerLateDisbursement.at(
          { sheet, cell: e.dateCell, row: e.row },
          { enterprise: e.payee, item: e.item, paidOn: e.date, deadline, year },
          lang,
        ),
      );
    }
  }

  const registers = env.tables.filter((x): x is RegisterTable => x.kind === "register");
  if (registers.length > 0) out.push(...againstAwards(t, registers, env.index, lang));
  const executions = env.tables.filter((x): x is ExecutionTable => x.kind === "execution");
  if (executions.length > 0) out.push(...againstSpending(t, executions, env, lang));
  return out;
}

interface Award {
  approved: number;
  cell: string;
  sheet: string;
  paid: number;
  last: LedgerEntry | null;
}

function againstAwards(t: LedgerTable, registers: readonly RegisterTable[], index: CatalogIndex, lang: AuditSettings["lang"]): Finding[] {
  const out: Finding[] = [];
  // Awards by who, item and year; and by who and item for an earlier year's instalment.
  const byYear = new Map<string, Award>();
  const anyYear = new Map<string, Award>();
  for (const reg of registers) {
    const col = reg.col.approved ?? reg.col.requested;
    for (const r of reg.rows) {
      const amount = r.approved ?? r.requested;
      if (amount === null) continue;
      for (const code of [r.creditCode, null]) {
        const { who, what } = awardKey(index, code, code ? null : r.enterprise, r.item);
        if (!who) continue;
        const a: Award = { approved: amount, cell: `${reg.sheet}!${a1(r.row, col ?? reg.range.c0)}`, sheet: reg.sheet, paid: 0, last: null };
        const k = `${who}|${what}`;
        if (!byYear.has(`${k}|${r.year ?? ""}`)) byYear.set(`${k}|${r.year ?? ""}`, a);
        if (!anyYear.has(k)) anyYear.set(k, a);
      }
    }
  }
  for (const e of t.entries) {
    if (!e.paid || e.paid.value <= 0) continue;
    if (!e.payee && !e.creditCode) continue;
    let award: Award | undefined;
    for (const code of [e.creditCode, null]) {
      const { who, what } = awardKey(index, code, code ? null : e.payee, e.item);
      if (!who) continue;
      award = byYear.get(`${who}|${what}|${e.year ?? ""}`) ?? anyYear.get(`${who}|${what}`);
      if (award) break;
    }
    if (!award) {
      out.push(unmatchedPayment.at({ sheet: t.sheet, cell: e.paid.cell, row: e.row }, { payee: e.payee, item: e.item, year: e.year, amount: e.paid.value }, lang));
      continue;
    }
    award.paid = roundFen(award.paid + e.paid.value);
    award.last = e;
  }
  const reported = new Set<Award>();
  for (const a of anyYear.values()) {
    if (reported.has(a) || !a.last?.paid || a.paid <= a.approved + 0.005) continue;
    reported.add(a);
    out.push(
      overpaid.at(
        { sheet: t.sheet, cell: a.last.paid.cell, row: a.last.row },
        { payee: a.last.payee, item: a.last.item, paid: a.paid, approved: a.approved, awardCell: a.cell },
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
