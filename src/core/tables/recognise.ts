/**
 * Table recognition: finds tables of every kind anywhere on each sheet and reads them into
 * typed tables with every amount in 元.
 *
 * A sheet is scanned top to bottom. Only the first rows after a blank row (or after a table) are
 * tried as headers, so a million-row register costs one header test and one tight read loop.
 * Caption-like single-cell rows do not use up that allowance, so a title paragraph may sit
 * above a table.
 */
import { GridReader, isBlank, parseRangeA1, type CellRange, type SheetGrid } from "../grid";
import { KINDS, TABLE_KINDS, fieldsOf, type AnyKind, type Field } from "../kinds/index";
import type { ReadEnv } from "../kinds/define";
import { parseUnit, type Unit } from "../units";
import { readAmount } from "../amount";
import type { ColumnRead, TableBase } from "./base";
import { walkBody, type Body } from "./body";
import { acceptsFields, applyColumns, mappedColumns, settleNumbering } from "./columns";
import { formNameAbove, formUnitAbove, linesAbove, listYearIn, tableContext, titleAbove, sheetTitle, sheetTitleLines } from "./context";
import type { ReadContext } from "./figures";
import { detectHeader, labelValueRow, pickedSpec, type Candidate } from "./header";
import { placeCells, readsOn, stackedPanels } from "./panels";
import { headerless, sideLabelled } from "./headerless";
import { moneyRowForm } from "../kinds/selfeval/moneyRow";
import { classifyRow, isNoteText } from "./rows";
import type { TableSpec } from "./spec";
import type { ColumnMapping, RecognisedTable, RecognitionResult } from "./types";

/**
 * The unit a caption states over a sheet's first table (`单位：万元`), with the largest figure of that
 * table's money, for later tables on the sheet that state none of their own.
 */
interface SheetUnit {
  unit: Unit;
  largest: number;
}
/** How far above the captioned table's largest figure a later table's may run and still be in its unit (万元 → 元 is ×10,000). */
const SHEET_UNIT_FIT = 10;
/** Rows of a table looked at for its largest figure. */
const FIGURE_ROWS = 10_000;

/** Multi-cell rows tried as a header after a blank row or a table before giving up. */
const LEAD = 12;
/** Rows under a table read for notes (注：…). */
const NOTE_ROWS = 4;

export function recognise(sheets: SheetGrid[], mappings: ColumnMapping[] = []): RecognitionResult {
  const tables: RecognisedTable[] = [];
  const unreadable: RecognitionResult["unreadable"] = [];
  const candidates: Candidate[] = [];
  const readers = sheets.map((grid) => new GridReader(grid));
  const stated = readers.map(statedYear);
  readers.forEach((reader, i) => {
    const ctx: ReadContext = { sheet: reader.name, unreadable };
    const own = mappings.filter((m) => m.sheet === reader.name);
    tables.push(...recogniseSheet(reader, own, ctx, candidates, othersYear(stated, i)));
  });
  return { tables, unreadable, candidates };
}

/** No sheet content: a blank sheet left in the workbook states nothing, and is left out. */
const BLANK_SHEET = undefined;

/** The year a sheet's title rows (else its name) state; null when none; BLANK_SHEET when it holds nothing. */
function statedYear(reader: GridReader): number | null | undefined {
  if (reader.lastRow < reader.firstRow || reader.lastCol < reader.firstCol) return BLANK_SHEET;
  return listYearIn(sheetTitleLines(reader).join(" ")) ?? listYearIn(reader.name);
}

/**
 * The year every other sheet of the workbook states, when they agree on exactly one: a sheet whose
 * tables state none (an annex titled 11.1资金公示分配表 beside 某县2018年…资金来源) is of that year.
 */
function othersYear(stated: readonly (number | null | undefined)[], own: number): number | null {
  const others = stated.filter((y, i) => i !== own && y !== BLANK_SHEET);
  if (others.length === 0 || others.some((y) => y === null)) return null;
  return new Set(others).size === 1 ? (others[0] as number) : null;
}

interface Picked {
  range: CellRange;
  mapping: ColumnMapping;
}

