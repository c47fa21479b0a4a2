/**
 * Budget composition (预算构成明细): each line's amount against unit x quantity, every subtotal and
 * total against its own lines (in every amount column), parts (其中) against their whole, and the
 * whole against the approved budget. Sums allow the rounding of the figures as displayed, so a
 * total of 2-decimal 万元 figures never gives a false error.
 */
import type { Finding } from "../../findings";
import { lineGap, roundFen } from "../../measures";
import type { AuditSettings } from "../../settings";
import { nameKey } from "../../text";
import type { Figure } from "../../tables/base";
import { columnPrecision, sumAllowance } from "../../tables/structure";
import { columnUnit, decimalsInYuan } from "../../rules/tableUnits";
import type { Unit } from "../../units";
import { approvedMismatch, lineMismatch, lineRounded, totalMismatch } from "./rules";
import type { CompositionLine, CompositionTable, CompositionTotal } from "./types";

export function checkComposition(t: CompositionTable, settings: AuditSettings): Finding[] {
  const out: Finding[] = [];
  const lang = settings.lang;
  const sheet = t.sheet;
  const precision = columnPrecision(allFigures(t));
  const prec = (f: Figure) => Math.max(f.decimals, precision.get(f.col) ?? 0);
  const unitOf = (f: Figure) => columnUnit(t, f.col);
  const header = (col: number) => t.columns.find((c) => c.col === col)?.header ?? null;

  for (const line of t.lines) {
    const { amount, unitAmount, quantity } = line;
    if (!amount || !unitAmount || !quantity) continue;
    const g = lineGap(amount.value, unitAmount.value, quantity.value, decimalsInYuan(t, unitAmount));
    if (g.verdict === "exact") continue;
    const rule = g.verdict === "rounded" ? lineRounded : lineMismatch;
    out.push(
      rule.at(
        { sheet, cell: amount.cell, row: line.row },
        {
          item: line.item,
          category: line.category,
          amount: amount.value,
          unitAmount: unitAmount.value,
          quantity: quantity.value,
          expected: g.expected,
          gap: g.gap,
          allowance: roundFen(g.allowance),
        },
        lang,
        amount.value,
        g.expected,
      ),
    );
  }

  // Every amount column: the main one, then each part column.
  const partCols = partColumns(t);
  const measures: { col: number | null; pick: (r: CompositionLine | CompositionTotal) => Figure | null }[] = [
    { col: null, pick: (r) => r.amount },
    ...partCols.map((c) => ({ col: c as number | null, pick: (r: CompositionLine | CompositionTotal) => r.parts?.[c] ?? null })),
  ];
  const counted = t.lines.filter((l) => l.partOf === undefined);
  for (const m of measures) {
    let previousTotalRow = -1;
    for (const total of t.totals) {
      const members = membersOf(t, counted, total, previousTotalRow);
      previousTotalRow = total.children ? previousTotalRow : total.row;
      const stated = m.pick(total);
      const figs = members.map(m.pick).filter((f): f is Figure => f !== null);
      // No member with a readable figure: nothing to compare (the unreadable cells are reported).
      if (!stated || figs.length === 0) continue;
      const sum = roundFen(figs.reduce((s, f) => s + f.value, 0));
      if (Math.abs(stated.value - sum) <= sumAllowance(stated, figs, unitOf, prec)) continue;
      out.push(
        totalMismatch.at(
          { sheet, cell: stated.cell, row: total.row },
          {
            label: total.label,
            // A category heading stating its subtotal is labelled by the category itself.
            category: total.scope === "category" && total.category !== total.label ? total.category : null,
            stated: stated.value,
            sum,
            gap: roundFen(stated.value - sum),
            column: m.col === null ? null : header(m.col),
          },
          lang,
          stated.value,
          sum,
        ),
      );
    }
  }

  out.push(...checkPartColumns(t, unitOf, prec, lang));
  out.push(...checkPartRows(t, unitOf, prec, lang));

  const approved = t.approvedBudget?.value ?? settings.approvedBudget;
  const figs = counted.map((l) => l.amount).filter((f): f is Figure => f !== null);
  if (approved !== undefined && Number.isFinite(approved) && figs.length > 0) {
    const sum = roundFen(figs.reduce((s, f) => s + f.value, 0));
    const allowance = figs.length > 0 ? sumAllowance(figs[0], figs.slice(1), unitOf, prec) : 0.005;
    if (Math.abs(sum - approved) > allowance) {
      // The finding sits on the table's total when it states one, else on the last line's amount.
      const total = t.totals.find((x) => x.scope === "table" && x.amount);
      const last = [...counted].reverse().find((l) => l.amount);
      const cell = total?.amount?.cell ?? last?.amount?.cell ?? t.lines[t.lines.length - 1].itemCell;
      const row = total?.row ?? last?.row ?? t.lines[t.lines.length - 1].row;
      out.push(
        approvedMismatch.at(
          { sheet, cell, row },
          { sum, approved, approvedText: t.approvedBudget?.text ?? null, gap: roundFen(sum - approved) },
          lang,
          sum,
          approved,
        ),
      );
    }
  }
  return out;
}


