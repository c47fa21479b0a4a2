/**
 * Following the money from a register: instalments paid against the award, awards not paid by the
 * deadline (by the list's own payment columns, or the workbook's ledger), and the awards due in a
 * year — new approvals plus earlier awards' instalments due that year — against the year's budget.
 */
import { a1 } from "../../grid";
import type { Finding } from "../../findings";
import { PaidAwards, awardsDue, budgets } from "../../flow";
import { roundFen } from "../../measures";
import { halfUnit } from "../../tables/structure";
import type { CheckEnv } from "../define";
import type { LedgerTable } from "../ledger/types";
import type { RegisterField } from "./fields";
import { budgetOvercommitted, registerPaidExceedsAward, registerUnpaid } from "./rules";
import type { RegisterTable } from "./types";

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
  const s = t.store;
  // A list with no enterprise column pays its places (prepayments by town): the place names the payee.
  const who = (k: number) => s.enterprise(k) ?? (col.enterprise === undefined ? s.registeredIn(k) : null);
  const hasInstalments = col.paidBefore !== undefined || col.paidNow !== undefined || col.paidTotal !== undefined;

  // Instalments paid against the award.
  if (hasInstalments) {
    for (let k = 0; k < s.length; k++) {
      const approved = s.approved(k) ?? s.requested(k);
      if (approved === null) continue;
      const total = s.instalment(k, "paidTotal") ?? null;
      const before = s.instalment(k, "paidBefore");
      const now = s.instalment(k, "paidNow");
      const paid = total ?? (before == null && now == null ? null : roundFen((before ?? 0) + (now ?? 0)));
      if (paid === null || paid <= approved + half("approved") + half("paidTotal")) continue;
      const row = s.row(k);
      out.push(
        registerPaidExceedsAward.at(
          { sheet: t.sheet, cell: cellOf(row, total !== null ? "paidTotal" : "paidNow", "paidBefore"), row },
          { enterprise: who(k), item: s.item(k), paid, approved, how: total !== null ? "total" : "parts" },
          lang,
          paid,
          approved,
        ),
      );
    }
  }

  // Awards with no payment once the deadline has passed.
  const ledgers = env.tables.filter((x): x is LedgerTable => x.kind === "ledger");
  const paid = new PaidAwards(ledgers, env.index);
  if (hasInstalments || col.paidOn !== undefined || paid.hasLedger) {
    // One deadline per year, not a string made per row.
    const deadlines = new Map<number, string>();
    for (let k = 0; k < s.length; k++) {
      const approved = s.approved(k);
      if (approved === null || approved <= 0) continue;
      const year = s.approvalYear(k) ?? s.year(k) ?? t.context?.year ?? null;
      if (year === null) continue;
      let deadline = deadlines.get(year);
      if (deadline === undefined) deadlines.set(year, (deadline = `${year}-${settings.disbursementDeadline}`));
      if (env.asOf <= deadline) continue;
      if (paid.ofRecord(t, k) !== false) continue;
      const row = s.row(k);
      out.push(
        registerUnpaid.at(
          { sheet: t.sheet, cell: cellOf(row, "paidTotal", "paidNow", "paidOn", "approved"), row },
          { enterprise: who(k), item: s.item(k), approved, deadline, asOf: env.asOf },
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

/**
 * Awards due per year (and category, where the register or the catalog names one) against the
 * year's budget: new approvals of the year plus earlier awards' instalments due in it.
 */
function commitments(registers: readonly RegisterTable[], env: CheckEnv): Finding[] {
  const out: Finding[] = [];
  const budgetOf = budgets(env.tables);
  if (budgetOf.size === 0) return out;
  for (const [key, d] of awardsDue(registers, env.index)) {
    const b = budgetOf.get(key);
    if (!b) continue;
    const total = roundFen(d.fresh + d.instalments);
    if (total <= b.value + 0.005) continue;
    out.push(
      budgetOvercommitted.at(
        { sheet: b.sheet, cell: b.cell, row: b.row },
        {
          year: Number(key.split("|")[1]),
          category: key.startsWith("|") ? null : b.label,
          due: total,
          budget: b.value,
          gap: roundFen(total - b.value),
          newAwards: d.fresh,
          instalments: d.instalments,
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
