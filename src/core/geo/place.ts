/**
 * Is a place inside the district? A place is whatever a register writes in its 注册地 / 税务登记地
 * column: the district (闵行, 闵行区, 上海市闵行区, 上海闵行), one of its towns or streets (七宝镇,
 * 七宝, 川沙新镇, 古美路街道), a development area (莘庄工业区), or an address (上海市闵行区七宝镇
 * 漕宝路…, 莘庄工业区春东路…). Outside when it names another district, town, development area,
 * city or province. Unknown when nothing is recognised, when it names only the district's own city
 * or province (上海市), a development area spanning several districts, units that do not nest
 * (上海市江宁区), or a short name read both inside and outside. Unknown is not outside: the rule
 * reports nothing for it.
 */
import type { DistrictData } from "./districtData";
import type { GeoIndex } from "./geoIndex";
import { geoKey } from "./names";
import { isSeparator, type Match, type NameEntry, Tokeniser } from "./nameTable";
import type { District, Unit } from "./types";
import { overlaps, specificity, tierOf, unitVerdict, type UnitVerdict } from "./units";

export type Verdict = "inside" | "outside" | "unknown";

export type PlaceReason =
  /** inside: the district itself; outside: another district. */
  | "district"
  /** inside: one of its towns or streets; outside: a town of another district of its city. */
  | "town"
  /** inside: a development area in it; outside: one in another district. */
  | "zone"
  /** outside: another city. */
  | "city"
  /** outside: another province. */
  | "province"
  /** unknown: names only the district's own city or province (上海市). */
  | "broader"
  /** unknown: a development area spanning this district and others (虹桥商务区, 漕河泾开发区). */
  | "spans"
  /** unknown: a short name read both as a unit inside and one outside. */
  | "ambiguous"
  /** unknown: names units that do not lie in one another (上海市江宁区, 闵行区张江镇). */
  | "conflict"
  /** unknown: nothing in the text is a place the data knows. */
  | "unrecognised"
  /** unknown: the text is blank. */
  | "empty";

export interface PlaceVerdict {
  verdict: Verdict;
  reason: PlaceReason;
  /** The units the verdict rests on: one, or the candidates of an ambiguous name or a conflict. */
  units: Unit[];
  /** True when text follows the recognised names (an address: 七宝镇漕宝路1号). */
  address: boolean;
}

/**
 * The verdict for one place. `data` is the district's own file (towns, development areas, the
 * towns of its city); without it only provinces, cities and districts are recognised.
 * Verdicts are remembered per distinct place string for the district, so a register of a million
 * rows that repeats a few hundred places reads each once.
 */
export function placeVerdict(place: string, district: District, data: DistrictData | null, index: GeoIndex): PlaceVerdict {
  if (data && data.district.code !== district.code) {
    throw new Error(`geo: the district file is for ${data.district.code}, not ${district.code}`);
  }
  return judgeFor(district, data, index).verdict(place);
}

/** Places remembered per judge; a register of full addresses would otherwise keep every one. */
const MAX_REMEMBERED = 200_000;

class Judge {
  private readonly tokeniser: Tokeniser;
  private readonly memo = new Map<string, PlaceVerdict>();
  private lastPlace: string | null = null;
  private lastVerdict: PlaceVerdict | null = null;

  constructor(
    private readonly district: District,
    data: DistrictData | null,
    private readonly index: GeoIndex,
  ) {
    const tables = data ? [index.names, data.names] : [index.names];
    // A short name of the district's own units may run into other text (七宝老街); any other short
    // name (中山, 长宁, 北京) stands only on its own or before another name: 中山公园 is neither
    // 中山市 nor 松江区's 中山街道.
    const probe = new Tokeniser(tables);
    this.tokeniser = new Tokeniser(tables, (e, s, end) => {
      if (tierOf(e.unit, district) === 0) return true;
      return end === s.length || isSeparator(s.slice(end)) || probe.hasNameAt(s, end);
    });
  }

