/**
 * What one district needs beyond the index, read from its city's file
 * (assets/geo/cities/<city code>.json): its own towns and streets (inside), the towns of the
 * city's other districts (outside: 张江镇 for 闵行), and the development areas of the city.
 */
import type { GeoIndex } from "./geoIndex";
import { geoKey, shortName, townVariants } from "./names";
import { NameTable } from "./nameTable";
import type { CityDataJson, District, Town, Zone } from "./types";

/** The asset holding a district's data, relative to the geography folder: cities/3101.json for 310112. */
export function cityAssetPath(districtCode: string): string {
  return `cities/${districtCode.slice(0, 4)}.json`;
}

export class DistrictData {
  readonly district: District;
  /** Its own towns and streets. */
  readonly towns: readonly Town[];
  /** The development areas it lies in (whole or in part). */
  readonly zones: readonly Zone[];
  /** Town and development-area names of the whole city. */
  readonly names = new NameTable();

  constructor(json: CityDataJson, districtCode: string, index: GeoIndex) {
    if (!json || json.v !== 1 || !Array.isArray(json.districts)) throw new Error("geo: not a city file (assets/geo/cities/<code>.json)");
    const d = index.district(districtCode);
    if (!d) throw new Error(`geo: district ${districtCode} is not in the geography index`);
    if (d.city !== json.code) throw new Error(`geo: district ${districtCode} is not in city file ${json.code}`);
    this.district = d;
    const byCode = new Map<string, Town>();
    const own: Town[] = [];
    for (const [code, towns] of json.districts) {
      const where = index.district(code);
      if (!where) continue;
      for (const [tcode, name, short] of towns) {
        const t: Town = { level: "town", code: tcode, name, district: code, city: where.city, province: where.province };
        byCode.set(tcode, t);
        if (code === d.code) own.push(t);
        this.addTown(t, name, short || null);
      }
    }
    for (const [code, name] of json.aliases ?? []) {
      const t = byCode.get(code);
      if (t) this.addTown(t, name, shortName(name, "town"));
    }
    this.towns = own;
    const zones: Zone[] = [];
    for (const [name, aliases, districts] of json.zones ?? []) {
      const z: Zone = { level: "zone", name, districts: [...districts], city: d.city, province: d.province };
      if (districts.includes(d.code)) zones.push(z);
      // Names of two or three characters (北外滩, 环同济) are read like short names: not before a road.
      for (const n of [name, ...aliases]) this.names.add(geoKey(n), { unit: z, short: n.length <= 3 });
    }
    this.zones = zones;
  }

  private addTown(t: Town, name: string, short: string | null): void {
    this.names.add(geoKey(name), { unit: t, short: false });
    for (const v of townVariants(name)) this.names.add(geoKey(v), { unit: t, short: false });
    if (short) this.names.add(geoKey(short), { unit: t, short: true });
  }
}

const built = new WeakMap<CityDataJson, Map<string, DistrictData>>();

/** The data of one district from its city's file, built once per parsed file and district. */
export function districtData(json: CityDataJson, districtCode: string, index: GeoIndex): DistrictData {
  let byDistrict = built.get(json);
  if (!byDistrict) {
    byDistrict = new Map();
    built.set(json, byDistrict);
  }
  let dd = byDistrict.get(districtCode);
  if (!dd || dd.district !== index.district(districtCode)) {
    dd = new DistrictData(json, districtCode, index);
    byDistrict.set(districtCode, dd);
  }
  return dd;
}