function pickedRanges(mappings: ColumnMapping[]): Picked[] {
  const out: Picked[] = [];
  for (const m of mappings) {
    if (m.range === undefined) continue;
    const where = `sheet "${m.sheet}"`;
    const range = parseRangeA1(m.range);
    if (!range) throw new Error(`Column mapping on ${where}: "${m.range}" is not a cell range.`);
    if (!m.kind || !TABLE_KINDS.includes(m.kind)) {
      throw new Error(`Column mapping on ${where}: the range ${m.range} needs a table kind (${TABLE_KINDS.join(", ")}).`);
    }
    out.push({ range, mapping: m });
  }
  return out.sort((a, b) => a.range.r0 - b.range.r0);
}

function recogniseSheet(reader: GridReader, mappings: ColumnMapping[], ctx: ReadContext, candidates: Candidate[], workbookYear: number | null): RecognisedTable[] {
  const picked = pickedRanges(mappings);
  const fixes = mappings.filter((m) => m.range === undefined);
  for (const m of fixes) mappedColumns(m.columns, `sheet "${m.sheet}"`); // a bad letter is an error even with no table
  const tables: RecognisedTable[] = [];
  // Headers with not one row under them: a form's head rows when the sheet holds tables besides, else a blank list.
  const headOnly: RecognisedTable[] = [];
  let floor = reader.firstRow;
  let budget = LEAD;
  let r = reader.firstRow;
  let next = 0; // next picked range
  // A sheet's one unit caption, over its first table, holds for later tables stating none until one states another.
  let sheetUnit: SheetUnit | null | undefined;
  const settle = (table: RecognisedTable): void => {
    if (sheetUnit === undefined) {
      const largest = table.unitSource === "caption" && table.context?.unit === table.unit ? largestFigure(reader, table.kind, table.columns, table.range.r0 + table.headerRows, table.range.r1) : 0;
      sheetUnit = largest > 0 ? { unit: table.unit, largest } : null;
    } else if (sheetUnit && table.unit !== sheetUnit.unit) sheetUnit = null;
  };
  while (r <= reader.lastRow) {
    if (next < picked.length && picked[next].range.r0 <= r) {
      const p = picked[next++];
      const spec = specOfPicked(reader, p);
      const table = build(spec, floor, ctx, workbookYear, sheetUnit ?? null);
      tables.push(table);
      settle(table);
      r = p.range.r1 + 1;
      floor = r;
      budget = LEAD;
      continue;
    }
    const filled = filledCells(reader, r);
    if (filled === 0) {
      budget = LEAD;
      r++;
      continue;
    }
    if (budget > 0 || filled === 1) {
      const before = candidates.length;
      const specs =
        detectHeader(reader, r, { candidates }) ??
        (filled === 1 ? headerless(reader, r) : null) ??
        sideLabelled(reader, r) ??
        moneyRowForm(reader, r) ??
        completedByFixes(reader, r, candidates.slice(before), fixes);
      if (specs) {
        let end = r;
        let built = 0;
        const first = tables.length;
        const marked = ctx.unreadable.length;
        for (const spec of specs) {
          if (next < picked.length) spec.limit = Math.min(spec.limit, picked[next].range.r0 - 1);
          applyFixes(spec, fixes);
          const mark = ctx.unreadable.length;
          const table = build(spec, floor, ctx, workbookYear, sheetUnit ?? null);
          const kind = KINDS[table.kind] as AnyKind;
          // Not one figure read, and text where figures belong: a form's head rows, not a table.
          if (!spec.manual && ctx.unreadable.length > mark && (kind.empty as ((t: RecognisedTable) => boolean) | undefined)?.(table)) {
            ctx.unreadable.length = mark; // its "unreadable" cells were a form's text, not figures
            continue;
          }
          // A header and not one row under it, nothing read: a form's head row (项目名称 | …), not a table, when
          // the sheet holds a table besides; kept aside so a blank list alone is still read as one.
          if (!spec.manual && table.range.r1 < spec.headerTop + spec.headerRows) {
            ctx.unreadable.length = mark;
            headOnly.push(table);
            continue;
          }
          tables.push(table);
          settle(table);
          built++;
          end = Math.max(end, table.range.r1);
        }
        const joined = built > 1 ? readOnPanels(reader, specs, tables.slice(first), end, marked, (s) => build(s, floor, ctx, workbookYear, sheetUnit ?? null), ctx) : null;
        if (joined) tables.splice(first, built, joined);
        if (built > 0) {
          r = end + 1;
          floor = r;
          budget = LEAD;
          continue;
        }
      }
      if (filled > 1) budget--;
    }
    r++;
  }
  if (tables.length === 0)
    for (const t of headOnly) {
      // One header read again a row lower (its second row alone) is the same header, not a second table.
      if (tables.some((u) => u.range.r1 >= t.range.r0 && u.range.r0 <= t.range.r1)) continue;
      tables.push(t);
      settle(t);
    }
  return tables;
}

