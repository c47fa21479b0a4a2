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

/** The run of years a column's heading states, as its first and last year; null when it states none. */
function spanOf(cl: ColumnLabels): [number, number] | null {
  for (let i = cl.levels.length - 1; i >= 0; i--) {
    const m = SPAN.exec(cl.levels[i].raw.replace(/\s+/g, ""));
    const [from, to] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
    if (m && from >= 1990 && from < to && to <= 2100) return [from, to];
  }
  return null;
}

/** The part read under a whole over another run of years becomes a further column of its own, checked on its own. */
export function spansApart(kind: AnyKind, labels: ColumnLabels[], columns: ColumnRead[], c0: number): void {
  partsApart(kind, labels, columns, c0, (ownLabels, wholeLabels, part) => {
    const own = spanOf(ownLabels);
    const other = spanOf(wholeLabels);
    if (own === null || other === null || (own[0] === other[0] && own[1] === other[1])) return false;
    // A phase inside the whole's run (2016—2017年 under 2016—2020年安排资金, or any 其中) is a part of it still.
    return !/其中/.test(part.header ?? "") && !(own[0] >= other[0] && own[1] <= other[1]);
  });
}
