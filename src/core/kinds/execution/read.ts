/**
 * Budget execution: by year (one row per year, Table B) or by policy category with a column
 * group per year (Table C). A budget cell merged over several category rows is the year's budget
 * stated once: rows get no budget of their own (budgetSpanned) and the table a GroupBudget.
 */
import type { Period } from "../../amount";
import { readYear, lastDayOfMonth, type IsoDate } from "../../dates";
import { a1, isBlank, type Cell } from "../../grid";
import { toHalfWidth } from "../../text";
import type { Unit } from "../../units";
import type { Figure } from "../../tables/base";
import { codeText, figureAt, marksNothing, noteUnreadable, readFigure, textOf, unreadableText, type NumberKind } from "../../tables/figures";
import type { TableSpec } from "../../tables/spec";
import { comparedYears } from "../../tables/context";
import { adjustPrefixWidth, adjustSign, completesLine, continueParts, indentOf, isBreakdownLabel, isChangeLabel, nestedPartLabel, partLabel, partPrefixWidth, spellsLine, stripNumbering } from "../../tables/rows";
import { outlineLevels, parentsOf, type OutlineInput } from "../../tables/structure";
import type { ReadEnv } from "../define";
import { RESOURCES_RESULTS, besideCeiling, isCeilingLine, type ExecutionField } from "./fields";
import { rateOfInitialBudget } from "./notedRateBase";
import type { ExecutionFigures, ExecutionRow, ExecutionTable, GroupBudget } from "./types";

/** The year of figures whose table states none: the audit reads them as the as-of date's year. */
export const YEAR_UNSTATED = 0;

type YearField = "initialBudget" | "budget" | "actual" | "income" | "rate" | "initialRate" | "progress";
const YEAR_FIELDS: readonly YearField[] = ["initialBudget", "budget", "actual", "income", "rate", "initialRate", "progress"];

interface Col {
  col: number;
  unit: Unit;
  period: Period | null;
}

interface YearGroup {
  /** Null in the by-year layout: the year comes from each row. */
  year: number | null;
  /** A source-of-funds group (中央财政资金), when the header has them. */
  source: string | null;
  cols: Partial<Record<YearField, Col>>;
  /** Part columns of 实际支出 (基本支出 / 项目支出). */
  parts: Col[];
  /** Part columns of the budget (its categories, when they run across one row). */
  budgetParts: Col[];
  /** Part columns of the initial budget: the budget's when it is the only one. */
  initialParts?: Col[];
}

export type ExecutionRead = Pick<ExecutionTable, "layout" | "rows" | "total" | "groupBudgets" | "totals">;

function groupsOf(spec: TableSpec, unit: Unit, fallbackYear: number | null): { groups: YearGroup[]; byYear: boolean } {
  const yearCol = spec.columns.some((c) => c.field === "year");
  const grouped = spec.columns.some((c) => c.year !== undefined && c.field && YEAR_FIELDS.includes(c.field as YearField));
  const byYear = yearCol && !grouped;
  const groups: YearGroup[] = [];
  spec.columns.forEach((c, i) => {
    const f = c.field as YearField | null;
    if (!f || !YEAR_FIELDS.includes(f)) return;
    // No year in the header nor the title: the figures are the as-of year's (settled by the audit).
    const year = byYear ? null : c.year ?? fallbackYear ?? YEAR_UNSTATED;
    // A part column belongs to its whole's group (a category across one row is no source of funds).
    const source = (c.part ? wholeOf(spec, c) : c).group ?? null;
    let g = groups.find((x) => x.year === year && x.source === source);
    if (!g) groups.push((g = { year, source, cols: {}, parts: [], budgetParts: [] }));
    const col = { col: c.col, unit: c.unit ?? unit, period: spec.periods[i] };
    if (c.part) {
      if (f === "actual") g.parts.push(col);
      // A 其中 share is read when it is a whole of its own (其中：财政拨款 over 小计 | 一般公共预算 | …): checked against its parts.
      else if ((f === "budget" || f === "initialBudget") && (c.part.exhaustive || spec.columns.some((x) => x.part?.exhaustive && x.part.of === c.col)))
        (f === "budget" ? g.budgetParts : (g.initialParts ??= [])).push(col);
      return;
    }
    g.cols[f] ??= col;
  });
  // "调整后预算 (or the only budget column)": a lone 年初预算 serves as the budget too.
  // Its parts (基本支出 | 项目支出 under 年初预算数) are then the budget's parts.
  for (const g of groups) {
    if (g.cols.budget || !g.cols.initialBudget) continue;
    g.cols.budget = g.cols.initialBudget;
    if (g.budgetParts.length === 0) g.budgetParts = g.initialParts ?? [];
  }
  return { groups, byYear };
}

