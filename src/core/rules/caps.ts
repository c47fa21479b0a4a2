/**
 * Cap rules over a register: each approved (else requested) amount against its policy item's
 * cap in the catalog. One pass, one cached catalog lookup per row.
 *
 * cap.no-cap is reported once per item (and year) per register, on its first row, with the
 * number of rows it covers: with the built-in catalog most items have no cap, and an info on
 * every row of a large register would bury the findings that matter. A rate item without a
 * base is a gap in that row's data, so it is reported per row.
 */
import { a1 } from "../grid";
import type { Finding } from "../findings";
import type { AuditSettings } from "../settings";
import type { RegisterField, RegisterRow, RegisterTable } from "../tables/types";
import { CatalogIndex, capLimit } from "../catalog/match";
import type { CatalogItem } from "../catalog/types";
import { makeFinding } from "./finding";

/** A fen's worth of slack so that float noise never makes an amount "above" its cap. */
const FEN = 0.005;

interface NoCap {
  first: RegisterRow;
  field: RegisterField;
  item: string;
  reason: "none" | "year";
  rows: number;
}

export function checkCaps(
  t: RegisterTable,
  index: CatalogIndex,
  catalogName: string,
  settings: AuditSettings,
): Finding[] {
  const out: Finding[] = [];
  const lang = settings.lang;
  const col = t.col;
  const cellOf = (row: number, a: RegisterField, b?: RegisterField, c?: RegisterField): string => {
    const k = col[a] ?? (b !== undefined ? col[b] : undefined) ?? (c !== undefined ? col[c] : undefined);
    return a1(row, k ?? t.range.c0);
  };
  /** Uncapped items seen: by catalog entry, or by "year|text" for an item with no entry that year. */
  const noCap = new Map<CatalogItem | string, NoCap>();
  const countNoCap = (
    key: CatalogItem | string,
    r: RegisterRow,
    field: RegisterField,
    item: string,
    reason: NoCap["reason"],
  ) => {
    const seen = noCap.get(key);
    if (seen) seen.rows++;
    else noCap.set(key, { first: r, field, item, reason, rows: 1 });
  };

  for (const r of t.rows) {
    const field: "approved" | "requested" | null =
      r.approved !== null ? "approved" : r.requested !== null ? "requested" : null;

    if (!r.item && !r.itemCode) {
      if (field === null) continue; // an empty row: nothing to check
      out.push(
        makeFinding(
          "cap.unknown-policy",
          t.sheet,
          cellOf(r.row, "item", "itemCode", field),
          r.row,
          { enterprise: r.enterprise, item: null, code: null, catalog: catalogName, year: r.year },
          lang,
        ),
      );
      continue;
    }

    const item = index.findBy(r.itemCode, r.item, r.year);
    if (!item) {
      if (index.knows({ code: r.itemCode, name: r.item })) {
        if (field !== null)
          countNoCap(`${r.year}|${r.item ?? r.itemCode}`, r, field, (r.item ?? r.itemCode) as string, "year");
        continue;
      }
      out.push(
        makeFinding(
          "cap.unknown-policy",
          t.sheet,
          cellOf(r.row, "item", "itemCode"),
          r.row,
          { enterprise: r.enterprise, item: r.item, code: r.itemCode, catalog: catalogName, year: r.year },
          lang,
        ),
      );
      continue;
    }
    if (field === null) continue;

    const amount = field === "approved" ? (r.approved as number) : (r.requested as number);
    const lim = capLimit(item, r.base);
    if (lim.limit === null) {
      if (item.capType === "rate" && r.base === null) {
        out.push(
          makeFinding(
            "cap.no-cap",
            t.sheet,
            cellOf(r.row, "base", field),
            r.row,
            {
              enterprise: r.enterprise,
              item: r.item ?? item.name,
              reason: "base",
              year: r.year,
              catalog: catalogName,
              rows: 1,
            },
            lang,
          ),
        );
      } else {
        countNoCap(item, r, field, r.item ?? item.name, "none");
      }
      continue;
    }
    if (amount <= lim.limit + FEN) continue;
    // Only the binding limit is reported: above the larger one means above the smaller one too.
    const cell = cellOf(r.row, field);
    if (lim.by === "rate") {
      out.push(
        makeFinding(
          "cap.rate-exceeded",
          t.sheet,
          cell,
          r.row,
          {
            enterprise: r.enterprise,
            item: r.item ?? item.name,
            field,
            amount,
            rate: item.rate,
            base: r.base,
            limit: lim.limit,
            document: item.document,
          },
          lang,
          amount,
          lim.limit,
        ),
      );
    } else {
      out.push(
        makeFinding(
          "cap.exceeded",
          t.sheet,
          cell,
          r.row,
          {
            enterprise: r.enterprise,
            item: r.item ?? item.name,
            field,
            amount,
            cap: lim.limit,
            capType: item.capType,
            document: item.document,
          },
          lang,
          amount,
          lim.limit,
        ),
      );
    }
  }

  for (const n of noCap.values()) {
    out.push(
      makeFinding(
        "cap.no-cap",
        t.sheet,
        cellOf(n.first.row, n.field),
        n.first.row,
        { enterprise: null, item: n.item, reason: n.reason, year: n.first.year, catalog: catalogName, rows: n.rows },
        lang,
      ),
    );
  }
  return out;
}
