/** Where a figure's unit comes from: its column's header, else the table's unit. */
import { UNIT_FACTOR, type Unit } from "../units";
import type { Figure, TableBase } from "../tables/base";

export function columnUnit(t: TableBase, col: number): Unit {
  for (const c of t.columns) if (c.col === col) return c.unit ?? t.unit;
  return t.unit;
}

/**
 * A figure's shown decimals counted in 元: 555,556 元 → 0; 55.56 万元 → −2 (its last digit is
 * a hundred 元), so a rounding allowance is measured in the unit the user actually rounded in.
 */
export function decimalsInYuan(t: TableBase, f: Figure): number {
  return f.decimals - Math.round(Math.log10(UNIT_FACTOR[columnUnit(t, f.col)]));
}
