/**
 * Walking a table's body: from under the header to the last data or total row. Rows of column
 * numbers are skipped; blank rows inside are skipped; a note, another table's header, or a
 * caption line followed by one, ends the table; a repeat of the same header in the same words (a
 * page-break repeat pasted from a document) is skipped and the table goes on.
 */
import { isBlank } from "../grid";
import { headerKey, meansNothing, toHalfWidth } from "../text";
import { KINDS } from "../kinds/index";
import { valueFit, type ValueType } from "./fit";
import { isMeasureWord } from "./normalise";
import { bracketNumber, classifyRow, isSignOffDate, outlineHeadingRow, outlineLevel, partLabel, signOffAtRight, stripNumbering, type RowClass } from "./rows";
import type { TableSpec } from "./spec";

export interface BodyRow {
  row: number;
  cls: RowClass & { kind: "data" | "total" };
}

export interface Body {
  rows: BodyRow[];
  /** Last row holding data or a total; the header's last row when there is none. */
  end: number;
  /** Last row of a block of counts under the table (三、相关统计数 over its counted lines): its notes stand below it. */
  countsEnd?: number;
}

/** Finds a header at a row (the recogniser's detectHeader, passed in to keep kinds free of it). */
export type HeaderAt = (row: number) => TableSpec[] | null;

/**
 * Could this row be a header? Text only, at least two filled cells in the table's columns, and
 * not a data row written as text: one whose typed columns (a date, an amount, a credit code) hold
 * such values in text (`2021-04-02`, `1,200,000.00`) is the table's own row.
 */
export function textOnlyRow(spec: TableSpec, row: number): boolean {
  let filled = 0;
  let typedFits = 0;
  for (let c = spec.c0; c <= spec.c1; c++) {
    const v = spec.reader.raw(row, c);
    if (isBlank(v)) continue;
    if (typeof v !== "string") return false;
    filled++;
    const type = spec.columns[c - spec.c0]?.field ? valueTypeOf(spec, c) : null;
    if (type && TYPED.has(type) && valueFit(type, [v]) === 1) typedFits++;
  }
  return filled >= 2 && typedFits < 2;
}

/**
 * A form's next section under the table (绩效目标 | 以…为目标，…。): a text of a sentence's length
 * merged across the columns, over a column of figures. No row of the table.
 */
function formSection(spec: TableSpec, row: number): boolean {
  for (let c = spec.c0; c <= spec.c1; c++) {
    const m = spec.reader.merge(row, c);
    if (!m || m.c0 !== c || m.r0 !== row || m.c1 <= m.c0) continue;
    const v = spec.reader.raw(row, c);
    if (typeof v !== "string" || v.trim().length < SENTENCE) continue;
    for (let k = c; k <= Math.min(m.c1, spec.c1); k++) if (FIGURES.has(valueTypeOf(spec, k) as ValueType)) return true;
  }
  return false;
}

/** Characters from which a text merged across the columns is a sentence, not a category heading. */
const SENTENCE = 16;
const FIGURES = new Set<ValueType>(["amount", "count", "rate"]);

/** Value types a heading never holds. */
const TYPED = new Set<ValueType>(["amount", "date", "creditCode", "rate"]);

function valueTypeOf(spec: TableSpec, col: number): ValueType | null {
  const field = spec.columns[col - spec.c0]?.field;
  if (!field) return null;
  const def = (KINDS[spec.kind].fields as Record<string, { value: ValueType } | undefined>)[field];
  return def?.value ?? null;
}

function filledIn(spec: TableSpec, row: number): number {
  let n = 0;
  for (let c = spec.c0; c <= spec.c1; c++) if (!isBlank(spec.reader.raw(row, c))) n++;
  return n;
}

export function sameColumns(a: TableSpec, b: TableSpec): boolean {
  if (a.kind !== b.kind || a.c0 !== b.c0 || a.c1 !== b.c1) return false;
  return a.columns.every((c, i) => c.field === b.columns[i].field && c.year === b.columns[i].year);
}

/**
 * The header at `row` repeats this table's own: the same columns under the same words (a page break's
 * repeat pasted from a document). The same columns under other words (支出项目 | 金额 under a table
 * headed 收入项目 | 金额) head a second table stacked under the first.
 */
