/**
 * Finding a header (one to three rows) and reading what each column means, for every kind.
 *
 * Each column's heading is read as a stack of labels (a merged group label over its columns,
 * then the column's own label). Every column is scored against every field of a kind from the
 * fields' meaning words and from how well its first values fit; the table's reading is the best
 * assignment (each field once, per year group; `parts` fields may repeat as parts of another
 * column) that gives the kind its required fields. The kind whose reading scores best wins.
 *
 * This file finds the header and tries every kind; the steps live beside it, each named for
 * what it holds: headerRows.ts (which rows are a header), headerLabels.ts (the columns' heading
 * stacks and sampled values), headerReading.ts (scoring and the assignment), and the passes run
 * after it: columnGroups.ts, fieldMoves.ts, levelColumns.ts, partColumns.ts, readByValues.ts.
 */
import { isBlank, type CellRange, type GridReader } from "../grid";
import type { Unit } from "../units";
import { KINDS, KIND_LIST, type AnyKind, type Field, type TableKind } from "../kinds/index";
import { linesAbove, titleAbove, type TableContext } from "./context";
import { headerKey } from "../text";
import { readHeaderText } from "./normalise";
import type { TableSpec } from "./spec";
import { cellText, columnLabels, sampleValues, labelKey, type ColumnLabels } from "./headerLabels";
import { headerLike, headingRow, labelValueRow, headerHeights, span } from "./headerRows";
import { type KindReading, readingFor } from "./headerReading";
import { rowLabelField } from "./readByValues";
import { readAmount } from "../amount";

// The detection's helpers and the reading's type, exported from here as before the split.
export { headerLike, isHeadingWord, labelValueRow } from "./headerRows";
export type { KindReading } from "./headerReading";

/** A header that came close to being a table: what the CLI and the pane show when nothing was found. */
export interface Candidate {
  sheet: string;
  row: number;
  kind: TableKind;
  score: number;
  found: Field[];
  missing: Field[][];
}

export interface DetectOptions {
  /** Restrict to one kind (a picked range). */
  kind?: TableKind;
  /** Collects near misses for the nothing-found message and --explain. */
  candidates?: Candidate[];
}

/** The kind readings of a header in [c0, c1], best first; only those that satisfy their kind. */
export function readHeader(
  reader: GridReader,
  row: number,
  rows: number,
  c0: number,
  c1: number,
  limit: number,
  opts: DetectOptions = {},
): KindReading[] {
  const labels = columnLabels(reader, row, rows, c0, c1);
  // A form's side label merged down from the header (项目资金申请 over A8:A9) ends its block: the
  // form's rows below are no values of its columns.
  const side = reader.merge(row, c0);
  const sided = side && side.r0 === row && side.c0 === side.c1 && side.r1 >= row + rows ? side.r1 : limit;
  const sample = sampleValues(reader, row + rows, Math.min(limit, sided), c0, c1);
  const floor = Math.max(reader.firstRow, row - 10);
  const title = headerKey([...linesAbove(reader, row, floor), titleAbove(reader, row, floor) ?? ""].join(""));
  const heading = rows > 1 ? loneHeading(reader, row, c0, c1) : null;
  // A side label merged down from the header beside the body (绩效指标 over A9:A17) names the
  // block: its column holds no values of its own and is no field.
  const sideCols = new Set<number>();
  for (let c = c0; c <= c1; c++) {
    const m = reader.merge(row, c);
    if (m && m.r0 === row && m.c0 === c && m.c1 === c && m.r1 >= row + rows) sideCols.add(c);
  }
  // The whole header row's words, not the block's: a 预算数 block beside a 决算数 block has spending beside it.
  const spentBeside = (words: readonly string[]) => headerWords(reader, row, rows).some((k) => words.some((w) => k.includes(w)));
  const readings: KindReading[] = [];
  for (const kind of KIND_LIST) {
    if (opts.kind && kind.kind !== opts.kind) continue;
    readings.push(readingFor(kind, labels, sample, c0, budgetHeadedTitle(kind, headedTitle(kind, title, heading), labels, spentBeside), sideCols));
  }
  readings.sort((a, b) => b.score - a.score || KINDS[a.kind].priority - KINDS[b.kind].priority);
  return readings;
}

