/**
 * Recognised tables: what table recognition hands to the rules. Each kind has typed rows; every
 * amount is already in 元 and knows the cell it came from, so a rule never re-reads the grid.
 */
import type { CellRange } from "../grid";
import type { Unit } from "../units";
import type { IsoDate } from "../dates";
import type { CatalogItem } from "../catalog/types";

export type TableKind = "composition" | "execution" | "register" | "catalog";

export const TABLE_KINDS: readonly TableKind[] = ["composition", "execution", "register", "catalog"];

/** A number read from one cell. Amounts are in 元; rates are fractions; counts are plain. */
export interface Figure {
  value: number;
  /** A1 address of the cell. */
  cell: string;
  row: number;
  col: number;
  /** Decimals as shown, in the cell's own unit (for a rate: decimals of the percent figure). */
  decimals: number;
}

/** Fields a column can be read as, per kind. */
export type CompositionField = "category" | "item" | "amount" | "unitAmount" | "quantity" | "seq";
export type ExecutionField =
  | "year"
  | "category"
  | "seq"
  | "itemCount"
  | "initialBudget"
  | "budget"
  | "actual"
  | "rate";
export type RegisterField =
  | "seq"
  | "enterprise"
  | "creditCode"
  | "registeredIn"
  | "taxRegisteredIn"
  | "itemCode"
  | "item"
  | "category"
  | "requested"
  | "approved"
  | "base"
  | "year"
  | "batch"
  | "paidOn";
export type CatalogField = "code" | "item" | "category" | "capType" | "capAmount" | "rate" | "year" | "document";
export type Field = CompositionField | ExecutionField | RegisterField | CatalogField;

/** How one column was read: shown in the task pane so the user can correct it. */
export interface ColumnRead {
  /** Sheet column (0-based). */
  col: number;
  /** Header text as shown; two header rows are joined with " / ". */
  header: string;
  /** The field it was read as; null when the column is not used. */
  field: Field | null;
  /** Unit stated in this column's header, if any. */
  unit?: Unit;
  /** Year of the column group (execution tables with year column groups). */
  year?: number;
  /** True when the user mapped this column by hand. */
  manual?: boolean;
}

/** A cell that should hold a number or date but holds something that is neither. */
export interface UnreadableCell {
  sheet: string;
  cell: string;
  row: number;
  field: Field;
  text: string;
}

export interface TableBase {
  kind: TableKind;
  sheet: string;
  /** The whole table: header rows to the last data or total row. */
  range: CellRange;
  /** Number of header rows (1 or 2). */
  headerRows: number;
  /** The unit amounts are written in (before conversion to 元). */
  unit: Unit;
  unitSource: "header" | "caption" | "default";
  /** Caption text found above the table, if any. */
  caption?: string;
  columns: ColumnRead[];
  /** Data rows hidden by the user (they are still checked). */
  hiddenRows: number[];
  /** True when the user picked the range or mapped a column by hand. */
  manual?: boolean;
}

// ---- composition ------------------------------------------------------------------------------

export interface CompositionLine {
  row: number;
  /** 二级: the category, from a merged cell spanning its lines or the last category written above. */
  category: string | null;
  /** 三级: the policy line. */
  item: string;
  itemCell: string;
  amount: Figure | null;
  unitAmount: Figure | null;
  quantity: Figure | null;
}

export interface CompositionTotal {
  row: number;
  label: string;
  /** 合计 closes the table; 小计 closes the category written on it or the lines since the last one. */
  scope: "table" | "category";
  category: string | null;
  amount: Figure | null;
  quantity: Figure | null;
}

export interface CompositionTable extends TableBase {
  kind: "composition";
  lines: CompositionLine[];
  totals: CompositionTotal[];
  /** The approved budget stated in a caption (`2022 年项目总投入预算 20,000 万元`), in 元. */
  approvedBudget?: { value: number; text: string };
}

// ---- execution --------------------------------------------------------------------------------

export interface ExecutionFigures {
  year: number;
  initialBudget: Figure | null;
  /** 调整后预算 (or the only budget column). Null when absent or stated once for a group. */
  budget: Figure | null;
  /**
   * True when the row has no budget of its own for the year: its budget cell lies inside a merged
   * cell spanning several rows, or the year's budget is written once on the first row alone.
   */
  budgetSpanned: boolean;
  actual: Figure | null;
  /** The stated execution rate, as a fraction. */
  statedRate: Figure | null;
  /** Date the actual figure runs to, from a `1-8 月` annotation in the cell or header. */
  asOf?: IsoDate;
}

export interface ExecutionRow {
  row: number;
  /** The year ("2021") or the policy category name as written. */
  label: string;
  labelCell: string;
  /** Policy category (by-category layout); null for year rows. */
  category: string | null;
  /** 涉及政策项（数量）. */
  itemCount: Figure | null;
  /** One entry per year: one for a year row, one per column group for a category row. */
  years: ExecutionFigures[];
}

/**
 * The year's budget stated once for several category rows: a merged budget cell spanning them,
 * or (a merge lost in copying) a figure on the first row with every other row's cell empty.
 */
export interface GroupBudget {
  year: number;
  figure: Figure;
  /** Sheet rows the merge spans. */
  rows: number[];
}

export interface ExecutionTable extends TableBase {
  kind: "execution";
  /** by-year: one row per year (Table B); by-category: categories with year column groups (Table C). */
  layout: "by-year" | "by-category";
  rows: ExecutionRow[];
  /** The 合计 row, when stated. */
  total: ExecutionRow | null;
  groupBudgets: GroupBudget[];
}

// ---- register ---------------------------------------------------------------------------------

/** One application or award. Amounts in 元; dates ISO. Cells are found through `col`. */
export interface RegisterRow {
  row: number;
  enterprise: string | null;
  creditCode: string | null;
  registeredIn: string | null;
  taxRegisteredIn: string | null;
  itemCode: string | null;
  item: string | null;
  requested: number | null;
  approved: number | null;
  base: number | null;
  year: number | null;
  batch: string | null;
  paidOn: IsoDate | null;
}

export interface RegisterTable extends TableBase {
  kind: "register";
  rows: RegisterRow[];
  /** Sheet column of each field that was found. */
  col: Partial<Record<RegisterField, number>>;
}

// ---- catalog ----------------------------------------------------------------------------------

export interface CatalogTable extends TableBase {
  kind: "catalog";
  items: CatalogItem[];
}

export type RecognisedTable = CompositionTable | ExecutionTable | RegisterTable | CatalogTable;

/** A user's correction, kept in the workbook's document settings. */
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

export interface RecognitionResult {
  tables: RecognisedTable[];
  unreadable: UnreadableCell[];
}