/**
 * Blocks side by side under one header that are one list read down and on (panels.ts): read again as one
 * table, its cells named where they stand; null when they are separate tables.
 */
function readOnPanels(
  reader: GridReader,
  specs: TableSpec[],
  built: RecognisedTable[],
  end: number,
  marked: number,
  buildOne: (spec: TableSpec) => RecognisedTable,
  ctx: ReadContext,
): RecognisedTable | null {
  if (!readsOn(specs, built)) return null;
  const [s0] = specs;
  const body = s0.headerTop + s0.headerRows;
  const view = stackedPanels(reader, specs, body, end);
  const kept = ctx.unreadable.splice(marked);
  const spec: TableSpec = { ...s0, reader: view.reader, limit: view.limit, columns: s0.columns.map((c) => ({ ...c })) };
  const t = buildOne(spec);
  if (t.kind !== s0.kind) {
    ctx.unreadable.splice(marked, ctx.unreadable.length - marked, ...kept);
    return null;
  }
  placeCells(t, view.place, ctx.unreadable.slice(marked));
  t.range = { r0: s0.headerTop, c0: s0.c0, r1: end, c1: specs[specs.length - 1].c1 };
  // Every block's columns read as the first's: one table's.
  const own = t.columns;
  const shifted = (c: ColumnRead, by: number): ColumnRead => {
    const out: ColumnRead = { ...c, col: c.col + by };
    if (c.part) out.part = { ...c.part, of: c.part.of + by };
    if (c.within !== undefined) out.within = c.within + by;
    if (c.nameOf !== undefined) out.nameOf = c.nameOf + by;
    return out;
  };
  t.columns = [...own, ...specs.slice(1).flatMap((s) => own.map((c) => shifted(c, s.c0 - s0.c0)))];
  t.hiddenRows = hiddenIn(reader, body, end);
  return t;
}

function filledCells(reader: GridReader, row: number): number {
  const values = reader.grid.values[row - reader.grid.top];
  if (!values) return 0;
  let n = 0;
  for (const v of values) if (!isBlank(v)) n++;
  return n;
}

/** The spec of a range the user picked, with the user's column choices applied. */
function specOfPicked(reader: GridReader, p: Picked): TableSpec {
  const kind = p.mapping.kind as NonNullable<ColumnMapping["kind"]>;
  const rows = Math.max(0, Math.min(3, p.mapping.headerRows ?? 1));
  const spec = pickedSpec(reader, p.range, kind, rows);
  const map = mappedColumns(p.mapping.columns, `sheet "${p.mapping.sheet}"`);
  const allowed = new Set<Field>(fieldsOf(kind));
  for (const f of map.values()) {
    if (f !== null && !allowed.has(f)) {
      throw new Error(`Column mapping on sheet "${p.mapping.sheet}": "${f}" is not a field of a ${kind} table.`);
    }
  }
  applyColumns(spec, map);
  return spec;
}

/**
 * A near miss the user's corrections complete (the amount column named by hand, for a heading no
 * reader knows): read as that kind from its header row, so a mapping without a range fixes the
 * same layout in every file of a batch.
 */
