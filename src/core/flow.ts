/**
 * The money's four stages, per year and per category and year: budget (an execution or composition
 * table) → awards due (registers: the year's new approvals plus earlier awards' instalments due in
 * it) → payments (ledgers, else the registers' own payment columns) → reported spending (execution
 * tables' 实际支出). Rules compare neighbouring stages (budget.overcommitted, ledger.actual-mismatch);
 * the pane's 资金对账 panel draws all four. Keys: `|2021` for the fund's year, `<category>|2021` for
 * a category's (the category's name key, so 推进协同创新产业发展 in a catalog meets the same words in
 * an execution table).
 */
import { codeKey, type CatalogIndex } from "./catalog/match";
import { isPlainCode } from "./creditCode";
import type { IsoDate } from "./dates";
import { roundFen } from "./measures";
import type { Figure, TableBase } from "./tables/base";
import { Memo } from "./memo";
import { nameKey } from "./text";
import type { Unit } from "./units";
import type { CompositionTable } from "./kinds/composition/types";
import type { ExecutionTable } from "./kinds/execution/types";
import type { LedgerTable } from "./kinds/ledger/types";
import type { RegisterTable } from "./kinds/register/types";

export function flowKey(category: string | null, year: number): string {
  return `${category ? nameKey(category) : ""}|${year}`;
}

/** A figure of one stage, with the cell it was read from. */
export interface StageCell {
  value: number;
  sheet: string;
  cell: string;
  row: number;
  /** The category as the table names it; null for the fund's year. */
  label: string | null;
}

export interface YearBudget extends StageCell {
  /** What the same row reports spent that year, when it does. */
  spent: number | null;
}

/** The budget of each year and of each category and year: the first execution table's, else a composition's total. */
export function budgets(tables: readonly TableBase[]): Map<string, YearBudget> {
  const out = new Map<string, YearBudget>();
  const put = (key: string, b: YearBudget) => {
    if (!out.has(key)) out.set(key, b);
  };
  for (const x of tables) {
    if (x.kind === "execution") {
      const e = x as ExecutionTable;
      for (const r of e.rows) {
        if (r.parent !== undefined || r.partOf !== undefined) continue;
        for (const y of r.years) {
          const f = y.budget ?? y.initialBudget;
          if (!f || y.source) continue;
          put(flowKey(r.category, y.year), { value: f.value, sheet: e.sheet, cell: f.cell, row: r.row, label: r.category, spent: y.actual?.value ?? null });
        }
      }
      for (const g of e.groupBudgets) put(flowKey(null, g.year), { value: g.figure.value, sheet: e.sheet, cell: g.figure.cell, row: g.figure.row, label: null, spent: null });
      for (const y of e.total?.years ?? []) {
        const f = y.budget ?? y.initialBudget;
        if (f && !y.source) put(flowKey(null, y.year), { value: f.value, sheet: e.sheet, cell: f.cell, row: e.total?.row ?? f.row, label: null, spent: y.actual?.value ?? null });
      }
    } else if (x.kind === "composition") {
      const c = x as CompositionTable;
      const year = c.context?.year;
      const total = c.totals.find((tt) => tt.scope === "table" && tt.amount);
      const value = c.approvedBudget?.value ?? total?.amount?.value;
      if (year && value !== undefined) {
        put(flowKey(null, year), { value, sheet: c.sheet, cell: total?.amount?.cell ?? c.lines[0]?.itemCell ?? "A1", row: total?.row ?? c.range.r0, label: null, spent: null });
      }
    }
  }
  return out;
}

/** The category of an award or payment: its own column's, else its item's in the catalog. */
export function categoryOf(index: CatalogIndex, category: string | null, itemCode: string | null, item: string | null, year: number | null): string | null {
  if (category) return category;
  if (item && !itemCode) {
    const byYear = memosOf(index).category;
    let m = byYear.get(year);
    if (!m) byYear.set(year, (m = new Memo((it: string) => index.findBy(null, it, year)?.category ?? null)));
    return m.get(item);
  }
  return item || itemCode ? (index.findBy(itemCode, item, year)?.category ?? null) : null;
}

export interface Due {
  /** The category as the register or catalog names it; null for the fund's year. */
  label: string | null;
  /** New approvals of the year. */
  fresh: number;
  /** Earlier years' awards' instalments due in the year (本年应拨付, else what is paid now). */
  instalments: number;
}