/** The column a part column is finally a part of (a 小计's parts → the 小计 → the 合计). */
function wholeOf(spec: TableSpec, c: TableSpec["columns"][number]): TableSpec["columns"][number] {
  let w = c;
  for (let i = 0; i < 4 && w.part; i++) w = spec.columns.find((x) => x.col === w.part?.of) ?? w;
  return w;
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

const KIND_OF: Record<YearField, NumberKind> = {
  initialBudget: "amount",
  budget: "amount",
  actual: "amount",
  income: "amount",
  rate: "rate",
  initialRate: "rate",
  progress: "rate",
};

export function readExecution(spec: TableSpec, env: ReadEnv): ExecutionRead & { end: number } {
  const { reader } = spec;
  const { ctx } = env;
  const unit = spec.unit;
  const body = env.body();
  const fallbackYear = spec.context.year;
  const { groups, byYear } = groupsOf(spec, unit, fallbackYear);
  const colOf = (f: ExecutionField) => spec.columns.find((c) => c.field === f);
  const yearCol = colOf("year");
  const categoryCol = colOf("category");
  const countCol = colOf("itemCount");
  const seqCol = colOf("seq");
  const groupBudgets: GroupBudget[] = [];
  const seenMerges = new Set<string>();
  const rows: ExecutionRow[] = [];
  const outline: OutlineInput[] = [];
  let totalSince = false;
  let totalFirst: number | null = null;
  let total: ExecutionRow | null = null;
  const totals: ExecutionRow[] = [];

  // A note defining the rate over the year-start budget: each row's rate is checked against that budget.
  const ofInitial = rateOfInitialBudget(spec.context.notes, spec.columns);

  const figures = (row: number, g: YearGroup, year: number): ExecutionFigures => {
    const noBudget: number[] = [];
    // A budget cell marked as holding nothing (—, 无) is no budget, which the check must tell from a blank read as 0.
    const marked = (col: number, fig: Figure | null) => {
      if (!fig && marksNothing(reader.raw(row, col))) noBudget.push(col);
    };
    const read = (f: YearField): { figure: Figure | null; period?: Period } => {
      const c = g.cols[f];
      if (!c) return { figure: null };
      const r = readFigure(reader, ctx, row, c.col, f, KIND_OF[f], c.unit, "execution");
      if (f === "budget" || f === "initialBudget") marked(c.col, r.figure);
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
          const fig = figureAt(reader, ctx, m.r0, m.c0, reader.raw(m.r0, m.c0), "budget", "amount", bc.unit, "execution").figure;
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
      ...(g.source !== null ? { source: g.source } : {}),
      initialBudget: g.cols.initialBudget === g.cols.budget ? null : read("initialBudget").figure,
      budget: budgetSpanned ? null : read("budget").figure,
      budgetSpanned,
      actual: actual.figure,
      statedRate: read("rate").figure,
    };
    if (g.cols.initialRate) out.statedInitialRate = read("initialRate").figure;
    else if (ofInitial && out.initialBudget && out.statedRate) {
      out.statedInitialRate = out.statedRate;
      out.statedRate = null;
    }
    if (g.cols.progress) out.statedProgress = read("progress").figure;
    if (g.cols.income) out.income = read("income").figure;
    if (g.parts.length > 0) {
      out.parts = {};
      for (const p of g.parts) out.parts[p.col] = readFigure(reader, ctx, row, p.col, "actual", "amount", p.unit, "execution").figure;
    }
    if (g.budgetParts.length > 0 && !budgetSpanned) {
      out.budgetParts = {};
      for (const p of g.budgetParts) marked(p.col, (out.budgetParts[p.col] = readFigure(reader, ctx, row, p.col, "budget", "amount", p.unit, "execution").figure));
    }
    if (noBudget.length > 0) out.noBudget = noBudget;
    const asOf = asOfFrom(year, actual.period ?? g.cols.actual?.period) ?? (year === yearOfContext ? spec.context.asOf ?? undefined : undefined);
    if (asOf) out.asOf = asOf;
    return out;
  };
  const yearOfContext = spec.context.asOf ? Number(spec.context.asOf.slice(0, 4)) : null;
  const compared = byYear && spec.context.title ? comparedYears(spec.context.title) : null;

  // Lines indented under `加：市体制补助` to align with its name (`    市定额及结算补助`) are further lines it adds: its peers.
  // Lines indented deeper between them (a 其中 list's run-on lines) leave that alignment standing.
  let adjusting: { indent: number; aligned: number } | null = null;
  const adjustedIndent = (indent: number, text: string | null): number => {
    const width = text ? adjustPrefixWidth(text) : 0;
    if (width > 0) adjusting = { indent, aligned: indent + width };
    else if (adjusting && indent === adjusting.aligned) return adjusting.indent;
    else if (adjusting && indent > adjusting.aligned) return indent;
    else adjusting = null;
    return indent;
  };
  const indentCol = categoryCol ?? yearCol;
  const heads = byYear
    ? new Map<number, number>()
    : subtotalsHeading(
        body.rows,
        (row) => groups.flatMap((g) => [g.cols.budget, g.cols.actual].map((c) => (c ? plainNumber(reader.raw(row, c.col)) : null))),
        (row) => (indentCol ? indentOf(reader.value(row, indentCol.col)) : 0),
      );
  for (const { row, cls: read } of body.rows) {
    // A 小计 heading its lines is their whole, a row like any other: they are its children.
    const cls = heads.has(row) ? ({ kind: "data" } as const) : read;
    const isTotal = cls.kind === "total";
    const labelCol = byYear ? yearCol : categoryCol ?? yearCol;
    const labelText = labelCol ? textOf(reader.value(row, labelCol.col)) : null;
    const label = isTotal ? cls.label : labelText ?? (seqCol ? textOf(reader.value(row, seqCol.col)) : null) ?? "";
    const labelCell = a1(row, cls.kind === "total" ? cls.col : labelCol?.col ?? spec.c0);
    const years: ExecutionFigures[] = [];
    let rowYearValue: number | null = null;
    if (byYear && !isTotal) {
      // A change between the year rows (2016年比2015年增减%, 增减额) is no year's figures, as a change column is no amount.
      if (labelText && isChangeLabel(labelText)) continue;
      const raw = yearCol ? reader.value(row, yearCol.col) : null;
      rowYearValue = rowYear(raw);
      // Years compared under a title naming one against another: the later is the table's, the earlier beside it.
      if (compared && rowYearValue !== null && compared.includes(rowYearValue)) rowYearValue = compared[compared.length - 1];
      if (rowYearValue === null) {
        if (raw !== null && String(raw).trim() !== "" && yearCol) {
          noteUnreadable(ctx, row, yearCol.col, "year", unreadableText(raw), "execution");
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
      // A by-year total sums several years: its figures carry the latest year as a reference. A
      // 合计 first (above its rows) is read once the rows are.
      const latest = rows.reduce((y, r) => Math.max(y, r.years[0]?.year ?? 0), 0);
      if (latest) for (const g of groups) years.push(figures(row, g, latest));
      else if (rows.length === 0) totalFirst = row;
    }
    const itemCount = countCol ? readFigure(reader, ctx, row, countCol.col, "itemCount", "count", unit, "execution").figure : null;
    const er: ExecutionRow = {
      row,
      label,
      labelCell,
      category: isTotal ? null : byYear ? categoryIn(categoryCol ? reader.value(row, categoryCol.col) : null) : labelText ? stripNumbering(labelText) : null,
      itemCount,
      years,
    };
    if (isTotal) {
      er.scope = cls.scope;
      total ??= er;
      totals.push(er);
      totalSince = true;
      continue;
    }
    if (!labelText && years.every((y) => !y.budget && !y.actual && !y.statedRate && !y.initialBudget) && !itemCount) continue;
    if (labelText && partLabel(labelText) !== null) {
      // A 其中 right under a 其中 line (`其中：一般公共预算收入 | 其中：税收收入`) opens that part's own parts,
      // unless it is the rest or the complement of that line (`其中：财政拨款 | 其中：其他资金`): both parts of one whole.
      const above = rows[rows.length - 1];
      const name = stripNumbering(partLabel(labelText) as string);
      const nested =
        above !== undefined &&
        above.partOf !== undefined &&
        above.row === row - 1 &&
        partOpens(outline[outline.length - 1]?.label) &&
        !completesLine([above.category ?? above.label, name]);
      const whole = nested ? above : [...rows].reverse().find((x) => x.partOf === undefined);
      if (whole) er.partOf = whole.row;
      er.category = stripNumbering(partLabel(labelText) as string);
    } else if (labelText && nestedPartLabel(labelText) !== null && rows.length > 0 && rows[rows.length - 1].partOf !== undefined) {
      // `含：` under a 其中 line: a part of that part, not of the whole.
      er.partOf = rows[rows.length - 1].row;
      er.category = stripNumbering(nestedPartLabel(labelText) as string);
    }
    const code = codeText(spec, row);
    if (code !== null) er.code = code;
    rows.push(er);
    outline.push({
      label: labelText,
      number: seqCol ? reader.value(row, seqCol.col) : null,
      code,
      // A 其中 line with no whole among the lines (its whole the 合计 above): the lines indented under its
      // text are its list's next parts, its peers, not its children (其中：中央财政补助 | 　　　自治区本级).
      indent: labelCol ? adjustedIndent(indentOf(reader.value(row, labelCol.col)) + (er.partOf === undefined && labelText ? partPrefixWidth(labelText) : 0), labelText) : 0,
      reset: totalSince,
    });
    totalSince = false;
  }
  const foot = !byYear && totals.length === 0 ? resultAtFoot(rows, outline, spec.context.title) : null;
  if (foot) {
    rows.pop();
    outline.pop();
    foot.category = null;
    foot.scope = "table";
    total = foot;
    totals.push(foot);
  }
  if (totalFirst !== null) {
    const latest = rows.reduce((y, r) => Math.max(y, r.years[0]?.year ?? 0), 0);
    const first = totals.find((x) => x.row === totalFirst);
    if (first && latest) for (const g of groups) first.years.push(figures(totalFirst, g, latest));
  }
  const partOf = rows.map((x) => x.partOf);
  continueParts(
    outline.map((o) => o.label),
    partOf,
    outline.map((o) => o.indent),
  );
  rows.forEach((x, i) => {
    if (partOf[i] !== undefined) x.partOf = partOf[i];
  });
  breakdownParts(rows, outline.map((o) => o.label));
  partsAddingUp(rows, outline.map((o) => o.label));
  closeNestedParts(rows, outline.map((o) => o.label));
  markedThenSpelled(rows, outline.map((o) => o.label));
  if (!byYear) spelledParts(rows, outline.map((o) => o.label), totals);
  if (!byYear) linkOutline(rows, outline);
  if (heads.size > 0) linkHeads(rows, heads, totals);
  if (!byYear && totals.length === 0) {
    const whole = wholeFirst(rows);
    if (whole) {
      rows.shift();
      whole.category = null;
      whole.scope = "table";
      total = whole;
      totals.push(whole);
    }
  }
  if (!byYear) wholesWithin(rows, flatColumns(rows, totals), totals);
  if (!byYear) {
    for (const g of groups) {
      const budgetCol = g.cols.budget?.col;
      if (g.year !== null && budgetCol !== undefined) budgetStatedOnce(spec, rows, total, totals, groupBudgets, g.year, budgetCol);
    }
  }
  const read: ExecutionRead & { end: number } = { layout: byYear ? "by-year" : "by-category", rows, total, groupBudgets, end: body.end };
  if (totals.length > 1) read.totals = totals;
  return read;
}

/**
 * The result an account of resources names at its foot (一般公共预算当年财力 after 加： / 减： lines, a title naming
 * 财力; 总收入 under a title naming 总收入): the lines as typed come to it, a 减： line typed as a negative, so it is their total. A 减： line typed as a
 * positive leaves it a line: the table then states a sign the figures do not carry, and adding them would be wrong.
 */
function resultAtFoot(rows: readonly ExecutionRow[], outline: readonly OutlineInput[], title: string | null | undefined): ExecutionRow | null {
  const foot = rows[rows.length - 1];
  const label = outline[outline.length - 1]?.label;
  if (!foot || rows.length < 3 || !label || foot.partOf !== undefined || foot.code !== undefined) return null;
  const name = stripNumbering(label);
  const named = RESOURCES_RESULTS.find((c) => c.results.some((w) => name.endsWith(w)));
  if (!named || (title && !named.subjects.some((w) => title.includes(w)))) return null;
  let adjusted = false;
  for (let i = 0; i < rows.length - 1; i++) {
    const sign = outline[i].label ? adjustSign(outline[i].label as string) : null;
    if (sign === null) continue;
    adjusted = true;
    if (sign === "-" && rows[i].years.some((y) => (y.actual?.value ?? 0) > 0 || (y.budget?.value ?? 0) > 0)) return null;
  }
  return adjusted ? foot : null;
}

/**
 * The whole stated first under its own name rather than 合计 (`一般公共预算支出` above its
 * functions): with no total read, a first row standing alone (no outline parent, no part) is the
 * table's total when its budget or its spending is the sum of every row under it (at least two), to
 * a thousandth — then each of its columns is checked as a total's, the one that does not add up
 * reported. One pass over the rows. Its lines may be marked as its parts (`省重点工程建设项目` over `其中：产业转型项目`
 * and its peers, every row after it): they are then its lines, no `其中` of a line.
 */
function wholeFirst(rows: readonly ExecutionRow[]): ExecutionRow | null {
  const [first, ...rest] = rows;
  if (!first || rest.length < 2 || first.children || first.partOf !== undefined || first.code !== undefined) return null;
  const own = rest.filter((r) => r.partOf === first.row);
  if (own.length > 0 && !rest.every((r) => r.partOf !== undefined || r.parent !== undefined)) return null;
  // Parts all of their line by their names (其中：省级支出 | 市县支出) stay its parts, checked against it as such.
  if (own.length > 0 && completesLine(own.map((r) => r.category ?? r.label))) return null;
  const top = own.length > 0 ? own : rest.filter((r) => r.parent === undefined && r.partOf === undefined);
  const whole = first.years.some((y, i) =>
    (["budget", "actual"] as const).some((f) => {
      const stated = y[f]?.value;
      if (!stated) return false;
      let sum = 0;
      for (const r of top) sum += r.years[i]?.[f]?.value ?? 0;
      return Math.abs(sum - stated) <= Math.abs(stated) / 1000;
    }),
  );
  if (!whole) return null;
  for (const r of own) delete r.partOf;
  return first;
}

/**
 * A whole stated further down under its own name (`一般公共预算支出` after the revenue, above its
 * functions): a plain row standing alone (no outline, no parts, no code) whose budget or spending
 * is, to a thousandth, the sum of the next two or more plain rows is their parent — the shortest
 * such run, so a section of its own that follows (政府性基金 0) is not taken in. Its lines then carry
 * the spending status and its figures are checked against them, as an outline parent's are.
 */
function wholesWithin(rows: ExecutionRow[], flat: readonly { k: number; f: "budget" | "actual" }[], totals: readonly ExecutionRow[]): void {
  const hasParts = new Set(rows.map((r) => r.partOf).filter((p) => p !== undefined));
  const totalRows = totals.map((x) => x.row).sort((a, b) => a - b);
  let nextTotal = 0;
  for (let i = 0; i < rows.length; i++) {
    const whole = rows[i];
    if (whole.parent !== undefined || whole.children || whole.partOf !== undefined || whole.code !== undefined) continue;
    if (hasParts.has(whole.row)) continue;
    if (flat.some(({ k, f }) => !!whole.years[k]?.[f]?.value)) continue; // a peer the total adds as it stands
    // A total under the whole (本年收入合计 under the income lines) closes its section: the lines after it
    // (上年结转结余) are no part of a line above it, whatever their figures add up to.
    while (nextTotal < totalRows.length && totalRows[nextTotal] < whole.row) nextTotal++;
    const closing = nextTotal < totalRows.length ? totalRows[nextTotal] : Infinity;
    const run: ExecutionRow[] = [];
    // A whole's lines follow it closely (a budget's functions, a few dozen): a bound keeps a long table linear.
    for (let j = i + 1; j < rows.length && j <= i + WHOLE_SPAN; j++) {
      const r = rows[j];
      if (r.row > closing) break;
      if (r.partOf !== undefined || r.parent !== undefined) continue; // counted through its whole
      if (r.code !== undefined) break;
      run.push(r);
      if (run.length >= 2 && sumsTo(whole, run)) {
        for (const x of run) x.parent = whole.row;
        whole.children = run.map((x) => x.row);
        i = j;
        break;
      }
    }
  }
}

/**
 * The columns a table's one total (at its foot or standing first) adds up as its rows stand, each a peer
 * (8 + 5 + 3 … = 24 projects; 923.0 over the cities ranked by rate): a row's figure equal to the next few's
 * by chance (one city's 50 = the next two's 20 + 30) makes it no whole above them when it has a figure in such a
 * column — the total would then count them twice. By year index and field.
 */
function flatColumns(rows: readonly ExecutionRow[], totals: readonly ExecutionRow[]): { k: number; f: "budget" | "actual" }[] {
  // The one total at the foot or first, whatever it is named (合计, or 一般公共预算支出合计 for its whole): its
  // columns adding every plain row as it stands are the evidence, whichever scope its name reads as.
  const total = totals.length === 1 ? totals[0] : null;
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!total || !first || !last || (total.row > first.row && total.row < last.row)) return [];
  const plain = rows.filter((r) => r.partOf === undefined && r.parent === undefined);
  const out: { k: number; f: "budget" | "actual" }[] = [];
  for (const [k, y] of total.years.entries()) {
    for (const f of ["budget", "actual"] as const) {
      const v = y[f]?.value;
      if (v === undefined || v === null) continue;
      let sum = 0;
      for (const r of plain) sum += r.years[k]?.[f]?.value ?? 0;
      if (Math.abs(sum - v) <= Math.max(0.005, Math.abs(v) / 100_000)) out.push({ k, f });
    }
  }
  return out;
}

/** A figure as written, for the shape of the table before it is read: a number, or digits with separators. */
function plainNumber(v: Cell | undefined): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string") return null;
  const t = toHalfWidth(v).replace(/[,\s]/g, "");
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/**
 * 小计 rows heading their lines rather than closing them (`税收收入小计` over the taxes, `非税收入小计`
 * over the rest, under the whole): the rows after one, up to the next total, add up to it in some
 * budget or spending column, to a thousandth, while the rows since the last total add up to it in
 * none. Lines indented under it are all its lines (`  增值税` …, then 非税收入 flush, its sibling), and
 * then any total row with indented lines after it (税收收入合计 too) heads them, its earlier rows adding up to
 * it in no column keeping it from closing a section. Such a 小计 is its lines' whole, and the table's
 * whole is the sum of the 小计s and their siblings, never of their lines as well. By row: its last line's row.
 */
function subtotalsHeading(
  rows: readonly { row: number; cls: { kind: string; scope?: string; label?: string } }[],
  figures: (row: number) => (number | null)[],
  indent: (row: number) => number,
): Map<number, number> {
  const out = new Map<number, number>();
  const sumsTo = (i: number, run: readonly number[]) => {
    if (run.length < 2) return false;
    const stated = figures(rows[i].row);
    const each = run.map((k) => figures(rows[k].row));
    return stated.some((v, c) => {
      if (v === null || v === 0) return false;
      let sum = 0;
      for (const f of each) sum += f[c] ?? 0;
      return Math.abs(sum - v) <= Math.abs(v) / 1000;
    });
  };
  let since = 0;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].cls.kind !== "total") continue;
    const before: number[] = [];
    for (let k = since; k < i; k++) if (rows[k].cls.kind !== "total" && !out.has(rows[k].row)) before.push(k);
    since = i + 1;
    if (rows[i].cls.scope !== "category") continue;
    const after: number[] = [];
    for (let k = i + 1; k < rows.length && rows[k].cls.kind !== "total"; k++) after.push(k);
    const flush = after.findIndex((k) => indent(rows[k].row) <= indent(rows[i].row));
    const lines = flush > 0 ? after.slice(0, flush) : after;
    // A 小计 by name: a section's 合计 (收入合计 over the revenue, then 支出 … 支出合计) closes its rows.
    if (!/小计/.test(rows[i].cls.label ?? "") && flush === 0) continue;
    if (sumsTo(i, lines) && !sumsTo(i, before)) out.set(rows[i].row, rows[lines[lines.length - 1]].row);
  }
  return out;
}

