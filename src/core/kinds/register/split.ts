/**
 * A register's amount split under one merged heading (奖补资金（万元） over 核定奖补 | 扶贫县上浮20% | 合计): the
 * total column is the award, the others its parts. As for an allocation's total column, each row's total is
 * checked against its parts, and each column's foot (the list's 合计 row) against its lines as typed.
 * Only lists with such a split pay for the extra reading; a plain money column has only its foot checked
 * (readFoot: the records' amounts as already read, added up once).
 */
import type { Finding } from "../../findings";
import type { Field } from "../index";
import { roundFen } from "../../measures";
import type { Lang } from "../../settings";
import type { Figure } from "../../tables/base";
import { readFigure, type ReadContext } from "../../tables/figures";
import type { TableSpec } from "../../tables/spec";
import { EXACT_DECIMALS, allowanceOfMany, halfUnit, sumAllowance } from "../../tables/structure";
import { UNIT_FACTOR, type Unit } from "../../units";
import { totalMismatch } from "../composition/rules";

export interface SplitColumn {
  col: number;
  header: string;
  unit: Unit;
  /** The most decimals a figure of the column shows: the rounding each of its figures is allowed. */
  decimals: number;
  /** Its lines (the records) as typed, in 元, and how many hold a figure. */
  sum: number;
  n: number;
  /**
   * Every line a whole number of the unit with no number format rounding it (10, 20 万元): the amounts decided,
   * as an allocation's are (docs/rules.md), so sums over them allow no rounding.
   */
  whole: boolean;
}

interface SplitRow {
  row: number;
  label: string | null;
  /** In `columns` order: the whole first, then its parts. */
  figures: (Figure | null)[];
}

export interface RegisterSplit {
  /** The whole first, then its parts. */
  columns: SplitColumn[];
  /** Records and subtotals whose whole may differ from its parts (by each figure's own rounding). */
  across: SplitRow[];
  /** The list's 合计 rows, checked across and against the lines. */
  feet: SplitRow[];
  /** A 小计 among the lines: a foot then adds subtotals, not the lines alone, and is not checked against them. */
  subtotals: boolean;
}

export interface TotalRowRead {
  row: number;
  label: string;
  scope: "table" | "category";
}

/**
 * The splits of a register's money columns: a main money column with two or more columns that must add
 * up to it (parts of a 合计 under one merged heading). Reads the figures of the records' rows and of the
 * total rows; a part's cell that is no number is noted as unreadable (the whole's already is).
 */
export function readSplits(
  spec: TableSpec,
  ctx: ReadContext,
  mains: readonly { col: number; field: Field; unit: Unit }[],
  records: { length: number; row(k: number): number },
  totals: readonly TotalRowRead[],
  labelOf: (row: number) => string | null,
): RegisterSplit[] {
  const out: RegisterSplit[] = [];
  for (const main of mains) {
    const parts = spec.columns.filter((c) => c.part?.of === main.col && c.part.exhaustive);
    if (parts.length < 2) continue;
    const header = (c: number) => spec.columns.find((x) => x.col === c)?.header ?? "";
    const columns: SplitColumn[] = [
      { col: main.col, header: header(main.col), unit: main.unit, decimals: 0, sum: 0, n: 0, whole: true },
      ...parts.map((p) => ({ col: p.col, header: p.header, unit: p.unit ?? spec.unit, decimals: 0, sum: 0, n: 0, whole: true })),
    ];
    const fields = [main.field, ...parts.map((p) => (p.field as Field | null) ?? main.field)];
    // The whole's unreadable cells were noted when the award was read.
    const quiet: ReadContext = { sheet: ctx.sheet, unreadable: [] };
    const figuresAt = (row: number): (Figure | null)[] =>
      columns.map((c, j) => {
        const f = readFigure(spec.reader, j === 0 ? quiet : ctx, row, c.col, fields[j], "amount", c.unit, "register").figure;
        if (f && f.decimals > c.decimals) c.decimals = f.decimals;
        return f;
      });
    const split: RegisterSplit = { columns, across: [], feet: [], subtotals: totals.some((t) => t.scope === "category") };
    const acrossOf = (row: number, label: string | null, figures: (Figure | null)[]): void => {
      const [whole, ...own] = figures;
      const present = own.filter((f): f is Figure => f !== null);
      if (!whole || present.length === 0) return;
      const sum = present.reduce((s, f) => s + f.value, 0);
      // Any difference beyond float noise is kept: the rounding allowed depends on the columns' decimals, known once
      // every figure is read (a whole 6 among figures to the cent is exact), and the check applies it.
      if (Math.abs(whole.value - sum) > 0.005) split.across.push({ row, label, figures });
    };
    for (let k = 0; k < records.length; k++) {
      const row = records.row(k);
      const figures = figuresAt(row);
      figures.forEach((f, j) => {
        if (!f) return;
        columns[j].sum += f.value;
        columns[j].n++;
        if (f.formatted || !wholeIn(f.value, columns[j].unit)) columns[j].whole = false;
      });
      acrossOf(row, labelOf(row), figures);
    }
    for (const t of totals) {
      const figures = figuresAt(t.row);
      if (t.scope === "table") split.feet.push({ row: t.row, label: t.label, figures });
      else acrossOf(t.row, t.label, figures);
    }
    for (const c of columns) c.sum = roundFen(c.sum);
    out.push(split);
  }
  return out;
}

/**
 * A plain money column's foot (an award, the amount asked, a payment): the list's 合计/总计 rows under its last record
 * or standing first over them all, as a split of the column alone
 * (no parts), so the foot is checked against the lines as typed, within the rounding the figures show. Not with a
 * 小计 among the lines (a foot then adds subtotals) nor without a foot; a merge spanning rows counts once.
 */
