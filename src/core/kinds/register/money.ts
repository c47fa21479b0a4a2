/**
 * Following the money from a register: instalments paid against the award, awards not paid by the
 * deadline (by the list's own payment columns, or the workbook's ledger), and the awards due in a
 * year — new approvals plus earlier awards' instalments due that year — against the year's budget.
 */
import { a1 } from "../../grid";
import type { Finding } from "../../findings";
import { codeKey, type CatalogIndex } from "../../catalog/match";
import { roundFen } from "../../measures";
import { halfUnit } from "../../tables/structure";
import { nameKey } from "../../text";
import type { CheckEnv } from "../define";
import type { CompositionTable } from "../composition/types";
import type { ExecutionTable } from "../execution/types";
import type { LedgerTable } from "../ledger/types";
import type { RegisterField } from "./fields";
import { budgetOvercommitted, registerPaidExceedsAward, registerUnpaid } from "./rules";
import type { RegisterRow, RegisterTable } from "./types";

export function checkPayments(t: RegisterTable, env: CheckEnv): Finding[] {
  const out: Finding[] = [];
  const { settings } = env;
  const lang = settings.lang;
  const col = t.col;
  const cellOf = (row: number, ...fields: RegisterField[]): string => {
    for (const f of fields) if (col[f] !== undefined) return a1(row, col[f] as number);
    return a1(row, t.range.c0);
  };
  const half = (f: "approved" | "paidTotal" | "paidNow" | "paidBefore") => {
    const p = t.precision?.[f as "approved"];
    return p ? halfUnit(p.decimals, p.unit) : 0.005;
  };
  const hasInstalments = col.paidBefore !== undefined || col.paidNow !== undefined || col.paidTotal !== undefined;

  // Instalments paid against the award.
  if (hasInstalments) {
    for (const r of t.rows) {
      const approved = r.approved ?? r.requested;
      if (approved === null) continue;
      const total = r.paidTotal ?? null;
      const parts = (r.paidBefore ?? 0) + (r.paidNow ?? 0);
      const paid = total ?? (r.paidBefore == null && r.paidNow == null ? null : roundFen(parts));
      if (paid === null || paid <= approved + half("approved") + half("paidTotal")) continue;
      out.push(
        registerPaidExceedsAward.at(
          { sheet: t.sheet, cell: cellOf(r.row, total !== null ? "paidTotal" : "paidNow", "paidBefore"), row: r.row },
          { enterprise: r.enterprise, item: r.item, paid, approved, how: total !== null ? "total" : "parts" },
          lang,
          paid,
          approved,
        ),
      );
    }
  }

  // Awards with no payment once the deadline has passed.
  const ledgers = env.tables.filter((x): x is LedgerTable => x.kind === "ledger");
  const paidKeys = ledgers.length > 0 ? ledgerKeys(ledgers, env.index) : null;
  if (hasInstalments || col.paidOn !== undefined || paidKeys) {
    for (const r of t.rows) {
      const approved = r.approved;
      if (approved === null || approved <= 0) continue;
      const year = r.approvalYear ?? r.year ?? t.context?.year ?? null;
      if (year === null) continue;
      const deadline = `${year}-${settings.disbursementDeadline}`;
      if (env.asOf <= deadline) continue;
      if (paidSomehow(r, hasInstalments, col.paidOn !== undefined, paidKeys, env.index)) continue;
      out.push(
        registerUnpaid.at(
          { sheet: t.sheet, cell: cellOf(r.row, "paidTotal", "paidNow", "paidOn", "approved"), row: r.row },
          { enterprise: r.enterprise, item: r.item, approved, deadline, asOf: env.asOf },
          lang,
        ),
      );
    }
  }

  // Commitments are the workbook's: every register's awards of a year count against its budget,
  // reported once, with the first register.
  const registers = env.tables.filter((x): x is RegisterTable => x.kind === "register");
  if (registers[0] === t) out.push(...commitments(registers, env));
  return out;
}

function who(code: string | null, name: string | null): string | null {
  return code ? "c" + codeKey(code) : name ? "n" + nameKey(name) : null;
}

function what(index: CatalogIndex, item: string | null): string {
  const found = item ? index.findBy(null, item, null) : null;
  return found ? "i" + index.keyOf(found) : item ? "t" + nameKey(item) : "";
}

/** Who was paid for what, by the ledgers: by credit code and by name, each with the item. */
function ledgerKeys(ledgers: readonly LedgerTable[], index: CatalogIndex): Set<string> {
  const keys = new Set<string>();
  for (const l of ledgers) {
    for (const e of l.entries) {
      if (!e.paid || e.paid.value <= 0) continue;
      const item = what(index, e.item);
      for (const w of [who(e.creditCode, null), who(null, e.payee)]) if (w) keys.add(`${w}|${item}`);
    }
  }
  return keys;
}