/** Each heading 小计's lines (the rows after it, up to its last line, the next total or 小计, not yet placed) are its children. */
function linkHeads(rows: ExecutionRow[], heads: ReadonlyMap<number, number>, totals: readonly ExecutionRow[]): void {
  for (let i = 0; i < rows.length; i++) {
    const head = rows[i];
    const last = heads.get(head.row);
    if (last === undefined) continue;
    const kids: number[] = [];
    for (let j = i + 1; j < rows.length; j++) {
      const r = rows[j];
      if (r.row > last || heads.has(r.row) || totals.some((t) => t.row > head.row && t.row < r.row)) break;
      if (r.parent !== undefined || r.partOf !== undefined) continue;
      r.parent = head.row;
      kids.push(r.row);
    }
    if (kids.length > 0) head.children = [...(head.children ?? []), ...kids];
  }
}

/** Rows after a whole searched for the lines it sums. */
const WHOLE_SPAN = 200;

function sumsTo(whole: ExecutionRow, run: readonly ExecutionRow[]): boolean {
  return whole.years.some((y, k) =>
    (["budget", "initialBudget", "actual"] as const).some((f) => {
      const stated = y[f]?.value;
      if (!stated) return false;
      let sum = 0;
      for (const r of run) sum += r.years[k]?.[f]?.value ?? 0;
      return Math.abs(sum - stated) <= Math.abs(stated) / 1000;
    }),
  );
}

