/**
 * Money columns over different runs of years (2016—2017年投入资金 beside 2016—2020年安排资金): the sum put in over
 * two years and the sum planned for five are two figures of each line, never a whole and its part.
 */
import type { AnyKind } from "../kinds/index";
import type { ColumnRead } from "./base";
import type { ColumnLabels } from "./headerLabels";
import { partsApart } from "./unitColumns";

/** A run of years a heading starts with (`2016—2020年`, `2016-2017年度`, `2016年至2020年`). */
const SPAN = /^(\d{4})年?\s*[-—–~～至到]\s*(\d{4})(?:年度|年)/;

/** The run of years a column's heading states, as `2016-2020`; null when it states none. */
function spanOf(cl: ColumnLabels): string | null {
  for (let i = cl.levels.length - 1; i >= 0; i--) {
    const m = SPAN.exec(cl.levels[i].raw.replace(/\s+/g, ""));
    if (m && Number(m[1]) >= 1990 && Number(m[1]) < Number(m[2]) && Number(m[2]) <= 2100) return `${m[1]}-${m[2]}`;
  }
  return null;
}

/** Whether the run `a` (`2016-2017`) lies inside the run `b` (`2016-2020`). */
function within(a: string, b: string): boolean {
  const [a0, a1] = a.split("-").map(Number);
  const [b0, b1] = b.split("-").map(Number);
  return a0 >= b0 && a1 <= b1;
}

/** The part read under a whole over another run of years becomes a further column of its own, checked on its own. */
export function spansApart(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], c0: number): void {
  partsApart(kind, labels, columns, c0, (ownLabels, wholeLabels, part) => {
    const own = spanOf(ownLabels);
    const other = spanOf(wholeLabels);
    if (own === null || other === null || own === other) return false;
    // A phase inside the whole's run (2016—2017年 under 2016—2020年安排资金, or any 其中) is a part of it still.
    return !/其中/.test(part.header ?? "") && !within(own, other);
  });
}
