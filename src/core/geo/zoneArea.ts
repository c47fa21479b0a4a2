/**
 * A fund's area named as a development zone of a city or district the geography knows (南昌经济技术开发区,
 * 赣州经开区, 长沙高新区, 闵行经济技术开发区): the zones are statistical units below the county list, so the
 * zone is read as the city (or district) its name opens with, for place checks; the audit says so.
 */
import type { GeoIndex } from "./geoIndex";
import { geoKey } from "./names";
import { resolveDistrict } from "./resolve";
import type { District, Unit } from "./types";

/** Words closing a development zone's name, longest first (a zone word, then 国家级/国家 before it). */
const ZONE_WORDS = [
  "经济技术开发区", "高新技术产业开发区", "高新技术产业园区", "高新技术开发区", "经济开发区", "技术开发区", "工业开发区",
  "综合保税区", "工业园区", "产业园区", "旅游度假区", "开发区", "高新区", "经开区", "保税区", "度假区", "新区", "园区",
];
const NATIONAL = ["国家级", "国家", "省级"];

export interface ZoneArea {
  /** The zone as the setting wrote it. */
  zone: string;
  /** The city or district its name opens with. */
  unit: Unit;
}

/** The city or district a zone's name opens with; null when the name is no zone or opens with neither. */
export function zoneArea(setting: string, index: GeoIndex): ZoneArea | null {
  const s = geoKey(setting ?? "");
  const word = ZONE_WORDS.find((w) => s.endsWith(w) && s.length > w.length);
  if (!word) return null;
  let stem = s.slice(0, -word.length);
  const nat = NATIONAL.find((w) => stem.endsWith(w) && stem.length > w.length);
  if (nat) stem = stem.slice(0, -nat.length);
  if (stem.length < 2) return null;
  // A city's zone is named by the city's short name, which its county may share (南昌 is 南昌市 and 南昌县): the city
  // first, then a district (闵行, 昆山市).
  const asCity = stem.endsWith("市") ? null : resolveDistrict(`${stem}市`, index);
  if (asCity?.kind === "unknown" && asCity.reason === "not-a-district" && asCity.units.length === 1 && asCity.units[0].level === "city") return { zone: setting.trim(), unit: asCity.units[0] };
  const r = resolveDistrict(stem, index);
  if (r.kind === "district") return { zone: setting.trim(), unit: r.district as District };
  // A province is too wide to stand for one zone: only a city (南昌, 赣州市).
  if (r.kind === "unknown" && r.reason === "not-a-district" && r.units.length === 1 && r.units[0].level === "city") return { zone: setting.trim(), unit: r.units[0] };
  return null;
}

/**
 * What kind of unlisted area a setting names: a zone (东钱湖旅游度假区, whose name opens with no city the geography
 * knows: the error says what to write) or the 兵团 (its divisions' cities are listed under 新疆, read as 新疆), else null.
 */
export function unlistedArea(setting: string): "zone" | "corps" | null {
  const s = geoKey(setting ?? "");
  if (s.endsWith("兵团") || /兵团第\S+师$/.test(s)) return "corps";
  return ZONE_WORDS.some((w) => s.endsWith(w) && s.length > w.length) ? "zone" : null;
}
