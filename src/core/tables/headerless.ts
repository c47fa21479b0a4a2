/**
 * Labelled amounts with no column headings: under a caption (`一、经费来源（万元）`), rows each of
 * one label and one figure (`1、申请从专项经费获得的资助 | 240`). Read as a composition whose
 * columns are known from their values; the caption is its header and gives its unit.
 */
import { isFigure } from "../amount";
import { isBlank, type Cell, type GridReader } from "../grid";
import type { ColumnRead } from "./base";
import { EMPTY_CONTEXT } from "./header";
import { readHeaderText } from "./normalise";
import { isNoteText } from "./rows";
import type { TableSpec } from "./spec";

/** Rows needed for a block of labelled amounts. */
const MIN_ROWS = 3;

interface Shape {
  label: number;
  figure: number;
}

/** A cell's value with merges resolved; undefined when blank or inside a merge started to its left. */
function filledAt(reader: GridReader, row: number, c: number): Cell | undefined {
  const m = reader.merge(row, c);
  if (m && m.c0 !== c) return undefined;
  const v: Cell = m ? reader.raw(m.r0, m.c0) : reader.raw(row, c);
  return isBlank(v) ? undefined : v;
}

function shapeOf(reader: GridReader, row: number, from = reader.firstCol): Shape | null {
  let label = -1;
  let figure = -1;
  for (let c = from; c <= reader.lastCol; c++) {
    const v = filledAt(reader, row, c);
    if (v === undefined) continue;
    if (typeof v === "number") {
      if (figure >= 0) return null;
      figure = c;
    } else if (typeof v === "string") {
      if (label >= 0 || figure >= 0) return null;
      label = c;
    } else return null;
  }
  return label >= 0 && figure > label ? { label, figure } : null;
}

/**
 * A row of a form's side-labelled block: a label and its figure, perhaps followed by the form's
 * other fields beside it, each a label and its value (`财政资金科目代码 | 21305`, `资金性质 | 一般公共预算`).
 * Only the columns from `from` to `to` are looked at (one of two blocks side by side).
 */
function sideShapeOf(reader: GridReader, row: number, from: number, to = reader.lastCol): Shape | null {
  let label = -1;
  for (let c = from; c <= to; c++) {
    const v = filledAt(reader, row, c);
    if (v === undefined) continue;
    if (isFigure(v)) {
      if (label < 0) return null;
      return besideIsField(reader, row, c + 1, to) ? { label, figure: c } : null;
    }
    if (typeof v === "string") {
      if (label >= 0) return null;
      label = c;
    } else return null;
  }
  return null;
}


/** Whether what follows a figure, if anything, starts with a label: another field of the form, no second figure. */
function besideIsField(reader: GridReader, row: number, from: number, to: number): boolean {
  for (let c = from; c <= to; c++) {
    const v = filledAt(reader, row, c);
    if (v === undefined) continue;
    return typeof v === "string";
  }
  return true;
}

const PERCENT_TEXT = /^\s*\d+(?:\.\d+)?\s*[%％]\s*$/;

/** A rate where the block's figure stands (`年度预算执行率 | 100%`): what the money achieved, no amount of it. */
function isRateRow(reader: GridReader, row: number, shape: Shape): boolean {
  if (labelAt(reader, row, shape.label) === null) return false;
  const v = reader.value(row, shape.figure);
  if (typeof v === "string") return PERCENT_TEXT.test(v);
  return typeof v === "number" && (reader.numberFormat(row, shape.figure) ?? "").includes("%");
}

function labelAt(reader: GridReader, row: number, col: number): string | null {
  const v = reader.value(row, col);
  return typeof v === "string" && v.trim() ? v : null;
}

/** The block under a one-cell caption at `row`, or null when the rows below are no such block. */
export function headerless(reader: GridReader, row: number): TableSpec[] | null {
  const caption = String(reader.value(row, reader.firstCol) ?? "").trim() || firstText(reader, row);
  if (!caption || caption.length > 30 || isNoteText(caption)) return null;
  const first = shapeOf(reader, row + 1);
  if (!first) return null;
  let last = row + 1;
  for (let r = row + 2; r <= reader.lastRow; r++) {
    const s = shapeOf(reader, r);
    if (!s || s.label !== first.label || s.figure !== first.figure) break;
    last = r;
  }
  if (last - row < MIN_ROWS) return null;
  return [blockSpec(reader, row, 1, first.label, first.label, caption, first, last)];
}

/**
 * Labelled amounts under a form's side label merged down beside them, with no header row
 * (`项目资金（万元）` over A4:A7 beside `年度资金总额 | 120`, `其中：中央… | 80` …): the side label is
 * the block's caption and gives its unit; the block ends with the label.
 */
