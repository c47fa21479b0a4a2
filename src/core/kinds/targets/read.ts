/**
 * Reading a target table: a row per target; the type (产出数量, 效益…) is written once over its
 * targets, merged or left blank below, so it carries down. A row without a name is no target (a
 * page break's stray line).
 */
import { a1, isBlank } from "../../grid";
import type { Figure } from "../../tables/base";
import { figureAt, textOf } from "../../tables/figures";
import { readHeaderText } from "../../tables/normalise";
import type { TableSpec } from "../../tables/spec";
import type { ReadEnv } from "../define";
import type { TargetsField } from "./fields";
import type { TargetRow } from "./types";

export function readTargets(spec: TableSpec, env: ReadEnv): { rows: TargetRow[]; end: number; points: { value: number; cell: string; row: number } | null } {
  const { reader } = spec;
  const body = env.body();
  const col: Partial<Record<TargetsField, number>> = {};
  for (const c of spec.columns) if (c.field && !c.part) col[c.field as TargetsField] ??= c.col;
  const text = (row: number, f: TargetsField): string | null => (col[f] === undefined ? null : textOf(reader.value(row, col[f] as number)));
  const cell = (row: number, f: TargetsField): string | null => (col[f] === undefined ? null : a1(row, col[f] as number));
  // A weight written as a percent (权重 30%) is that many points of 100.
  const weight = (row: number): Figure | null => {
    const c = col.weight;
    if (c === undefined) return null;
    const m = reader.merge(row, c);
    if (m && (m.r0 !== row || m.c0 !== c)) return null;
    const v = reader.raw(row, c);
    return isBlank(v) ? null : figureAt(reader, env.ctx, row, c, v, "weight", "points", "元", "targets").figure;
  };
  const rows: TargetRow[] = [];
  let type: string | null = null;
  for (const { row, cls } of body.rows) {
    // A total's word closing an indicator's name (成本指标 `中央及省级专项资金总额` ≤…万元) with a target beside
    // it is a line: a 合计 of the 分值 states no target.
    if (cls.kind === "total" && !(cls.col === col.name && text(row, "target"))) continue;
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
      ...(col.weight !== undefined ? { weight: weight(row) } : {}),
    });
  }
  // The table runs to its last indicator: lines under it naming none (the office and date signing
  // the form, E19:F19) are no rows of it.
  const lastRow = rows.length > 0 ? rows[rows.length - 1].row : null;
  const foot = lastRow === null ? body.end : Math.max(lastRow, reader.merge(lastRow, col.name as number)?.r1 ?? lastRow);
  return { rows, end: Math.min(body.end, foot), points: col.weight === undefined ? null : headingPoints(spec) };
}

/**
 * The points a heading cell states (`年度绩效目标（90分）`), searched over the header rows, else
 * in a row of its own just above them (`年度绩效目标（100分）` merged across the table): a heading
 * over the whole table, not a head field beside others.
 */
function headingPoints(spec: TableSpec): { value: number; cell: string; row: number } | null {
  for (let r = spec.headerTop; r < spec.headerTop + Math.max(1, spec.headerRows); r++) {
    for (let c = spec.c0; c <= spec.c1; c++) {
      const v = spec.reader.raw(r, c);
      if (typeof v !== "string") continue;
      const points = readHeaderText(v).points;
      if (points !== undefined) return { value: points, cell: a1(r, c), row: r };
    }
  }
  return headingRowPoints(spec, spec.headerTop - 1);
}

/** The points stated by row `r` when it holds one text across the table's columns and nothing else. */
function headingRowPoints(spec: TableSpec, r: number): { value: number; cell: string; row: number } | null {
  if (r < 0) return null;
  let only: { c: number; v: string } | null = null;
  for (let c = spec.c0; c <= spec.c1; c++) {
    const m = spec.reader.merge(r, c);
    if (m && (m.r0 !== r || m.c0 !== c)) continue;
    const v = spec.reader.raw(r, c);
    if (isBlank(v)) continue;
    if (only || typeof v !== "string") return null;
    only = { c, v };
  }
  if (!only) return null;
  const points = readHeaderText(only.v).points;
  return points === undefined ? null : { value: points, cell: a1(r, only.c), row: r };
}
