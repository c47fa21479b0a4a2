/** How units relate: does one lie in another, and where does a unit lie relative to a district. */
import type { GeoIndex } from "./geoIndex";
import type { District, Unit } from "./types";

/** The districts a unit lies in; null for a province or city (all of theirs). */
export function districtsOf(u: Unit): readonly string[] | null {
  switch (u.level) {
    case "district":
      return [u.code];
    case "town":
      return [u.district];
    case "zone":
      return u.districts;
    default:
      return null;
  }
}

function cityOf(u: Unit): string | null {
  return u.level === "province" ? null : u.level === "city" ? u.code : u.city;
}

function provinceOf(u: Unit): string {
  return u.level === "province" ? u.code : u.province;
}

/** True when the two units can overlap: 上海市 and 闵行区 can, 闵行区 and 张江镇 cannot. */
export function overlaps(a: Unit, b: Unit): boolean {
  if (a === b) return true;
  if (provinceOf(a) !== provinceOf(b)) return false;
  const ca = cityOf(a);
  const cb = cityOf(b);
  if (ca !== null && cb !== null && ca !== cb) return false;
  const da = districtsOf(a);
  const db = districtsOf(b);
  if (da && db && !da.some((d) => db.includes(d))) return false;
  // Two different towns are two places, even in one district.
  if (a.level === "town" && b.level === "town") return a.name === b.name && a.district === b.district;
  return true;
}

/**
 * Where a unit lies relative to the district, for choosing among units that share a name:
 * 0 in it (or it in the unit's area, for a development area), 1 elsewhere in its city,
 * 2 elsewhere in its province, 3 in another province. A city or province containing the district
 * ranks with its level (1, 2).
 */
export function tierOf(u: Unit, d: District): 0 | 1 | 2 | 3 {
  const ds = districtsOf(u);
  if (ds && ds.includes(d.code)) return 0;
  if (u.level === "city") return u.code === d.city ? 1 : u.province === d.province ? 2 : 3;
  if (u.level === "province") return u.code === d.province ? 2 : 3;
  if (cityOf(u) === d.city) return 1;
  return provinceOf(u) === d.province ? 2 : 3;
}

export type UnitVerdict = "inside" | "outside" | "broader" | "spans";

/** Inside, outside, only the area around it (its city or province), or an area spanning it and others. */
export function unitVerdict(u: Unit, d: District, index: GeoIndex): UnitVerdict {
  switch (u.level) {
    case "district":
      return u.code === d.code ? "inside" : "outside";
    case "town":
      return u.district === d.code ? "inside" : "outside";
    case "zone":
      return u.districts.includes(d.code) ? (u.districts.length === 1 ? "inside" : "spans") : "outside";
    case "city": {
      if (u.code !== d.city) return "outside";
      // A city without districts (东莞市, 嘉峪关市) is its one district.
      const ds = index.districtsOf(u.code);
      return ds.length === 1 && ds[0].code === d.code ? "inside" : "broader";
    }
    case "province":
      return u.code === d.province ? "broader" : "outside";
  }
}

/** How precisely a unit places something: a town more than a district, a district more than a city. */
export function specificity(u: Unit): number {
  switch (u.level) {
    case "town":
      return 5;
    case "zone":
      return u.districts.length === 1 ? 4 : 2.5;
    case "district":
      return 3;
    case "city":
      return 2;
    case "province":
      return 1;
  }
}
