/**
 * Budget execution (预算执行): stated rates, overspending, no spending, pace against time
 * progress (序时进度), and the 合计 row against its rows.
 *
 * Status rules (overspent, no-spending, behind-schedule) are exclusive per row and year, most
 * serious first (spendingStatus), and apply to year and category rows only: the 合计 row is
 * checked by total-mismatch, and a row whose budget is a merged cell spanning all categories
 * has no budget of its own, so no rate and no status.
 */
import { a1 } from "../grid";
import type { Finding } from "../findings";
import type { IsoDate } from "../dates";
import {
  executionRate,
  rateAgrees,
  sameAmount,
  shortfallPoints,
  spendingStatus,
  timeProgress,
  roundFen,
} from "../measures";
import type { AuditSettings } from "../settings";
import type { ExecutionField, ExecutionRow, ExecutionTable, Figure } from "../tables/types";
import { makeFinding } from "./finding";

export function checkExecution(t: ExecutionTable, asOf: IsoDate, settings: AuditSettings): Finding[] {
  const out: Finding[] = [];
  const lang = settings.lang;

  for (const row of t.rows) {
    const label = rowLabel(row);
    for (const y of row.years) {
      if (y.budgetSpanned || inGroup(t, row.row, y.year)) continue;
      // The adjusted budget when the table has one (a `—` there means 0), else the initial one.
      const budgetField: ExecutionField | null =
        y.budget || hasColumn(t, "budget", y.year)
          ? "budget"
          : y.initialBudget || hasColumn(t, "initialBudget", y.year)
            ? "initialBudget"
            : null;
      if (budgetField === null) continue;
      const budgetFig = budgetField === "budget" ? y.budget : y.initialBudget;
      const budget = budgetFig?.value ?? 0;
      const actual = y.actual?.value ?? 0;
      const base = { label, year: y.year, budgetField };

      const rate = executionRate(actual, budget);
      if (y.statedRate && rate !== null && !rateAgrees(y.statedRate.value, rate, y.statedRate.decimals)) {
        out.push(rateMismatch(t, row, y.year, y.statedRate, rate, actual, budget, label, lang));
      }

      const progress = timeProgress(asOf, y.year, settings.progressMethod);
      const status = spendingStatus(actual, budget, progress, settings.tolerance);
      if (status === "normal") continue;
      const actualCell = y.actual?.cell ?? cellOf(t, row.row, "actual", y.year) ?? budgetFig?.cell ?? row.labelCell;
      if (status === "overspent") {
        out.push(
          makeFinding(
            "execution.overspent",
            t.sheet,
            actualCell,
            row.row,
            { ...base, actual, budget, rate },
            lang,
            actual,
            budget,
          ),
        );
      } else if (status === "no-spending") {
        out.push(
          makeFinding(
            "execution.no-spending",
            t.sheet,
            actualCell,
            row.row,
            { ...base, budget, asOf },
            lang,
            0,
            budget,
          ),
        );
      } else {
        const r = actual / budget;
        out.push(
          makeFinding(
            "execution.behind-schedule",
            t.sheet,
            actualCell,
            row.row,
            {
              ...base,
              rate: r,
              progress,
              tolerance: settings.tolerance,
              shortfall: Math.round(shortfallPoints(r, progress, settings.tolerance) * 100) / 100,
              asOf,
            },
            lang,
            r,
            progress,
          ),
        );
      }
    }
  }

  if (t.total) out.push(...checkTotal(t, t.total, settings));
  return out;
}

