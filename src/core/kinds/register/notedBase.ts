/**
 * The base a note under a list names its award a share of (注：按审核通过的财务票据金额的25%给予补助): with no
 * base read, the unread column of figures that base heads (审核通过财务票据金额) is the base, as a catalog's rate
 * names one (resolveBase). A note naming a base no column heads, or a share with no base (按70%预拨), reads none.
 */
import { readProseCap } from "../../catalog/prose";
import { lastLevel } from "../../tables/base";
import { baseLinks, baseWords, figureDecimals, takeBase } from "./resolve";
import type { RegisterTable } from "./types";

/** A base's words with 的 left out: a note writes 审核通过的财务票据金额 where the heading has 审核通过财务票据金额. */
const plain = (text: string): string => baseWords(text).replace(/的/g, "");

export function resolveNotedBase(t: RegisterTable): void {
  if (t.col.base !== undefined || (t.col.approved === undefined && t.col.requested === undefined)) return;
  const bases: string[] = [];
  for (const note of t.context?.notes ?? []) {
    const r = readProseCap(note);
    if (r.kind === "caps") for (const c of r.caps) if (c.capType === "rate" && c.base) bases.push(plain(c.base));
  }
  if (bases.length === 0) return;
  const s = t.store;
  for (const c of t.columns) {
    if (c.field !== null || c.part || c.manual) continue;
    const heading = plain(lastLevel(c.header ?? ""));
    // A short heading (金额) ends many a base's name: only its whole name links it.
    const b = bases.find((x) => x === heading || (heading.length >= 4 && baseLinks(x, heading)));
    if (b === undefined) continue;
    const i = s.indexOf(c.col);
    const decimals = i < 0 ? null : figureDecimals(t, i, Math.min(s.length, 10_000));
    if (decimals === null) continue;
    takeBase(t, c, i, decimals, { key: c.evidence?.key ?? heading, word: b, how: "exact", score: c.evidence?.score ?? 1, fit: c.evidence?.fit ?? null });
    return;
  }
}
