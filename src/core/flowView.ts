/**
 * What the 资金对账 panel draws: per year, for the fund and for each category, the four stages of
 * the money (budget → awards due → paid → reported spent) and the gaps between them, with the
 * cells they come from and the findings on them. Plain data; the pane only lays it out.
 */
import { CatalogIndex } from "./catalog/match";
import type { Catalog } from "./catalog/types";
import type { IsoDate } from "./dates";
import type { Finding, RuleId } from "./findings";
import { awardsDue, budgets, flowKey, ledgerPayments, registerPayments, reportedSpending, type Paid } from "./flow";
import type { LedgerTable } from "./kinds/ledger/types";
import type { RegisterTable } from "./kinds/register/types";
import { roundFen } from "./measures";
import type { RecognisedTable } from "./tables/types";

/** The rules that compare the stages, or payments with awards: the panel lists their findings. */
export const FLOW_RULES: readonly RuleId[] = [
  "budget.overcommitted",
  "register.paid-exceeds-award",
  "register.unpaid",
  "ledger.actual-mismatch",
  "ledger.unmatched-payment",
  "ledger.overpaid",
  "ledger.duplicate-payment",
  "ledger.balance-mismatch",
];

export interface CellRef {
  sheet: string;
  cell: string;
}

export interface FlowRowView {
  /** The category; null for the fund's whole year. */
  category: string | null;
  budget: number | null;
  /** Awards due: new approvals plus earlier awards' instalments due this year. */
  due: number | null;
  dueNew: number | null;
  dueInstalments: number | null;
  /** Paid up to the as-of date (ledger, else the registers' payment columns). */
  paid: number | null;
  payments: number;
  reported: number | null;
  /** due − budget (over budget when positive). */
  overBudget: number | null;
  /** paid − reported (the ledger shows more than reported when positive). */
  paidVsReported: number | null;
  budgetCell: CellRef | null;
  reportedCell: CellRef | null;
  /** Findings on this row's budget or reported cell. */
  findings: Finding[];
}

export interface FlowYearView {
  year: number;
  fund: FlowRowView;
  categories: FlowRowView[];
}

export interface MoneyFlowView {
  asOf: IsoDate;
  /** Where the paid stage comes from. */
  paidFrom: "ledger" | "register" | null;
  /** Latest year first. */
  years: FlowYearView[];
  /** Every finding of FLOW_RULES, in report order. */
  findings: Finding[];
}

export interface FlowInput {
  tables: readonly RecognisedTable[];
  catalog: Catalog;
  asOf: IsoDate;
  findings: readonly Finding[];
}

export function moneyFlowView(input: FlowInput): MoneyFlowView {
  const index = new CatalogIndex(input.catalog);
  const registers = input.tables.filter((t): t is RegisterTable => t.kind === "register");
  const ledgers = input.tables.filter((t): t is LedgerTable => t.kind === "ledger");
  const budget = budgets(input.tables);
  const due = awardsDue(registers, index);
  const reported = reportedSpending(input.tables);
  // Ledgers may overlap (a fund account and one category's payment list): per key, the one showing
  // the most paid is the most complete.
  let paid = new Map<string, Paid>();
  let paidFrom: MoneyFlowView["paidFrom"] = null;
  if (ledgers.length > 0) {
    paidFrom = "ledger";
    for (const l of ledgers) for (const [k, p] of ledgerPayments(l, index, input.asOf)) if ((paid.get(k)?.value ?? -1) < p.value) paid.set(k, p);
  } else if (registers.length > 0) {
    paid = registerPayments(registers, index, input.asOf);
    if (paid.size > 0) paidFrom = "register";
  }

  const flowFindings = input.findings.filter((f) => FLOW_RULES.includes(f.rule));
  const labels = new Map<string, string | null>();
  const years = new Set<number>();
  const note = (key: string, label: string | null) => {
    years.add(Number(key.slice(key.lastIndexOf("|") + 1)));
    if (!labels.has(key) || (labels.get(key) === null && label)) labels.set(key, label);
  };
  for (const [k, b] of budget) note(k, b.label);
  for (const [k, d] of due) note(k, d.label);
  for (const [k, p] of paid) note(k, p.label);
  for (const [k, r] of reported) note(k, r.label);

  const rowOf = (key: string, category: string | null): FlowRowView => {
    const b = budget.get(key);
    const d = due.get(key);
    const p = paid.get(key);
    const r = reported.get(key);
    const dueTotal = d ? roundFen(d.fresh + d.instalments) : null;
    const cells = [b, r].filter((x): x is NonNullable<typeof x> => !!x).map((x) => `${x.sheet}!${x.cell}`);
    return {
      category,
      budget: b?.value ?? null,
      due: dueTotal,
      dueNew: d?.fresh ?? null,
      dueInstalments: d?.instalments ?? null,
      paid: p?.value ?? null,
      payments: p?.count ?? 0,
      reported: r?.value ?? null,
      overBudget: b && dueTotal !== null ? roundFen(dueTotal - b.value) : null,
      paidVsReported: p && r ? roundFen(p.value - r.value) : null,
      budgetCell: b ? { sheet: b.sheet, cell: b.cell } : null,
      reportedCell: r ? { sheet: r.sheet, cell: r.cell } : null,
      findings: flowFindings.filter((f) => cells.includes(`${f.sheet}!${f.cell}`)),
    };
  };

  const out: FlowYearView[] = [...years]
    .filter((y) => Number.isFinite(y))
    .sort((a, b) => b - a)
    .map((year) => {
      const categories: FlowRowView[] = [];
      for (const [key, label] of labels) {
        if (key.startsWith("|") || !key.endsWith(`|${year}`)) continue;
        categories.push(rowOf(key, label ?? key.slice(0, key.lastIndexOf("|"))));
      }
      return { year, fund: rowOf(flowKey(null, year), null), categories };
    });
  return { asOf: input.asOf, paidFrom, years: out, findings: flowFindings };
}