function paidSomehow(r: RegisterRow, instalments: boolean, dates: boolean, ledger: Set<string> | null, index: CatalogIndex): boolean {
  if (instalments && ((r.paidTotal ?? 0) > 0 || (r.paidBefore ?? 0) > 0 || (r.paidNow ?? 0) > 0)) return true;
  if (dates && r.paidOn) return true;
  if (ledger) {
    const item = what(index, r.item);
    for (const w of [who(r.creditCode, null), who(null, r.enterprise)]) if (w && ledger.has(`${w}|${item}`)) return true;
  }
  return !instalments && !dates && !ledger;
}

/**
 * Awards due per year (and category, where the register names them) against the year's budget:
 * new approvals of the year plus earlier awards' instalments due in it (本年应拨付, else what is paid
 * now on an award approved before).
 */
function commitments(registers: readonly RegisterTable[], env: CheckEnv): Finding[] {
  const out: Finding[] = [];
  const budgets = yearBudgets(env);
  if (budgets.size === 0) return out;
  const due = new Map<string, { fresh: number; instalments: number }>();
  const add = (year: number, category: string | null, fresh: number, instalment: number) => {
    for (const key of [`|${year}`, ...(category ? [`${nameKey(category)}|${year}`] : [])]) {
      const d = due.get(key) ?? { fresh: 0, instalments: 0 };
      d.fresh += fresh;
      d.instalments += instalment;
      due.set(key, d);
    }
  };
  for (const t of registers) {
    for (const r of t.rows) {
      const year = r.year ?? t.context?.year ?? null;
      if (year === null) continue;
      const category = r.category ?? (r.item ? env.index.findBy(r.itemCode, r.item, year)?.category ?? null : null);
      const approvedIn = r.approvalYear ?? year;
      if (approvedIn === year) add(year, category, r.approved ?? 0, 0);
      else add(year, category, 0, r.dueThisYear ?? r.paidNow ?? 0);
    }
  }
  for (const [key, d] of due) {
    const b = budgets.get(key);
    if (!b) continue;
    const total = roundFen(d.fresh + d.instalments);
    if (total <= b.value + b.allowance) continue;
    const [cat, year] = key.split("|");
    out.push(
      budgetOvercommitted.at(
        { sheet: b.sheet, cell: b.cell, row: b.row },
        {
          year: Number(year),
          category: cat ? b.label : null,
          due: total,
          budget: b.value,
          gap: roundFen(total - b.value),
          newAwards: roundFen(d.fresh),
          instalments: roundFen(d.instalments),
          spent: b.spent,
          remaining: b.spent === null ? null : roundFen(b.value - b.spent),
        },
        env.settings.lang,
        total,
        b.value,
      ),
    );
  }
  return out;
}

interface YearBudget {
  value: number;
  allowance: number;
  sheet: string;
  cell: string;
  row: number;
  label: string | null;
  /** What the same row reports spent that year, when it does. */
  spent: number | null;
}

/** The budget of each year (`|2021`) and of each category and year (`name|2021`), from the workbook. */
function yearBudgets(env: CheckEnv): Map<string, YearBudget> {
  const out = new Map<string, YearBudget>();
  for (const x of env.tables) {
    if (x.kind === "execution") {
      const e = x as ExecutionTable;
      for (const r of e.rows) {
        if (r.parent !== undefined || r.partOf !== undefined) continue;
        for (const y of r.years) {
          const f = y.budget ?? y.initialBudget;
          if (!f || y.source) continue;
          const key = `${r.category ? nameKey(r.category) : ""}|${y.year}`;
          const spent = y.actual?.value ?? null;
          if (!out.has(key)) out.set(key, { value: f.value, allowance: 0.005, sheet: e.sheet, cell: f.cell, row: r.row, label: r.category, spent });
        }
      }
      for (const g of e.groupBudgets) {
        const key = `|${g.year}`;
        if (!out.has(key)) out.set(key, { value: g.figure.value, allowance: 0.005, sheet: e.sheet, cell: g.figure.cell, row: g.figure.row, label: null, spent: null });
      }
      const total = e.total;
      if (total) {
        for (const y of total.years) {
          const f = y.budget ?? y.initialBudget;
          const key = `|${y.year}`;
          if (f && !y.source && !out.has(key)) out.set(key, { value: f.value, allowance: 0.005, sheet: e.sheet, cell: f.cell, row: total.row, label: null, spent: y.actual?.value ?? null });
        }
      }
    } else if (x.kind === "composition") {
      const c = x as CompositionTable;
      const year = c.context?.year;
      const total = c.totals.find((tt) => tt.scope === "table" && tt.amount);
      const value = c.approvedBudget?.value ?? total?.amount?.value;
      if (year && value !== undefined && !out.has(`|${year}`)) {
        out.set(`|${year}`, { value, allowance: 0.005, sheet: c.sheet, cell: total?.amount?.cell ?? c.lines[0]?.itemCell ?? "A1", row: total?.row ?? c.range.r0, label: null, spent: null });
      }
    }
  }
  return out;
}
