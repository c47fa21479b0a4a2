/**
 * Budget execution: by year (one row per year, Table B) or by policy category with a column
 * group per year (Table C). A budget cell merged over several category rows is the year's budget
 * stated once: rows get no budget of their own (budgetSpanned) and the table a GroupBudget.
 */
import type { Period } from "../amount";
import { readYear, lastDayOfMonth, type IsoDate } from "../dates";
import { a1, isBlank } from "../grid";
import { toHalfWidth } from "../text";
import type { Unit } from "../units";
import type { Body } from "./body";
import { figureAt, noteUnreadable, readFigure, textOf, unreadableText, type NumberKind, type ReadContext } from "./figures";
import type { TableSpec } from "./header";
import { stripNumbering } from "./rows";
import type { ExecutionField, ExecutionFigures, ExecutionRow, ExecutionTable, Figure, GroupBudget } from "./types";

type YearField = "initialBudget" | "budget" | "actual" | "rate";
const YEAR_FIELDS: readonly YearField[] = ["initialBudget", "budget", "actual", "rate"];

interface Col {
  col: number;
  unit: Unit;
  period: Period | null;
}

interface YearGroup {
  /** Null in the by-year layout: the year comes from each row. */
  year: number | null;
  cols: Partial<Record<YearField, Col>>;
}

export type ExecutionRead = Pick<ExecutionTable, "layout" | "rows" | "total" | "groupBudgets">;

function groupsOf(spec: TableSpec, unit: Unit, fallbackYear: number | null): { groups: YearGroup[]; byYear: boolean } {
  const yearCol = spec.columns.some((c) => c.field === "year");
  const grouped = spec.columns.some((c) => c.year !== undefined && c.field && YEAR_FIELDS.includes(c.field as YearField));
  const byYear = yearCol && !grouped;
  const groups: YearGroup[] = [];
  spec.columns.forEach((c, i) => {
    const f = c.field as YearField | null;
    if (!f || !YEAR_FIELDS.includes(f)) return;
    const year = byYear ? null : c.year ?? fallbackYear;
    if (!byYear && year === null) return;
    let g = groups.find((x) => x.year === year);
    if (!g) groups.push((g = { year, cols: {} }));
    g.cols[f] ??= { col: c.col, unit: c.unit ?? unit, period: spec.periods[i] };
  });
  // "调整后预算 (or the only budget column)": a lone 年初预算 serves as the budget too.
  for (const g of groups) if (!g.cols.budget && g.cols.initialBudget) g.cols.budget = g.cols.initialBudget;
  return { groups, byYear };
}

/** Year of a by-year row label: `2021 年`, 2021, `2021年（1-8月）`. */
function rowYear(v: unknown): number | null {
  const y = readYear(v as string | number | null);
  if (y !== null) return y;
  if (typeof v !== "string") return null;
  const m = /^\s*(\d{4})\s*年/.exec(toHalfWidth(v));
  return m ? Number(m[1]) : null;
}

function asOfFrom(year: number, period: Period | null | undefined): IsoDate | undefined {
  return period ? lastDayOfMonth(year, period.toMonth) : undefined;
}

const KIND_OF: Record<YearField, NumberKind> = { initialBudget: "amount", budget: "amount", actual: "amount", rate: "rate" };