/** The key of a lone heading merged across the whole header's first row (2023年预算数), else null. */
function loneHeading(reader: GridReader, row: number, c0: number, c1: number): string | null {
  const m = reader.merge(row, c0);
  if (!m || m.r0 !== row || m.r1 !== row || m.c0 !== c0 || m.c1 !== c1 || c1 === c0) return null;
  // Alone in its row: a heading over one block of several (预算数 | 决算数) says nothing of the table.
  for (let c = reader.firstCol; c <= reader.lastCol; c++) if ((c < c0 || c > c1) && !isBlank(reader.raw(row, c))) return null;
  const v = reader.value(row, c0);
  return isBlank(v) ? null : headerKey(String(v));
}

/** The title as a kind reads it: with what a lone heading over the header says of the table (`headed`). */
function headedTitle(kind: AnyKind, title: string, heading: string | null): string {
  const h = kind.titled?.headed;
  if (!h || !heading || !h.words.some((w) => heading.includes(w)) || !h.under.some((w) => title.includes(w))) return title;
  return title + h.as;
}

/** The title as a kind reads it: with what money headed only as a budget says of the table (`budgetHeaded`). */
function budgetHeadedTitle(
  kind: AnyKind,
  title: string,
  labels: readonly ColumnLabels[],
  spentBeside: (words: readonly string[]) => boolean,
): string {
  for (const b of kind.titled?.budgetHeaded ?? []) {
    if (!b.under.some((w) => title.includes(w)) || (b.also && !b.also.some((w) => title.includes(w))) || b.not?.some((w) => title.includes(w))) continue;
    const headed = (re: RegExp) => labels.some((c) => c.levels.some((l) => re.test(l.h.key)));
    if (headed(b.heads) && (!b.beside || headed(b.beside)) && !spentBeside(b.without)) return title + b.as;
  }
  return title;
}

/** The keys of the header rows' cells across the sheet's width. */
function headerWords(reader: GridReader, row: number, rows: number): string[] {
  const keys: string[] = [];
  for (let r = row; r < row + rows; r++)
    for (let c = reader.firstCol; c <= reader.lastCol; c++) {
      const v = reader.value(r, c);
      if (!isBlank(v)) keys.push(headerKey(String(v)));
    }
  return keys;
}

/**
 * The header starting at `row`, or null when the row is no header of any kind. Side-by-side
 * tables under one header row (收入 | 支出) come back as one spec per block.
 */
export function detectHeader(reader: GridReader, row: number, opts: DetectOptions = {}): TableSpec[] | null {
  if (!headerLike(reader, row) || labelValueRow(reader, row)) return null;
  for (const rows of headerHeights(reader, row)) {
    const s = withRowLabels(reader, row, rows, span(reader, row, rows));
    if (!s) continue;
    const blocks = splitBlocks(reader, row, rows, s[0], s[1], opts);
    if (!blocks) continue;
    // A row of a form's head (主管部门 | … | 实施单位 | …) above the real header is no part of it:
    // when the rows below alone read as well, the header starts there.
    // A label merged down through every header row (县（市、区） over A4:A6) ties the rows into one header.
    if (rows > 1 && !headingRow(reader, row) && !labelMergedDown(reader, row, rows)) {
      const below = span(reader, row + 1, rows - 1);
      const alone = below ? bestReading(reader, row + 1, rows - 1, below[0], below[1], {}) : null;
      if (alone && alone.kind === blocks[0].kind && alone.score >= blocks[0].score - 1e-9) return null;
    }
    return blocks;
  }
  return null;
}

