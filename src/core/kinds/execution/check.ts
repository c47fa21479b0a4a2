/**
 * Budget execution (预算执行): stated rates, overspending, no spending, pace against time
 * progress (序时进度), outline parents against their children, part columns against their whole,
 * and the 合计 row against its rows. Every comparison allows the rounding of the figures as shown.
 *
 * Status rules (overspent, no-spending, behind-schedule) are exclusive per row and year, most
 * serious first (spendingStatus), and apply to year, category and line rows — an outline parent only its
 * pace (its children carry the rest) — not the 合计 row (checked by total-mismatch); a row whose
 * budget is a merged cell spanning all categories has no budget of its own, so no rate and no status.
 */
import { a1 } from "../../grid";
import type { Finding } from "../../findings";
import type { IsoDate } from "../../dates";
import { executionRate, rateConsistent, roundFen, shortfallPoints, spendingStatus, timeProgress } from "../../measures";
import type { AuditSettings } from "../../settings";
import { lastLevel, type Figure, type TableBase } from "../../tables/base";
import { columnPrecision, shownDecimals, halfUnit, sumAllowance } from "../../tables/structure";
import { columnUnit } from "../../rules/tableUnits";
import { completesLine, isBreakdownLabel, spellsLine } from "../../tables/rows";
import { LINE_HALVES, besideCeiling, isCeilingLine, type ExecutionField } from "./fields";
import { behindSchedule, noSpending, overspent, rateMismatch, totalMismatch } from "./rules";
import type { ExecutionFigures, ExecutionRow, ExecutionTable } from "./types";

/** A `其中` list that is all of its line; `blankIsNothing` when a part left blank is none of it (LINE_HALVES). */
interface PartList {
  whole: ExecutionRow;
  parts: ExecutionRow[];
  blankIsNothing?: true;
}

interface Ctx {
  t: ExecutionTable;
  /** What an outline parent's figure comes to as its children add up, where that differs from it (see asChildrenGive). */
  given: ReadonlyMap<string, number>;
  /** What an outline parent's figure comes to as its own children add up as typed, one level down, where that differs. */
  below: ReadonlyMap<string, number>;
  /** `其中` lists that are all of their line (see completeLists). */
  lists: PartList[];
  settings: AuditSettings;
  prec: (f: Figure) => number;
  half: (f: Figure | null) => number;
  halfBudget: (f: Figure | null) => number;
  unitOf: (f: Figure) => ReturnType<typeof columnUnit>;
}

function context(t: ExecutionTable, settings: AuditSettings): Ctx {
  const figs: Figure[] = [];
  for (const r of t.total ? [...t.rows, t.total] : t.rows) {
    for (const y of r.years) for (const f of [y.budget, y.initialBudget, y.actual, y.income, ...Object.values(y.parts ?? {}), ...Object.values(y.budgetParts ?? {})]) if (f) figs.push(f);
  }
  for (const g of t.groupBudgets) figs.push(g.figure);
  const precision = columnPrecision(figs);
  const prec = (f: Figure) => shownDecimals(f, precision);
  const unitOf = (f: Figure) => columnUnit(t, f.col);
  const c: Ctx = {
    t,
    settings,
    prec,
    unitOf,
    given: new Map(),
    below: new Map(),
    lists: [],
    half: (f) => (f ? halfUnit(prec(f), unitOf(f)) : 0),
    // Budgets are appropriated in whole units: one shown without decimals is exact.
    halfBudget: (f) => (f && prec(f) > 0 ? halfUnit(prec(f), unitOf(f)) : 0),
  };
  c.given = asChildrenGive(c, false);
  c.below = asChildrenGive(c, true);
  c.lists = completeLists(c);
  c.given = new Map([...c.given, ...asPartsGive(c)]);
  return c;
}