/** Awards due per year and per category and year, over every register of the workbook. */
export function awardsDue(registers: readonly RegisterTable[], index: CatalogIndex): Map<string, Due> {
  const due = new Map<string, Due>();
  const add = (year: number, category: string | null, fresh: number, instalment: number) => {
    for (const [key, label] of [[flowKey(null, year), null], ...(category ? [[flowKey(category, year), category] as const] : [])] as const) {
      const d = due.get(key) ?? { label, fresh: 0, instalments: 0 };
      d.fresh = roundFen(d.fresh + fresh);
      d.instalments = roundFen(d.instalments + instalment);
      due.set(key, d);
    }
  };
  for (const t of registers) {
    const s = t.store;
    for (let k = 0; k < s.length; k++) {
      const year = s.year(k) ?? t.context?.year ?? null;
      if (year === null) continue;
      const category = categoryOf(index, s.category(k), s.itemCode(k), s.item(k), year);
      const approvedIn = s.approvalYear(k) ?? year;
      if (approvedIn === year) add(year, category, s.approved(k) ?? 0, 0);
      else add(year, category, 0, s.instalment(k, "dueThisYear") ?? s.instalment(k, "paidNow") ?? 0);
    }
  }
  return due;
}

export interface Paid {
  label: string | null;
  value: number;
  count: number;
}

/** A ledger's payments per year (of the payment) and per category and year, up to a date when given. */
export function ledgerPayments(t: LedgerTable, index: CatalogIndex, upTo?: IsoDate): Map<string, Paid> {
  const paid = new Map<string, Paid>();
  const keys = new Memo((label: string) => nameKey(label));
  const add = (label: string | null, year: number, v: number) => {
    const key = `${label ? keys.get(label) : ""}|${year}`;
    const p = paid.get(key) ?? { label, value: 0, count: 0 };
    p.value = roundFen(p.value + v);
    p.count++;
    paid.set(key, p);
  };
  for (const e of t.entries) {
    if (!e.paid || e.paid.value <= 0 || !e.date || (upTo && e.date > upTo)) continue;
    const year = Number(e.date.slice(0, 4));
    add(null, year, e.paid.value);
    const category = categoryOf(index, e.category, null, e.item, year);
    if (category) add(category, year, e.paid.value);
  }
  return paid;
}

/**
 * Payments per year by the registers' own columns, for a workbook with no ledger: an award paid
 * on a date (拨付日期) counts in that date's year; instalment columns count 本期 in the register's year.
 */
export function registerPayments(registers: readonly RegisterTable[], index: CatalogIndex, upTo?: IsoDate): Map<string, Paid> {
  const paid = new Map<string, Paid>();
  const add = (year: number, category: string | null, v: number) => {
    for (const label of category ? [null, category] : [null]) {
      const key = flowKey(label, year);
      const p = paid.get(key) ?? { label, value: 0, count: 0 };
      p.value = roundFen(p.value + v);
      p.count++;
      paid.set(key, p);
    }
  };
  for (const t of registers) {
    const instalments = t.col.paidNow !== undefined || t.col.paidTotal !== undefined || t.col.paidBefore !== undefined;
    const s = t.store;
    for (let k = 0; k < s.length; k++) {
      const year = s.year(k) ?? t.context?.year ?? null;
      const category = categoryOf(index, s.category(k), s.itemCode(k), s.item(k), year);
      const paidNow = s.instalment(k, "paidNow") ?? 0;
      const paidOn = s.paidOn(k);
      const approved = s.approved(k) ?? 0;
      if (instalments) {
        if (year !== null && paidNow > 0) add(year, category, paidNow);
      } else if (paidOn && (!upTo || paidOn <= upTo) && approved > 0) {
        add(Number(paidOn.slice(0, 4)), category, approved);
      }
    }
  }
  return paid;
}

export interface Reported extends StageCell {
  decimals: number;
  unit: Unit;
}

/** Reported spending (实际支出) per year and per category and year, from execution tables. */
export function reportedSpending(tables: readonly TableBase[]): Map<string, Reported> {
  const out = new Map<string, Reported>();
  for (const x of tables) {
    if (x.kind !== "execution") continue;
    const e = x as ExecutionTable;
    const rows = [...e.rows.filter((r) => r.parent === undefined && r.partOf === undefined), ...(e.total && e.layout === "by-category" ? [e.total] : [])];
    for (const r of rows) {
      const category = r === e.total ? null : r.category;
      for (const y of r.years) {
        if (!y.actual || y.source) continue;
        const key = flowKey(category, y.year);
        if (!out.has(key)) out.set(key, { value: y.actual.value, sheet: e.sheet, cell: y.actual.cell, row: r.row, label: category, decimals: y.actual.decimals, unit: columnUnit(e, y.actual) });
      }
    }
  }
  return out;
}