/**
 * A blank corner over labels saying what each row's figures are (2010年决算 | 2011年预算, FieldDef.rowLabels): a grid
 * laid sideways, whose labels' column is the table's first though its heading is blank. Up to 12 rows are looked at,
 * to the first row with no figure (a note under the grid, merged across it or not, or its end).
 */
function withRowLabels(reader: GridReader, row: number, rows: number, s: [number, number] | null): [number, number] | null {
  if (!s || s[0] <= reader.firstCol) return s;
  const c = s[0] - 1;
  for (let r = row; r < row + rows; r++) if (!isBlank(reader.value(r, c))) return s;
  let labelled = 0;
  for (let r = row + rows; r <= Math.min(reader.lastRow, row + rows + 11); r++) {
    let figures = false;
    for (let k = s[0]; k <= s[1] && !figures; k++) if (readAmount(reader.value(r, k)).kind === "number") figures = true;
    if (!figures) break;
    const v = reader.value(r, c);
    if (!KIND_LIST.some((kind) => rowLabelField(kind, v) !== null)) return s;
    labelled++;
  }
  return labelled > 0 ? [c, s[1]] : s;
}

/** A label of the row merged down to the foot of a header `rows` high, one column wide. */
function labelMergedDown(reader: GridReader, row: number, rows: number): boolean {
  for (let c = reader.firstCol; c <= reader.lastCol; c++) {
    const m = reader.merge(row, c);
    if (m && m.r0 === row && m.c0 === c && m.c1 === c && m.r1 === row + rows - 1) return true;
  }
  return false;
}

function specOf(reader: GridReader, row: number, rows: number, c0: number, c1: number, r: KindReading): TableSpec {
  return {
    reader,
    kind: r.kind,
    headerTop: row,
    headerRows: rows,
    c0,
    c1,
    columns: r.columns,
    periods: r.periods,
    headerUnit: unitCell(reader, row, rows, c0, c1),
    limit: reader.lastRow,
    manual: false,
    score: r.score,
    context: EMPTY_CONTEXT(reader.name),
    unit: "元",
    unitSource: "default",
  };
}

export const EMPTY_CONTEXT = (sheet: string): TableContext => ({
  lines: [],
  notes: [],
  sheet,
  unit: null,
  year: null,
  asOf: null,
  approvedBudget: null,
});

/** The best satisfied reading of [c0, c1], or null. Records the near miss otherwise. */
function bestReading(
  reader: GridReader,
  row: number,
  rows: number,
  c0: number,
  c1: number,
  opts: DetectOptions,
): KindReading | null {
  const readings = readHeader(reader, row, rows, c0, c1, reader.lastRow, opts);
  const ok = readings.find((r) => r.missing.length === 0 && r.score >= 1);
  if (ok) return ok;
  if (opts.candidates) {
    const near = readings.filter((r) => r.columns.some((c) => c.field)).sort((a, b) => b.score - a.score)[0];
    if (near) {
      opts.candidates.push({
        sheet: reader.name,
        row,
        kind: near.kind,
        score: near.score,
        found: near.columns.filter((c) => c.field).map((c) => c.field as Field),
        missing: near.missing,
      });
    }
  }
  return null;
}

/**
 * Splits a header into side-by-side tables: at a blank column between two labelled blocks, or
 * where the first label repeats (`项目 | 金额 | 项目 | 金额`), when each block reads as a table.
 */
