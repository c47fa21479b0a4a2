/**
 * Register rules other than caps: the same award twice, credit codes, where the enterprise is
 * registered, and payments after the year's deadline. Built for registers of a million rows:
 * per-row work is a few map lookups; names are normalised once per distinct string.
 */
import { a1 } from "../../grid";
import type { Finding } from "../../findings";
import type { AuditSettings } from "../../settings";
import { creditCodeProblem, isPlainCode } from "../../creditCode";
import { meansNothing, nameKey, toHalfWidth } from "../../text";
import { CatalogIndex, codeKey } from "../../catalog/match";
import type { CatalogItem } from "../../catalog/types";
import { firstOccurrences } from "../../rules/firstSeen";
import { listWithoutItem } from "./caps";
import type { RegisterField } from "./fields";
import type { RegisterTable } from "./types";
import { codeAreaOutside, geographyForList, placeInArea, type Geography } from "../../geo/geography";
import { Memo } from "../../memo";
import {
  registerLocationCodeMismatch,
  registerDuplicate,
  registerIneligibleLocation,
  registerInvalidCreditCode,
  registerLateDisbursement,
} from "./rules";

export function checkRegister(t: RegisterTable, index: CatalogIndex, settings: AuditSettings, fund?: Geography): Finding[] {
  const out: Finding[] = [];
  // A province's or city's own list (its title names it, apart from the fund's area) is judged against that area.
  const geography = fund && t.context ? geographyForList(fund, [...t.context.lines, t.context.title ?? ""].join(" ")) : fund;
  const lang = settings.lang;
  const col = t.col;
  const cellOf = (row: number, field: RegisterField, fallback?: RegisterField): string => {
    const c = col[field] ?? (fallback !== undefined ? col[fallback] : undefined);
    return a1(row, c ?? t.range.c0);
  };

  // Enterprise names get a prefix so that a name can never equal a credit code.
  const enterprises = new Memo((name: string) => "n" + nameKey(name));
  // Items become small integers: a catalog entry by its item key (every year's entry alike),
  // other text by its name key; each looked up by object or raw string, so nothing is built per row.
  const itemKeys = new Map<string, number>();
  const idOf = (key: string): number => {
    let id = itemKeys.get(key);
    if (id === undefined) {
      id = itemKeys.size;
      itemKeys.set(key, id);
    }
    return id;
  };
  const catalogIds = new Map<CatalogItem, number>();
  const catalogId = (item: CatalogItem): number => {
    let id = catalogIds.get(item);
    if (id === undefined) {
      id = idOf("i" + index.keyOf(item));
      catalogIds.set(item, id);
    }
    return id;
  };
  const textIds = new Memo((text: string) => idOf("t" + nameKey(text)));
  const codeIds = new Memo((code: string) => idOf("k" + codeKey(code)));
  // With the district's geography, a place is outside only when it names somewhere else (a town of
  // the district, its development areas and addresses in it are inside; what cannot be read is
  // no finding). Without it (geography not loaded), a place is outside only when it names another
  // district or county: a bare town or street (七宝镇) cannot be judged by its name alone.
  const district = placeKey(settings.district);
  const verdictOf = geography ? new Memo((place: string) => placeInArea(place, geography).verdict) : null;
  const outside = verdictOf
    ? { get: (place: string) => verdictOf.get(place) === "outside" }
    : new Memo((place: string) => {
        const k = placeKey(place);
        return !k.includes(district) && COUNTY_LEVEL.test(k.replace(AREA_WORDS, ""));
      });
  const districtName = geography ? geography.scope.name : settings.district;
  const deadlines = new Map<number, string>();
  const deadlineOf = (year: number): string => {
    let d = deadlines.get(year);
    if (d === undefined) {
      d = `${year}-${settings.disbursementDeadline}`;
      deadlines.set(year, d);
    }
    return d;
  };
  const wholeList = listWithoutItem(t);
  const LIST_ITEM = idOf("list");
  // Duplicate keys per row, resolved in one pass after the loop: enterprise, and item-year.
  const s = t.store;
  const n = s.length;
  const who: (string | null)[] = new Array(n).fill(null);
  const what = new Float64Array(n);
  const placed = district || geography;

  for (let i = 0; i < n; i++) {
    const row = s.row(i);
    // register.invalid-credit-code
    const written = s.creditCode(i);
    // A dash (—) or 无 says the payee has no code (a person, a family farm): nothing to check, and the
    // payee is known by its name.
    const code = written && !meansNothing(toHalfWidth(written).trim()) ? written : null;
    if (code) {
      const problem = creditCodeProblem(code);
      if (problem !== null) {
        out.push(
          registerInvalidCreditCode.at(
            { sheet: t.sheet, cell: cellOf(row, "creditCode"), row },
            { enterprise: s.enterprise(i), code, problem, length: code.trim().length },
            lang,
          ),
        );
      }
    }

    // register.ineligible-location: one finding per cell outside the district
    const registeredIn = placed ? s.registeredIn(i) : null;
    const taxRegisteredIn = placed ? s.taxRegisteredIn(i) : null;
    if (registeredIn && outside.get(registeredIn)) out.push(location(i, "registeredIn", registeredIn));
    else if (registeredIn && verdictOf) apart(i, "registeredIn", registeredIn);
    if (taxRegisteredIn && outside.get(taxRegisteredIn)) out.push(location(i, "taxRegisteredIn", taxRegisteredIn));
    else if (taxRegisteredIn && verdictOf) apart(i, "taxRegisteredIn", taxRegisteredIn);

    // register.location-code-mismatch: the code's registering area lies elsewhere while the row places it inside
    if (verdictOf && geography && code && ((registeredIn && verdictOf.get(registeredIn) === "inside") || (taxRegisteredIn && verdictOf.get(taxRegisteredIn) === "inside"))) {
      const area = codeAreaOutside(code, geography);
      const m = area ? { area } : null;
      if (m) {
        out.push(
          registerLocationCodeMismatch.at(
            { sheet: t.sheet, cell: cellOf(row, "creditCode"), row },
            {
              enterprise: s.enterprise(i),
              code,
              area: m.area.district ? geography.index.label(m.area.district) : (m.area.city ?? m.area.province)?.name ?? m.area.code,
              areaCode: m.area.code,
              district: districtName,
            },
            lang,
          ),
        );
      }
    }

    // register.late-disbursement
    const year = s.year(i);
    const paidOn = s.paidOn(i);
    if (paidOn) {
      const paidIn = year ?? Number(paidOn.slice(0, 4));
      const deadline = deadlineOf(paidIn);
      if (paidOn > deadline) {
        out.push(
          registerLateDisbursement.at(
            { sheet: t.sheet, cell: cellOf(row, "paidOn"), row },
            { enterprise: s.enterprise(i), item: s.item(i) ?? s.itemCode(i), paidOn, deadline, year: paidIn },
            lang,
          ),
        );
      }
    }

    // register.duplicate: enterprise by credit code, else by name; item by catalog entry, else by text
    // (a record continuing the one above under its merged name is that applicant, not listed again).
    if (s.continues(i)) continue;
    let enterprise = "";
    if (code) enterprise = canonicalCode(code);
    else {
      const name = s.enterprise(i);
      if (name) enterprise = enterprises.get(name);
    }
    if (!enterprise) continue;
    const itemText = s.item(i);
    const itemCode = s.itemCode(i);
    if (!(itemText || itemCode)) {
      // A list with no item anywhere is one award list: the same enterprise twice in a year is a duplicate.
      if (!wholeList) continue;
      who[i] = enterprise;
      what[i] = LIST_ITEM * 10_000 + (year ?? 0);
      continue;
    }
    const item = index.findBy(itemCode, itemText, year);
    who[i] = enterprise;
    what[i] = (item ? catalogId(item) : itemText ? textIds.get(itemText) : codeIds.get(itemCode as string)) * 10_000 + (year ?? 0);
  }

  const first = firstOccurrences(who, what);
  for (let i = 0; i < n; i++) {
    if (first[i] < 0) continue;
    const r = s.at(i);
    const f = s.at(first[i]);
    out.push(
      registerDuplicate.at(
        { sheet: t.sheet, cell: cellOf(r.row, r.item ? "item" : "itemCode", "enterprise"), row: r.row },
        {
          enterprise: r.enterprise ?? r.creditCode,
          creditCode: r.creditCode,
          item: r.item ?? r.itemCode,
          year: r.year,
          firstRow: f.row + 1,
          firstCell: cellOf(f.row, f.item ? "item" : "itemCode", "enterprise"),
        },
        lang,
      ),
    );
  }
  return out;

  // A county written in full with a province or city of its own (天津市武清区) beside a city of the district (廊坊市):
  // joined they name no one place, so the county's own name decides, at its cell (the city's is right).
  function apart(i: number, field: "registeredIn" | "taxRegisteredIn", joined: string): void {
    if (!verdictOf || verdictOf.get(joined) !== "unknown") return;
    const own = s.placeInFull(i, field);
    if (!own || own === joined || verdictOf.get(own) !== "outside") return;
    const lower = t.columns.find((c) => c.field === field && c.within !== undefined && c.within === col[field]);
    if (lower) out.push(location(i, field, own, lower.col));
  }

  function location(i: number, field: "registeredIn" | "taxRegisteredIn", place: string, at?: number): Finding {
    const row = s.row(i);
    return registerIneligibleLocation.at(
      { sheet: t.sheet, cell: at === undefined ? cellOf(row, field) : a1(row, at), row },
      { enterprise: s.enterprise(i), field, place, district: districtName },
      lang,
    );
  }
}

/** The code as a key: already upper case without spaces in almost every row, so usually as is. */
function canonicalCode(code: string): string {
  return isPlainCode(code) ? code : code.trim().toUpperCase();
}

/** A district, county or banner named in a place (the test without the geography). */
const COUNTY_LEVEL = /[区县旗]/;
/** Areas that are no district though they end in 区: 工业区, 开发区, 园区, 社区… */
const AREA_WORDS = /(工业区|开发区|园区|产业区|保税区|功能区|商务区|景区|社区|小区|片区|街区|校区|厂区)/g;

/** Places compare half-width without spaces: "上海市 闵行区" contains "闵行". */
function placeKey(s: string): string {
  return toHalfWidth(s).replace(/\s+/g, "").toLowerCase();
}