export function repeatsHeader(spec: TableSpec, other: TableSpec, row: number): boolean {
  // Under the same words the columns are the same, however the few rows after the repeat read alone (one kind on every
  // row where the first block's kinds varied): the header starts a new block of this table, no table of its own.
  if (spec.kind !== other.kind || spec.c0 !== other.c0 || spec.c1 !== other.c1) return false;
  for (let c = spec.c0; c <= spec.c1; c++) {
    if (headingWords(spec, spec.headerTop, spec.headerRows, c) !== headingWords(spec, row, other.headerRows, c)) return false;
  }
  return true;
}

function headingWords(spec: TableSpec, top: number, rows: number, col: number): string {
  let words = "";
  for (let r = top; r < top + rows; r++) {
    const v = spec.reader.value(r, col);
    if (!isBlank(v)) words += "|" + headerKey(String(v));
  }
  return words;
}

/** A row's cells merged down (a line drawn over several rows beside its indicators) reach to the merge's foot. */
function mergedFoot(spec: TableSpec, row: number): number {
  let foot = row;
  for (let c = spec.c0; c <= spec.c1; c++) {
    const m = spec.reader.merge(row, c);
    if (m && m.r0 === row && m.c0 === c) foot = Math.max(foot, m.r1);
  }
  return foot;
}

/** The next row at or after `row` holding anything in the table's columns, up to the limit. */
function nextFilled(spec: TableSpec, row: number): number {
  for (let r = row; r <= spec.limit; r++) if (filledIn(spec, r) > 0) return r;
  return -1;
}

/**
 * `formRow`: a form's `label | value` row (项目类型 | 新增项目 | 主管部门 | 某局), which ends a body as a
 * header would: it is the form's, no row of the table.
 */
export function walkBody(spec: TableSpec, headerAt: HeaderAt, formRow: (row: number) => boolean = () => false): Body {
  const rows: BodyRow[] = [];
  let end = spec.headerTop + spec.headerRows - 1;
  let countsEnd: number | undefined;
  // A form's side label merged down from the header beside its block (资金总额及构成 over A8:A14):
  // the block ends where the label does; the form's next section starts below it.
  // Labels nest (项目资金情况 over both of a form's money blocks, 资金来源 beside the first only): the
  // innermost, in the leading columns no field is read from, bounds the block.
  let sideEnd = Infinity;
  for (let c = spec.c0; c <= spec.c1 && (c === spec.c0 || !spec.columns[c - spec.c0]?.field); c++) {
    const side = spec.reader.merge(spec.headerTop, c);
    if (side && side.r0 === spec.headerTop && side.c0 === side.c1 && side.r1 > end) sideEnd = Math.min(sideEnd, side.r1);
  }
  const sided = sideEnd !== Infinity && !spec.picked;
  const last = sided ? Math.min(sideEnd, spec.limit) : spec.limit;
  for (let r = spec.headerTop + spec.headerRows; r <= last; r++) {
    let cls = classifyRow(spec.reader, r, spec.c0, spec.c1);
    if (cls.kind === "blank") continue;
    // Under a side label a row that reads as a note is a label left without its value (`政府性基金预算拨款：`).
    if (cls.kind === "note") {
      if (sided) continue;
      if (!outlineOverRows(spec, r, headerAt) && !(rows.length > 0 && numberedPeer(spec, rows[rows.length - 1].row, r))) break;
      cls = { kind: "data" };
    }
    if (cls.kind === "colnum") continue;
    // Under the table's 合计, a row headed 附：/ 附表1 / 附件 starts an appended block (counts, a plan's figures): no lines.
    const above = rows.length > 0 ? rows[rows.length - 1].cls : null;
    if (cls.kind === "data" && above?.kind === "total" && above.scope === "table" && APPENDED.test(firstText(spec, r) ?? "")) break;
    // A row numbering the columns of both halves under one 栏次 (栏次 | 1 | 2 | 3 | 4): the second half's part of it is too.
    if (cls.kind === "data" && rows.length === 0 && classifyRow(spec.reader, r, spec.reader.firstCol, spec.reader.lastCol).kind === "colnum") continue;
    if (!spec.picked && cls.kind === "data") {
      // Under the side label every row is the block's own, however much it looks like a header.
      if (!sided && textOnlyRow(spec, r)) {
        // A header with nothing under it to head (the table's last row, a clause naming its award
        // beside its prose) heads no table: the row is this table's own.
        const found = headerAt(r);
        const other = found && nextFilled(spec, r + found[0].headerRows) > 0 ? found : null;
        if (other) {
          if (!repeatsHeader(spec, other[0], r)) break;
          r += other[0].headerRows - 1;
          continue;
        }
        if (formSection(spec, r) || formRow(r)) break;
      }
      // A lone caption line over another header ends this table (after a blank band or not: 二、一般公共预算支出
      // over its own 项目 | 金额 heads a second table, even in the same words as the first's heading).
      if (filledIn(spec, r) === 1) {
        const next = nextFilled(spec, r + 1);
        if (next > 0 && textOnlyRow(spec, next) && headerAt(next)) break;
      }
      if (rows.length > 0 && countsUnder(spec, r)) {
        countsEnd = r;
        for (let c = nextFilled(spec, r + 1); c > 0 && countedLine(firstText(spec, c)); c = nextFilled(spec, c + 1)) countsEnd = c;
        break;
      }
    }
    rows.push({ row: r, cls });
    end = Math.max(end, Math.min(mergedFoot(spec, r), last));
  }
  // Lines merged across the whole table under its last row (the next section's heading, a telephone
  // number, the office and date signing it): the document's, no rows of the table. A total's label
  // merged across (公用经费合计 over the name columns of two blocks, its figure in a third) stays.
  // Under a table's 合计, the office and its date merged across the right-hand columns (F:H) are its
  // sign-off as well, and so are they written unmerged right of the first column, one cell each or side by side, when one is the date;
  // so too under a line merged across the table, a total printed or not.
  if (!spec.picked) {
    const dated = datedSignOff(spec, rows);
    const signOff = (row: number) =>
      signOffAtRight(spec.reader, row, spec.c0, spec.c1) || (dated && signOffLine(spec, row) !== null) || officeMergedAndMonth(spec, row);
    let cut = rows.length;
    while (cut > 0 && rows[cut - 1].cls.kind !== "total" && (acrossTable(spec, rows[cut - 1].row) || signOff(rows[cut - 1].row))) cut--;
    const underTotal = cut > 0 && rows[cut - 1].cls.kind === "total" && (rows[cut - 1].cls as { scope?: string }).scope === "table";
    // With no total, a sign-off under a line merged across (监督电话：…) is the document's too: its text has begun.
    const underAcross = cut > 0 && cut < rows.length && acrossTable(spec, rows[cut].row);
    if (!underTotal && !underAcross) {
      cut = rows.length;
      while (cut > 0 && rows[cut - 1].cls.kind !== "total" && acrossTable(spec, rows[cut - 1].row)) cut--;
    }
    if (cut < rows.length && cut > 0) {
      rows.length = cut;
      end = Math.min(end, Math.max(spec.headerTop + spec.headerRows - 1, mergedFoot(spec, rows[cut - 1].row)));
    }
  }
  return { rows, end, countsEnd };
}

