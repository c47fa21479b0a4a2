/**
 * The geography an audit judges places by: the area the fund serves — a district (闵行), or a
 * whole city (深圳市) or province for a city's or province's own fund — with the towns and
 * development areas of its districts. Adapters load the assets (the CLI from disk, the pane from
 * the add-in's own host) and hand this to audit(); the core reads no file.
 */
import { creditCodeArea, codeAreaVerdict, type CreditCodeArea } from "./creditArea";
import { districtData, cityAssetPath, type DistrictData } from "./districtData";
import type { GeoIndex } from "./geoIndex";
import { placeVerdict, type PlaceVerdict, type Verdict } from "./place";
import { resolveDistrict, type DistrictResolution } from "./resolve";
import { unlistedArea, zoneArea } from "./zoneArea";
import { settleDistrict, type SettledDistrict } from "./settle";
import type { City, CityDataJson, District, Province, Unit } from "./types";
import { Tokeniser } from "./nameTable";
import { overlaps } from "./units";
import { creditCodeProblem } from "../creditCode";
import { geoKey } from "./names";
import { both, type Localised } from "../i18n/localised";
import type { SheetGrid } from "../grid";

export interface Geography {
  index: GeoIndex;
  /** What the setting named: a district, or a city or province whose every district is inside. */
  scope: { level: "district" | "city" | "province"; code: string; name: string };
  /** The districts of the area, each with its towns (its city's file; null when not loaded). */
  districts: { district: District; data: DistrictData | null }[];
  /** The district itself, when the area is one. */
  district?: District;
  /** The setting was a name several districts share and the workbook settled which (the audit says so). */
  settled?: SettledDistrict;
  /** The setting named a development zone, read as the city or district it lies in (the audit says so). */
  zone?: { name: string; because: Localised };
  /** The setting named a district by a former name or code (九江县 → 柴桑区, 闸北区 → 静安区): the audit says so. */
  former?: { name: string; because: Localised };
}

/** Why a district setting could not be used, for one clear message in either language. */
export class DistrictError extends Error {
  constructor(
    readonly text: Localised,
    readonly resolution: DistrictResolution,
  ) {
    super(text["zh-CN"]);
    this.name = "DistrictError";
  }
}

type Area = { level: "district" | "city" | "province"; code: string; name: string; districts: District[]; zone?: string; corps?: boolean; former?: string };

/**
 * The area a setting names: a district, else a city or province named alone (深圳市, 广东省), else a development
 * zone of a city or district the geography knows (南昌经济技术开发区: 南昌市), read as that city or district.
 */
export function areaOf(setting: string, index: GeoIndex): Area {
  const r = resolveDistrict(setting, index);
  if (r.kind === "district") return { level: "district", code: r.district.code, name: r.district.name, districts: [r.district], ...(r.former ? { former: r.former } : {}) };
  if (r.kind === "unknown" && (r.reason === "no-match" || r.reason === "trailing-text")) {
    const z = zoneArea(setting, index);
    if (z?.unit.level === "district") return { level: "district", code: z.unit.code, name: z.unit.name, districts: [z.unit], zone: z.zone };
    if (z?.unit.level === "city") return { level: "city", code: z.unit.code, name: z.unit.name, districts: [...index.districtsOf(z.unit.code)], zone: z.zone };
  }
  if (r.kind === "ambiguous") {
    const names = r.candidates.map((d) => index.label(d)).join("、");
    throw new DistrictError(
      both(
        `区县“${setting}”不止一个：${names}；请写上省或市，或用六位代码`,
        `more than one district is called "${setting}": ${names}; add the province or city, or use the six-digit code`,
      ),
      r,
    );
  }
  if (r.reason === "not-a-district" && r.units.length === 1) {
    const u = r.units[0];
    if (u.level === "city") return { level: "city", code: u.code, name: u.name, districts: [...index.districtsOf(u.code)] };
    if (u.level === "province") {
      const districts = index.citiesOf(u.code).flatMap((c) => index.districtsOf(c.code));
      return { level: "province", code: u.code, name: u.name, districts };
    }
  }
  const unlisted = unlistedArea(setting);
  if (unlisted === "corps") {
    // The 兵团's divisions and their cities (石河子市, 阿拉尔市…) are listed under 新疆: its places are checked against 新疆.
    const x = resolveDistrict("新疆维吾尔自治区", index);
    const u = x.kind === "unknown" && x.reason === "not-a-district" && x.units.length === 1 ? x.units[0] : null;
    if (u?.level === "province") {
      const districts = index.citiesOf(u.code).flatMap((c) => index.districtsOf(c.code));
      return { level: "province", code: u.code, name: u.name, districts, zone: setting.trim(), corps: true };
    }
  }
  if (unlisted === "zone") {
    throw new DistrictError(
      both(
        `找不到区县“${setting}”：开发区、度假区等功能区不在行政区划名录中，请写它所在的区县、市或省（如“宁波市鄞州区”），或六位代码`,
        `no district "${setting}": development zones and resort areas are not in the list of administrative areas; write the district, city or province it lies in (宁波市鄞州区) or the six-digit code`,
      ),
      r,
    );
  }
  throw new DistrictError(
    both(
      `找不到区县“${setting}”（可写“闵行”“闵行区”“上海市闵行区”、市或省名，或六位代码 310112）`,
      `no district "${setting}" (write 闵行, 闵行区, 上海市闵行区, a city or province, or the six-digit code 310112)`,
    ),
    r,
  );
}