/**
 * A line opening a breakdown of its whole (`（一）按构成分：税收收入`, `（二）按级次分：上划中省收入`): the
 * numbering marks the breakdown, not a level above the plain lines that follow it.
 */
const BREAKDOWN = /^\s*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[、.．])?\s*按[^：:，,\s]{1,8}分\s*[：:]/;

/** Rows of an outline (类/款/项 codes, numbered headings): each parent knows its children. */
function linkOutline(rows: ExecutionRow[], outline: OutlineInput[]): void {
  const opens = outline.map((o) => !!o.label && BREAKDOWN.test(o.label));
  const input = opens.some(Boolean) ? outline.map((o, i) => (opens[i] ? { ...o, label: (o.label as string).replace(BREAKDOWN, "") } : o)) : outline;
  // Parts (其中) are no children: they are checked against their whole, and never summed.
  const levels = outlineLevels(input).map((l, i) => (rows[i].partOf !== undefined ? null : l));
  if (levels.every((l) => l === null)) return;
  const parents = parentsOf(levels, outline.map((o) => !!o.reset));
  parents.forEach((p, i) => {
    if (p < 0 || rows[i].partOf !== undefined) return;
    const parent = rows[p];
    // A 会议费, 培训费 or 机关运行经费 line (numbered or not) under a 三公 line: an account of its own, no sub-line of it.
    if (besideCeiling(rows[i].label) && !isCeilingLine(rows[i].label) && isCeilingLine(parent.label)) return;
    rows[i].parent = parent.row;
    // A second breakdown of the same whole starts a list of its own.
    if (opens[i] && parent.children && parent.children.length > 0) (parent.breakdowns ??= []).push([]);
    const lists = parent.breakdowns;
    if (lists && lists.length > 0) lists[lists.length - 1].push(rows[i].row);
    else (parent.children ??= []).push(rows[i].row);
  });
}