/** An appendix heading (附：…, 附表1, 附件2：…), not a line named 附属… . */
const APPENDED = /^附([件表]\s*[0-9一二三四五六七八九十]{0,3})?\s*([:：]|$)|^附[件表]\s*[0-9一二三四五六七八九十]{1,3}\s/;

/** The first text of a row in the table's columns, trimmed and half-width; null when none. */
function firstText(spec: TableSpec, row: number): string | null {
  for (let c = spec.c0; c <= spec.c1; c++) {
    const v = spec.reader.raw(row, c);
    if (typeof v === "string" && v.trim() !== "") return toHalfWidth(v).trim();
  }
  return null;
}

/**
 * A line numbered next after the row above (`其中：（1）公务用车运行维护费` over `（2）公务用车购置`), short and
 * without prose marks: its peer, a line of the table though no figure stands beside it (a bracketed
 * number alone reads as a note's paragraph).
 */
function numberedPeer(spec: TableSpec, above: number, row: number): boolean {
  const text = firstText(spec, row);
  const prev = firstText(spec, above);
  if (text === null || prev === null || text.length > 24 || /[。：:；;，,]/.test(stripNumbering(text))) return false;
  const n = bracketNumber(text);
  const p = bracketNumber(partLabel(prev) ?? prev);
  return n !== null && p !== null && n === p + 1;
}

/** A line counted in a unit of its own in brackets at its end (`团组数（个）`, `公务用车保有量（辆）`): a count, no money. */
function countedLine(text: string | null): boolean {
  const m = text === null ? null : /\(([^()]{1,4})\)$/.exec(text);
  return !!m && isMeasureWord(m[1].trim());
}