function splitBlocks(
  reader: GridReader,
  row: number,
  rows: number,
  c0: number,
  c1: number,
  opts: DetectOptions,
): TableSpec[] | null {
  const labels = columnLabels(reader, row, rows, c0, c1);
  const cuts: number[] = [];
  const firstKey = labelKey(labels[0]);
  const afterSeq = SEQ_HEAD.test(firstKey) ? labels.slice(1) : null;
  for (let i = 1; i < labels.length; i++) {
    const blank = labels[i].levels.length === 0;
    if (blank && i + 1 < labels.length && labels[i + 1].levels.length > 0 && i > 1) cuts.push(i + 1);
    else if (firstKey && labelKey(labels[i]) === firstKey && i >= 2) cuts.push(i);
    else if (repeatsMeasures(reader, row + rows, labels, i)) cuts.push(i);
    // A 序号 numbering the lines of both halves (序号 | 收入 … | 支出 …) goes with the first: the halves repeat after it.
    else if (i > 2 && afterSeq && repeatsMeasures(reader, row + rows, afterSeq, i - 1)) cuts.push(i);
  }
  if (cuts.length > 0) {
    const bounds = [0, ...cuts, labels.length];
    const specs: TableSpec[] = [];
    for (let b = 0; b + 1 < bounds.length; b++) {
      let from = c0 + bounds[b];
      let to = c0 + bounds[b + 1] - 1;
      while (to > from && labels[to - c0].levels.length === 0) to--;
      while (from < to && labels[from - c0].levels.length === 0) from++;
      const r = bestReading(reader, row, rows, from, to, {});
      if (!r) {
        specs.length = 0;
        break;
      }
      specs.push(specOf(reader, row, rows, from, to, r));
    }
    // Blocks read as different kinds (预算数 | 决算数 across one row) may be one table's two
    // sides: when the whole reads as a table, it is one.
    const alike = specs.every((x) => x.kind === specs[0].kind);
    // Blocks each under a heading of its own year (2016年预算数 | 2017年预算数 over the same columns) are
    // one table's years, the later its own and the earlier a comparison, when the whole reads as one.
    const years = specs.length > 1 && yearBlocks(labels, specs, c0);
    const whole = specs.length > 1 && (!alike || years) ? bestReading(reader, row, rows, c0, c1, {}) : null;
    if (specs.length > 1 && !whole) return specs;
    if (whole) return [specOf(reader, row, rows, c0, c1, whole)];
  }
  const r = bestReading(reader, row, rows, c0, c1, opts);
  if (!r) return null;
  const whole = specOf(reader, row, rows, c0, c1, r);
  const left = leftBlock(reader, row, rows, c0, r);
  return left ? [left, whole] : [whole];
}

/** Values a column of figures holds: a block reading any other (a name, a place, a code) is a list of its own. */
const FIGURES: ReadonlySet<string> = new Set(["amount", "rate", "share", "count"]);

/**
 * Each block headed by one label spanning it all (a merged group, or the block's one column) whose year is
 * stated, the years all different, and every block after the first of figures alone: a year's figures laid
 * beside another's, not separate lists (2019年 | 2020年 each over 企业名称 | 奖励金额 are two years' lists).
 */
function yearBlocks(labels: readonly ColumnLabels[], specs: readonly TableSpec[], c0: number): boolean {
  const seen = new Set<number>();
  for (const [k, s] of specs.entries()) {
    const top = labels[s.c0 - c0].levels[0];
    const year = top?.h.year;
    if (!top || year === undefined || seen.has(year)) return false;
    const fields = KINDS[s.kind].fields as Record<string, { value: string }>;
    if (k > 0 && s.columns.some((c) => c.field !== null && !FIGURES.has(fields[c.field]?.value ?? ""))) return false;
    if (s.c1 > s.c0 && (!top.group || top.group.c0 !== s.c0 || top.group.c1 !== s.c1)) return false;
    seen.add(year);
  }
  return true;
}

/**
 * A second block of a header's own measures under another line column (`收入项目 | 调整预算数 | 决算数 |
 * % | 支出项目 | 调整预算数 | 决算数 | %`): the line heads differ, but the measures after them repeat in
 * order to the header's end, and the column at the cut holds names, not figures. Two or more measures
 * repeat (预算数 and 预算 alike), or one when the line heads end alike (收入项目 | 支出项目) or name an account's two sides (收入 | 支出).
 * Years over the measures are no line column: their columns hold figures.
 */
