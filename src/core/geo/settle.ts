/**
 * A fund's district given by a name several districts share (宝山区: 上海市 and 黑龙江省双鸭山市;
 * 朝阳区: 北京 and 长春; 鼓楼区: 南京, 徐州, 福州, 开封), settled by what the workbook points to
 * (docs/geography.md, "A shared district name"):
 *
 * - a credit code's area (characters 3–8) is the candidate itself (strongest), lies in its city, or
 *   in its province;
 * - a text (a sheet's name, a title, any cell) names the candidate with its province or city
 *   (上海市宝山区, 双鸭山宝山区: strongest), or names its city or province in full (舟山市, 上海市);
 * - a firm's name opens with the candidate's city or province (上海吴淞口…有限公司, 福州…厂).
 *
 * Each piece counts for the one candidate it names most closely, and only when no other candidate
 * is named as closely (a 江苏 code says nothing between 南京 and 徐州). The strongest kind of
 * evidence present decides: when it points to one candidate that is the district; when it points to
 * two, or nothing points anywhere, nothing is settled and the caller keeps its clear error.
 */
import { creditCodeArea } from "./creditArea";
import type { GeoIndex } from "./geoIndex";
import { geoKey } from "./names";
import type { District } from "./types";
import { a1, type SheetGrid } from "../grid";
import { both, type Localised } from "../i18n/localised";

/** How closely a piece of evidence names a candidate: its province, its city, the district itself. */
type Level = 0 | 1 | 2 | 3;

/** What a firm's name ends with (GB enterprise names: 行政区划 + 字号 + 行业 + 组织形式). */
const FIRM_ENDINGS = ["公司", "集团", "厂", "合作社", "事务所", "研究院", "研究所", "商行", "中心", "工作室", "门市部", "经营部"];

const CODE_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export interface SettledDistrict {
  /** The setting as given (宝山区). */
  setting: string;
  district: District;
  /** Every district the name could be. */
  candidates: District[];
  /** Why this one, for the notice. */
  because: Localised;
}

interface Names {
  /** The candidate with its province or city before it, anywhere in a text (上海市宝山区, 上海宝山). */
  full: string[];
  /** The city's or province's full name, anywhere in a text, with its level. */
  areas: { name: string; level: Level }[];
  /** The city's or province's short name, at the start of a firm's name. */
  firm: { name: string; level: Level }[];
}

interface Tally {
  codes: number;
  texts: number;
  /** The first code's area, or the first name read, and where. */
  example?: { what: string; where: string; kind: "code" | "text" };
}

export function settleDistrict(setting: string, candidates: readonly District[], sheets: readonly SheetGrid[], index: GeoIndex): SettledDistrict | null {
  if (candidates.length < 2) return null;
  const names = candidates.map((d) => namesOf(d, index));
  // tallies[level][candidate]
  const tallies: Tally[][] = [0, 1, 2, 3].map(() => candidates.map(() => ({ codes: 0, texts: 0 })));
  const byArea = new Map<string, Level[]>();

  const count = (levels: Level[], kind: "code" | "text", what: (i: number) => string, where: string): void => {
    const best = Math.max(...levels) as Level;
    if (best === 0) return;
    const at = levels.flatMap((l, i) => (l === best ? [i] : []));
    if (at.length !== 1) return;
    const t = tallies[best][at[0]];
    if (kind === "code") t.codes++;
    else t.texts++;
    t.example ??= { what: what(at[0]), where, kind };
  };

  for (const s of sheets) {
    count(textLevels(s.name, names), "text", (i) => matched(s.name, names[i]), s.name);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v !== "string") return;
        const t = v.trim();
        if (!t) return;
        const where = `${s.name}!${a1(s.top + r, s.left + c)}`;
        if (t.length === 18 && CODE_SHAPE.test(t.toUpperCase())) {
          const key = t.slice(2, 8);
          let levels = byArea.get(key);
          if (!levels) byArea.set(key, (levels = codeLevels(t.toUpperCase(), candidates, index)));
          count(levels, "code", () => key, where);
          return;
        }
        if (t.length > 200) return;
        count(textLevels(t, names), "text", (i) => matched(t, names[i]), where);
      }),
    );
  }

  for (const level of [3, 2, 1] as const) {
    const pointed = candidates.flatMap((_, i) => (tallies[level][i].codes + tallies[level][i].texts > 0 ? [i] : []));
    if (pointed.length === 0) continue;
    if (pointed.length > 1) return null;
    const i = pointed[0];
    const district = candidates[i];
    return { setting, district, candidates: [...candidates], because: because(setting, district, candidates, tallies[level][i], level, index) };
  }
  return null;
}