export function readExecution(
  spec: TableSpec,
  body: Body,
  unit: Unit,
  ctx: ReadContext,
  fallbackYear: number | null,
): ExecutionRead {
  const { reader } = spec;
  const { groups, byYear } = groupsOf(spec, unit, fallbackYear);
  const colOf = (f: ExecutionField) => spec.columns.find((c) => c.field === f);
  const yearCol = colOf("year");
  const categoryCol = colOf("category");
  const countCol = colOf("itemCount");
  const seqCol = colOf("seq");
  const groupBudgets: GroupBudget[] = [];
  const seenMerges = new Set<string>();
  const rows: ExecutionRow[] = [];
  let total: ExecutionRow | null = null;

  const figures = (row: number, g: YearGroup, year: number): ExecutionFigures => {
    const read = (f: YearField): { figure: Figure | null; period?: Period } => {
      const c = g.cols[f];
      if (!c) return { figure: null };
      const r = readFigure(reader, ctx, row, c.col, f, KIND_OF[f], c.unit);
      return { figure: r.figure, period: r.read?.period };
    };
    let budgetSpanned = false;
    const bc = g.cols.budget;
    if (bc) {
      const m = reader.merge(row, bc.col);
      if (m && m.r1 > m.r0) {
        budgetSpanned = true;
        const key = `${m.r0}:${m.c0}`;
        if (!seenMerges.has(key)) {
          seenMerges.add(key);
          // The merge's own value, read once at its top-left cell.
          const fig = figureAt(reader, ctx, m.r0, m.c0, reader.raw(m.r0, m.c0), "budget", "amount", bc.unit).figure;
          if (fig) {
            const spanned: number[] = [];
            for (let r = m.r0; r <= m.r1; r++) spanned.push(r);
            groupBudgets.push({ year, figure: fig, rows: spanned });
          }
        }
      }
    }
    const actual = read("actual");
    const out: ExecutionFigures = {
      year,
      initialBudget: g.cols.initialBudget === g.cols.budget ? null : read("initialBudget").figure,
      budget: budgetSpanned ? null : read("budget").figure,
      budgetSpanned,
      actual: actual.figure,
      statedRate: read("rate").figure,
    };
    const asOf = asOfFrom(year, actual.period ?? g.cols.actual?.period);
    if (asOf) out.asOf = asOf;
    return out;
  };

  for (const { row, cls } of body.rows) {
    const isTotal = cls.kind === "total";
    const labelCol = byYear ? yearCol : categoryCol ?? yearCol;
    const labelText = labelCol ? textOf(reader.value(row, labelCol.col)) : null;
    const label = isTotal ? cls.label : labelText ?? (seqCol ? textOf(reader.value(row, seqCol.col)) : null) ?? "";
    const labelCell = a1(row, cls.kind === "total" ? cls.col : labelCol?.col ?? spec.c0);
    const years: ExecutionFigures[] = [];
    let rowYearValue: number | null = null;
    if (byYear && !isTotal) {
      const raw = yearCol ? reader.value(row, yearCol.col) : null;
      rowYearValue = rowYear(raw);
      if (rowYearValue === null) {
        if (raw !== null && String(raw).trim() !== "" && yearCol) {
          noteUnreadable(ctx, row, yearCol.col, "year", unreadableText(raw));
        }
        continue;
      }
    }
    for (const g of groups) {
      const year = g.year ?? rowYearValue;
      if (year === null) continue; // a by-year 合计 row: figures read below
      years.push(figures(row, g, year));
    }
    if (byYear && isTotal) {
      // A by-year total sums several years: its figures carry the latest year as a reference.
      const latest = rows.reduce((y, r) => Math.max(y, r.years[0]?.year ?? 0), 0);
      if (latest) for (const g of groups) years.push(figures(row, g, latest));
    }
    const itemCount = countCol ? readFigure(reader, ctx, row, countCol.col, "itemCount", "count", unit).figure : null;
    const er: ExecutionRow = {
      row,
      label,
      labelCell,
      category: byYear || isTotal ? null : labelText ? stripNumbering(labelText) : null,
      itemCount,
      years,
    };
    if (isTotal) {
      total ??= er;
      continue;
    }
    if (!labelText && years.every((y) => !y.budget && !y.actual && !y.statedRate && !y.initialBudget) && !itemCount) continue;
    rows.push(er);
  }
  if (!byYear) {
    for (const g of groups) {
      const budgetCol = g.cols.budget?.col;
      if (g.year !== null && budgetCol !== undefined) budgetStatedOnce(spec, rows, total, groupBudgets, g.year, budgetCol);
    }
  }
  return { layout: byYear ? "by-year" : "by-category", rows, total, groupBudgets };
}

/**
 * A year's budget written on the first category row alone, every other row's budget cell empty
 * while those rows did spend: the merged cell of Table C (2020, 2019) after the merge was lost in
 * copying (values pasted, CSV). It is read as the year's budget stated once, as the merge would
 * be — not as category 1's budget with the others overspending a budget of 0. When the 合计 row
 * states the year's budget, the figure must equal it.
 */
function budgetStatedOnce(
  spec: TableSpec,
  rows: ExecutionRow[],
  total: ExecutionRow | null,
  groupBudgets: GroupBudget[],
  year: number,
  budgetCol: number,
): void {
  if (rows.length < 2 || groupBudgets.some((b) => b.year === year)) return;
  const figs = rows.map((r) => r.years.find((y) => y.year === year));
  const figure = figs[0]?.budget;
  if (!figure) return;
  let spentElsewhere = false;
  for (let i = 1; i < rows.length; i++) {
    const y = figs[i];
    if (!y || y.budgetSpanned || !isBlank(spec.reader.raw(rows[i].row, budgetCol))) return;
    if (y.actual && y.actual.value !== 0) spentElsewhere = true;
  }
  const stated = total?.years.find((y) => y.year === year)?.budget;
  if (!spentElsewhere || (stated && Math.abs(stated.value - figure.value) >= 0.005)) return;
  for (const y of figs) {
    if (!y) continue;
    y.budget = null;
    y.budgetSpanned = true;
  }
  groupBudgets.push({ year, figure, rows: rows.map((r) => r.row) });
}
