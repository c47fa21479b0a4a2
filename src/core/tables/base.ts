/**
 * What every recognised table shares, whatever its kind: where it sits, how its header was
 * read (with the evidence), its unit and its context. Each kind adds its typed rows
 * (src/core/kinds/<kind>); every amount is already in 元 and knows the cell it came from.
 */
import type { CellRange } from "../grid";
import type { Unit } from "../units";
import type { Field, TableKind } from "../kinds/index";
import type { TableContext } from "./context";

/** A number read from one cell. Amounts are in 元; rates are fractions; counts are plain. */
export interface Figure {
  value: number;
  /** A1 address of the cell. */
  cell: string;
  row: number;
  col: number;
  /** Decimals as shown, in the cell's own unit (for a rate: decimals of the percent figure). */
  decimals: number;
  /** The cell's number format fixes the decimals shown (`0.0`): a total shown to fewer than its column is rounded to them. */
  formatted?: true;
  /** Proven exact whatever its format shows: a count times the standard its group's heading states, or a row total of such figures. */
  exact?: true;
  /**
   * The parts a text amount lists in brackets after it (`620万(甲300万元,乙320万元)`), all of it: each in 元, with its
   * decimals as written in its unit.
   */
  listed?: { value: number; decimals: number; unit: Unit }[];
}

/** Why a column was read as it was: shown by --explain and in the task pane. */
export interface ColumnEvidence {
  /** The heading's words after normalisation. */
  key: string;
  /** The word that decided the field, and how it matched. */
  word: string | null;
  how: "exact" | "ends" | "contains" | "weak" | "parent" | "part" | "values" | "title" | "manual" | "level" | null;
  /** Heading score (0..1) and how well the values fit (0..1, null: no values sampled). */
  score: number;
  fit: number | null;
  /** The next best field for this column, when there was one. */
  runnerUp?: { field: Field; score: number };
}

/** How one column was read: shown in the task pane so the user can correct it. */
export interface ColumnRead {
  /** Sheet column (0-based). */
  col: number;
  /** Header text as shown; header rows are joined with " / ". */
  header: string;
  /** The field it was read as; null when the column is not used. */
  field: Field | null;
  /** Unit stated in this column's header, if any. */
  unit?: Unit;
  /** A measure unit stated in the header (台件, 个). */
  measure?: string;
  /** Year of the column group (execution tables with year column groups). */
  year?: number;
  /** The column group other than a year: a source of funds (中央财政资金 | 其他来源资金) under each field. */
  group?: string;
  /**
   * A part of another column (其中 市级 / 区级 under 合计, 基本支出 / 项目支出 under 决算数): its
   * values are checked against that column and never added to it. `exhaustive` when the parts
   * must add up to the whole (the whole is labelled 合计), else they must not exceed it.
   */
  part?: { of: number; exhaustive: boolean };
  /** A further column of its field beside the main one (项目总投资 beside 衔接资金): a column group of its own, never the main. */
  aside?: boolean;
  /**
   * Each group's own total, merged down beside the group as its name is (县 | 合计 merged over the county's towns):
   * no line's money, but the sum of the group's lines in the main amount column.
   */
  groupTotal?: boolean;
  /**
   * A lower level of the place the column at this sheet column (0-based) gives (县（市、区） beside
   * 设区市): the same field, the two read together as one place.
   */
  within?: number;
  /**
   * The line's name written under its kind (重点村 | 一般村, each row's village under one of them): the same field
   * as the column at this sheet column (0-based), read where that one is blank.
   */
  nameOf?: number;
  /** True when the user mapped this column by hand. */
  manual?: boolean;
  evidence?: ColumnEvidence;
}

/** A cell that should hold a number or date but holds something that is neither. */
export interface UnreadableCell {
  sheet: string;
  cell: string;
  row: number;
  /** The kind of table and the field the cell belongs to (labels are per kind). */
  kind?: TableKind;
  field: Field;
  text: string;
}

export interface TableBase {
  kind: TableKind;
  sheet: string;
  /** The whole table: header rows to the last data or total row. */
  range: CellRange;
  /** Number of header rows (0 to 3). */
  headerRows: number;
  /** The unit amounts are written in (before conversion to 元). */
  unit: Unit;
  /** Where the unit was read: a header, a caption or note, the cells themselves (`20万元`), or none (元). */
  unitSource: "header" | "caption" | "cells" | "default";
  /** Caption text found above the table, if any. */
  caption?: string;
  /** Facts read around the table: title, caption, sheet name, notes below. */
  context?: TableContext;
  columns: ColumnRead[];
  /** Data rows hidden by the user (they are still checked). */
  hiddenRows: number[];
  /** True when the user picked the range or mapped a column by hand. */
  manual?: boolean;
}

/** A user's correction, kept in the workbook's document settings (and read by --map). */
export interface ColumnMapping {
  sheet: string;
  /** A range picked by hand ("B3:H40"), header row(s) first; absent to correct a detected table. */
  range?: string;
  /** The kind of the picked range (required with `range`). */
  kind?: TableKind;
  /** Header rows in a picked range (default 1). */
  headerRows?: number;
  /** Column letter → field (null to ignore the column). Applies to the table containing it. */
  columns: Record<string, Field | null>;
}

/** The lowest level of a header whose rows are joined with " / " (资金来源 / 农民自筹 → 农民自筹). */
export function lastLevel(header: string): string {
  const at = header.lastIndexOf(" / ");
  return at < 0 ? header : header.slice(at + 3);
}

/** The top level of a column's heading (`2016年预算数 / 合计` → 2016年预算数): the block it stands in. */
export function firstLevel(header: string): string {
  const at = header.indexOf(" / ");
  return at < 0 ? header : header.slice(0, at);
}

/** The heading says its column lists what each line takes in (涉及行政村, 包含村: FieldDef.over.listing). */
export function headsListing(header: string, listing: readonly string[]): boolean {
  const own = lastLevel(header).trim();
  return listing.some((w) => own.startsWith(w));
}

/** The mean length of some texts: names set against the prose beside them. */
export function meanLength(xs: readonly string[]): number {
  return xs.reduce((n, x) => n + x.length, 0) / xs.length;
}