function namesOf(d: District, index: GeoIndex): Names {
  const p = index.province(d.province);
  const c = index.city(d.city);
  const own = [d.name, d.short].filter((x): x is string => !!x);
  const before: string[] = [];
  const areas: Names["areas"] = [];
  const firm: Names["firm"] = [];
  if (p) {
    before.push(p.name, ...(p.short ? [p.short] : []));
    areas.push({ name: p.name, level: 1 });
    if (p.short) firm.push({ name: p.short, level: 1 });
  }
  // A municipality's 市辖区 carries no name of its own: the province's names stand for it.
  if (c && !c.placeholder) {
    before.push(c.name, ...(c.short ? [c.short] : []));
    areas.push({ name: c.name, level: 2 });
    if (c.short) firm.push({ name: c.short, level: 2 });
  }
  const full = [index.label(d), ...before.flatMap((b) => own.map((o) => b + o))];
  return { full: [...new Set(full.map(geoKey))], areas: areas.map((a) => ({ ...a, name: geoKey(a.name) })), firm: firm.map((f) => ({ ...f, name: geoKey(f.name) })) };
}

function isFirm(k: string): boolean {
  return FIRM_ENDINGS.some((e) => k.endsWith(e));
}

function textLevels(text: string, names: readonly Names[]): Level[] {
  const k = geoKey(text);
  const firm = isFirm(k);
  return names.map((n) => {
    if (n.full.some((f) => k.includes(f))) return 3;
    let best: Level = 0;
    for (const a of n.areas) if (a.level > best && k.includes(a.name)) best = a.level;
    if (firm) for (const f of n.firm) if (f.level > best && k.startsWith(f.name)) best = f.level;
    return best;
  });
}

/** The name a text was counted by, for the notice. */
function matched(text: string, n: Names): string {
  const k = geoKey(text);
  return n.full.find((f) => k.includes(f)) ?? [...n.areas].reverse().find((a) => k.includes(a.name))?.name ?? [...n.firm].reverse().find((f) => k.startsWith(f.name))?.name ?? text;
}

function codeLevels(code: string, candidates: readonly District[], index: GeoIndex): Level[] {
  const area = creditCodeArea(code, index);
  return candidates.map((d) => {
    if (!area) return 0;
    if (area.district?.code === d.code) return 3;
    if ((area.city?.code ?? area.district?.city) === d.city) return 2;
    return area.province?.code === d.province ? 1 : 0;
  });
}

function because(setting: string, d: District, candidates: readonly District[], t: Tally, level: Level, index: GeoIndex): Localised {
  const label = index.label(d);
  const all = candidates.map((c) => index.label(c)).join("、");
  const place = level === 3 ? label : level === 2 ? (index.city(d.city)?.name ?? label) : (index.province(d.province)?.name ?? label);
  const zh: string[] = [];
  const en: string[] = [];
  const ex = t.example;
  if (t.codes) {
    const first = ex?.kind === "code" ? `，如 ${ex.what}（${ex.where}）` : "";
    zh.push(`${t.codes} 个统一社会信用代码的登记地在${place}${first}`);
    en.push(`${t.codes} credit code${t.codes === 1 ? "" : "s"} ${t.codes === 1 ? "was" : "were"} issued in ${place}${ex?.kind === "code" ? ` (${ex.what} at ${ex.where})` : ""}`);
  }
  if (t.texts) {
    const first = ex?.kind === "text" ? `，如“${ex.what}”（${ex.where}）` : "";
    zh.push(`${t.texts} 处文字写有${place}${first}`);
    en.push(`${t.texts} text${t.texts === 1 ? "" : "s"} name${t.texts === 1 ? "s" : ""} ${place}${ex?.kind === "text" ? ` ("${ex.what}" at ${ex.where})` : ""}`);
  }
  return both(
    `区县“${setting}”不止一个（${all}），按工作簿取${label}：${zh.join("；")}`,
    `"${setting}" names more than one district (${all}); taken as ${label} because ${en.join(" and ")}`,
  );
}
