/**
 * Cap rules over a register: each approved (else requested) amount against its policy item's
 * cap in the catalog. One pass, one cached catalog lookup per row.
 *
 * cap.no-cap and cap.unknown-policy are reported once per item (and year) per register, on its
 * first row (at its item cell, else its amount), with the number of rows it covers: an info or a
 * warning on every row of a large register would bury the findings that matter. A rate item without a base, or a row with no
 * item at all, is a gap in that row's data, so it is reported per row. A list with no item
 * anywhere (no column, no category row, no title naming a catalog item) gets one warning.
 */
import { a1 } from "../../grid";
import type { Finding } from "../../findings";
import { capLimitValue, rateBinds, type CatalogIndex } from "../../catalog/match";
import { halfUnit } from "../../tables/structure";
import type { CatalogItem } from "../../catalog/types";
import type { AuditSettings } from "../../settings";
import type { RegisterField } from "./fields";
import { capExceeded, capNoCap, capRateExceeded, capUnknownPolicy } from "./rules";
import { REGISTER_MONEY } from "./store";
import type { RegisterTable } from "./types";

/** A fen's worth of slack so that float noise never makes an amount "above" its cap. */
const FEN = 0.005;

interface Seen {
  /** The first record it was seen in (an index into the store). */
  first: number;
  field: RegisterField;
  item: string;
  code: string | null;
  reason: "none" | "year" | "unknown";
  rows: number;
}