export function checkExecution(t: ExecutionTable, asOf: IsoDate, settings: AuditSettings, tables: readonly TableBase[] = []): Finding[] {
  const out: Finding[] = [];
  const c = context(t, settings);
  const lang = settings.lang;
  const revenue = revenueRows(t);
  const unbudgeted = unbudgetedWholes(t, revenue);
  // A budget with no spending column (一般公共预算支出表) states nothing spent: no status to judge.
  const spends = t.columns.some((x) => x.field === "actual");
  const noted = notedPace(t);
  const rowsAt = new Map(t.rows.map((r) => [r.row, r]));
  const ceilingTitled = titledCeiling(t);

  for (const row of t.rows) {
    const label = rowLabel(row);
    for (const y of row.years) {
      if (y.budgetSpanned || inGroup(t, row.row, y.year)) continue;
      // The adjusted budget when the table has one, else the initial one. A `—` in the adjusted budget beside a
      // year-start one is no adjustment (未调整的按年初预算数): the year-start budget stands; with none beside it, no budget.
      const budgetField: ExecutionField | null = y.budget
        ? "budget"
        : y.initialBudget
          ? "initialBudget"
          : hasColumn(t, "budget", y.year, y.source)
            ? "budget"
            : hasColumn(t, "initialBudget", y.year, y.source)
              ? "initialBudget"
              : null;
      if (budgetField === null) continue;
      const budgetFig = budgetField === "budget" ? y.budget : y.initialBudget;
      // A budget cell marked as holding nothing (— on a transfer line) is no budget: no rate, no status, not 0.
      if (!budgetFig && markedNone(t, y, budgetField)) continue;
      const budget = budgetFig?.value ?? 0;
      const actual = y.actual?.value ?? 0;
      const base = { label: y.source ? `${label ?? ""}（${y.source}）` : label, year: y.year, budgetField: named(t, budgetField, budgetFig) };

      const rate = executionRate(actual, budget);
      const fits = (a: number, b: number) => rateConsistent(y.statedRate?.value ?? 0, y.statedRate?.decimals ?? 0, a, b, c.half(y.actual), c.halfBudget(budgetFig));
      // An outline parent (二、非税收入 over its lines) is a total of its lines: a figure of it already
      // found wrong against them is reported once, not again in its rate when the rate is what its lines
      // give (all its figures as they add up, so that no mix of typed and summed figures agrees by chance).
      const given = givenFigures(c, y);
      const asLines = Object.keys(given).length > 0 && fits(given.actual ?? actual, (budgetField && given[budgetField]) ?? budget);
      if (y.statedRate && rate !== null && !fits(actual, budget) && !asLines) {
        out.push(mismatch(t, row, y.year, y.statedRate, rate, actual, budget, label, lang));
      }
      const initial = initialRateMismatch(c, row, y, y.year, label);
      if (initial) out.push(initial);
      if (!spends) continue;
      // A section over its lines (二、非税收入) is paced as a line is, but its lines carry its overspending and
      // money left unspent (reported once, there), unless the table gives none of them a budget.
      const paceOnly = !!row.children && row.children.length > 0 && !row.children.every((k) => unbudgeted.has(`${k}|${y.year}|${y.source ?? ""}`));
      const keep = (f: Finding | null): f is Finding => !!f && (!paceOnly || f.rule === behindSchedule.id);
      // Money collected is not spent: a revenue line is neither overspent nor unspent, but its pace
      // (收入进度) is watched against time progress as spending's is.
      const collected = revenue.has(row.row);
      if (unbudgeted.has(`${row.row}|${y.year}|${y.source ?? ""}`)) continue; // no budget to measure against

      // A 序时进度 column, else the pace a note under the table states for the table's year.
      const stated = y.statedProgress ?? (noted && (t.context?.year == null || t.context.year === y.year) ? noted : null);
      const progress = stated ? stated.value : timeProgress(asOf, y.year, settings.progressMethod);
      const across = categoriesAcross(t, y);
      if (across.length > 0) {
        // One row across (预算数 | 决算数 by category): each category carries its own status.
        for (const k of across) {
          if (!k.budget && y.noBudget?.includes(k.budgetCol)) continue;
          const b = k.budget?.value ?? 0;
          const a = k.actual?.value ?? 0;
          const at = { sheet: t.sheet, cell: k.actual?.cell ?? a1(row.row, k.actualCol), row: row.row };
          const s = status(c, { ...base, label: label ? `${label}（${k.label}）` : k.label }, a, b, k.actual, k.budget, progress, stated !== null, asOf, at, collected, null, ceilingTitled && !besideCeiling(k.label));
          if (keep(s)) out.push(s);
        }
        continue;
      }
      const actualCell = y.actual?.cell ?? cellOf(t, row.row, "actual", y.year, y.source) ?? budgetFig?.cell ?? row.labelCell;
      const at = { sheet: t.sheet, cell: actualCell, row: row.row };
      const s = status(c, base, actual, budget, y.actual, budgetFig, progress, stated !== null, asOf, at, collected, y.statedRate, underCeiling(rowsAt, row) || (ceilingTitled && !besideCeiling(row.category ?? row.label) && !besideCeiling(y.source)));
      if (keep(s)) out.push(s);
    }
  }

  out.push(...checkChildren(c, runOn(t, tables)));
  out.push(...checkParts(c));
  out.push(...checkPartRows(c));
  const totals = t.totals ?? (t.total ? [t.total] : []);
  const members = totalMembers(t, totals);
  for (const total of totals) out.push(...checkTotal(c, total, members.get(total) ?? { rows: [], totals: [] }));
  return out;
}

/**
 * The pace a note under the table states (注：序时进度为41.67%, 说明：时间进度按58.33%计算): a circular
 * that ranks units by the share paid gives the pace it measured them against so, and it is the
 * table's own, as a 序时进度 column is (the office may count it otherwise than by month).
 */
const PACE_NOTE = /(?:序时|时间)进度(?:为|是|按|达|：|:|\s)*(\d+(?:\.\d+)?)\s*[%％]/;

function notedPace(t: ExecutionTable): { value: number } | null {
  for (const n of t.context?.notes ?? []) {
    const m = PACE_NOTE.exec(n);
    if (m) return { value: Number(m[1]) / 100 };
  }
  return null;
}

/** A row's spending status (overspent, no spending, behind schedule) as a finding, or null when normal. */
function status(
  c: Ctx,
  base: { label: string | null; year: number; budgetField: ExecutionField },
  actual: number,
  budget: number,
  actualFig: Figure | null,
  budgetFig: Figure | null,
  progress: number,
  fromTable: boolean,
  readOn: IsoDate,
  at: { sheet: string; cell: string; row: number },
  revenue = false,
  statedRate: Figure | null = null,
  ceiling = false,
): Finding | null {
  const { settings } = c;
  const lang = settings.lang;
  // A past year is measured at its end, whatever day the table is read: its progress is 100% then.
  const yearEnd = `${base.year}-12-31`;
  const asOf = readOn > yearEnd ? yearEnd : readOn;
  const s = spendingStatus(actual, budget, progress, settings.tolerance);
  if (s === "normal") return null;
  // Revenue above its budget is collected beyond plan; nothing collected yet is as far behind as can be.
  if (revenue && s === "overspent") return null;
  if (revenue && s === "no-spending" && shortfallPoints(0, progress, settings.tolerance) <= 0) return null;
  // A 三公 line's budget is a ceiling to stay under: spending below it is economy, no delay. (Spending
  // none of it stays no-spending: a ceiling left whole is still worth a look, as the corpus reads it.)
  if (s === "behind" && (ceiling || isCeilingLine(base.label))) return null;
  const rate = executionRate(actual, budget);
  if (s === "overspent") {
    // Spending within rounding of the budget is not overspending — unless the line's own stated rate, beyond its
    // rounding above 100% and agreeing with the figures, says it was (1.9 against 1.8 亿元, stated 105.6%).
    if (actual - budget <= c.half(actualFig) + c.halfBudget(budgetFig) && !rateShowsOverspending(statedRate, actual, budget, c.half(actualFig), c.halfBudget(budgetFig))) return null;
    return overspent.at(at, { ...base, actual, budget, rate }, lang, actual, budget);
  }
  if (s === "no-spending" && !revenue) return noSpending.at(at, { ...base, budget, asOf }, lang, 0, budget);
  const r = actual / budget;
  return behindSchedule.at(
    at,
    {
      ...base,
      rate: r,
      progress,
      tolerance: settings.tolerance,
      shortfall: Math.round(shortfallPoints(r, progress, settings.tolerance) * 100) / 100,
      asOf,
      progressSource: fromTable ? "table" : null,
    },
    lang,
    r,
    progress,
  );
}

/** Whether a stated rate is above 100% beyond its own rounding and the figures agree with it within theirs. */
function rateShowsOverspending(stated: Figure | null, actual: number, budget: number, halfActual: number, halfBudget: number): boolean {
  if (!stated || !(budget > 0)) return false;
  const decimals = stated.decimals;
  const halfStated = (0.5 * Math.pow(10, -decimals)) / 100;
  return stated.value - halfStated > 1 + 1e-12 && rateConsistent(stated.value, decimals, actual, budget, halfActual, halfBudget);
}