export function readFoot(
  spec: TableSpec,
  main: { col: number; field: Field; unit: Unit; decimals: number },
  records: { length: number; row(k: number): number; value(k: number): number | null },
  totals: readonly TotalRowRead[],
  mergedBody: boolean,
): RegisterSplit | null {
  if (records.length === 0 || totals.some((t) => t.scope === "category")) return null;
  const first = records.row(0);
  const last = records.row(records.length - 1);
  // A 合计 standing first, right under the header, is the list's total as much as one at its foot.
  const feet = totals.filter((t) => t.scope === "table" && (t.row > last || t.row < first));
  if (feet.length === 0) return null;
  // The lines' number formats are not kept here: a value whole in the unit is taken as typed so (one hidden by a
  // format, 10.4 shown 10, is no whole number and keeps the rounding).
  const column: SplitColumn = { col: main.col, header: spec.columns.find((x) => x.col === main.col)?.header ?? "", unit: main.unit, decimals: main.decimals, sum: 0, n: 0, whole: main.decimals === 0 };
  let merged = -1;
  for (let k = 0; k < records.length; k++) {
    const v = records.value(k);
    if (v === null) continue;
    if (mergedBody) {
      // A value merged down a group's rows is the group's, once (the store repeats it on each row).
      const m = spec.reader.merge(records.row(k), main.col);
      if (m && m.r1 > m.r0) {
        if (m.r0 === merged) continue;
        merged = m.r0;
      }
    }
    column.sum += v;
    column.n++;
    if (!wholeIn(v, main.unit)) column.whole = false;
  }
  if (column.n === 0) return null;
  column.sum = roundFen(column.sum);
  // The foot's own unreadable text is no record's: not reported here.
  const quiet: ReadContext = { sheet: "", unreadable: [] };
  const out: RegisterSplit = { columns: [column], across: [], feet: [], subtotals: false };
  for (const t of feet) {
    const f = readFigure(spec.reader, quiet, t.row, main.col, main.field, "amount", main.unit, "register").figure;
    if (f) out.feet.push({ row: t.row, label: t.label, figures: [f] });
  }
  return out.feet.length > 0 ? out : null;
}

/** Whether an amount in 元 is a whole number of the unit (10 万元, not 10.4 万元). */
function wholeIn(value: number, unit: Unit): boolean {
  const x = value / UNIT_FACTOR[unit];
  return Math.abs(x - Math.round(x)) < 1e-9;
}

const unitAt = (columns: readonly SplitColumn[], f: Figure): Unit => columns.find((c) => c.col === f.col)?.unit ?? "元";

/** composition.total-mismatch for each split: a row's whole against its parts, a foot against its lines. */
export function checkSplits(splits: readonly RegisterSplit[] | undefined, sheet: string, lang: Lang): Finding[] {
  const out: Finding[] = [];
  for (const s of splits ?? []) {
    const { columns } = s;
    const shown = (f: Figure) => {
      const c = columns.find((x) => x.col === f.col);
      if (!f.formatted && c?.whole) return EXACT_DECIMALS;
      return f.formatted ? f.decimals : Math.max(f.decimals, c?.decimals ?? 0);
    };
    const unitOf = (f: Figure) => unitAt(columns, f);
    /** The row's whole against its parts (figures possibly replaced by what their lines add up to); null when it agrees. */
    const across = (figures: readonly (Figure | null)[]): { whole: Figure; sum: number } | null => {
      const [whole, ...own] = figures;
      const present = own.filter((f): f is Figure => f !== null);
      if (!whole || present.length === 0) return null;
      const sum = roundFen(present.reduce((a, f) => a + f.value, 0));
      return Math.abs(whole.value - sum) > sumAllowance(whole, present, unitOf, shown) ? { whole, sum } : null;
    };
    const acrossFinding = (r: SplitRow, whole: Figure, sum: number): Finding =>
      totalMismatch.at(
        { sheet, cell: whole.cell, row: r.row },
        { label: r.label ?? columns[0].header, category: null, stated: whole.value, sum, gap: roundFen(whole.value - sum), column: columns[0].header, parts: "columns" },
        lang,
        whole.value,
        sum,
      );
    for (const r of s.across) {
      const slip = across(r.figures);
      if (slip) out.push(acrossFinding(r, slip.whole, slip.sum));
    }
    for (const foot of s.feet) {
      // A foot whose figure differs from its lines: there, what the lines add up to stands for it across the row.
      const summed = foot.figures.map((f) => f);
      if (!s.subtotals) {
        foot.figures.forEach((f, j) => {
          const c = columns[j];
          if (!f || c.n === 0) return;
          const allowance = allowanceOfMany(halfUnit(shown(f), c.unit), c.n, c.whole ? 0 : halfUnit(c.decimals, c.unit));
          if (Math.abs(f.value - c.sum) <= allowance) return;
          summed[j] = { ...f, value: c.sum };
          out.push(
            totalMismatch.at(
              { sheet, cell: f.cell, row: foot.row },
              { label: foot.label, category: null, stated: f.value, sum: c.sum, gap: roundFen(f.value - c.sum), column: c.header },
              lang,
              f.value,
              c.sum,
            ),
          );
        });
      }
      // A slip is reported once: the foot found wrong against its lines is not reported again across the row
      // when, with its lines' sum, the row agrees.
      const slip = across(foot.figures);
      if (slip && across(summed)) out.push(acrossFinding(foot, slip.whole, slip.sum));
    }
  }
  return out;
}