function completedByFixes(reader: GridReader, row: number, near: Candidate[], fixes: ColumnMapping[]): TableSpec[] | null {
  if (near.length === 0 || fixes.length === 0) return null;
  const values = reader.grid.values[row - reader.grid.top] ?? [];
  let c0 = -1;
  let c1 = -1;
  values.forEach((v, i) => {
    if (isBlank(v)) return;
    if (c0 < 0) c0 = i;
    c1 = i;
  });
  if (c0 < 0) return null;
  const range: CellRange = { r0: row, c0: c0 + reader.grid.left, r1: reader.lastRow, c1: c1 + reader.grid.left };
  for (const c of [...near].sort((a, b) => b.score - a.score)) {
    const spec = pickedSpec(reader, range, c.kind, 1);
    spec.picked = false; // its rows end where the table does, as a detected table's
    applyFixes(spec, fixes);
    const kind = KINDS[c.kind] as AnyKind;
    const has = new Set(spec.columns.map((x) => x.field).filter((f): f is Field => f !== null));
    if (spec.columns.some((x) => x.manual) && kind.requires.every((group) => group.some((f) => has.has(f as Field)))) return [spec];
  }
  return null;
}

/** Applies the user's letter → field corrections to a detected table that holds their columns. */
function applyFixes(spec: TableSpec, fixes: ColumnMapping[]): void {
  for (const m of fixes) {
    const map = mappedColumns(m.columns, `sheet "${m.sheet}"`);
    if (map.size === 0) continue;
    const inside = [...map.keys()].every((c) => c >= spec.c0 && c <= spec.c1);
    if (inside && acceptsFields(spec, map.values())) applyColumns(spec, map);
  }
}

const AMOUNT_VALUES = new Set(["amount"]);

/**
 * The table's unit: its main amount column's own (`金额（万元）`), else a unit cell in the header
 * or a caption (`单位：万元`), else another amount column's (a lone `单价（元/台件）`), else 元.
 */
function tableUnit(spec: TableSpec): { unit: Unit; source: TableBase["unitSource"] } {
  const kind = KINDS[spec.kind] as AnyKind;
  const amountColumns = Object.entries(kind.fields as Record<string, { value: string }>)
    .filter(([, def]) => AMOUNT_VALUES.has(def.value))
    // A further column beside the main one (项目总投资, a basis in 亿元 beside the award) is not the table's money.
    .map(([field]) => spec.columns.find((x) => x.field === field && !x.part && !x.aside) ?? spec.columns.find((x) => x.field === field && !x.part))
    .filter((c): c is NonNullable<typeof c> => !!c);
  const main = amountColumns[0];
  if (main?.unit) return { unit: main.unit, source: "header" };
  if (spec.headerUnit) return { unit: spec.headerUnit, source: "header" };
  if (spec.context.unit) return { unit: spec.context.unit, source: "caption" };
  const other = amountColumns.find((c) => c.unit);
  if (other?.unit) return { unit: other.unit, source: "header" };
  // A side label over the row names (`项目资金（万元）`, `年度预算数（万元）`) states the unit too.
  const side = spec.columns.find((c) => c.unit && !c.field) ?? spec.columns.find((c) => c.unit);
  if (side?.unit) return { unit: side.unit, source: "header" };
  if (spec.context.formUnit) return { unit: spec.context.formUnit, source: "caption" };
  return { unit: "元", source: "default" };
}

/** Notes directly under a table: rows that read as notes, up to a few. */
function notesBelow(reader: GridReader, after: number, c0: number, c1: number): string[] {
  const out: string[] = [];
  for (let r = after + 1; r <= reader.lastRow && r <= after + NOTE_ROWS; r++) {
    const cls = classifyRow(reader, r, c0, c1);
    if (cls.kind === "blank") continue;
    const text = reader
      .rowValues(r)
      .filter((v) => !isBlank(v))
      .map((v) => String(v).trim())
      .join(" ");
    if (cls.kind !== "note" && !isNoteText(text)) break;
    out.push(text);
  }
  return out;
}

