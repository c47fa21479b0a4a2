/**
 * The district setting: 闵行, 闵行区, 上海市闵行区, 上海闵行, 310112, 浦东新区, 南京市江宁区 … →
 * one district, or the candidates when a name is shared (鼓楼区 is in 南京, 福州, 徐州 and 开封;
 * 朝阳区 in 北京 and 长春) and no province or city narrows it, or unknown.
 */
import type { GeoIndex } from "./geoIndex";
import { geoKey } from "./names";
import { isSeparator, Tokeniser } from "./nameTable";
import type { District, Unit } from "./types";
import { overlaps } from "./units";

export type DistrictResolution =
  | {
      kind: "district";
      district: District;
      /** The query named it by a former name or code (闸北区, 310108). */
      former?: string;
    }
  | { kind: "ambiguous"; candidates: District[] }
  | {
      kind: "unknown";
      /** empty: nothing typed; no-match: no place of that name or code; not-a-district: a province or
       *  city (上海, 310000); trailing-text: a place followed by text that is not one (闵行区经委). */
      reason: "empty" | "no-match" | "not-a-district" | "trailing-text";
      /** The province or city named, for not-a-district. */
      units: Unit[];
    };

const tokenisers = new WeakMap<GeoIndex, Tokeniser>();

export function resolveDistrict(query: string, index: GeoIndex): DistrictResolution {
  const s = geoKey(query ?? "");
  if (!s) return { kind: "unknown", reason: "empty", units: [] };
  if (/^\d{6}$/.test(s)) return byCode(s, index);

  let tok = tokenisers.get(index);
  if (!tok) {
    tok = new Tokeniser([index.names]);
    tokenisers.set(index, tok);
  }
  const { matches, end } = tok.tokens(s);
  if (!matches.length || !["", "中国", "中华人民共和国"].includes(s.slice(0, matches[0].start))) return { kind: "unknown", reason: "no-match", units: [] };
  let rest = end;
  while (rest < s.length && isSeparator(s.slice(rest))) rest++;
  if (rest < s.length) return { kind: "unknown", reason: "trailing-text", units: [] };

  // Each name keeps the readings that lie in the names before it: 南京市 | 鼓楼区.
  let chosen: Unit[] = [];
  const before: Unit[][] = [];
  let former: string | undefined;
  for (const m of matches) {
    const units: Unit[] = [];
    for (const e of m.entries) {
      if (units.includes(e.unit) || !before.every((prev) => prev.some((p) => overlaps(e.unit, p)))) continue;
      units.push(e.unit);
      if (e.former) former = s.slice(m.start, m.end);
    }
    if (!units.length) return { kind: "unknown", reason: "no-match", units: [] };
    before.push(units);
    chosen = units;
  }
  const districts = chosen.filter((u): u is District => u.level === "district");
  if (districts.length === 1) return { kind: "district", district: districts[0], ...(former ? { former } : {}) };
  if (districts.length > 1) return { kind: "ambiguous", candidates: districts };
  return { kind: "unknown", reason: "not-a-district", units: chosen };
}

function byCode(code: string, index: GeoIndex): DistrictResolution {
  const d = index.district(code);
  if (d) return { kind: "district", district: d };
  const f = index.former(code);
  if (f) return { kind: "district", district: f.now, former: code };
  const city = code.endsWith("00") ? index.city(code.slice(0, 4)) : undefined;
  const province = code.endsWith("0000") ? index.province(code.slice(0, 2)) : undefined;
  const unit = province ?? city;
  if (unit) {
    // A city without districts (东莞市 441900 is listed as its own district) was caught above.
    return { kind: "unknown", reason: "not-a-district", units: [unit] };
  }
  return { kind: "unknown", reason: "no-match", units: [] };
}
