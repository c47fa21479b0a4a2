/**
 * Cap rules over a register: each approved (else requested) amount against its policy item's
 * cap in the catalog. One pass, one cached catalog lookup per row.
 *
 * cap.no-cap and cap.unknown-policy are reported once per item (and year) per register, on its
 * first row, with the number of rows it covers: an info or a warning on every row of a large
 * register would bury the findings that matter. A rate item without a base, or a row with no
 * item at all, is a gap in that row's data, so it is reported per row. A list with no item
 * anywhere (no column, no category row, no title naming a catalog item) gets one warning.
 */
import { a1 } from "../../grid";
import type { Finding } from "../../findings";
import { capLimit, type CatalogIndex } from "../../catalog/match";
import { halfUnit } from "../../tables/structure";
import type { CatalogItem } from "../../catalog/types";
import type { AuditSettings } from "../../settings";
import type { RegisterField } from "./fields";
import { capExceeded, capNoCap, capRateExceeded, capUnknownPolicy } from "./rules";
import type { RegisterRow, RegisterTable } from "./types";

/** A fen's worth of slack so that float noise never makes an amount "above" its cap. */
const FEN = 0.005;

interface Seen {
  first: RegisterRow;
  field: RegisterField;
  item: string;
  code: string | null;
  reason: "none" | "year" | "unknown";
  rows: number;
}

export function checkCaps(t: RegisterTable, index: CatalogIndex, catalogName: string, settings: AuditSettings): Finding[] {
  const out: Finding[] = [];
  const lang = settings.lang;
  const col = t.col;
  const sheet = t.sheet;
  const cellOf = (row: number, a: RegisterField, b?: RegisterField, c?: RegisterField): string => {
    const k = col[a] ?? (b !== undefined ? col[b] : undefined) ?? (c !== undefined ? col[c] : undefined);
    return a1(row, k ?? t.range.c0);
  };
  /** Items seen without a cap, or unknown: by catalog entry, or by "year|text". */
  const seen = new Map<CatalogItem | string, Seen>();
  const count = (key: CatalogItem | string, r: RegisterRow, field: RegisterField, item: string, reason: Seen["reason"]) => {
    const s = seen.get(key);
    if (s) s.rows++;
    else seen.set(key, { first: r, field, item, code: r.itemCode, reason, rows: 1 });
  };
  const noItemAnywhere = listWithoutItem(t);
  const half = (f: "approved" | "requested" | "base"): number => {
    const p = t.precision?.[f];
    return p ? halfUnit(p.decimals, p.unit) : 0;
  };
  let unchecked = 0;
  let firstUnchecked: RegisterRow | null = null;

  for (const r of t.rows) {
    const field: "approved" | "requested" | null = r.approved !== null ? "approved" : r.requested !== null ? "requested" : null;

    if (!r.item && !r.itemCode) {
      if (field === null) continue; // an empty row: nothing to check
      if (noItemAnywhere) {
        unchecked++;
        firstUnchecked ??= r;
        continue;
      }
      out.push(
        capUnknownPolicy.at(
          { sheet, cell: cellOf(r.row, "item", "itemCode", field), row: r.row },
          { enterprise: r.enterprise, item: null, code: null, catalog: catalogName, year: r.year },
          lang,
        ),
      );
      continue;
    }

    const item = index.findBy(r.itemCode, r.item, r.year);
    if (!item) {
      const text = (r.item ?? r.itemCode) as string;
      if (index.knows({ code: r.itemCode, name: r.item })) {
        if (field !== null) count(`${r.year}|${text}`, r, field, text, "year");
        continue;
      }
      count(`?|${r.itemCode ?? ""}|${r.item ?? ""}`, r, field ?? "item", text, "unknown");
      continue;
    }
    if (field === null) continue;

    const amount = field === "approved" ? (r.approved as number) : (r.requested as number);
    const lim = capLimit(item, r.base);
    if (lim.limit === null) {
      if (item.capType === "rate" && r.base === null) {
        out.push(
          capNoCap.at(
            { sheet, cell: cellOf(r.row, "base", field), row: r.row },
            { enterprise: r.enterprise, item: r.item ?? item.name, reason: "base", year: r.year, catalog: catalogName, rows: 1 },
            lang,
          ),
        );
      } else {
        count(item, r, field, r.item ?? item.name, "none");
      }
      continue;
    }
    // The amount and the base as displayed may carry rounding (72.45 万元 for 8% × 905.60 = 72.448).
    const slack = Math.max(FEN, half(field) + (lim.by === "rate" && item.rate !== null ? item.rate * half("base") : 0));
    if (amount <= lim.limit + slack) continue;
    // Only the binding limit is reported: above the larger one means above the smaller one too.
    const at = { sheet, cell: cellOf(r.row, field), row: r.row };
    if (lim.by === "rate") {
      out.push(
        capRateExceeded.at(
          at,
          { enterprise: r.enterprise, item: r.item ?? item.name, field, amount, rate: item.rate, base: r.base, limit: lim.limit, document: item.document },
          lang,
          amount,
          lim.limit,
        ),
      );
    } else {
      out.push(
        capExceeded.at(
          at,
          { enterprise: r.enterprise, item: r.item ?? item.name, field, amount, cap: lim.limit, capType: item.capType, document: item.document },
          lang,
          amount,
          lim.limit,
        ),
      );
    }
  }

  for (const n of seen.values()) {
    const at = { sheet, cell: cellOf(n.first.row, n.reason === "unknown" ? "item" : n.field, "itemCode"), row: n.first.row };
    if (n.reason === "unknown") {
      out.push(
        capUnknownPolicy.at(
          at,
          { enterprise: n.rows > 1 ? null : n.first.enterprise, item: n.first.item, code: n.code, catalog: catalogName, year: n.first.year, rows: n.rows },
          lang,
        ),
      );
    } else {
      out.push(
        capNoCap.at(
          { sheet, cell: cellOf(n.first.row, n.field), row: n.first.row },
          { enterprise: null, item: n.item, reason: n.reason, year: n.first.year, catalog: catalogName, rows: n.rows },
          lang,
        ),
      );
    }
  }
  if (firstUnchecked) {
    out.push(
      capUnknownPolicy.at(
        { sheet, cell: cellOf(firstUnchecked.row, "approved", "requested"), row: firstUnchecked.row },
        { enterprise: null, item: null, code: null, catalog: catalogName, year: firstUnchecked.year, rows: unchecked, reason: "list" },
        lang,
      ),
    );
  }
  return out;
}

/** A list whose rows name no policy item anywhere: no item column, no category row, no title. */
export function listWithoutItem(t: RegisterTable): boolean {
  if (t.itemFrom !== undefined) return t.itemFrom === null;
  return t.col.item === undefined && t.col.itemCode === undefined;
}
