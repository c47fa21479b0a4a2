/**
 * The credit code's area: characters 3–8 of a 统一社会信用代码 (GB 32100-2015) are the GB/T 2260
 * code of the registering authority's area (91310112… = 闵行区). An enterprise registered in
 * another district and placed inside by the register is worth a warning,
 * `register.location-code-mismatch` (enterprises move, so not an error).
 *
 * - Early pilot codes exist whose check character fails: the area is still read when characters 3–8
 *   are six digits naming an area the index knows (checkValid tells the caller); the invalid code
 *   itself stays the business of `register.invalid-credit-code`.
 * - A municipal or provincial authority (310000 上海市, 310100 上海市市辖区) registers for the whole
 *   city or province: such a code lies around the district, not outside it, and gives no warning
 *   when it is the district's own city or province.
 * - A code of a district merged away (310108 闸北区) reads as the district that holds its area now.
 * - A six-digit code the index does not list, in the district's own city (a former or statistical
 *   code), is unknown; in another city or province it is outside.
 */
import { creditCodeProblem } from "../creditCode";
import type { GeoIndex } from "./geoIndex";
import type { PlaceVerdict, Verdict } from "./place";
import type { City, District, Province } from "./types";

export interface CreditCodeArea {
  /** Characters 3–8. */
  code: string;
  /** What the code names: a district; a city or province authority; a district merged away
   *  (resolved to today's); an unlisted code (resolved to its city or province if any). */
  level: "district" | "city" | "province" | "former" | "unlisted";
  province?: Province;
  city?: City;
  district?: District;
  /** The GB 32100 check character holds. */
  checkValid: boolean;
}

/**
 * The area of a credit code, or null when the code is not 18 characters or characters 3–8 are
 * not six digits of a known province (nothing to read: `register.invalid-credit-code` covers it).
 */
export function creditCodeArea(code: string, index: GeoIndex): CreditCodeArea | null {
  const c = String(code ?? "").trim().toUpperCase();
  if (c.length !== 18) return null;
  const area = c.slice(2, 8);
  if (!/^\d{6}$/.test(area)) return null;
  const province = index.province(area.slice(0, 2));
  if (!province) return null;
  const checkValid = creditCodeProblem(c) === null;
  const district = index.district(area);
  if (district) {
    return { code: area, level: "district", province, city: index.city(district.city), district, checkValid };
  }
  const former = index.former(area);
  if (former) {
    return { code: area, level: "former", province, city: index.city(former.now.city), district: former.now, checkValid };
  }
  const city = index.city(area.slice(0, 4));
  if (area.endsWith("0000")) return { code: area, level: "province", province, checkValid };
  if (city && (area.endsWith("00") || area.endsWith("01"))) {
    // XXYY00 is the city; XXYY01 its 市辖区, a code the statistics no longer list as a district.
    return { code: area, level: "city", province, city, checkValid };
  }
  return { code: area, level: "unlisted", province, ...(city ? { city } : {}), checkValid };
}

export type CodeAreaReason =
  | "same-district"
  | "other-district"
  | "other-city"
  | "other-province"
  /** unknown: a city- or province-level authority around the district. */
  | "authority-around"
  /** unknown: a code the index does not list, in the district's city or province. */
  | "unlisted";

export interface CodeAreaVerdict {
  verdict: Verdict;
  reason: CodeAreaReason;
  area: CreditCodeArea;
}

/** Where the code's area lies relative to the district. */
export function codeAreaVerdict(area: CreditCodeArea, district: District): CodeAreaVerdict {
  const v = (verdict: Verdict, reason: CodeAreaReason): CodeAreaVerdict => ({ verdict, reason, area });
  const p = area.province?.code;
  if (area.district) {
    if (area.district.code === district.code) return v("inside", "same-district");
    if (area.district.city === district.city) return v("outside", "other-district");
    return v("outside", area.district.province === district.province ? "other-city" : "other-province");
  }
  if (p !== district.province) return v("outside", "other-province");
  if (area.level === "province") return v("unknown", "authority-around");
  if (area.city && area.city.code !== district.city) return v("outside", "other-city");
  if (area.level === "city") return v("unknown", "authority-around");
  return v("unknown", "unlisted");
}

export interface LocationCodeMismatch {
  /** The code's area, outside the district. */
  area: CreditCodeArea;
  reason: CodeAreaReason;
  /** The place verdict that put the row inside. */
  place: PlaceVerdict;
}

const verdicts = new WeakMap<District, Map<string, CodeAreaVerdict | null>>();

/**
 * The decision for `register.location-code-mismatch`: the code's area lies outside the district
 * while one of the row's places (注册地, 税务登记地 …, as judged by placeVerdict) is inside it.
 * Null otherwise: no readable area, an area inside or around the district, or no place inside.
 * Remembered per district and six-digit area, so a million rows cost a few hundred look-ups.
 */
export function locationCodeMismatch(
  code: string,
  places: readonly PlaceVerdict[],
  district: District,
  index: GeoIndex,
): LocationCodeMismatch | null {
  const place = places.find((p) => p.verdict === "inside");
  if (!place || !code) return null;
  const c = code.length === 18 ? code : String(code).trim();
  if (c.length !== 18) return null;
  let byArea = verdicts.get(district);
  if (!byArea) {
    byArea = new Map();
    verdicts.set(district, byArea);
  }
  // The area's verdict does not depend on the check character: remember it by the six digits,
  // and read checkValid afresh for this code.
  const key = c.slice(2, 8);
  let av = byArea.get(key);
  if (av === undefined) {
    const area = creditCodeArea(c, index);
    av = area ? codeAreaVerdict(area, district) : null;
    byArea.set(key, av);
  }
  if (!av || av.verdict !== "outside") return null;
  const area: CreditCodeArea = { ...av.area, checkValid: creditCodeProblem(c) === null };
  return { area, reason: av.reason, place };
}
