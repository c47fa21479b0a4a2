/**
 * A sum a firm actually paid (实付金额, 实际支付额) as the base of its award when no word of the vocabulary
 * makes it one: a money column left of the award, headed by a paid word, of which every award is a share
 * (补贴金额 at 20% of 实付金额). Beside the contract it was paid under (合同金额 | 实付金额), the sum paid is
 * the base, the contract left aside. The catalog's own link (resolveBase) comes first.
 */
import { numberDecimals } from "../../amount";
import { toHalfWidth } from "../../text";
import { toYuan } from "../../units";
import { PAID_WORDS, REGISTER_FIELDS } from "./fields";
import { lastLevel } from "../../tables/base";
import { takeBase } from "./resolve";
import type { RegisterTable } from "./types";

/** A contract's sum (合同金额, 合同额): the base only until what was paid under it stands beside it. */
const CONTRACT = "合同";

const lastHeading = (h: string | undefined): string => toHalfWidth(lastLevel(h ?? "")).replace(/\([^()]*\)/g, "");
const paid = (h: string): boolean => PAID_WORDS.some((w) => h.includes(w)) && !REGISTER_FIELDS.base.words.not.some((w) => h.includes(w));

export function resolvePaidBase(t: RegisterTable): void {
  const award = t.col.approved;
  if (award === undefined) return;
  const s = t.store;
  const was = t.col.base === undefined ? undefined : t.columns.find((c) => c.col === t.col.base);
  if (was) {
    // A base read by its words stays, unless it is the contract and the sum paid under it stands beside it.
    const h = lastHeading(was.header);
    if (was.manual || paid(h) || !h.includes(CONTRACT)) return;
  }
  const n = Math.min(s.length, 10_000);
  for (const c of t.columns) {
    if (c.field !== null || c.part || c.manual || c.col >= award || !paid(lastHeading(c.header))) continue;
    const i = s.indexOf(c.col);
    if (i < 0) continue;
    const unit = c.unit ?? t.unit;
    let pairs = 0;
    let below = 0;
    let decimals = 0;
    let share = true;
    for (let k = 0; k < n && share; k++) {
      const v = s.numberIn(k, i);
      const a = s.approved(k);
      if (v === null) continue;
      if (!Number.isInteger(v)) decimals = Math.max(decimals, Math.min(4, numberDecimals(v)));
      if (a === null || a <= 0 || v <= 0) continue;
      const y = toYuan(v, unit);
      pairs++;
      if (a > y + 0.5) share = false;
      else if (a < y - 0.5) below++;
    }
    // Every award at most the sum paid, and some below it: a share of it, not the same money again.
    if (!share || pairs === 0 || below === 0) continue;
    if (was) {
      was.field = null;
      delete was.evidence;
    }
    takeBase(t, c, i, decimals, { key: lastHeading(c.header), word: "share", how: "values", score: 1, fit: below / pairs });
    return;
  }
}