/** Resolves a district setting to one district; throws a DistrictError naming what is wrong. */
export function districtOf(setting: string, index: GeoIndex): District {
  const a = areaOf(setting, index);
  if (a.level !== "district") {
    throw new DistrictError(both(`“${setting}”是市或省，不是区县`, `"${setting}" is a city or province, not a district`), {
      kind: "unknown",
      reason: "not-a-district",
      units: [],
    });
  }
  return a.districts[0];
}

/**
 * The geography for a setting: `loadCity` reads a city file by its asset path
 * (`cities/3101.json`) and returns null when it has none.
 */
export function geographyFor(
  setting: string,
  index: GeoIndex,
  loadCity: (path: string) => CityDataJson | null,
  /** The workbook, to settle a name several districts share (宝山区); without it such a name is an error. */
  sheets?: readonly SheetGrid[],
): Geography {
  let area: Area;
  let settled: SettledDistrict | null = null;
  try {
    area = areaOf(setting, index);
  } catch (e) {
    // Unsettled, the error stays the one the name alone gives, naming the candidates.
    if (!(e instanceof DistrictError) || e.resolution.kind !== "ambiguous" || !sheets) throw e;
    settled = settleDistrict(setting, e.resolution.candidates, sheets, index);
    if (!settled) throw e;
    const d = settled.district;
    area = { level: "district", code: d.code, name: d.name, districts: [d] };
  }
  const files = new Map<string, CityDataJson | null>();
  const districts = area.districts.map((district) => {
    const path = cityAssetPath(district.code);
    if (!files.has(path)) files.set(path, loadCity(path));
    const json = files.get(path) ?? null;
    return { district, data: json ? districtData(json, district.code, index) : null };
  });
  const g: Geography = { index, scope: { level: area.level, code: area.code, name: area.name }, districts };
  if (area.level === "district") g.district = area.districts[0];
  if (settled) g.settled = settled;
  if (area.zone) {
    const label = area.level === "district" ? index.label(area.districts[0]) : area.name;
    g.zone = {
      name: area.zone,
      because: area.corps
        ? both(
            `“${area.zone}”不在行政区划名录中：按其师市所在的${label}核对地点`,
            `"${area.zone}" is not in the list of administrative areas: places are checked against ${label}, where its divisions lie`,
          )
        : both(
            `“${area.zone}”是开发区，不是区县：按其所在的${label}核对地点`,
            `"${area.zone}" is a development zone, not a district: places are checked against ${label}, where it lies`,
          ),
    };
  }
  if (area.former) g.former = formerNotice(area.former, area.districts[0], index);
  return g;
}

/** Why places are checked against today's district: the setting wrote a name or code it no longer has. */
function formerNotice(former: string, d: District, index: GeoIndex): { name: string; because: Localised } {
  const label = index.label(d);
  const year = index.formerNamed(former)?.year;
  const zh = year ? `“${former}”于${year}年撤销，其区域今为${label}：按${d.name}核对地点` : `“${former}”是旧区县名，其区域今属${label}：按${d.name}核对地点`;
  const en = year
    ? `"${former}" was abolished in ${year}; its area is now ${label}: places are checked against ${d.name}`
    : `"${former}" is a former district; its area now lies in ${label}: places are checked against ${d.name}`;
  return { name: former, because: both(zh, en) };
}

