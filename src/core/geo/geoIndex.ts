/**
 * The country's provinces, cities and districts, read from assets/geo/index.json: codes to units
 * for the picker and the credit code's area, and names to units for recognising places.
 */
import { autonomousVariants, geoKey, shortName } from "./names";
import { NameTable } from "./nameTable";
import type { City, District, GeoIndexJson, Province } from "./types";

export class GeoIndex {
  readonly source: string;
  readonly asOf: string;
  readonly provinces: readonly Province[];
  /** Province, city and district names (full and short, and former district names). */
  readonly names = new NameTable();
  private readonly provinceByCode = new Map<string, Province>();
  private readonly cityByCode = new Map<string, City>();
  private readonly districtByCode = new Map<string, District>();
  private readonly citiesByProvince = new Map<string, City[]>();
  private readonly districtsByCity = new Map<string, District[]>();
  private readonly formerByCode = new Map<string, { name: string; now: District; year?: number }>();
  private readonly formerByName = new Map<string, { name: string; now: District; year?: number }>();

  constructor(json: GeoIndexJson) {
    if (!json || json.v !== 1 || !Array.isArray(json.provinces)) throw new Error("geo: not a geography index (assets/geo/index.json)");
    this.source = json.source;
    this.asOf = json.asOf;
    const provinces: Province[] = [];
    for (const [pcode, pname, pshort, cities] of json.provinces) {
      const p: Province = { level: "province", code: pcode, name: pname, short: pshort || null };
      provinces.push(p);
      this.provinceByCode.set(pcode, p);
      this.addNames(pname, p.short, p);
      const cs: City[] = [];
      for (const [ccode, cname, cshort, districts, cflags] of cities) {
        const placeholder = (cflags ?? "").includes("p");
        const c: City = { level: "city", code: ccode, name: cname, short: cshort || null, province: pcode, placeholder };
        cs.push(c);
        this.cityByCode.set(ccode, c);
        // A municipality's 市辖区 carries the province's name: the province entry already reads it.
        if (!placeholder) this.addNames(cname, c.short, c);
        if (!placeholder) for (const v of autonomousVariants(cname)) this.names.add(geoKey(v), { unit: c, short: false });
        const ds: District[] = [];
        for (const [dcode, dname, dshort, dflags] of districts) {
          const d: District = {
            level: "district",
            code: dcode,
            name: dname,
            short: dshort || null,
            city: ccode,
            province: pcode,
            zone: (dflags ?? "").includes("z"),
          };
          ds.push(d);
          this.districtByCode.set(dcode, d);
          this.addNames(dname, d.short, d);
          for (const v of autonomousVariants(dname)) this.names.add(geoKey(v), { unit: d, short: false });
        }
        this.districtsByCity.set(ccode, ds);
      }
      this.citiesByProvince.set(pcode, cs);
    }
    this.provinces = provinces;
    for (const [code, [name, now, year]] of Object.entries(json.former ?? {})) {
      const d = this.districtByCode.get(now);
      if (!d) continue;
      const entry = year ? { name, now: d, year } : { name, now: d };
      this.formerByCode.set(code, entry);
      this.formerByName.set(geoKey(name), entry);
      this.names.add(geoKey(name), { unit: d, short: false, former: true });
      // A former short name a current unit holds (九江 of 九江县 is 九江市's) stays the current unit's.
      const short = shortName(name, "district");
      if (short && !this.names.get(geoKey(short))) {
        this.names.add(geoKey(short), { unit: d, short: true, former: true });
        this.formerByName.set(geoKey(short), entry);
      }
    }
  }

  province(code: string): Province | undefined {
    return this.provinceByCode.get(code);
  }
  city(code: string): City | undefined {
    return this.cityByCode.get(code);
  }
  district(code: string): District | undefined {
    return this.districtByCode.get(code);
  }
  citiesOf(province: string): readonly City[] {
    return this.citiesByProvince.get(province) ?? [];
  }
  districtsOf(city: string): readonly District[] {
    return this.districtsByCity.get(city) ?? [];
  }
  /** A district merged away or renamed, by its former code (310108 闸北区 → 静安区, 360421 九江县 → 柴桑区). */
  former(code: string): { name: string; now: District; year?: number } | undefined {
    return this.formerByCode.get(code);
  }

  /** A former district by the name or code a setting used for it (闸北, 九江县, 360421). */
  formerNamed(text: string): { name: string; now: District; year?: number } | undefined {
    const k = geoKey(text);
    return this.formerByCode.get(k) ?? this.formerByName.get(k);
  }

  /** The district's full label: 上海市闵行区, 江苏省南京市江宁区, 广东省东莞市. */
  label(d: District): string {
    const p = this.province(d.province);
    const c = this.city(d.city);
    let out = p?.name ?? "";
    if (c && !c.placeholder && c.name !== d.name) out += c.name;
    return out + d.name;
  }

  private addNames(name: string, short: string | null, unit: Province | City | District): void {
    this.names.add(geoKey(name), { unit, short: false });
    if (short) this.names.add(geoKey(short), { unit, short: true });
  }
}

const built = new WeakMap<GeoIndexJson, GeoIndex>();

/** The index for an asset, built once per parsed JSON object. */
export function geoIndex(json: GeoIndexJson): GeoIndex {
  let idx = built.get(json);
  if (!idx) {
    idx = new GeoIndex(json);
    built.set(json, idx);
  }
  return idx;
}