function checkTotal(t: ExecutionTable, total: ExecutionRow, settings: AuditSettings): Finding[] {
  const out: Finding[] = [];
  const lang = settings.lang;
  const push = (field: ExecutionField, stated: Figure, sum: number, year: number | null, source: "rows" | "group") => {
    out.push(
      makeFinding(
        "execution.total-mismatch",
        t.sheet,
        stated.cell,
        total.row,
        { label: total.label, year, field, stated: stated.value, sum, source },
        lang,
        stated.value,
        sum,
      ),
    );
  };

  if (total.itemCount) {
    const sum = sumOf(t.rows, (r) => r.itemCount);
    if (sum !== null && Math.abs(sum - total.itemCount.value) > 1e-9)
      push("itemCount", total.itemCount, sum, null, "rows");
  }

  // A by-year 合计 sums every year's row (its figures only carry the latest year); a
  // by-category 合计 sums the categories of each year column group.
  const byYear = t.layout === "by-year";
  for (const ty of total.years) {
    const group = t.groupBudgets.find((g) => g.year === ty.year);
    const figs = byYear ? t.rows.flatMap((r) => r.years) : t.rows.map((r) => r.years.find((y) => y.year === ty.year));
    const year = byYear ? null : ty.year;
    if (ty.budget) {
      if (group) {
        if (!sameAmount(group.figure.value, ty.budget.value))
          push("budget", ty.budget, group.figure.value, year, "group");
      } else {
        const sum = sumOf(figs, (y) => (y && !y.budgetSpanned ? y.budget : null));
        if (sum !== null && !sameAmount(sum, ty.budget.value)) push("budget", ty.budget, sum, year, "rows");
      }
    }
    if (ty.initialBudget) {
      const sum = sumOf(figs, (y) => y?.initialBudget ?? null);
      if (sum !== null && !sameAmount(sum, ty.initialBudget.value))
        push("initialBudget", ty.initialBudget, sum, year, "rows");
    }
    if (ty.actual) {
      const sum = sumOf(figs, (y) => y?.actual ?? null);
      if (sum !== null && !sameAmount(sum, ty.actual.value)) push("actual", ty.actual, sum, year, "rows");
    }
    // A rate stated on the total is checked against the total's own figures.
    const budget = ty.budget ?? group?.figure ?? null;
    if (ty.statedRate && budget && ty.actual) {
      const rate = executionRate(ty.actual.value, budget.value);
      if (rate !== null && !rateAgrees(ty.statedRate.value, rate, ty.statedRate.decimals)) {
        out.push(rateMismatch(t, total, year, ty.statedRate, rate, ty.actual.value, budget.value, total.label, lang));
      }
    }
  }
  return out;
}

function rateMismatch(
  t: ExecutionTable,
  row: ExecutionRow,
  year: number | null,
  stated: Figure,
  computed: number,
  actual: number,
  budget: number,
  label: string | null,
  lang: AuditSettings["lang"],
): Finding {
  return makeFinding(
    "execution.rate-mismatch",
    t.sheet,
    stated.cell,
    row.row,
    { label, year, stated: stated.value, computed, decimals: stated.decimals, actual, budget },
    lang,
    stated.value,
    computed,
  );
}

/** A category row is named by its category; a year row by its year alone (the message adds the year). */
function rowLabel(row: ExecutionRow): string | null {
  return row.category ?? (/^\s*\d{4}/.test(row.label) ? null : row.label);
}

/** Sum of the figures present; null when none is (no basis for a comparison). */
function sumOf<T>(items: readonly T[], pick: (x: T) => Figure | null | undefined): number | null {
  let s = 0;
  let any = false;
  for (const x of items) {
    const f = pick(x);
    if (f) {
      s += f.value;
      any = true;
    }
  }
  return any ? roundFen(s) : null;
}

function inGroup(t: ExecutionTable, row: number, year: number): boolean {
  for (const g of t.groupBudgets) if (g.year === year && g.rows.includes(row)) return true;
  return false;
}

function hasColumn(t: ExecutionTable, field: ExecutionField, year: number): boolean {
  return t.columns.some((c) => c.field === field && (c.year === undefined || c.year === year));
}

/** The cell of a field in a row, found through the columns (for a blank or `—` cell). */
function cellOf(t: ExecutionTable, row: number, field: ExecutionField, year: number): string | null {
  const c = t.columns.find((x) => x.field === field && (x.year === undefined || x.year === year));
  return c ? a1(row, c.col) : null;
}