/**
 * A year's budget written on the first category row alone, every other row's budget cell empty
 * while those rows did spend: the merged cell of Table C (2020, 2019) after the merge was lost in
 * copying (values pasted, CSV). It is read as the year's budget stated once, as the merge would
 * be — not as category 1's budget with the others overspending a budget of 0. When the 合计 row
 * states the year's budget, the figure must equal it. Rows a total divides (收入 … 收入合计, then
 * 支出 … 支出合计) are sections of their own: no one budget spans them, so the figure is its line's.
 */
function budgetStatedOnce(
  spec: TableSpec,
  rows: ExecutionRow[],
  total: ExecutionRow | null,
  totals: readonly ExecutionRow[],
  groupBudgets: GroupBudget[],
  year: number,
  budgetCol: number,
): void {
  if (rows.length < 2 || groupBudgets.some((b) => b.year === year)) return;
  if (totals.some((x) => x.row > rows[0].row && x.row < rows[rows.length - 1].row)) return;
  const figs = rows.map((r) => r.years.find((y) => y.year === year && !y.source));
  const figure = figs[0]?.budget;
  if (!figure) return;
  let spentElsewhere = false;
  for (let i = 1; i < rows.length; i++) {
    const y = figs[i];
    if (!y || y.budgetSpanned || !isBlank(spec.reader.raw(rows[i].row, budgetCol))) return;
    if (y.actual && y.actual.value !== 0) spentElsewhere = true;
  }
  const stated = total?.years.find((y) => y.year === year && !y.source)?.budget;
  if (!spentElsewhere || (stated && Math.abs(stated.value - figure.value) >= 0.005)) return;
  for (const y of figs) {
    if (!y) continue;
    y.budget = null;
    y.budgetSpanned = true;
  }
  groupBudgets.push({ year, figure, rows: rows.map((r) => r.row) });
}