function build(spec: TableSpec, floor: number, ctx: ReadContext, workbookYear: number | null, sheetUnit: SheetUnit | null = null): RecognisedTable {
  const { reader } = spec;
  settleNumbering(spec);
  const lines = linesAbove(reader, spec.headerTop, floor);
  const title = titleAbove(reader, spec.headerTop, floor);
  // The sheet's title, for a table below another on a form (read only when it lies above the floor).
  const top = floor > reader.firstRow ? sheetTitle(reader) : null;
  // The sheet's title rows, for a year when the lines just above are prose naming earlier years.
  const heads = floor > reader.firstRow ? [] : sheetTitleLines(reader);
  let body: Body | null = null;
  const walk = (): Body => (body ??= walkBody(spec, (row) => detectHeader(reader, row), (row) => labelValueRow(reader, row)));
  // Notes below need the body's end; a register reads its own body, so its notes come after.
  const early = spec.kind === "register" ? [] : notesBelow(reader, walk().countsEnd ?? walk().end, spec.c0, spec.c1);
  const formUnit = formUnitAbove(reader, spec.headerTop, floor);
  const name = formNameAbove(reader, spec.headerTop);
  spec.context = { ...tableContext(reader.name, lines, early, title, top, name, heads), formUnit };
  spec.context.year ??= headingsYear(spec) ?? workbookYear;
  const first = read(spec, ctx, walk, sheetUnit);
  if (spec.kind !== "register") return first;
  // A register's unit may be stated only in a note under it: read again in that unit.
  const notes = notesBelow(reader, first.range.r1, spec.c0, spec.c1);
  if (notes.length === 0) return first;
  const before = spec.context.unit;
  spec.context = { ...tableContext(reader.name, lines, notes, title, top, name, heads), formUnit };
  if (first.unitSource !== "default" || spec.context.unit === before || !spec.context.unit) {
    first.context = spec.context;
    return first;
  }
  ctx.unreadable.splice(0, ctx.unreadable.length, ...ctx.unreadable.filter((u) => !(u.sheet === ctx.sheet && u.row >= spec.headerTop && u.row <= first.range.r1)));
  return read(spec, ctx, walk);
}

/**
 * The one year the column headings state (2022年第三季度…资金 | 2022年度第二批…资金 | 合计), when
 * nothing around the table gives one: the money in its columns is that year's.
 */
function headingsYear(spec: TableSpec): number | null {
  const years = new Set(spec.columns.map((c) => c.year).filter((y): y is number => y !== undefined));
  return years.size === 1 ? [...years][0] : null;
}

/**
 * The unit every amount cell of the main amount column writes (`20万元`, `75.5万元`), for a table that
 * states none: null when one cell is a bare figure or states another unit. A register's body is read
 * by the register alone (it may run to a million rows), so it is not looked at here.
 */
function cellsUnit(spec: TableSpec, walk: () => Body): Unit | null {
  if (spec.kind === "register") return null;
  const main = spec.columns.find((c) => c.field === "amount" && !c.part && !c.aside);
  if (!main) return null;
  let unit: Unit | null = null;
  let cells = 0;
  for (const { row } of walk().rows) {
    const v = spec.reader.raw(row, main.col);
    if (isBlank(v)) continue;
    if (typeof v !== "string") return null;
    const r = readAmount(v);
    if (r.kind !== "number" || !r.unit || (unit !== null && r.unit !== unit)) return null;
    unit = r.unit;
    cells++;
  }
  return cells >= 2 ? unit : null;
}

/** A figure written with its unit in a line (`以上合计1997万元`). */
const FIGURE_WITH_UNIT = /(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)/g;

/**
 * The unit of the money the lines above a table state (`以上合计1997万元` over its bare figures), for
 * a table that states none: taken only where a figure so stated stands bare in its main amount column,
 * so a sum named in passing in another unit decides nothing.
 */
function linesUnit(spec: TableSpec, walk: () => Body): Unit | null {
  if (spec.kind === "register") return null;
  const main = spec.columns.find((c) => c.field === "amount" && !c.part && !c.aside);
  if (!main) return null;
  const stated = new Map<number, Set<Unit>>();
  for (const line of spec.context.lines) {
    for (const m of line.matchAll(FIGURE_WITH_UNIT)) {
      const value = Number(m[1].replace(/,/g, ""));
      const unit = parseUnit(m[2]);
      if (!Number.isFinite(value) || value === 0 || !unit) continue;
      stated.set(value, (stated.get(value) ?? new Set<Unit>()).add(unit));
    }
  }
  if (stated.size === 0) return null;
  const units = new Set<Unit>();
  for (const { row } of walk().rows) {
    const v = spec.reader.raw(row, main.col);
    if (typeof v === "number") stated.get(v)?.forEach((u) => units.add(u));
  }
  return units.size === 1 ? [...units][0] : null;
}

