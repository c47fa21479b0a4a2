/**
 * The district picker's data: every province, city and district as a choice, a search over them
 * (闵行 / 310112 / 上海市闵行区 / 鼓楼 …), and the setting a choice is stored as. Pure: the index
 * comes from assets/geo/index.json (src/office/geo-index.ts). The setting is the shortest name
 * that reads back as the same area (闵行, 南京市鼓楼区, 深圳), so it stays what staff would type
 * and what the command line's --district takes.
 */
import { areaOf } from "../core/geo/geography";
import type { GeoIndex } from "../core/geo/geoIndex";
import { geoKey } from "../core/geo/names";
import { resolveDistrict } from "../core/geo/resolve";
import type { City, District, Province } from "../core/geo/types";

export type AreaLevel = "province" | "city" | "district";

export interface AreaChoice {
  level: AreaLevel;
  /** The index's code: 2 digits for a province, 4 for a city, 6 for a district. */
  code: string;
  /** Six digits, as division codes are written (310000, 310100, 310112). */
  code6: string;
  name: string;
  /** The full name: 上海市闵行区, 广东省深圳市, 广东省. */
  label: string;
  province: string;
  city: string | null;
}

const built = new WeakMap<GeoIndex, { all: AreaChoice[]; byCode: Map<string, AreaChoice> }>();

function province(p: Province): AreaChoice {
  return { level: "province", code: p.code, code6: p.code.padEnd(6, "0"), name: p.name, label: p.name, province: p.code, city: null };
}

function city(c: City, index: GeoIndex): AreaChoice {
  const p = index.province(c.province);
  const label = p && p.name !== c.name ? p.name + c.name : c.name;
  return { level: "city", code: c.code, code6: c.code.padEnd(6, "0"), name: c.name, label, province: c.province, city: c.code };
}

function district(d: District, index: GeoIndex): AreaChoice {
  return { level: "district", code: d.code, code6: d.code, name: d.name, label: index.label(d), province: d.province, city: d.city };
}

/** Every choice, provinces then their cities then their districts; a municipality's unnamed 市辖区 is no choice (its province is). */
function choices(index: GeoIndex) {
  let b = built.get(index);
  if (!b) {
    const all: AreaChoice[] = [];
    for (const p of index.provinces) {
      all.push(province(p));
      for (const c of index.citiesOf(p.code)) {
        if (!c.placeholder) all.push(city(c, index));
        for (const d of index.districtsOf(c.code)) all.push(district(d, index));
      }
    }
    b = { all, byCode: new Map(all.map((c) => [`${c.level}:${c.code}`, c])) };
    built.set(index, b);
  }
  return b;
}

export function areaChoices(index: GeoIndex): readonly AreaChoice[] {
  return choices(index).all;
}

export function choiceByCode(index: GeoIndex, level: AreaLevel, code: string): AreaChoice | null {
  return choices(index).byCode.get(`${level}:${code}`) ?? null;
}

/** The area a setting names, as a choice; null when it names none (or several). */
export function choiceOf(index: GeoIndex, setting: string): AreaChoice | null {
  try {
    const a = areaOf(setting, index);
    return choiceByCode(index, a.level, a.code);
  } catch {
    return null;
  }
}

/** The shortest way to write the choice that reads back as the very same area. */
export function settingFor(index: GeoIndex, c: AreaChoice): string {
  const p = index.province(c.province);
  const shortOf = (level: AreaLevel, code: string) =>
    (level === "district" ? index.district(code) : level === "city" ? index.city(code) : index.province(code))?.short ?? null;
  const ways =
    c.level === "district"
      ? [shortOf("district", c.code), c.name, c.city ? (index.city(c.city)?.placeholder ? null : (index.city(c.city)?.name ?? "") + c.name) : null, c.label, c.code6]
      : c.level === "city"
        ? [shortOf("city", c.code), c.name, c.label, p ? p.name + c.name : null]
        : [shortOf("province", c.code), c.name];
  for (const w of ways) if (w && sameArea(choiceOf(index, w), c)) return w;
  return c.label;
}

function sameArea(a: AreaChoice | null, b: AreaChoice): boolean {
  return !!a && a.level === b.level && a.code === b.code;
}

/** Whether the choice can be stored at all (a city that is its own district reads back as the district). */
export function choosable(index: GeoIndex, c: AreaChoice): boolean {
  return sameArea(choiceOf(index, settingFor(index, c)), c);
}

/**
 * Choices for what was typed, best first: the area the setting would read as (or each district
 * of a shared name), then names that begin with the text, then full names that contain it. Digits
 * match the six-digit code from its start.
 */
export function searchAreas(index: GeoIndex, query: string, limit = 20): AreaChoice[] {
  const q = geoKey(query);
  if (!q) return [];
  const { all, byCode } = choices(index);
  const out = new Set<AreaChoice>();
  if (/^\d+$/.test(q)) {
    for (const c of all) if (c.code6.startsWith(q) && out.size < limit) out.add(c);
    return [...out].filter((c) => choosable(index, c));
  }
  const r = resolveDistrict(query, index);
  const hits =
    r.kind === "district" ? [r.district] : r.kind === "ambiguous" ? r.candidates : r.reason === "not-a-district" ? r.units : [];
  for (const u of hits) {
    if (u.level !== "province" && u.level !== "city" && u.level !== "district") continue;
    // A municipality's unnamed 市辖区 stands for its province.
    const c = byCode.get(`${u.level}:${u.code}`) ?? (u.level === "city" ? byCode.get(`province:${u.province}`) : undefined);
    if (c) out.add(c);
  }
  for (const c of all) if (out.size < limit && geoKey(c.name).startsWith(q)) out.add(c);
  for (const c of all) if (out.size < limit && geoKey(c.label).includes(q)) out.add(c);
  // A city that is its own district (东莞市) is offered as the district.
  return [...out].filter((c) => choosable(index, c)).slice(0, limit);
}