function repeatsMeasures(reader: GridReader, body: number, labels: ColumnLabels[], at: number): boolean {
  const width = at;
  if (width < 2 || labels.length !== 2 * width) return false;
  for (let j = 1; j < width; j++) {
    const k = measureKey(labels[j]);
    if (!k || measureKey(labels[at + j]) !== k) return false;
  }
  const head = labelKey(labels[0]);
  const next = labelKey(labels[at]);
  if (!head || !next || labels.slice(1, width).some((l) => labelKey(l) === next)) return false;
  const alike = head.length >= 2 && next.length >= 2 && head.slice(-2) === next.slice(-2);
  if (width - 1 < 2 && !alike && !accountSides(head, next)) return false;
  return namesDown(reader, body, labels[0].col) && namesDown(reader, body, labels[at].col);
}

/** A measure's heading with or without its 数 (预算数 | 预算, as a page may print one side's): one measure. */
function measureKey(l: ColumnLabels): string {
  const k = labelKey(l);
  return k.length > 2 && k.endsWith("数") ? k.slice(0, -1) : k;
}

/** A line-number column's heading (序号), which may lead both halves of a balance. */
const SEQ_HEAD = /^(序号|序)$/;

/** The two sides of an account, 收入 then 支出 (收入 | 执行数 | 支出 | 执行数): line heads that differ but pair. */
const SIDES = ["收入", "支出"];

function accountSides(head: string, next: string): boolean {
  return head.startsWith(SIDES[0]) && next.startsWith(SIDES[1]);
}

/** The first filled cells under a header in a column are mostly text (a line column's names). */
function namesDown(reader: GridReader, from: number, col: number): boolean {
  let text = 0;
  let seen = 0;
  for (let r = from; r <= reader.lastRow && seen < 8; r++) {
    const v = reader.value(r, col);
    if (cellText(v) === "") continue;
    seen++;
    if (typeof v === "string" && !/^[\d.,，%\s-]+$/.test(v)) text++;
  }
  return seen > 0 && text * 2 > seen;
}

/**
 * The columns left of every column a reading reads, when they read on their own as its kind's
 * `besideLeft` kind: a target list whose projects run down its left with their money (单位名称 |
 * 项目名称 | 预算数 | 年度目标 | 一级指标 …) is also a list of the projects' money, checked as one.
 */
function leftBlock(reader: GridReader, row: number, rows: number, c0: number, r: KindReading): TableSpec | null {
  const kind = KINDS[r.kind].besideLeft as TableKind | undefined;
  const first = r.columns.find((c) => c.field !== null);
  if (!kind || !first || first.col - c0 < 2) return null;
  const left = bestReading(reader, row, rows, c0, first.col - 1, { kind });
  return left ? specOf(reader, row, rows, c0, first.col - 1, left) : null;
}

/** A unit written in a header cell of its own: `单位：万元`. */
function unitCell(reader: GridReader, row: number, rows: number, c0: number, c1: number): Unit | null {
  for (let r = row; r < row + rows; r++) {
    for (let c = c0; c <= c1; c++) {
      const t = cellText(reader.value(r, c));
      if (/^[(（]?\s*单位/.test(t)) {
        const h = readHeaderText(t);
        if (h.unit) return h.unit;
      }
    }
  }
  return null;
}

/** The spec of a range the user picked, its header rows at the top, read as `kind`. */
export function pickedSpec(reader: GridReader, range: CellRange, kind: TableKind, rows: number): TableSpec {
  const limit = Math.min(range.r1, reader.lastRow);
  const readings = rows > 0 ? readHeader(reader, range.r0, rows, range.c0, range.c1, limit, { kind }) : [];
  const r: KindReading = readings[0] ?? {
    kind,
    columns: Array.from({ length: range.c1 - range.c0 + 1 }, (_, i) => ({ col: range.c0 + i, header: "", field: null })),
    periods: new Array(range.c1 - range.c0 + 1).fill(null),
    score: 0,
    missing: [],
  };
  const spec = specOf(reader, range.r0, rows, range.c0, range.c1, r);
  spec.limit = limit;
  spec.manual = true;
  spec.picked = true;
  return spec;
}
