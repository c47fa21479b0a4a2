/** A recognised performance-target table: one target per row, its type carried down merged or blank cells. */
import type { Figure, TableBase } from "../../tables/base";

export interface TargetRow {
  row: number;
  type: string | null;
  name: string;
  nameCell: string;
  target: string | null;
  targetCell: string | null;
  basis: string | null;
  /** The result the table states (实际完成值), when it has the column. */
  stated: string | null;
  statedCell: string | null;
  /** The points the indicator is given (分值), when the table has the column. */
  weight?: Figure | null;
}

export interface TargetsTable extends TableBase {
  kind: "targets";
  year: number | null;
  rows: TargetRow[];
  /** The points a heading states for the indicators (`年度绩效目标（90分）`), with its cell. */
  points?: { value: number; cell: string; row: number } | null;
}
