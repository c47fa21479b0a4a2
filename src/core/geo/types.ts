/**
 * Geography: the shapes of the two assets scripts/geo/build.ts writes (assets/geo/index.json and
 * assets/geo/districts/<code>.json) and of the units the core reads out of them.
 */

/** [code, name, short name or ""] — short is the name without 省/市/区/县/自治县… */
type Named = [code: string, name: string, short: string];

/** A district: [code, name, short, flags] — flags "z" for a statistical zone (NBS codes xx7x). */
export type DistrictRow = [code: string, name: string, short: string, flags?: string];
/** A city: [code, name, short, districts, flags] — flags "p" when the statistics name no city
 *  (市辖区 / 县 of a municipality: the name shown is the province's). */
export type CityRow = [code: string, name: string, short: string, districts: DistrictRow[], flags?: string];
export type ProvinceRow = [code: string, name: string, short: string, cities: CityRow[]];

/** assets/geo/index.json: provinces → cities → districts, for the picker and for recognising
 *  other provinces, cities and districts in a place. */
export interface GeoIndexJson {
  v: 1;
  /** The package and version the asset was built from. */
  source: string;
  /** What the division codes are as of. */
  asOf: string;
  provinces: ProvinceRow[];
  /** Districts merged away or renamed: former code → [former name, code of the district that holds it now, the
   *  year it was renamed or merged, when the list names the approval]. */
  former: Record<string, [name: string, now: string, year?: number]>;
}

/** A development area: [name, aliases, districts it lies in]. */
export type ZoneRow = [name: string, aliases: string[], districts: string[]];

/**
 * assets/geo/cities/<4-digit code>.json: the towns and streets of every district of one city and
 * the development areas touching it. A district's verdicts need its own towns (inside) and its
 * neighbours' (outside: 张江镇 for 闵行), so the city is the unit of loading: 上海市 is one file.
 */
export interface CityDataJson {
  v: 1;
  /** The city's code (first four digits of its districts' codes). */
  code: string;
  /** Per district: [district code, towns as [9-digit code, name, short or ""]]. */
  districts: [code: string, towns: Named[]][];
  /** Other names of towns: [9-digit code, name]. */
  aliases: [code: string, name: string][];
  /** Development areas touching the city. */
  zones: ZoneRow[];
}

export type UnitLevel = "province" | "city" | "district" | "town" | "zone";

export interface Province {
  level: "province";
  code: string; // 2 digits
  name: string;
  short: string | null;
}

export interface City {
  level: "city";
  code: string; // 4 digits
  name: string;
  short: string | null;
  province: string;
  /** True when the statistics name no city here (a municipality's 市辖区 / 县). */
  placeholder: boolean;
}

export interface District {
  level: "district";
  code: string; // 6 digits
  name: string;
  short: string | null;
  city: string;
  province: string;
  /** A statistical zone (NBS xx7x codes: 苏州工业园区, 合肥高新技术产业开发区 …), not a GB/T 2260 district. */
  zone: boolean;
}

export interface Town {
  level: "town";
  /** 9 digits; "" for a neighbour's town (its file lists names only). */
  code: string;
  name: string;
  district: string;
  city: string;
  province: string;
}

export interface Zone {
  level: "zone";
  name: string;
  /** The districts it lies in; more than one when it spans several. */
  districts: string[];
  city: string;
  province: string;
}

export type Unit = Province | City | District | Town | Zone;
