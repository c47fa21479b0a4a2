/**
 * What the task pane draws: plain data, no formatting. Composition by category with subtotals
 * and shares; execution per row and year with rate, time progress and status, plus year totals.
 */
import type { IsoDate } from "./dates";
import { executionRate, lineGap, roundFen, spendingStatus, timeProgress, type SpendingStatus } from "./measures";
import type { AuditSettings } from "./settings";
import type { CompositionTable, ExecutionTable } from "./tables/types";
import { nameKey } from "./text";
import { decimalsInYuan } from "./rules/tableUnits";

export interface CompositionLineView {
  row: number;
  item: string;
  amount: number | null;
  unitAmount: number | null;
  quantity: number | null;
  /** unit x quantity, when both are given. */
  expected: number | null;
  /** amount − unit x quantity. */
  gap: number | null;
  verdict: "exact" | "rounded" | "mismatch" | null;
}

export interface CompositionCategoryView {
  name: string | null;
  lines: CompositionLineView[];
  subtotal: number;
  /** Share of the sum of all lines (0..1); null when that sum is 0. */
  share: number | null;
}

export interface CompositionView {
  categories: CompositionCategoryView[];
  lineCount: number;
  /** Sum of all lines. */
  sum: number;
  /** The 合计 the table states, if any. */
  statedTotal: number | null;
  approved: number | null;
  /** sum − approved, when an approved budget is known. */
  approvedGap: number | null;
}

export function compositionView(t: CompositionTable, approvedBudget?: number): CompositionView {
  const byKey = new Map<string, CompositionCategoryView>();
  const categories: CompositionCategoryView[] = [];
  for (const l of t.lines) {
    const key = l.category === null ? "\u0000" : nameKey(l.category);
    let cat = byKey.get(key);
    if (!cat) {
      cat = { name: l.category, lines: [], subtotal: 0, share: null };
      byKey.set(key, cat);
      categories.push(cat);
    }
    const g =
      l.amount && l.unitAmount && l.quantity
        ? lineGap(l.amount.value, l.unitAmount.value, l.quantity.value, decimalsInYuan(t, l.unitAmount))
        : null;
    const exp = l.unitAmount && l.quantity ? roundFen(l.unitAmount.value * l.quantity.value) : null;
    cat.lines.push({
      row: l.row,
      item: l.item,
      amount: l.amount?.value ?? null,
      unitAmount: l.unitAmount?.value ?? null,
      quantity: l.quantity?.value ?? null,
      expected: exp,
      gap: g ? g.gap : null,
      verdict: g ? g.verdict : null,
    });
    if (l.amount) cat.subtotal += l.amount.value;
  }
  let sum = 0;
  for (const c of categories) {
    c.subtotal = roundFen(c.subtotal);
    sum += c.subtotal;
  }
  sum = roundFen(sum);
  for (const c of categories) c.share = sum !== 0 ? c.subtotal / sum : null;
  const stated = t.totals.find((x) => x.scope === "table" && x.amount)?.amount?.value ?? null;
  const approved = t.approvedBudget?.value ?? approvedBudget ?? null;
  return {
    categories,
    lineCount: t.lines.length,
    sum,
    statedTotal: stated,
    approved,
    approvedGap: approved === null ? null : roundFen(sum - approved),
  };
}

export interface ExecutionCellView {
  year: number;
  budget: number | null;
  /** True when the budget is stated once for the whole year (no per-row budget). */
  budgetSpanned: boolean;
  actual: number | null;
  /** actual / budget; null without a budget of the row's own. */
  rate: number | null;
  statedRate: number | null;
  progress: number;
  /** Null when the row has no budget of its own for the year. */
  status: SpendingStatus | null;
}

export interface ExecutionRowView {
  row: number;
  label: string;
  category: string | null;
  itemCount: number | null;
  years: ExecutionCellView[];
}

export interface ExecutionYearTotalView {
  year: number;
  /** The stated 合计, else the group budget, else the sum of the rows. */
  budget: number | null;
  actual: number | null;
  rate: number | null;
  progress: number;
  status: SpendingStatus | null;
}

export interface ExecutionView {
  layout: ExecutionTable["layout"];
  asOf: IsoDate;
  rows: ExecutionRowView[];
  totals: ExecutionYearTotalView[];
}

export function executionView(t: ExecutionTable, asOf: IsoDate, settings: AuditSettings): ExecutionView {
  const method = settings.progressMethod;
  const tol = settings.tolerance;
  const years: number[] = [];
  const rows: ExecutionRowView[] = t.rows.map((r) => ({
    row: r.row,
    label: r.label,
    category: r.category,
    itemCount: r.itemCount?.value ?? null,
    years: r.years.map((y) => {
      if (!years.includes(y.year)) years.push(y.year);
      const progress = timeProgress(asOf, y.year, method);
      const spanned = y.budgetSpanned || t.groupBudgets.some((g) => g.year === y.year && g.rows.includes(r.row));
      const budget = spanned ? null : ((y.budget ?? y.initialBudget)?.value ?? null);
      const actual = y.actual?.value ?? null;
      // A `—` budget or actual is nothing (0), as the rules read it; a spanned budget is none of the row's.
      const own = !spanned;
      return {
        year: y.year,
        budget,
        budgetSpanned: spanned,
        actual,
        rate: own && budget !== null ? executionRate(actual ?? 0, budget) : null,
        statedRate: y.statedRate?.value ?? null,
        progress,
        status: own ? spendingStatus(actual ?? 0, budget ?? 0, progress, tol) : null,
      };
    }),
  }));

  const totals: ExecutionYearTotalView[] = years.map((year) => {
    // A by-year 合计 spans every year: it is no one year's total.
    const ty = t.layout === "by-category" ? t.total?.years.find((y) => y.year === year) : undefined;
    const group = t.groupBudgets.find((g) => g.year === year);
    let budget: number | null = ty?.budget?.value ?? group?.figure.value ?? null;
    let actual: number | null = ty?.actual?.value ?? null;
    if (budget === null) budget = sumYear(rows, year, (c) => (c.budgetSpanned ? null : c.budget));
    if (actual === null) actual = sumYear(rows, year, (c) => c.actual);
    const progress = timeProgress(asOf, year, method);
    return {
      year,
      budget,
      actual,
      rate: budget !== null ? executionRate(actual ?? 0, budget) : null,
      progress,
      status: budget !== null ? spendingStatus(actual ?? 0, budget, progress, tol) : null,
    };
  });
  return { layout: t.layout, asOf, rows, totals };
}

function sumYear(rows: ExecutionRowView[], year: number, pick: (c: ExecutionCellView) => number | null): number | null {
  let s = 0;
  let any = false;
  for (const r of rows)
    for (const c of r.years) {
      const v = c.year === year ? pick(c) : null;
      if (v !== null) {
        s += v;
        any = true;
      }
    }
  return any ? roundFen(s) : null;
}
