/** A recognised header, before the body is read: what every kind's reader starts from. */
import type { Period } from "../amount";
import type { GridReader } from "../grid";
import type { Unit } from "../units";
import type { TableKind } from "../kinds/index";
import type { ColumnRead } from "./base";
import type { TableContext } from "./context";

export interface TableSpec {
  reader: GridReader;
  kind: TableKind;
  /** First header row and the number of header rows (0 for a hand-picked range without one). */
  headerTop: number;
  headerRows: number;
  c0: number;
  c1: number;
  /** One entry per column c0..c1. */
  columns: ColumnRead[];
  /** Period stated in a column's header (`1-8 月实际支出`), per column c0..c1. */
  periods: (Period | null)[];
  /** A unit stated in a header cell of its own (`单位：万元`), if any. */
  headerUnit: Unit | null;
  /** Last sheet row the body may reach (a picked range's end, else the sheet's last row). */
  limit: number;
  manual: boolean;
  /** The user picked the range: every row to its end is the table's, whatever it reads as. */
  picked?: boolean;
  /** How well the header named the kind's fields (sum of column scores). */
  score: number;
  /** Title, caption, notes: filled in before the body is read. */
  context: TableContext;
  /** The unit the table's amounts are in, and where it was found. */
  unit: Unit;
  unitSource: "header" | "caption" | "cells" | "default";
}