export function sideLabelled(reader: GridReader, row: number): TableSpec[] | null {
  let side = -1;
  for (let c = reader.firstCol; c <= reader.lastCol && side < 0; c++) if (!isBlank(reader.value(row, c))) side = c;
  if (side < 0) return null;
  const m = reader.merge(row, side);
  if (!m || m.r0 !== row || m.c0 !== m.c1 || m.r1 <= row) return null;
  const caption = String(reader.raw(row, side) ?? "").trim();
  if (!caption || caption.length > 30 || isNoteText(caption)) return null;
  const first = sideShapeOf(reader, row, side + 1);
  if (!first) return null;
  const spec = (c0: number, shape: Shape, last: number): TableSpec => blockSpec(reader, row, 0, c0, side, caption, shape, last);
  // A second block beside the first under the same side label (项目资金总额 and its sources | 年度资金申请总额
  // and its own): two compositions, each total over its own lines, the one ending sooner padded by blank rows.
  const second = sideShapeOf(reader, row, first.figure + 1);
  if (second) {
    const left = blockEnd(reader, row, m.r1, side + 1, second.label - 1, first, true);
    const right = blockEnd(reader, row, m.r1, second.label, reader.lastCol, second, true);
    if (left !== null && right !== null) return [spec(side, first, left), spec(second.label, second, right)];
  }
  const last = blockEnd(reader, row, m.r1, side + 1, reader.lastCol, first, false);
  return last === null ? null : [spec(side, first, last)];
}

/**
 * The last row of a side-labelled block of label | figure rows from `row` to `r1` within columns `from`..`to`,
 * or null when a row is of another shape or fewer than two rows hold figures. `beside`: another block stands
 * beside this one, so a row blank in this block's columns is the other's longer list, not this block's end.
 */
function blockEnd(reader: GridReader, row: number, r1: number, from: number, to: number, first: Shape, beside: boolean): number | null {
  let figures = 1;
  let last = r1;
  for (let r = row + 1; r <= r1; r++) {
    const s = sideShapeOf(reader, r, from, to);
    // A source left empty (`政府性基金预算拨款： |`) is a label alone in the label column.
    if (!s && labelAlone(reader, r, from, to) === first.label) continue;
    // The year's execution rate closing the block (年度预算执行率 | 100%) ends it: the rest is no money.
    if (!s && figures >= 2 && isRateRow(reader, r, first)) {
      last = r - 1;
      break;
    }
    if (!s && beside && blankIn(reader, r, from, to)) continue;
    if (!s || s.label !== first.label || s.figure !== first.figure) return null;
    figures++;
  }
  return figures >= 2 ? last : null;
}

/**
 * The spec of a labelled block whose columns run from `c0` to its figure, the caption heading column `captionCol`
 * (the block's label under a one-cell caption, or a form's side label merged down beside it).
 */
function blockSpec(
  reader: GridReader,
  row: number,
  headerRows: number,
  c0: number,
  captionCol: number,
  caption: string,
  shape: Shape,
  last: number,
): TableSpec {
  const columns: ColumnRead[] = [];
  for (let c = c0; c <= shape.figure; c++) {
    const col: ColumnRead = { col: c, header: c === captionCol ? caption : "", field: null };
    if (c === shape.label) col.field = "item";
    if (c === shape.figure) col.field = "amount";
    if (col.field) col.evidence = { key: "", word: null, how: "values", score: 0.3, fit: 1 };
    columns.push(col);
  }
  return {
    reader,
    kind: "composition",
    headerTop: row,
    headerRows,
    c0,
    c1: shape.figure,
    columns,
    periods: columns.map(() => null),
    headerUnit: readHeaderText(caption).unit ?? null,
    limit: last,
    manual: false,
    score: 0.6,
    context: EMPTY_CONTEXT(reader.name),
    unit: "元",
    unitSource: "default",
  };
}

/** Whether a row is blank from column `from` to `to`. */
function blankIn(reader: GridReader, row: number, from: number, to: number): boolean {
  for (let c = from; c <= to; c++) if (filledAt(reader, row, c) !== undefined) return false;
  return true;
}

/** The column of a row's only filled cell when it is text, else -1. */
function labelAlone(reader: GridReader, row: number, from: number, to: number): number {
  let at = -1;
  for (let c = from; c <= to; c++) {
    const m = reader.merge(row, c);
    if (m && m.c0 !== c) continue;
    const v = m ? reader.raw(m.r0, m.c0) : reader.raw(row, c);
    if (isBlank(v)) continue;
    if (typeof v !== "string" || at >= 0) return -1;
    at = c;
  }
  return at;
}

function firstText(reader: GridReader, row: number): string | null {
  for (let c = reader.firstCol; c <= reader.lastCol; c++) {
    const v = reader.value(row, c);
    if (typeof v === "string" && v.trim()) return v.trim();
  }
  return null;
}