function allFigures(t: CompositionTable): Figure[] {
  const out: Figure[] = [];
  const add = (r: CompositionLine | CompositionTotal) => {
    if (r.amount) out.push(r.amount);
    if (r.parts) for (const f of Object.values(r.parts)) if (f) out.push(f);
  };
  t.lines.forEach(add);
  t.totals.forEach(add);
  return out;
}

function partColumns(t: CompositionTable): number[] {
  return t.columns.filter((c) => c.part && c.field === "amount").map((c) => c.col);
}

/**
 * What a total sums: its outline children; for 合计 every line; for 小计 its category's lines,
 * else the lines since the last total. Lines under an outline parent count through it only.
 */
function membersOf(
  t: CompositionTable,
  counted: CompositionLine[],
  total: CompositionTotal,
  previousTotalRow: number,
): (CompositionLine | CompositionTotal)[] {
  if (total.children) {
    const rows = new Set(total.children);
    return [...counted.filter((l) => rows.has(l.row)), ...t.totals.filter((x) => rows.has(x.row))];
  }
  if (total.scope === "table") return counted;
  if (total.category) {
    const key = nameKey(total.category);
    const same = counted.filter((l) => l.category !== null && nameKey(l.category) === key);
    if (same.length > 0) return same;
  }
  return counted.filter((l) => l.row > previousTotalRow && l.row < total.row);
}

/** Part columns against their whole, row by row: equal for a 合计 group, at most the whole for 其中. */
function checkPartColumns(
  t: CompositionTable,
  unitOf: (f: Figure) => Unit,
  prec: (f: Figure) => number,
  lang: AuditSettings["lang"],
): Finding[] {
  const out: Finding[] = [];
  const groups = new Map<number, { cols: number[]; exhaustive: boolean }>();
  for (const c of t.columns) {
    if (!c.part || c.field !== "amount") continue;
    const g = groups.get(c.part.of) ?? { cols: [], exhaustive: c.part.exhaustive };
    g.cols.push(c.col);
    groups.set(c.part.of, g);
  }
  if (groups.size === 0) return out;
  const mainCol = t.columns.find((c) => c.field === "amount" && !c.part)?.col;
  const rows: (CompositionLine | CompositionTotal)[] = [...t.lines, ...t.totals];
  for (const r of rows) {
    for (const [of, g] of groups) {
      const whole = of === mainCol ? r.amount : (r.parts?.[of] ?? null);
      const figs = g.cols.map((c) => r.parts?.[c] ?? null).filter((f): f is Figure => f !== null);
      if (!whole || figs.length === 0) continue;
      const sum = roundFen(figs.reduce((s, f) => s + f.value, 0));
      const allowance = sumAllowance(whole, figs, unitOf, prec);
      const bad = g.exhaustive ? Math.abs(whole.value - sum) > allowance : sum > whole.value + allowance;
      if (!bad) continue;
      const label = "item" in r ? r.item : r.label;
      out.push(
        totalMismatch.at(
          { sheet: t.sheet, cell: whole.cell, row: r.row },
          {
            label,
            category: null,
            stated: whole.value,
            sum,
            gap: roundFen(whole.value - sum),
            column: t.columns.find((c) => c.col === of)?.header ?? null,
            parts: "columns",
          },
          lang,
          whole.value,
          sum,
        ),
      );
    }
  }
  return out;
}

/** `其中：` rows: together never more than the line they are part of. */
function checkPartRows(
  t: CompositionTable,
  unitOf: (f: Figure) => Unit,
  prec: (f: Figure) => number,
  lang: AuditSettings["lang"],
): Finding[] {
  const out: Finding[] = [];
  const byWhole = new Map<number, Figure[]>();
  for (const l of t.lines) {
    if (l.partOf === undefined || !l.amount) continue;
    const list = byWhole.get(l.partOf) ?? [];
    list.push(l.amount);
    byWhole.set(l.partOf, list);
  }
  for (const [row, figs] of byWhole) {
    const whole = t.lines.find((l) => l.row === row) ?? t.totals.find((x) => x.row === row);
    const stated = whole?.amount;
    if (!whole || !stated) continue;
    const sum = roundFen(figs.reduce((s, f) => s + f.value, 0));
    if (sum <= stated.value + sumAllowance(stated, figs, unitOf, prec)) continue;
    out.push(
      totalMismatch.at(
        { sheet: t.sheet, cell: stated.cell, row },
        { label: "item" in whole ? whole.item : whole.label, category: null, stated: stated.value, sum, gap: roundFen(stated.value - sum), parts: "rows" },
        lang,
        stated.value,
        sum,
      ),
    );
  }
  return out;
}