/** The 三公 money named in a title (“三公”经费, 三公经费), not 三公 inside a name (某局三公司). */
const THREE_PUBLIC_TITLE = /[“"‘']三公[”"’']|三公经费/;

/**
 * A table whose title names the 三公 money (…部门“三公”经费财政拨款预决算情况, departments or units as its lines):
 * every line is 三公 money, a ceiling, whatever the line names (会议费, 培训费 shown beside excepted).
 */
function titledCeiling(t: ExecutionTable): boolean {
  // A sentence above (prose on the 三公 money, punctuated) titles nothing; a long title is still a title.
  return (t.context?.lines ?? []).some((l) => THREE_PUBLIC_TITLE.test(l) && !/[，。；,;]/.test(l));
}

/** A sub-line of a 三公 line (（1）国内接待费 under 公务接待费) shares its ceiling, whatever its own name. */
function underCeiling(rowsAt: ReadonlyMap<number, ExecutionRow>, row: ExecutionRow): boolean {
  if (besideCeiling(row.category ?? row.label)) return false; // 会议费, 培训费: accounts of their own, no 三公 line's part
  const byRow = (n: number | undefined) => (n === undefined ? undefined : rowsAt.get(n));
  let up = byRow(row.parent ?? row.partOf);
  for (let d = 0; up && d < 8; d++, up = byRow(up.parent ?? up.partOf)) if (isCeilingLine(up.category ?? up.label)) return true;
  return false;
}

/**
 * The heading of a part column without the label that named its field: below it in blocks (`决算数 / 公务接待费` →
 * 公务接待费), above it in pairs per line (`公务接待费 / 决算数`, every column of the field ending in that label).
 */
function categoryKey(t: ExecutionTable, c: { header: string; field: string | null }): string {
  const levels = c.header.split(" / ");
  const last = levels[levels.length - 1];
  const own = t.columns.filter((x) => x.field === c.field && !x.aside);
  const pairs = own.length >= 2 && levels.length > 1 && own.every((x) => x.header.split(" / ").pop() === last);
  return (pairs ? levels.slice(0, -1) : levels.slice(1)).join(" / ");
}

/**
 * The categories of a row whose budget and spending are each a whole and its part columns (one
 * row across, 预算数 | 决算数 by category): pairs of budget and spending by the part's heading,
 * the innermost only (a 小计's parts carry its status). Empty for every other row.
 */
function categoriesAcross(t: ExecutionTable, y: ExecutionFigures): { label: string; budget: Figure | null; budgetCol: number; actual: Figure | null; actualCol: number }[] {
  if (!y.parts || !y.budgetParts) return [];
  const wholes = new Set(t.columns.filter((c) => c.part).map((c) => c.part?.of));
  const budgetBy = new Map<string, number>();
  for (const c of t.columns) if (c.part && budgetLike(t, c) && c.col in y.budgetParts) budgetBy.set(categoryKey(t, c), c.col);
  const out: { label: string; budget: Figure | null; budgetCol: number; actual: Figure | null; actualCol: number }[] = [];
  for (const c of t.columns) {
    if (!c.part || c.field !== "actual" || !(c.col in y.parts) || wholes.has(c.col)) continue;
    const key = categoryKey(t, c);
    const b = budgetBy.get(key);
    if (b === undefined) continue;
    out.push({ label: lastLevel(key), budget: y.budgetParts[b] ?? null, budgetCol: b, actual: y.parts[c.col] ?? null, actualCol: c.col });
  }
  return out;
}

type Pick = (y: ExecutionFigures | undefined) => Figure | null | undefined;

const SUMMED: readonly [ExecutionField, Pick][] = [
  ["budget", (y) => (y && !y.budgetSpanned ? y.budget : null)],
  ["initialBudget", (y) => y?.initialBudget],
  ["actual", (y) => y?.actual],
  ["income", (y) => y?.income],
];

/**
 * The field a budget figure is named by in a message: a lone 年初预算 serves as the budget (read.ts) but
 * keeps its own name, since the sheet has no adjusted budget to speak of.
 */
function named(t: ExecutionTable, field: ExecutionField, fig: Figure | null | undefined): ExecutionField {
  if (field !== "budget" || !fig) return field;
  return t.columns.find((c) => c.col === fig.col)?.field === "initialBudget" ? "initialBudget" : field;
}

/** Every summed column: the three fields, then each part column of 实际支出 (基本支出, 项目支出…) and of the budget. */
function measures(t: ExecutionTable): { field: ExecutionField; pick: Pick; column: string | null }[] {
  const out = SUMMED.map(([field, pick]) => ({ field, pick, column: null as string | null }));
  for (const c of t.columns) {
    if (!c.part || (c.field !== "actual" && !budgetLike(t, c))) continue;
    const column = lastLevel(c.header);
    if (c.field === "actual") out.push({ field: "actual", pick: (y) => y?.parts?.[c.col] ?? null, column });
    else out.push({ field: "budget", pick: (y) => y?.budgetParts?.[c.col] ?? null, column });
  }
  return out;
}

/**
 * A code outline wrapped into the next column block (部门决算 tables run one list of 类/款 down
 * code | name | amount pairs side by side): the rows heading the block just right of this one
 * whose codes extend a 类 still open at this block's foot are children of that 类 too.
 */
function runOn(t: ExecutionTable, tables: readonly TableBase[]): { parent: ExecutionRow; rows: ExecutionRow[] } | null {
  const fields = t.columns.map((c) => c.field).join();
  const next = tables.find(
    (u): u is ExecutionTable =>
      u.kind === "execution" &&
      u !== t &&
      u.sheet === t.sheet &&
      u.range.r0 === t.range.r0 &&
      u.range.c0 > t.range.c1 &&
      u.range.c0 <= t.range.c1 + 2 &&
      u.columns.map((c) => c.field).join() === fields,
  );
  const first = next?.rows[0]?.code;
  if (!next || !first) return null;
  let at = -1;
  for (let i = t.rows.length - 1; i >= 0 && at < 0; i--) {
    const code = t.rows[i].code;
    if (code && code.length < first.length && first.startsWith(code)) at = i;
  }
  if (at < 0) return null;
  const parent = t.rows[at];
  const extends_ = (r: ExecutionRow) => !!r.code && r.code.length > (parent.code as string).length && r.code.startsWith(parent.code as string);
  // Open at the foot: every row after it here is its own.
  if (!t.rows.slice(at + 1).every(extends_)) return null;
  const run: ExecutionRow[] = [];
  for (const r of next.rows) {
    if (!extends_(r)) break;
    run.push(r);
  }
  // Its direct children: the shortest codes of the run (款 under 类, not the 项 under them).
  const shortest = Math.min(...run.map((r) => (r.code as string).length));
  return { parent, rows: run.filter((r) => (r.code as string).length === shortest) };
}

/** An outline parent (类 over 款 over 项) against the sum of its children, per year and field. */
function checkChildren(c: Ctx, wrapped: { parent: ExecutionRow; rows: ExecutionRow[] } | null): Finding[] {
  const { t } = c;
  const out: Finding[] = [];
  const byRow = new Map(t.rows.map((r) => [r.row, r]));
  for (const row of t.rows) {
    const more = wrapped?.parent === row ? wrapped.rows : [];
    if ((!row.children || row.children.length === 0) && more.length === 0) continue;
    const first = [...(row.children ?? []).map((r) => byRow.get(r)).filter((r): r is ExecutionRow => !!r), ...more];
    // Each breakdown of the whole (by kind, by level) adds up to it on its own.
    const lists = [first, ...(row.breakdowns ?? []).map((b) => b.map((r) => byRow.get(r)).filter((r): r is ExecutionRow => !!r))];
    for (const kids of lists) out.push(...againstParts(c, row, kids, false));
  }
  return out;
}

/**
 * A row's figures against the sum of its parts' (its children, or its 其中 rows), in every amount
 * column and year. `every`: only where each part has its figure (parts that are all of the row).
 */
function againstParts(c: Ctx, row: ExecutionRow, parts: readonly ExecutionRow[], every: boolean): Finding[] {
  const { t } = c;
  const out: Finding[] = [];
  for (const y of row.years) {
    for (const { field, pick, column } of measures(t)) {
      const stated = pick(y);
      if (!stated) continue;
      const figs = parts.map((k) => pick(k.years.find((x) => sameGroup(x, y)))).filter((f): f is Figure => !!f);
      if (figs.length === 0 || (every && figs.length < parts.length)) continue;
      const sum = roundFen(figs.reduce((s, f) => s + f.value, 0));
      if (Math.abs(stated.value - sum) <= sumAllowance(stated, figs, c.unitOf, c.prec)) continue;
      if (agreesAsGiven(c, stated, figs)) continue;
      const aside = asideHeading(t, y);
      out.push(
        totalMismatch.at(
          { sheet: t.sheet, cell: stated.cell, row: row.row },
          {
            label: row.label,
            year: t.layout === "by-year" || aside ? null : y.year,
            field: named(t, field, stated),
            stated: stated.value,
            sum,
            source: "children",
            column: column ?? aside,
          },
          c.settings.lang,
          stated.value,
          sum,
        ),
      );
    }
  }
  return out;
}

/**
 * `其中` rows that are all of their line — two or more, one of them the rest (其他资金), the
 * complement of another (税收收入 | 非税收入), or each a piece of the line's name (购置及运行费 over 购置费 | 运行费) — against the line, in every amount column. Parts that
 * are only some of it (教育, 社会保障 under 支出) are never summed.
 */
function checkPartRows(c: Ctx): Finding[] {
  const out: Finding[] = [];
  // A half left blank is none of the line (运行维护费 100,000 | 购置 blank under 公务用车费 110,000).
  for (const { whole, parts, blankIsNothing } of c.lists) out.push(...againstParts(c, whole, parts, !blankIsNothing));
  return out;
}

/**
 * `其中` lists that are all of their line: by their names (see checkPartRows), or by the office's own sums — where
 * the parts miss their line, the table's 合计 adds them in the line's place (公务用车费 1,442.58 over 运转维护费 903.22 |
 * 购置费 521.36, the 合计 counting 1,424.58), in every column they miss it in.
 */
function completeLists(c: Ctx): PartList[] {
  const { t } = c;
  // By whole and list: a whole broken down twice (按级次分, 按构成分) is checked against each list alone.
  const byWhole = new Map<string, ExecutionRow[]>();
  for (const r of t.rows) {
    if (r.partOf === undefined) continue;
    const key = `${r.partOf}|${r.breakdown ?? ""}`;
    const list = byWhole.get(key) ?? [];
    list.push(r);
    byWhole.set(key, list);
  }
  const byRow = new Map(t.rows.map((r) => [r.row, r]));
  const out: PartList[] = [];
  // The lines a 合计 adds, worked out once, and only when a list needs them (not once per list).
  let top: ExecutionRow[] | null = null;
  const topLines = () => (top ??= headingsOpened(t, t.rows.filter((r) => r.parent === undefined && r.partOf === undefined)));
  for (const parts of byWhole.values()) {
    const whole = byRow.get(parts[0].partOf as number);
    if (!whole || parts.length < 2) continue;
    const names = parts.map((p) => p.category ?? p.label);
    // A list a breakdown label opened ends where it adds up to its whole: all of it, whatever it names.
    const halves = namesHalves(whole.category ?? whole.label, names);
    if (parts[0].breakdown === undefined && !halves && !completesLine(names) && !spellsLine(whole.category ?? whole.label, names) && !totalAddsParts(c, whole, parts, topLines))
      continue;
    out.push({ whole, parts, ...(halves ? { blankIsNothing: true } : {}) });
  }
  return out;
}

/** Parts naming each of their line's halves once (LINE_HALVES: 公务用车费 over 运行维护费 | 购置). */
function namesHalves(line: string | null | undefined, names: readonly (string | null | undefined)[]): boolean {
  if (!line) return false;
  return LINE_HALVES.some(
    (h) =>
      line.includes(h.line) &&
      names.length === h.halves.length &&
      h.halves.every((w) => names.filter((n) => !!n && n.includes(w)).length === 1) &&
      names.every((n) => !!n && h.halves.some((w) => n.includes(w))),
  );
}

/** The table's one 合计 agrees with its lines only with this line as its parts add up, wherever they miss it. */
function totalAddsParts(c: Ctx, whole: ExecutionRow, parts: readonly ExecutionRow[], topLines: () => ExecutionRow[]): boolean {
  const { t } = c;
  const total = t.totals && t.totals.length > 1 ? null : t.total;
  if (!total || whole.parent !== undefined) return false;
  const top = topLines();
  if (!top.includes(whole)) return false;
  let missed = 0;
  for (const y of whole.years) {
    for (const { pick } of measures(t)) {
      const stated = pick(y);
      const figs = parts.map((k) => pick(k.years.find((x) => sameGroup(x, y))));
      if (!stated || figs.some((f) => !f)) continue;
      const own = figs as Figure[];
      const sum = roundFen(own.reduce((s, f) => s + f.value, 0));
      if (Math.abs(stated.value - sum) <= sumAllowance(stated, own, c.unitOf, c.prec)) continue;
      const sumStated = pick(total.years.find((x) => sameGroup(x, y)));
      const lines = top.map((r) => pick(r.years.find((x) => sameGroup(x, y)))).filter((f): f is Figure => !!f);
      if (!sumStated || lines.length === 0) return false;
      const typed = roundFen(lines.reduce((s, f) => s + f.value, 0));
      const allowance = sumAllowance(sumStated, lines, c.unitOf, c.prec);
      if (Math.abs(sumStated.value - typed) <= allowance || Math.abs(sumStated.value - roundFen(typed - stated.value + sum)) > allowance) return false;
      missed++;
    }
  }
  return missed > 0;
}

/** What a line comes to as its `其中` parts add up (a list that is all of it), where that differs: the 合计 may add it so. */
function asPartsGive(c: Ctx): Map<string, number> {
  const out = new Map<string, number>();
  for (const { whole, parts } of c.lists) {
    for (const y of whole.years) {
      for (const { pick } of measures(c.t)) {
        const stated = pick(y);
        const figs = parts.map((k) => pick(k.years.find((x) => sameGroup(x, y))));
        if (!stated || figs.some((f) => !f)) continue;
        const sum = roundFen((figs as Figure[]).reduce((s, f) => s + f.value, 0));
        if (Math.abs(stated.value - sum) > sumAllowance(stated, figs as Figure[], c.unitOf, c.prec)) out.set(stated.cell, sum);
      }
    }
  }
  return out;
}

/** An earlier year's column read aside the table's own (2018年预算数 beside 2019年预算数): named by its own heading. */
function asideHeading(t: ExecutionTable, y: ExecutionFigures): string | null {
  return y.source && t.columns.some((c) => c.aside && c.group === y.source) ? y.source : null;
}

/**
 * Part columns against their whole (基本支出 + 项目支出 = 决算数 合计; 其中 parts at most the whole),
 * for the spending and, across one row, the budget: each whole against its own direct parts, so a
 * 小计 is checked against its parts and counted once in the 合计.
 */
function checkParts(c: Ctx): Finding[] {
  const { t } = c;
  const out: Finding[] = [];
  for (const field of ["actual", "budget"] as const) {
    const partCols = t.columns.filter((col) => col.part && (field === "budget" ? budgetLike(t, col) : col.field === field));
    if (partCols.length === 0) continue;
    const byWhole = new Map<number, { col: number; exhaustive: boolean }[]>();
    for (const col of partCols) {
      const list = byWhole.get(col.part?.of as number) ?? [];
      list.push({ col: col.col, exhaustive: !!col.part?.exhaustive });
      byWhole.set(col.part?.of as number, list);
    }
    // A total row's parts are each checked against their column: checked again across the row,
    // one wrong part would be reported twice (unless the total row is all there is).
    for (const row of t.rows.length > 0 ? t.rows : t.total ? [t.total] : []) {
      for (const y of row.years) {
        const main = field === "actual" ? y.actual : y.budgetSpanned ? null : y.budget;
        const parts = field === "actual" ? y.parts : y.budgetParts;
        if (!main || !parts) continue;
        for (const [whole, members] of byWhole) {
          const stated = whole === main.col ? main : (parts[whole] ?? null);
          if (!stated) continue;
          const figs = members.map((m) => parts[m.col]).filter((f): f is Figure => !!f);
          if (figs.length === 0) continue;
          const sum = roundFen(figs.reduce((s, f) => s + f.value, 0));
          const allowance = sumAllowance(stated, figs, c.unitOf, c.prec);
          const all = members.every((m) => m.exhaustive);
          const bad = all ? Math.abs(stated.value - sum) > allowance : sum > stated.value + allowance;
          if (!bad) continue;
          const column = whole === main.col ? undefined : t.columns.find((x) => x.col === whole);
          out.push(
            totalMismatch.at(
              { sheet: t.sheet, cell: stated.cell, row: row.row },
              { label: column ? categoryKey(t, column) : row.label, year: null, field: named(t, field, stated), stated: stated.value, sum, source: "parts" },
              c.settings.lang,
              stated.value,
              sum,
            ),
          );
        }
      }
    }
  }
  return out;
}

/**
 * A slip is reported once: what an outline parent's figure comes to as its children add up (项 under 款 under 类,
 * each child as its own children give it), where that differs from the figure typed, by cell. The whole above may
 * add the parent's lines rather than its figure, as a 总计 may add every line under its 小计s (the office's own
 * sum either way): agreeing so, it is not wrong, and the slip is reported at the parent alone. `typed`: each parent as
 * its children add up as typed, one level down (a 合计 adding each 类 as its 款 stand, though a 款 misses its 项).
 */
function asChildrenGive(c: Ctx, typed: boolean): Map<string, number> {
  const { t } = c;
  const out = new Map<string, number>();
  // The deepest rows first, so that a child counts as its own children give it.
  const byRow = new Map(t.rows.map((r) => [r.row, r]));
  const depth = (r: ExecutionRow) => {
    let d = 0;
    for (let x = byRow.get(r.parent ?? -1); x && d < 16; x = byRow.get(x.parent ?? -1)) d++;
    return d;
  };
  const parents = t.rows
    .filter((r) => r.children && r.children.length > 0)
    .map((r) => ({ r, d: depth(r) }))
    .sort((a, b) => b.d - a.d)
    .map((x) => x.r);
  for (const row of parents) {
    const kids = (row.children ?? []).map((k) => byRow.get(k)).filter((r): r is ExecutionRow => !!r);
    for (const y of row.years) {
      for (const { pick } of measures(t)) {
        const stated = pick(y);
        const figs = kids.map((k) => pick(k.years.find((x) => sameGroup(x, y)))).filter((f): f is Figure => !!f);
        if (!stated || figs.length === 0) continue;
        const sum = roundFen(figs.reduce((s, f) => s + ((typed ? undefined : out.get(f.cell)) ?? f.value), 0));
        if (Math.abs(stated.value - sum) > sumAllowance(stated, figs, c.unitOf, c.prec)) out.set(stated.cell, sum);
      }
    }
  }
  return out;
}

/**
 * The parts agree with their whole when each outline parent among them counts as its children add up — every
 * parent alike, all the way down or one level down as typed, never a mix of the two.
 */
function agreesAsGiven(c: Ctx, stated: Figure, figs: readonly Figure[]): boolean {
  for (const given of [c.given, c.below]) {
    if (!figs.some((f) => given.has(f.cell))) continue;
    const sum = roundFen(figs.reduce((s, f) => s + (given.get(f.cell) ?? f.value), 0));
    if (Math.abs(stated.value - sum) <= sumAllowance(stated, figs, c.unitOf, c.prec)) return true;
  }
  return false;
}

interface Members {
  rows: ExecutionRow[];
  totals: ExecutionRow[];
  /** The whole cut more than one way (一、按资金类别, 二、按资金所属年度): each list adds up to the total alone. */
  lists?: ExecutionRow[][];
}

/**
 * What each total sums: a 小计 (or `本年支出合计`) the top-level rows since the last total; a 合计 /
 * 总计 every top-level row and subtotal no subtotal covers. One total alone sums every row.
 */
function totalMembers(t: ExecutionTable, totals: readonly ExecutionRow[]): Map<ExecutionRow, Members> {
  const out = membersByPlace(t, totals);
  // A 三公 合计 sums the 三公 lines: 会议费 and 培训费 shown beside them are other accounts (unless the 合计 names them too).
  for (const [total, m] of out) {
    if (!isCeilingLine(total.label) || besideCeiling(total.label)) continue;
    const rows = m.rows.filter((r) => !besideCeiling(r.category ?? r.label) || isCeilingLine(r.category ?? r.label));
    if (rows.length > 0 && rows.length < m.rows.length && !m.lists) out.set(total, { ...m, rows });
  }
  // A total numbered as a section (`一、“三公”经费支出合计` over 1. … 3.) sums its own section: the next section
  // (`二、机关运行经费`) is an account of its own, no part of it.
  for (const [total, m] of out) {
    if (!SECTION.test(total.label) || m.lists || m.totals.length > 0) continue;
    const next = t.rows.find((r) => r.row > total.row && r.parent === undefined && r.partOf === undefined && SECTION.test(r.label));
    if (!next) continue;
    const rows = m.rows.filter((r) => r.row > total.row && r.row < next.row);
    if (rows.length > 0 && rows.length < m.rows.length) out.set(total, { ...m, rows });
  }
  return out;
}

/** A section's own number (一、 二、), as a form numbers its parts; a line's (1. （1）) is no section. */
const SECTION = /^\s*[一二三四五六七八九十]{1,3}\s*[、．.]/;

function membersByPlace(t: ExecutionTable, totals: readonly ExecutionRow[]): Map<ExecutionRow, Members> {
  const out = new Map<ExecutionRow, Members>();
  const top = headingsOpened(t, t.rows.filter((r) => r.parent === undefined && r.partOf === undefined));
  if (totals.length === 1) {
    const lists = breakdownLists(t, t.rows.filter((r) => r.parent === undefined && r.partOf === undefined));
    out.set(totals[0], lists ? { rows: lists[0], totals: [], lists } : { rows: top, totals: [] });
    return out;
  }
  const covered = new Set<ExecutionRow>();
  let previous = -1;
  for (const total of totals) {
    if (total.scope === "table") {
      previous = total.row;
      continue;
    }
    const rows = top.filter((r) => r.row > previous && r.row < total.row && !covered.has(r));
    rows.forEach((r) => covered.add(r));
    out.set(total, { rows, totals: [] });
    previous = total.row;
  }
  const subtotals = totals.filter((x) => x.scope !== "table");
  let wholeBefore = -1;
  for (const total of totals) {
    if (total.scope !== "table") continue;
    // A side's own 总计 (支出总计 under the 收入 lines and their 收入总计, down one column) closes its side alone.
    const from = SIDE_TOTAL.test(total.label) ? wholeBefore : -1;
    const inSide = (row: number) => row > from && row < total.row;
    out.set(total, { rows: top.filter((r) => inSide(r.row) && !covered.has(r)), totals: subtotals.filter((x) => inSide(x.row)) });
    wholeBefore = total.row;
  }
  return out;
}

const SIDE_TOTAL = /^\s*(收入|支出)\s*总\s*计\s*$/;

/**
 * One 合计 cut two ways or more, every top row a breakdown label with no figures over its lines (`一、按资金类别`
 * over 基本支出 | 项目支出, `二、按资金所属年度` over 当年 | 结转): each list is all of the 合计, never added to another.
 */
function breakdownLists(t: ExecutionTable, top: readonly ExecutionRow[]): ExecutionRow[][] | null {
  if (top.length < 2) return null;
  const byRow = new Map(t.rows.map((r) => [r.row, r]));
  const lists: ExecutionRow[][] = [];
  for (const r of top) {
    const bare = r.years.every((y) => !y.budget && !y.actual && !y.initialBudget && !y.income);
    if (!bare || !r.children || r.children.length === 0 || !isBreakdownLabel(r.label)) return null;
    lists.push(headingsOpened(t, r.children.map((k) => byRow.get(k)).filter((k): k is ExecutionRow => !!k)));
  }
  return lists;
}

/**
 * A section heading with no figures of its own (二、支出 over the functions, 支出合计 below them)
 * stands for its lines: a total sums them in its place.
 */
function headingsOpened(t: ExecutionTable, rows: readonly ExecutionRow[]): ExecutionRow[] {
  const byRow = new Map(t.rows.map((r) => [r.row, r]));
  const out: ExecutionRow[] = [];
  const open = (r: ExecutionRow, depth: number) => {
    const bare = r.years.every((y) => !y.budget && !y.actual && !y.initialBudget && !y.income);
    if (!bare || !r.children || r.children.length === 0 || depth > 8) {
      out.push(r);
      return;
    }
    for (const k of r.children) {
      const kid = byRow.get(k);
      if (kid) open(kid, depth + 1);
    }
  };
  for (const r of rows) open(r, 0);
  return out;
}

function checkTotal(c: Ctx, total: ExecutionRow, members: Members): Finding[] {
  const { t, settings } = c;
  const out: Finding[] = [];
  const lang = settings.lang;
  const push = (field: ExecutionField | "itemCount", stated: Figure, sum: number, year: number | null, source: "rows" | "group", column: string | null = null) => {
    out.push(
      totalMismatch.at(
        { sheet: t.sheet, cell: stated.cell, row: total.row },
        { label: total.label, year, field: field === "itemCount" ? field : named(t, field, stated), stated: stated.value, sum, source, column },
        lang,
        stated.value,
        sum,
      ),
    );
  };
  // Only top-level rows add up to the total: children count through their parent.
  const top = [...members.rows, ...members.totals];
  // A 总计 over subtotals may equally add every row under them: either is the office's own sum.
  const every = members.totals.length > 0 ? t.rows.filter((r) => r.parent === undefined && r.partOf === undefined && r.row < total.row) : null;

  if (total.itemCount) {
    const sum = sumOf(top, (r) => r.itemCount);
    if (sum !== null && Math.abs(sum - total.itemCount.value) > 1e-9) push("itemCount", total.itemCount, sum, null, "rows");
  }

  // A by-year 合计 sums every year's row (its figures only carry the latest year); a
  // by-category 合计 sums the categories of each year column group.
  const byYear = t.layout === "by-year";
  for (const ty of total.years) {
    const group = t.groupBudgets.find((g) => g.year === ty.year);
    // The figures of this row found wrong against its lines, with what the lines add up to.
    const corrected: Corrected = {};
    // By year, each source (省财政资金 | 地方财政 | 自筹资金) is summed on its own.
    const ofSource = (r: ExecutionRow) => r.years.filter((y) => y.source === ty.source);
    const figsOf = (rows: readonly ExecutionRow[]) => (byYear ? rows.flatMap(ofSource) : rows.map((r) => r.years.find((y) => sameGroup(y, ty))));
    // Each cut of the whole is summed alone: the first that does not add up is the finding.
    const lists = (members.lists ?? [top]).map(figsOf);
    const year = byYear ? null : ty.year;
    const everyFigs = every ? (byYear ? every.flatMap(ofSource) : every.map((r) => r.years.find((y) => sameGroup(y, ty)))) : null;
    const compare = (field: ExecutionField, stated: Figure | null | undefined, pick: Pick, column: string | null = null) => {
      if (!stated) return;
      for (const figs of lists) {
        const parts = figs.map(pick).filter((f): f is Figure => !!f);
        if (parts.length === 0) continue;
        const sum = roundFen(parts.reduce((s, f) => s + f.value, 0));
        if (Math.abs(sum - stated.value) <= sumAllowance(stated, parts, c.unitOf, c.prec)) continue;
        if (agreesAsGiven(c, stated, parts)) continue;
        if (everyFigs) {
          const all = everyFigs.map(pick).filter((f): f is Figure => !!f);
          const allSum = roundFen(all.reduce((s, f) => s + f.value, 0));
          if (all.length > 0 && Math.abs(allSum - stated.value) <= sumAllowance(stated, all, c.unitOf, c.prec)) continue;
        }
        push(field, stated, sum, year, "rows", column);
        if (column === null) corrected[field] = sum;
        return;
      }
    };
    if (ty.budget) {
      if (group) {
        if (Math.abs(group.figure.value - ty.budget.value) > c.half(group.figure) + c.half(ty.budget))
          push("budget", ty.budget, group.figure.value, year, "group");
      } else compare("budget", ty.budget, SUMMED[0][1]);
    }
    compare("initialBudget", ty.initialBudget, SUMMED[1][1]);
    compare("actual", ty.actual, SUMMED[2][1]);
    compare("income", ty.income, SUMMED[3][1]);
    for (const m of measures(t).slice(SUMMED.length)) compare(m.field, m.pick(ty), m.pick, m.column);
    // A rate stated on the total is checked against the total's own figures.
    const budget = ty.budget ?? group?.figure ?? null;
    if (ty.statedRate && budget && ty.actual) {
      const rate = executionRate(ty.actual.value, budget.value);
      const fits = (a: number, b: number) => rateConsistent(ty.statedRate?.value ?? 0, ty.statedRate?.decimals ?? 0, a, b, c.half(ty.actual), c.halfBudget(budget));
      const budgetField = ty.budget ? "budget" : null;
      if (rate !== null && !fits(ty.actual.value, budget.value) && !agreesCorrected(fits, ty.actual.value, budget.value, corrected, budgetField)) {
        out.push(mismatch(t, total, year, ty.statedRate, rate, ty.actual.value, budget.value, total.label, lang));
      }
    }
    const initial = initialRateMismatch(c, total, ty, year, total.label, corrected);
    if (initial) out.push(initial);
  }
  return out;
}

/** The share of the budget as first passed (完成年初预算%) is measured against that budget, not the adjusted one. */
function initialRateMismatch(c: Ctx, row: ExecutionRow, y: ExecutionFigures, year: number | null, label: string | null, corrected: Corrected = {}): Finding | null {
  const stated = y.statedInitialRate;
  if (!stated || !y.initialBudget || !y.actual) return null;
  const actual = y.actual.value;
  const budget = y.initialBudget.value;
  const rate = executionRate(actual, budget);
  const fits = (a: number, b: number) => rateConsistent(stated.value, stated.decimals, a, b, c.half(y.actual), c.halfBudget(y.initialBudget));
  if (rate === null || fits(actual, budget) || agreesCorrected(fits, actual, budget, corrected, "initialBudget")) return null;
  return rateMismatch.at(
    { sheet: c.t.sheet, cell: stated.cell, row: row.row },
    { label, year, stated: stated.value, computed: rate, decimals: stated.decimals, actual, budget, initial: "initialBudget" },
    c.settings.lang,
    stated.value,
    rate,
  );
}

/** A total row's figures found wrong against its lines, by field, with the sum of the lines. */
type Corrected = Partial<Record<ExecutionField, number>>;

/** An outline parent's figures that differ from what its children add up to (asChildrenGive), by field. */
function givenFigures(c: Ctx, y: ExecutionFigures): Corrected {
  const out: Corrected = {};
  for (const [field, pick] of SUMMED) {
    const f = pick(y);
    const sum = f ? c.given.get(f.cell) : undefined;
    if (sum !== undefined) out[field] = sum;
  }
  return out;
}

/**
 * A slip is reported once: a rate on a total row whose spending or budget is already reported
 * wrong against its lines is not reported again when, with that figure as its lines add up, it agrees.
 */
function agreesCorrected(fits: (actual: number, budget: number) => boolean, actual: number, budget: number, corrected: Corrected, budgetField: ExecutionField | null): boolean {
  const a = corrected.actual;
  const b = budgetField ? corrected[budgetField] : undefined;
  if (a === undefined && b === undefined) return false;
  return fits(a ?? actual, budget) || fits(actual, b ?? budget) || fits(a ?? actual, b ?? budget);
}

function mismatch(
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
  return rateMismatch.at(
    { sheet: t.sheet, cell: stated.cell, row: row.row },
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

/**
 * Revenue lines (收入, 税收收入 and the rows under or part of one): collected above its budget is
 * no overspending, and short of it no spending shortfall. A 决算 table's 收入 side is all revenue.
 */
function revenueRows(t: ExecutionTable): Set<number> {
  const out = new Set<number>();
  const byRow = new Map(t.rows.map((r) => [r.row, r]));
  const REVENUE = /(收入|税收|非税|上级补助|转移性|债务转贷|调入资金)/;
  // A table titled as revenue alone (一般公共预算收入分级完成情况表: revenue by level, its lines places) is
  // all revenue, whatever its lines are named.
  const titled = (t.context?.lines ?? []).some((l) => /收入/.test(l) && !/(支出|收支)/.test(l));
  const side = titled || t.columns.some((c) => /(^|\/ )收入/.test(c.header));
  for (const r of t.rows) {
    let x: ExecutionRow | undefined = r;
    for (let hops = 0; x && hops < 6; hops++) {
      if (side || REVENUE.test(x.label)) {
        out.add(r.row);
        break;
      }
      x = byRow.get(x.partOf ?? x.parent ?? -1);
    }
  }
  // The lines a revenue total closes (上年结转结余, 基金调入 above 收入合计) are revenue too — unless a
  // spending total stands above them (支出合计 first, over its own lines).
  let since: ExecutionRow | null = null;
  for (const total of t.totals ?? []) {
    if (REVENUE.test(total.label) && !(since && /支出/.test(since.label))) {
      for (const r of t.rows) if (r.row > (since?.row ?? -1) && r.row < total.row) out.add(r.row);
    }
    since = total;
  }
  return out;
}

/**
 * Wholes the table gives no budget for (财政总支出 | — beside revenue measured against its budget), with
 * their `其中` parts that have none either: a missing budget is no budget, not one of 0. A single line
 * left blank among budgeted lines is still spending without one (one marked — is none: markedNone). Keys are row|year|source.
 */
function unbudgetedWholes(t: ExecutionTable, revenue: ReadonlySet<number>): Set<string> {
  const out = new Set<string>();
  const none = (y: ExecutionFigures | undefined) => !y || (!y.budget && !y.initialBudget);
  // Each whole's parts and children, gathered once (a long table stays linear).
  const byRow = new Map(t.rows.map((r) => [r.row, r]));
  const partsOf = new Map<number, Set<ExecutionRow>>();
  const add = (whole: number, r: ExecutionRow | undefined) => {
    if (r) partsOf.set(whole, (partsOf.get(whole) ?? new Set<ExecutionRow>()).add(r));
  };
  for (const r of t.rows) {
    if (r.partOf !== undefined) add(r.partOf, r);
    for (const k of r.children ?? []) add(r.row, byRow.get(k));
  }
  // No line of a column group given a budget (支出合计 5000 over 其中：基本支出 — | 项目支出 —): the lines have none to be
  // measured against, not one of 0; a total row is checked by total-mismatch. Revenue and spending are judged apart: a
  // release budgeting its revenue lines alone (收入 | 年度预算 82.7, 支出 | —) gives its spending none.
  const group = (y: ExecutionFigures) => `${y.year}|${y.source ?? ""}`;
  const side = (r: ExecutionRow, y: ExecutionFigures) => `${revenue.has(r.row) ? "in" : "out"}|${group(y)}`;
  const budgeted = new Set<string>();
  for (const r of t.rows) for (const y of r.years) if (!none(y)) budgeted.add(side(r, y));
  for (const r of t.rows) for (const y of r.years) if (!budgeted.has(side(r, y))) out.add(`${r.row}|${group(y)}`);
  for (const whole of t.rows) {
    const parts = partsOf.get(whole.row);
    if (!parts) continue;
    for (const y of whole.years) {
      const key = (r: ExecutionRow) => `${r.row}|${group(y)}`;
      if (!none(y)) {
        // A budgeted whole whose parts the table gives no budget at all (其中：教育支出 …, spending only): the parts
        // have none to be measured against, not one of 0; the whole carries the status.
        if ([...parts].every((p) => none(p.years.find((x) => sameGroup(x, y))))) for (const p of parts) out.add(key(p));
        continue;
      }
      out.add(key(whole));
      for (const p of parts) if (none(p.years.find((x) => sameGroup(x, y)))) out.add(key(p));
    }
  }
  return out;
}

/** A column of the budget spending is measured against: the adjusted one, else the initial one when it is the only one. */
function budgetLike(t: ExecutionTable, c: ExecutionTable["columns"][number]): boolean {
  return c.field === "budget" || (c.field === "initialBudget" && !t.columns.some((x) => x.field === "budget"));
}

/** Figures of the same column group: the same year and the same source of funds. */
function sameGroup(a: ExecutionFigures, b: ExecutionFigures): boolean {
  return a.year === b.year && (a.source ?? null) === (b.source ?? null);
}

function inGroup(t: ExecutionTable, row: number, year: number): boolean {
  for (const g of t.groupBudgets) if (g.year === year && g.rows.includes(row)) return true;
  return false;
}

function hasColumn(t: ExecutionTable, field: ExecutionField, year: number, source?: string): boolean {
  return t.columns.some((c) => c.field === field && !c.part && (c.year === undefined || c.year === year) && (c.group ?? undefined) === source);
}

/** Whether the row's cell of a budget field marks no figure (—, 无, 不适用) for the year and source. */
function markedNone(t: ExecutionTable, y: ExecutionFigures, field: ExecutionField): boolean {
  if (!y.noBudget) return false;
  const c = t.columns.find((x) => x.field === field && !x.part && (x.year === undefined || x.year === y.year) && (x.group ?? undefined) === y.source);
  return c !== undefined && y.noBudget.includes(c.col);
}

/** The cell of a field in a row, found through the columns (for a blank or `—` cell). */
function cellOf(t: ExecutionTable, row: number, field: ExecutionField, year: number, source?: string): string | null {
  const c = t.columns.find((x) => x.field === field && !x.part && (x.year === undefined || x.year === year) && (x.group ?? undefined) === source);
  return c ? a1(row, c.col) : null;
}
