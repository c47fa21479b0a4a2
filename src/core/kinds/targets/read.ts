/**
 * Reading a target table: a row per target; the type (产出数量, 效益…) is written once over its
 * targets, merged or left blank below, so it carries down. A row without a name is no target (a
 * page break's stray line).
 */
import { a1 } from "../../grid";
import { textOf } from "../../tables/figures";
import type { TableSpec } from "../../tables/spec";
import type { ReadEnv } from "../define";
import type { TargetsField } from "./fields";
import type { TargetRow } from "./types";

export function readTargets(spec: TableSpec, env: ReadEnv): { rows: TargetRow[]; end: number } {
  const { reader } = spec;
  const body = env.body();
  const col: Partial<Record<TargetsField, number>> = {};
  for (const c of spec.columns) if (c.field && !c.part) col[c.field as TargetsField] ??= c.col;
  const text = (row: number, f: TargetsField): string | null => (col[f] === undefined ? null : textOf(reader.value(row, col[f] as number)));
  const cell = (row: number, f: TargetsField): string | null => (col[f] === undefined ? null : a1(row, col[f] as number));
  const rows: TargetRow[] = [];
  let type: string | null = null;
  for (const { row, cls } of body.rows) {
    if (cls.kind === "total") continue;
    type = text(row, "type") ?? type;
    const name = text(row, "name");
    if (!name || name.length < 2) continue;
    rows.push({
      row,
      type,
      name,
      nameCell: cell(row, "name") as string,
      target: text(row, "target"),
      targetCell: cell(row, "target"),
      basis: text(row, "basis"),
      stated: text(row, "stated"),
      statedCell: cell(row, "stated"),
    });
  }
  return { rows, end: body.end };
}