export function checkCaps(t: RegisterTable, index: CatalogIndex, catalogName: string, settings: AuditSettings): Finding[] {
  const out: Finding[] = [];
  const col = t.col;
  // A register with no money column at all (a recognition list: 序号 | 企业名称 | 统一社会信用代码) states no
  // amount, so none goes unchecked: its title's policy, known or not, is no cap finding.
  if (!hasMoneyColumn(t)) return out;
  const lang = settings.lang;
  const sheet = t.sheet;
  const s = t.store;
  const cellOf = (row: number, a: RegisterField, b?: RegisterField, c?: RegisterField): string => {
    const k = col[a] ?? (b !== undefined ? col[b] : undefined) ?? (c !== undefined ? col[c] : undefined);
    return a1(row, k ?? t.range.c0);
  };
  /** Items seen without a cap, or unknown: by catalog entry, or by "year|text". */
  const seen = new Map<CatalogItem | string, Seen>();
  const count = (key: CatalogItem | string, k: number, field: RegisterField, item: string, reason: Seen["reason"]) => {
    const n = seen.get(key);
    if (n) n.rows++;
    else seen.set(key, { first: k, field, item, code: s.itemCode(k), reason, rows: 1 });
  };
  const noItemAnywhere = listWithoutItem(t);
  const half = (f: "approved" | "requested" | "base"): number => {
    const p = t.precision?.[f];
    return p ? halfUnit(p.decimals, p.unit) : 0;
  };
  let unchecked = 0;
  let firstUnchecked = -1;

  for (let k = 0; k < s.length; k++) {
    const approved = s.approved(k);
    const requested = approved === null ? s.requested(k) : null;
    const field: "approved" | "requested" | null = approved !== null ? "approved" : requested !== null ? "requested" : null;
    const row = s.row(k);
    const itemText = s.item(k);
    const itemCode = s.itemCode(k);
    const year = s.year(k);

    if (!itemText && !itemCode) {
      if (field === null) continue; // an empty row: nothing to check
      if (noItemAnywhere) {
        unchecked++;
        if (firstUnchecked < 0) firstUnchecked = k;
        continue;
      }
      out.push(
        capUnknownPolicy.at(
          { sheet, cell: cellOf(row, "item", "itemCode", field), row },
          { enterprise: s.enterprise(k), item: null, code: null, catalog: catalogName, year },
          lang,
        ),
      );
      continue;
    }

    const item = index.findBy(itemCode, itemText, year);
    if (!item) {
      const text = (itemText ?? itemCode) as string;
      if (index.knows({ code: itemCode, name: itemText })) {
        if (field !== null) count(`${year}|${text}`, k, field, text, "year");
        continue;
      }
      count(`?|${itemCode ?? ""}|${itemText ?? ""}`, k, field ?? "item", text, "unknown");
      continue;
    }
    if (field === null) continue;

    const amount = (approved ?? requested) as number;
    const base = s.base(k);
    const limit = capLimitValue(item, base);
    if (limit === null) {
      if (item.capType === "rate" && base === null) {
        out.push(
          capNoCap.at(
            { sheet, cell: cellOf(row, "base", field), row },
            { enterprise: s.enterprise(k), item: itemText ?? item.name, reason: "base", year, catalog: catalogName, rows: 1 },
            lang,
          ),
        );
      } else {
        count(item, k, field, itemText ?? item.name, "none");
      }
      continue;
    }
    // The amount and the base as displayed may carry rounding (72.45 万元 for 8% × 905.60 = 72.448).
    const byRate = rateBinds(item, base);
    const slack = Math.max(FEN, half(field) + (byRate && item.rate !== null ? item.rate * half("base") : 0));
    if (amount <= limit + slack) continue;
    // Only the binding limit is reported: above the larger one means above the smaller one too.
    const at = { sheet, cell: cellOf(row, field), row };
    if (byRate) {
      out.push(
        capRateExceeded.at(
          at,
          { enterprise: s.enterprise(k), item: itemText ?? item.name, field, amount, rate: item.rate, base, limit, document: item.document },
          lang,
          amount,
          limit,
        ),
      );
    } else {
      // Not the rate: a rate item's cap column bound (labelled as the maximum).
      out.push(
        capExceeded.at(
          at,
          { enterprise: s.enterprise(k), item: itemText ?? item.name, field, amount, cap: limit, capType: item.capType === "rate" ? "max" : item.capType, document: item.document },
          lang,
          amount,
          limit,
        ),
      );
    }
  }

  for (const n of seen.values()) {
    const row = s.row(n.first);
    const year = s.year(n.first);
    // An item no column holds (the title's, a section's) has no cell of its own: the warning lands on
    // the first row's amount, as a list with no item at all does, not on its 序号.
    const noItemColumn = col.item === undefined && col.itemCode === undefined;
    const amountField = n.field === "item" ? "approved" : n.field;
    const at = { sheet, cell: noItemColumn ? cellOf(row, amountField, "approved", "requested") : cellOf(row, "item", "itemCode"), row };
    if (n.reason === "unknown") {
      out.push(
        capUnknownPolicy.at(
          at,
          { enterprise: n.rows > 1 ? null : s.enterprise(n.first), item: s.item(n.first), code: n.code, catalog: catalogName, year, rows: n.rows },
          lang,
        ),
      );
    } else {
      out.push(
        capNoCap.at(
          { sheet, cell: cellOf(row, n.field), row },
          { enterprise: null, item: n.item, reason: n.reason, year, catalog: catalogName, rows: n.rows },
          lang,
        ),
      );
    }
  }
  if (firstUnchecked >= 0) {
    const row = s.row(firstUnchecked);
    out.push(
      capUnknownPolicy.at(
        { sheet, cell: cellOf(row, "approved", "requested"), row },
        { enterprise: null, item: null, code: null, catalog: catalogName, year: s.year(firstUnchecked), rows: unchecked, reason: "list" },
        lang,
      ),
    );
  }
  return out;
}

/** Any column of money: an amount asked or approved, a base, or a payment. */
function hasMoneyColumn(t: RegisterTable): boolean {
  const c = t.col;
  return REGISTER_MONEY.some((f) => c[f] !== undefined);
}

/** A list whose rows name no policy item anywhere: no item column, no category row, no title. */
export function listWithoutItem(t: RegisterTable): boolean {
  if (t.itemFrom !== undefined) return t.itemFrom === null;
  return t.col.item === undefined && t.col.itemCode === undefined;
}