  verdict(place: string): PlaceVerdict {
    if (place === this.lastPlace && this.lastVerdict) return this.lastVerdict;
    let v = this.memo.get(place);
    if (!v) {
      v = this.compute(place);
      if (this.memo.size >= MAX_REMEMBERED) this.memo.clear();
      this.memo.set(place, v);
    }
    this.lastPlace = place;
    this.lastVerdict = v;
    return v;
  }

  private compute(place: string): PlaceVerdict {
    const s = geoKey(place ?? "");
    if (!s) return { verdict: "unknown", reason: "empty", units: [], address: false };
    if (/^\d{6}$/.test(s)) return this.fromCode(s);
    const { matches, end } = this.tokeniser.tokens(s);
    if (!matches.length) return { verdict: "unknown", reason: "unrecognised", units: [], address: false };
    const address = end < s.length;

    // Each name keeps the readings that lie in (or around) the names before it, then the readings
    // nearest the district: its own 虹桥镇 before 长宁区's 虹桥街道.
    const chosen: Unit[][] = [];
    for (const m of matches) {
      const units = this.readings(m, chosen);
      if (!units.length) {
        const before = chosen.flat();
        return { verdict: "unknown", reason: "conflict", units: [...before, ...uniqueUnits(m.entries)], address };
      }
      chosen.push(units);
    }

    // The most precise name decides.
    let best = chosen[0];
    let bestRank = -1;
    for (const units of chosen) {
      const rank = Math.max(...units.map(specificity));
      if (rank >= bestRank) {
        best = units;
        bestRank = rank;
      }
    }
    const verdicts = best.map((u) => unitVerdict(u, this.district, this.index));
    const first = verdicts[0];
    if (verdicts.some((v) => v !== first)) return { verdict: "unknown", reason: "ambiguous", units: best, address };
    return this.conclude(first, best, address);
  }

  private readings(m: Match, before: Unit[][]): Unit[] {
    let units = uniqueUnits(m.entries).filter((u) => before.every((prev) => prev.some((p) => overlaps(u, p))));
    // The repository's development-area list knows better than a statistical unit of the same
    // name: 漕河泾新兴技术开发区 is listed under 徐汇区 but spans 徐汇 and 闵行.
    if (units.some((u) => u.level === "zone")) units = units.filter((u) => u.level !== "town");
    if (units.length < 2) return units;
    const nearest = Math.min(...units.map((u) => tierOf(u, this.district)));
    return units.filter((u) => tierOf(u, this.district) === nearest);
  }

  private conclude(v: UnitVerdict, units: Unit[], address: boolean): PlaceVerdict {
    if (v === "broader") return { verdict: "unknown", reason: "broader", units, address };
    if (v === "spans") return { verdict: "unknown", reason: "spans", units, address };
    return { verdict: v, reason: units[0].level, units, address };
  }

  /** A six-digit area code written as the place (310112). */
  private fromCode(code: string): PlaceVerdict {
    const idx = this.index;
    const former = idx.former(code);
    const unit: Unit | undefined =
      idx.district(code) ??
      former?.now ??
      (code.endsWith("0000") ? idx.province(code.slice(0, 2)) : code.endsWith("00") ? idx.city(code.slice(0, 4)) : undefined);
    if (!unit) return { verdict: "unknown", reason: "unrecognised", units: [], address: false };
    return this.conclude(unitVerdict(unit, this.district, idx), [unit], false);
  }
}

function uniqueUnits(entries: readonly NameEntry[]): Unit[] {
  const out: Unit[] = [];
  for (const e of entries) if (!out.includes(e.unit)) out.push(e.unit);
  return out;
}

const judges = new WeakMap<GeoIndex, WeakMap<object, Judge>>();

function judgeFor(district: District, data: DistrictData | null, index: GeoIndex): Judge {
  let byKey = judges.get(index);
  if (!byKey) {
    byKey = new WeakMap();
    judges.set(index, byKey);
  }
  const key: object = data ?? district;
  let j = byKey.get(key);
  if (!j) {
    j = new Judge(district, data, index);
    byKey.set(key, j);
  }
  return j;
}