/** A by-year table may also name a category on each row (年度 | 政策类 | 预算 | 实际, one row per pair). */
function categoryIn(v: Cell | undefined): string | null {
  const t = textOf(v);
  return t ? stripNumbering(t) : null;
}

/** The label opens a 其中 list (`其中：一般公共预算收入`). */
function partOpens(label: string | null | undefined): boolean {
  return !!label && partLabel(label) !== null;
}

/**
 * A 其中 list written flat, neither numbered nor indented (`其中：老边区本级 | 辽河经济开发区` under 老边区,
 * `其中：税收收入 | 非税收入` under 一般公共预算收入): the lines after the 其中 line are its list's too when,
 * with them, the list adds up to its whole in every figure the whole states (budget and spending, to a
 * thousandth) — the list is all of the whole and ends there; the lines after are the whole's peers. A run
 * that never adds up stays as written (其中 lines that are only some of their line).
 */
function partsAddingUp(rows: ExecutionRow[], labels: readonly (string | null)[]): void {
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const value = (r: ExecutionRow, f: "budget" | "actual") => r.years[0]?.[f]?.value ?? null;
  for (let i = 0; i < rows.length; i++) {
    const first = rows[i];
    if (first.partOf === undefined || (i > 0 && rows[i - 1].partOf === first.partOf) || !partOpens(labels[i])) continue;
    const whole = byRow.get(first.partOf);
    if (!whole || rows[i + 1]?.partOf !== undefined) continue;
    const fields = (["budget", "actual"] as const).filter((f) => value(whole, f) !== null);
    if (fields.length === 0) continue;
    const sums = fields.map((f) => value(first, f) ?? 0);
    for (let j = i + 1; j < rows.length && rows[j].partOf === undefined && !rows[j].children && partLabel(labels[j] ?? "") === null; j++) {
      fields.forEach((f, k) => (sums[k] += value(rows[j], f) ?? 0));
      const adds = fields.every((f, k) => {
        const w = value(whole, f) as number;
        return Math.abs(sums[k] - w) <= Math.max(Math.abs(w) / 1000, 1e-9);
      });
      if (adds) {
        for (let k = i + 1; k <= j; k++) rows[k].partOf = whole.row;
        break;
      }
    }
  }
}