/**
 * A top-level heading alone in its row (`二、相关统计数`, dashes beside it or not) over lines each counted in its
 * own unit (团组数（个）, 人数（人）, 保有量（辆）): a block of counts under a money table, no part of it; the table ends above it.
 */
function countsUnder(spec: TableSpec, row: number): boolean {
  const text = firstText(spec, row);
  if (text === null || outlineLevel(text) !== 1) return false;
  // Beside the heading, nothing but dashes (二、相关统计数 | — | —).
  let headed = false;
  for (let c = spec.c0; c <= spec.c1; c++) {
    const v = spec.reader.raw(row, c);
    if (isBlank(v)) continue;
    if (typeof v !== "string" || (headed && !meansNothing(toHalfWidth(v).trim()))) return false;
    headed = true;
  }
  const next = nextFilled(spec, row + 1);
  // The first lines under it, up to three, all counted.
  let seen = 0;
  for (let r = next; r > 0 && r <= spec.limit && seen < 3; r = nextFilled(spec, r + 1)) {
    if (!countedLine(firstText(spec, r))) return false;
    seen++;
  }
  return seen > 0;
}

/**
 * A section heading of the table's own outline (`（一）支持先进制造业发展政策`, merged across the columns):
 * a numbered text reads as a numbered paragraph of notes, but one short and without prose marks (or
 * two short phrases joined by a comma) over rows of the table (not another header) heads those rows; it ends nothing.
 */
export function outlineOverRows(spec: TableSpec, row: number, headerAt: HeaderAt): boolean {
  for (let r = row; r <= spec.limit; r = nextFilled(spec, r + 1)) {
    if (r < 0) return false;
    if (!outlineHeadingRow(spec.reader, r, spec.c0, spec.c1)) {
      const cls = classifyRow(spec.reader, r, spec.c0, spec.c1);
      return cls.kind === "data" && filledIn(spec, r) >= 2 && !headerAt(r);
    }
  }
  return false;
}

/**
 * A line of a sign-off right of the table's first column, nothing else in its row: one text alone (the office, or
 * its date), or the office and its date in two cells. Returns its last text; null when the row is no such line.
 */
function signOffLine(spec: TableSpec, row: number): string | null {
  const texts: string[] = [];
  for (let c = spec.c0; c <= spec.c1; c++) {
    const v = spec.reader.raw(row, c);
    if (isBlank(v)) continue;
    if (texts.length === 2 || c === spec.c0 || typeof v !== "string") return null;
    texts.push(v.trim());
  }
  if (texts.length === 2 && (isSignOffDate(texts[0]) || !isSignOffDate(texts[1]))) return null;
  return texts.length > 0 ? texts[texts.length - 1] : null;
}

/**
 * Whether the rows after the table's last total end in an office's date written right of the first column
 * (和田地区财政局 over 2020年4月14日, or 2019年9月 under the amounts, unmerged): a sign-off, however its lines are laid out.
 */
function datedSignOff(spec: TableSpec, rows: readonly BodyRow[]): boolean {
  for (let i = rows.length - 1; i >= 0 && rows[i].cls.kind !== "total"; i--) {
    const text = signOffLine(spec, rows[i].row);
    if (text !== null && isSignOffDate(text)) return true;
  }
  return false;
}

/**
 * The office's name merged across from the first column, and a month (2015年5月) or a full date alone right of it, nothing
 * else: a sign-off under the 合计 (only rows after the table's total are cut by it).
 */
function officeMergedAndMonth(spec: TableSpec, row: number): boolean {
  const m = spec.reader.merge(row, spec.c0);
  if (!m || m.r0 !== row || m.r1 !== row || m.c0 !== spec.c0 || m.c1 <= m.c0 || m.c1 >= spec.c1) return false;
  if (typeof spec.reader.raw(row, spec.c0) !== "string") return false;
  let date: string | null = null;
  for (let c = m.c1 + 1; c <= spec.c1; c++) {
    const v = spec.reader.raw(row, c);
    if (isBlank(v)) continue;
    if (date !== null || typeof v !== "string") return false;
    date = v.trim();
  }
  return date !== null && isSignOffDate(date);
}

/** A row of one text merged across all of the table's columns, one row high. */
function acrossTable(spec: TableSpec, row: number): boolean {
  const m = spec.reader.merge(row, spec.c0);
  if (!m || m.r0 !== row || m.r1 !== row || m.c0 > spec.c0 || m.c1 < spec.c1) return false;
  return typeof spec.reader.raw(row, m.c0) === "string";
}