function read(spec: TableSpec, ctx: ReadContext, walk: () => Body, sheetUnit: SheetUnit | null = null): RecognisedTable {
  const { reader } = spec;
  let { unit, source } = tableUnit(spec);
  if (source === "default") {
    const written = cellsUnit(spec, walk);
    const prose = written ? null : linesUnit(spec, walk);
    if (written) {
      unit = written;
      source = "cells";
    } else if (prose) {
      unit = prose;
      source = "caption";
    } else if (sheetUnit && spec.kind !== "register" && fitsSheetUnit(spec, walk, sheetUnit)) {
      unit = sheetUnit.unit;
      source = "caption";
    }
  }
  spec.unit = unit;
  spec.unitSource = source;
  const env: ReadEnv = {
    ctx,
    headerAt: (row) => detectHeader(reader, row),
    formRow: (row) => labelValueRow(reader, row),
    body: walk,
    base: (end: number): TableBase => {
      const t: TableBase = {
        kind: spec.kind,
        sheet: reader.name,
        range: { r0: spec.headerTop, c0: spec.c0, r1: Math.max(end, spec.headerTop), c1: spec.c1 },
        headerRows: spec.headerRows,
        unit,
        unitSource: source,
        columns: spec.columns,
        hiddenRows: hiddenIn(reader, spec.headerTop + spec.headerRows, end),
        context: spec.context,
      };
      if (spec.context.lines.length > 0) t.caption = spec.context.lines.join(" ");
      if (spec.manual) t.manual = true;
      return t;
    },
  };
  const kind = KINDS[spec.kind] as AnyKind;
  return (kind.read as (s: TableSpec, e: ReadEnv) => RecognisedTable)(spec, env);
}

type MoneyColumn = { col: number; field: string | null; part?: unknown; aside?: boolean };

/**
 * A table's main money column: its `amount`, else its kind's first money field it holds (an execution
 * table's lone 决算数 is `actual`), by the kind's field order.
 */
function mainMoney(kindId: TableSpec["kind"], columns: readonly MoneyColumn[]): MoneyColumn | undefined {
  const own = columns.find((c) => c.field === "amount" && !c.part && !c.aside);
  if (own) return own;
  const kind = KINDS[kindId] as AnyKind;
  for (const [field, def] of Object.entries(kind.fields as Record<string, { value: string }>)) {
    if (!AMOUNT_VALUES.has(def.value)) continue;
    const c = columns.find((x) => x.field === field && !x.part && !x.aside);
    if (c) return c;
  }
  return undefined;
}

/** The largest figure typed in a table's main money column, rows r0..r1 (at most FIGURE_ROWS of them); 0 when none. */
function largestFigure(reader: GridReader, kind: TableSpec["kind"], columns: readonly MoneyColumn[], r0: number, r1: number): number {
  const main = mainMoney(kind, columns);
  if (!main) return 0;
  let largest = 0;
  for (let r = r0; r <= r1 && r < r0 + FIGURE_ROWS; r++) {
    const v = reader.raw(r, main.col);
    if (typeof v === "number" && Number.isFinite(v)) largest = Math.max(largest, Math.abs(v));
  }
  return largest;
}

/**
 * A later table stating no unit (表二 under the caption over 表一) is in the sheet's captioned unit when its
 * figures are of that table's order: a table in 元 under one in 万元 runs thousands of times higher.
 */
function fitsSheetUnit(spec: TableSpec, walk: () => Body, sheetUnit: SheetUnit): boolean {
  const rows = walk().rows;
  if (rows.length === 0) return false;
  const largest = largestFigure(spec.reader, spec.kind, spec.columns, rows[0].row, rows[rows.length - 1].row);
  return largest > 0 && largest <= sheetUnit.largest * SHEET_UNIT_FIT;
}

function hiddenIn(reader: GridReader, from: number, to: number): number[] {
  const hidden = reader.grid.hiddenRows;
  if (!hidden || hidden.length === 0) return [];
  return hidden.filter((r) => r >= from && r <= to).sort((a, b) => a - b);
}