/**
 * The area a list's places are judged against. A list whose title names a province or city apart
 * from the fund's area (`2021年河南省…名单` with the fund in 闵行) is that area's own list over its
 * cities or districts: its places are judged against the area the title names, by the names of
 * provinces, cities and districts (its towns are not loaded, so a town alone is no finding).
 * Otherwise, and for a title naming the fund's own city or province, the fund's area.
 */
export function geographyForList(g: Geography, title: string): Geography {
  if (!title) return g;
  const named = areaNamedIn(title, g.index);
  const scope = unitOf(g.scope, g.index);
  if (!named || !scope || overlaps(named, scope)) return g;
  const districts = named.level === "city" ? g.index.districtsOf(named.code) : g.index.citiesOf(named.code).flatMap((c) => g.index.districtsOf(c.code));
  return { index: g.index, scope: { level: named.level, code: named.code, name: named.name }, districts: districts.map((district) => ({ district, data: null })) };
}

/** The first province or city a text names in full (河南省, 苏州市); null when it names none. */
export function areaNamedIn(text: string, index: GeoIndex): Province | City | null {
  const s = geoKey(text);
  const reader = new Tokeniser([index.names]);
  for (let i = 0; i < s.length - 1; i++) {
    const m = reader.matchAt(s, i, true);
    if (!m) continue;
    const hit = m.entries.find((e) => e.unit.level === "province" || (e.unit.level === "city" && !e.unit.placeholder));
    if (hit) return hit.unit as Province | City;
    i = m.end - 1;
  }
  return null;
}

function unitOf(scope: Geography["scope"], index: GeoIndex): Unit | null {
  return (scope.level === "district" ? index.district(scope.code) : scope.level === "city" ? index.city(scope.code) : index.province(scope.code)) ?? null;
}

/** Inside when one of the area's districts holds the place; outside when none can; else unknown. */
export function placeInArea(place: string, g: Geography): { verdict: Verdict; verdicts: PlaceVerdict[] } {
  const verdicts = g.districts.map((d) => placeVerdict(place, d.district, d.data, g.index));
  if (verdicts.some((v) => v.verdict === "inside")) return { verdict: "inside", verdicts };
  if (verdicts.length > 0 && verdicts.every((v) => v.verdict === "outside")) {
    // A bare name that begins one of the area's own towns (新华 for 新华路街道) may be the clerk's
    // short form of it: elsewhere's 新华区 is then no proof of outside.
    if (stemOfOwnTown(place, g)) return { verdict: "unknown", verdicts };
    return { verdict: "outside", verdicts };
  }
  return { verdict: "unknown", verdicts };
}

function stemOfOwnTown(place: string, g: Geography): boolean {
  const k = geoKey(place);
  if (k.length < 2 || k.length > 4) return false;
  return g.districts.some((d) => d.data?.towns.some((t) => geoKey(t.name).startsWith(k) && geoKey(t.name) !== k) ?? false);
}

const codeVerdicts = new WeakMap<Geography, Map<string, CreditCodeArea | null>>();

/**
 * For `register.location-code-mismatch`: the credit code's registering area when it lies outside
 * the whole area; null when it lies inside or around it, or cannot be read. Remembered per
 * geography and six-digit area, so a million rows cost a few hundred look-ups.
 */
export function codeAreaOutside(code: string, g: Geography): CreditCodeArea | null {
  const c = String(code ?? "").trim().toUpperCase();
  if (c.length !== 18) return null;
  let memo = codeVerdicts.get(g);
  if (!memo) codeVerdicts.set(g, (memo = new Map()));
  const key = c.slice(2, 8);
  let area = memo.get(key);
  if (area === undefined) {
    const read = creditCodeArea(c, g.index);
    const verdicts = read ? g.districts.map((d) => codeAreaVerdict(read, d.district)) : [];
    area = read && verdicts.length > 0 && verdicts.every((v) => v.verdict === "outside") ? read : null;
    memo.set(key, area);
  }
  return area ? { ...area, checkValid: creditCodeProblem(c) === null } : null;
}