export function columnUnit(t: TableBase, f: Figure): Unit {
  return t.columns.find((c) => c.col === f.col)?.unit ?? t.unit;
}

/** Per catalog index (one per audit): the join-key parts, each worked out once per distinct string. */
const keyMemos = new WeakMap<CatalogIndex, { code: Memo<string>; name: Memo<string>; item: Memo<string>; category: Map<number | null, Memo<string | null>> }>();

function memosOf(index: CatalogIndex) {
  let m = keyMemos.get(index);
  if (!m) {
    m = {
      code: new Memo((c) => codeKey(c)),
      name: new Memo((n) => "n" + nameKey(n)),
      item: new Memo((item) => {
        const found = index.findBy(null, item, null);
        return found ? "i" + index.keyOf(found) : "t" + nameKey(item);
      }),
      // Per year, the item's category in the catalog.
      category: new Map<number | null, Memo<string | null>>(),
    };
    keyMemos.set(index, m);
  }
  return m;
}

/** Who (credit code, else name) and what (the catalog item, else the item's words): how awards and payments meet. */
export function awardKey(index: CatalogIndex, code: string | null, name: string | null, item: string | null): { who: string | null; what: string } {
  return { who: awardWho(index, code, name), what: awardWhat(index, item) };
}

/**
 * The payee's part of the join key: its credit code, else its normalised name (prefixed `n`; codes
 * have no lower case, so the two never meet). A plain code needs no memo, whose map of every
 * payee cost more than the code's own test.
 */
export function awardWho(index: CatalogIndex, code: string | null, name: string | null): string | null {
  if (code) return isPlainCode(code) ? code : memosOf(index).code.get(code);
  return name ? memosOf(index).name.get(name) : null;
}

/** The item's part of the join key: the catalog item, else the item's normalised words. */
export function awardWhat(index: CatalogIndex, item: string | null): string {
  return item ? memosOf(index).item.get(item) : "";
}

/**
 * Whether an award has been paid, by what the workbook shows: its register's instalment columns,
 * its payment date, or a ledger payment to the same payee for the same item.
 */
export class PaidAwards {
  private readonly keys = new Set<string>();
  readonly hasLedger: boolean;

  constructor(
    ledgers: readonly LedgerTable[],
    private readonly index: CatalogIndex,
  ) {
    this.hasLedger = ledgers.length > 0;
    for (const l of ledgers) {
      for (const e of l.entries) {
        if (!e.paid || e.paid.value <= 0) continue;
        for (const [code, name] of [[e.creditCode, null], [null, e.payee]] as const) {
          const k = awardKey(index, code, name, e.item);
          if (k.who) this.keys.add(`${k.who}|${k.what}`);
        }
      }
    }
  }

  /** True when paid, false when the workbook shows no payment, null when it shows no payments at all. */
  of(t: RegisterTable, r: RegisterTable["rows"][number]): boolean | null {
    const instalments = t.col.paidBefore !== undefined || t.col.paidNow !== undefined || t.col.paidTotal !== undefined;
    const dates = t.col.paidOn !== undefined;
    if (instalments && ((r.paidTotal ?? 0) > 0 || (r.paidBefore ?? 0) > 0 || (r.paidNow ?? 0) > 0)) return true;
    if (dates && r.paidOn) return true;
    return this.byLedger(instalments || dates, r.creditCode, r.enterprise, r.item);
  }

  /** The same for record k of the register's store (no row object made). */
  ofRecord(t: RegisterTable, k: number): boolean | null {
    const s = t.store;
    const instalments = t.col.paidBefore !== undefined || t.col.paidNow !== undefined || t.col.paidTotal !== undefined;
    const dates = t.col.paidOn !== undefined;
    if (instalments && ((s.instalment(k, "paidTotal") ?? 0) > 0 || (s.instalment(k, "paidBefore") ?? 0) > 0 || (s.instalment(k, "paidNow") ?? 0) > 0)) return true;
    if (dates && s.paidOn(k)) return true;
    return this.hasLedger ? this.byLedger(instalments || dates, s.creditCode(k), s.enterprise(k), s.item(k)) : instalments || dates ? false : null;
  }

  private byLedger(ownColumns: boolean, creditCode: string | null, enterprise: string | null, item: string | null): boolean | null {
    if (this.hasLedger) {
      for (const [code, name] of [[creditCode, null], [null, enterprise]] as const) {
        const k = awardKey(this.index, code, name, item);
        if (k.who && this.keys.has(`${k.who}|${k.what}`)) return true;
      }
    }
    return ownColumns || this.hasLedger ? false : null;
  }
}
