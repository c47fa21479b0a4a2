/**
 * The interest a firm actually paid on its loan as the base of a loan-interest subsidy whose catalog item is a
 * rate of it (按实际支付利息的30%, 实际发生利息): the list heads that interest in words of its own (付息金额,
 * 付息额, 实际付息) the vocabulary leaves unread, for 付息 alone also names a budget's 还本付息. The catalog's
 * words link it; beside the loan (贷款金额 | 付息金额) the interest, not the loan, is what the rate is taken of.
 * After resolveBase: a base the catalog's own words name comes first.
 */
import type { CatalogIndex } from "../../catalog/match";
import { toHalfWidth } from "../../text";
import { lastLevel } from "../../tables/base";
import { INTEREST_PAID, LOAN, REGISTER_FIELDS } from "./fields";
import { figureDecimals, takeBase } from "./resolve";
import type { RegisterTable } from "./types";

/** A base a catalog names as interest paid: 利息 (or 付息) with a word saying it was paid or incurred. */
const PAID_MARKS = ["实际", "实付", "已付", "支付"];
/** Interest as a list heads what was paid of it (付息金额, 付息额); 还本付息 adds the principal, 应付 is only due. */
const INTEREST_PAID_HEAD = "付息";
const NOT_INTEREST_PAID = ["还本", "本息", "应付"];

const words = (h: string | undefined | null): string => toHalfWidth(lastLevel(h ?? "")).replace(/\([^()]*\)/g, "").replace(/\s+/g, "");

const namesInterestPaid = (base: string): boolean => (base.includes("利息") || base.includes(INTEREST_PAID_HEAD)) && PAID_MARKS.some((w) => base.includes(w));

function headsInterestPaid(h: string): boolean {
  if (!h.includes(INTEREST_PAID_HEAD) && !INTEREST_PAID.some((w) => h.includes(w))) return false;
  return !NOT_INTEREST_PAID.some((w) => h.includes(w)) && !REGISTER_FIELDS.base.words.not.some((w) => h.includes(w));
}

export function resolveInterestBase(t: RegisterTable, index: CatalogIndex): void {
  const s = t.store;
  const was = t.col.base === undefined ? undefined : t.columns.find((c) => c.col === t.col.base);
  // Only the loan yields: any other base read stays.
  if (t.col.base !== undefined && (!was || was.manual || !LOAN.some((w) => words(was.header).includes(w)))) return;
  const n = Math.min(s.length, 10_000);
  let interest = false;
  for (let k = 0, seen = 0; k < n && !interest && seen < 20; k++) {
    const item = index.findBy(s.itemCode(k), s.item(k), s.year(k));
    if (item?.capType !== "rate" || !item.base) continue;
    seen++;
    interest = namesInterestPaid(words(item.base));
  }
  if (!interest) return;
  for (const c of t.columns) {
    if (c.field !== null || c.part || c.manual || !headsInterestPaid(words(c.header))) continue;
    const i = s.indexOf(c.col);
    // A column of figures, not of words that happen to name interest.
    const decimals = i < 0 ? null : figureDecimals(t, i, n);
    if (decimals === null) continue;
    takeBase(t, c, i, decimals, { key: words(c.header), word: "catalog", how: "exact", score: 1, fit: null }, was);
    return;
  }
}