/**
 * A breakdown label on a row of its own (`按级次划分` under 税收收入, then 县级 | 乡级) opens parts of the
 * line above it — or of that line's whole, when the line is itself a part (`其中：上划收入`, then
 * `按征收部门分：`): the lines after the label are its parts up to where they add up to it in every
 * figure it states (budget and spending, to a thousandth); the next line is then its peer, not a
 * part and not a child of the last part (乡级 is no level over 非税收入). A run that never adds up
 * stays as written.
 */
function breakdownParts(rows: ExecutionRow[], labels: readonly (string | null)[]): void {
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const value = (r: ExecutionRow, f: "budget" | "actual") => r.years[0]?.[f]?.value ?? null;
  const stated = (r: ExecutionRow) => value(r, "budget") !== null || value(r, "actual") !== null;
  // Each whole's first part as read (其中 lines), and the next list a label opens for it.
  const firstPart = new Map<number, number>();
  rows.forEach((r, i) => {
    if (r.partOf !== undefined && !firstPart.has(r.partOf)) firstPart.set(r.partOf, i);
  });
  const lists = new Map<number, number>();
  for (let i = 1; i < rows.length; i++) {
    if (!isBreakdownLabel(labels[i] ?? "") || stated(rows[i])) continue;
    const wholes: ExecutionRow[] = [];
    for (let w: ExecutionRow | undefined = rows[i - 1]; w && wholes.length < 4; w = w.partOf === undefined ? undefined : byRow.get(w.partOf)) {
      if (stated(w)) wholes.push(w);
    }
    for (const whole of wholes) {
      const fields = (["budget", "actual"] as const).filter((f) => value(whole, f) !== null);
      const sums = fields.map(() => 0);
      let end = -1;
      // Where the run first adds up in some figure, though not in every one.
      let some = -1;
      for (let j = i + 1; j < rows.length && rows[j].partOf === undefined && !rows[j].children; j++) {
        const l = labels[j] ?? "";
        if (isBreakdownLabel(l) || partLabel(l) !== null) break;
        fields.forEach((f, k) => (sums[k] += value(rows[j], f) ?? 0));
        const near = fields.map((f, k) => {
          const v = value(whole, f) as number;
          return Math.abs(sums[k] - v) <= Math.max(Math.abs(v) / 1000, 1e-9);
        });
        if (j > i + 1 && some < 0 && near.some(Boolean)) some = j;
        if (j > i + 1 && near.every(Boolean)) {
          end = j;
          break;
        }
      }
      // A further cut of a whole a label's list already adds up to (（一）按收入构成分, then （二）按区域分) is all
      // of it too: a slip in one figure (the areas' revenue) is to be reported, not the cut read as other lines.
      if (end < 0 && lists.has(whole.row)) end = some;
      if (end < 0) continue;
      // A whole already given parts is broken down again (按级次分 then 按构成分): a list of its own.
      const list = lists.get(whole.row) ?? ((firstPart.get(whole.row) ?? i) < i ? 1 : 0);
      lists.set(whole.row, list + 1);
      for (let k = i + 1; k <= end; k++) {
        rows[k].partOf = whole.row;
        rows[k].breakdown = list;
      }
      break;
    }
  }
}

/**
 * A part's own parts (税收收入 | 非税收入 under 其中：一般公共预算收入) end once they are all of it
 * (one the rest or the complement of another): a line run on after them (政府性基金预算收入) is
 * no part of that part but the next part of the whole above it.
 */
