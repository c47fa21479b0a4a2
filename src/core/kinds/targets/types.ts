/** A recognised performance-target table: one target per row, its type carried down merged or blank cells. */
import type { TableBase } from "../../tables/base";

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
}

export interface TargetsTable extends TableBase {
  kind: "targets";
  year: number | null;
  rows: TargetRow[];
}