function closeNestedParts(rows: ExecutionRow[], labels: readonly (string | null)[]): void {
  const byRow = new Map(rows.map((r) => [r.row, r]));
  // By whole and list: a second breakdown of a part (by level after by kind) runs on no complete list.
  const seen = new Map<string, string[]>();
  const key = (r: ExecutionRow) => `${r.partOf}|${r.breakdown ?? 0}`;
  rows.forEach((r, i) => {
    if (r.partOf === undefined) return;
    const whole = byRow.get(r.partOf);
    const before = seen.get(key(r)) ?? [];
    const opens = partOpens(labels[i]) || nestedPartLabel(labels[i] ?? "") !== null;
    if (!opens && r.breakdown === undefined && whole?.partOf !== undefined && completesLine(before)) r.partOf = whole.partOf;
    const list = seen.get(key(r)) ?? [];
    list.push(r.category ?? r.label ?? "");
    seen.set(key(r), list);
  });
}

/**
 * A line's `其中` part followed by unmarked lines that, with it, spell the line's name (公务用车购置及运行费 over
 * 其中：公务用车运行费, then 公务用车购置费): the 其中 opened the list, the name closes it, so the unmarked
 * lines are its further parts, not peers the total would add again. Lines that piece no name stay lines.
 */
function markedThenSpelled(rows: ExecutionRow[], labels: readonly (string | null)[]): void {
  for (let i = 0; i + 2 < rows.length; i++) {
    const line = rows[i];
    const name = line.category ?? line.label;
    if (line.partOf !== undefined || !name || !/[及和与、]/.test(name)) continue;
    // The marked parts right under it (其中：…), then up to four names in all.
    let k = i + 1;
    while (k < rows.length && k - i <= 4 && rows[k].partOf === line.row && partLabel(labels[k] ?? "") !== null) k++;
    if (k === i + 1) continue;
    for (let end = k; end < rows.length && end - i <= 4; end++) {
      const r = rows[end];
      if (r.partOf !== undefined || r.children || r.code !== undefined || r.row !== rows[end - 1].row + 1 || partLabel(labels[end] ?? "") !== null) break;
      const run = rows.slice(i + 1, end + 1);
      if (!spellsLine(name, run.map((x) => x.category ?? x.label ?? ""))) continue;
      for (let j = k; j <= end; j++) rows[j].partOf = line.row;
      i = end;
      break;
    }
  }
}

/**
 * Lines right after a line that spell its name's pieces, with no 其中 (公务用车购置及运行维护费, then 公务用车购置费 |
 * 公务用车运行维护费): its parts, when the table's foot — its 合计 under them, else its last line — adds the
 * line (as typed, or as they give it) and not them as well. Read as peers, the foot would count them twice.
 */
function spelledParts(rows: ExecutionRow[], labels: readonly (string | null)[], totals: readonly ExecutionRow[]): void {
  const last = rows[rows.length - 1];
  const foot = totals.find((t) => t.scope === "table" && last !== undefined && t.row > last.row) ?? last;
  if (!foot || foot.partOf !== undefined || foot.children) return;
  const value = (r: ExecutionRow, f: "budget" | "initialBudget" | "actual") => r.years[0]?.[f]?.value ?? null;
  const fields = (["budget", "initialBudget", "actual"] as const).filter((f) => value(foot, f) !== null);
  if (fields.length === 0) return;
  const plain = (r: ExecutionRow | undefined): r is ExecutionRow => !!r && r !== foot && r.partOf === undefined && r.parent === undefined && !r.children && r.code === undefined;
  const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(Math.abs(b) / 1000, 1e-9);
  // What the foot's lines add up to as they stand, each field; lowered as parts are found.
  const sums = fields.map((f) => rows.reduce((s, r) => (plain(r) ? s + (value(r, f) ?? 0) : s), 0));
  for (let i = 0; i < rows.length; i++) {
    const line = rows[i];
    const name = line.category ?? line.label;
    if (!plain(line) || !name || !/[及和与、]/.test(name) || fields.some((f) => value(line, f) === null)) continue;
    // A name joins two to four pieces (购置及运行维护费; 会议费、培训费和差旅费).
    for (let n = 2; n <= 4; n++) {
      const run = rows.slice(i + 1, i + 1 + n);
      if (run.length < n || !run.every((r, k) => plain(r) && partLabel(labels[i + 1 + k] ?? "") === null)) break;
      if (!spellsLine(name, run.map((r) => r.category ?? r.label ?? ""))) continue;
      const parts = fields.map((f) => run.reduce((s, r) => s + (value(r, f) ?? 0), 0));
      const adds = fields.every((f, k) => {
        const others = sums[k] - (value(line, f) as number) - parts[k];
        const stated = value(foot, f) as number;
        return (near(others + (value(line, f) as number), stated) || near(others + parts[k], stated)) && !near(others + (value(line, f) as number) + parts[k], stated);
      });
      if (!adds) break;
      for (const r of run) r.partOf = line.row;
      fields.forEach((_, k) => (sums[k] -= parts[k]));
      i += n;
      break;
    }
  }
}
