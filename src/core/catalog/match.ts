/**
 * Finding a policy item in a catalog, by code or by name, for a year. Reviewers' registers run
 * to hundreds of thousands of rows naming a few dozen items, so every lookup is a map hit and
 * each distinct query string is normalised once.
 */
import { nameKey, toHalfWidth } from "../text";
import type { CatalogItem } from "./types";

export interface ItemRef {
  code?: string | null;
  name?: string | null;
}

export interface CapLimit {
  /** The most the item allows, in 元; null when nothing limits it. */
  limit: number | null;
  /** Which figure binds: the cap amount, rate x base, or none. */
  by: "amount" | "rate" | "none";
}

/** Codes compare half-width, without spaces, upper case ("１.１" = "1.1"). */
export function codeKey(code: string): string {
  return toHalfWidth(code).replace(/\s+/g, "").toUpperCase();
}

/** A batch (`第一批`, `（2023年度第二批）`): no part of an item's name. */
const BATCH = /[（(]?\s*(?:(?:19|20)\d{2}\s*年度?\s*)?第\s*[一二三四五六七八九十\d]+\s*(?:批次?|期)[）)]?/g;

/**
 * Words naming the kind of support at the end of an item's name (河南省制造业头雁企业奖励): a
 * list's title often names only what is rewarded (…头雁企业拟定名单). Longest first.
 */
const SUPPORT = /(?:奖励资金|补助资金|奖补资金|扶持资金|资助资金|补贴资金|奖励|奖补|补助|补贴|资助|扶持)$/;
/** The shortest stem read alone: shorter ones (上规, 技改) name too much. */
const MIN_STEM = 6;
/**
 * What follows the stem when the title lists those rewarded (`头雁企业拟定名单`, `…企业公示名单`),
 * not something the stem only qualifies (`高新技术企业培育库入库企业名单`).
 */
const LIST_AFTER = /^(?:拟定|拟认定|拟入选|拟|认定|公示|公布|备案|推荐|入选)?的?(?:名单|名录|清单)/;
/**
 * Or the firms rewarded, then the fund that pays them and the list's word (`国家级绿色工厂企业绿色发展
 * 政策专项资金拟拨付名单`): the money is the stem's award, paid out of that fund.
 */
const FUND_LIST_AFTER = /^(?:企业|单位)[^，,。；;]{0,16}?资金(?:拟拨付|拟兑付|拟下达|拟安排|拟支持|拟奖励|拟补助|拨付|兑付|下达|安排)?的?(?:企业)?(?:名单|名录|清单)/;
/**
 * Or the stem's award in the title's own words: its support word left off or shortened (补资金 for
 * 补助资金), then 资金 / 项目, then what the list does and its word (`…建设补资金项目拟奖励名单`,
 * `…改造项目公示名单`).
 */
const AWARD_LIST_AFTER =
  /^(?:奖励|奖补|补助|补贴|资助|扶持|补|奖)?(?:资金)?(?:项目)?(?:拟定|拟|公示|公布|申报|入选)?(?:奖励|奖补|补助|补贴|资助|扶持|支持|安排|下达|拨付|兑付)?的?(?:企业|单位)?(?:名单|名录|清单)/;
/**
 * Or the firms listed, then 及 / 和 and the award's own support word (`…拟入库企业（第一批）及奖补项目计划
 * 明细表` for …入库企业奖补): one list names both the firms and what they get.
 */
const AND_SUPPORT = /^(?:以及|及其?|和|与)(?:拟)?/;
/**
 * Or, the stem naming projects (…揭榜挂帅项目 for …揭榜挂帅项目补助), what the office does with them and the
 * table's word (`…项目推荐汇总表`, `…项目申报明细表`): the projects listed are the item's. Only when no other
 * item's stem is in the title too.
 */
const PROJECT_LIST_AFTER = /^(?:拟推荐|推荐|拟申报|申报|拟支持|申请|拟入选|入选)?的?(?:汇总表|明细表|一览表|名单|清单)/;
/**
 * The level of government that pays, inside an item's name (林业贷款中央财政贴息): titles name the
 * item without it (林业贴息贷款…贷款贴息资金, 创业担保贷款贴息资金).
 */
const PAYING_LEVEL = /(?:中央|省级|省|市级|市|县级|县|区级|区)财政/g;
/** A qualifier closing an item's name (…补助资金（直接支付项目）): titles name the fund without it. */
const QUALIFIER = /[(（][^()（）]*[)）]$/;
/**
 * A bracket closing an item's name that states who qualifies (…订单本地化（每半年度采购…1500万元以上…）): a
 * threshold, a figure or words of meeting one. A bracket naming a part or a kind of applicant (（企业项目）,
 * （中小微企业）) names another item and holds none of these.
 */
const CONDITION = /\d|以上|以下|以内|不低于|不少于|不高于|不超过|超过|达到|满足|符合|年满/;
/**
 * National funds' names and the short names their own rules give them (以下简称衔接资金), by which
 * lists' titles name them: `2024年衔接资金分配拨付明细表` for 中央财政衔接推进乡村振兴补助资金.
 */
const SHORT_NAMES: readonly (readonly [string, string])[] = [["衔接推进乡村振兴补助资金", "衔接资金"]];
/**
 * The kind of support closing an item's name, loans' interest included (…龙头企业贷款贴息), and the
 * word of it a list's headings use (贴息, 补助).
 */
const SUPPORT_KIND = /(?:贷款)?(贴息|奖励|奖补|补助|补贴|资助|扶持)(?:资金)?$/;
/** The shortest stem a title shortens: shorter ones leave too little out to be a short form. */
const MIN_SHORTENED = 10;
/**
 * The level that pays and the support word closing an item's name (农业数字工厂省级补助): a list titled by what
 * the item supports alone (…农业数字工厂储备项目汇总表) states them in its own heading (申请省级补助资金).
 */
const LEVEL_SUPPORT = /(?:中央|省级|市级|县级|区级)(?:财政)?(?:奖励|奖补|补助|补贴|资助|扶持)(?:资金)?$/;

export class CatalogIndex {
  private readonly byCode = new Map<string, CatalogItem[]>();
  private readonly byName = new Map<string, CatalogItem[]>();
  /** Raw query text → entries (or null), so nameKey runs once per distinct string. */
  private readonly codeCache = new Map<string, CatalogItem[] | null>();
  private readonly nameCache = new Map<string, CatalogItem[] | null>();
  /** A key per item that is the same for every year's entry (for duplicate detection). */
  private readonly keys = new Map<CatalogItem, string>();
  /** What an item rewards (its name less the support word) → the item's name; null when two items share it. */
  private readonly byStem = new Map<string, string | null>();
  /** An item's name without the level that pays → the item's name; null when two items share it. */
  private readonly byLevelless = new Map<string, string | null>();
  /** A national fund's short name (衔接资金) → the one item it names; null when two items share it. */
  private readonly byShort = new Map<string, string | null>();
  /**
   * A fund's name without the part closing an item's name in brackets (…专项资金（企业项目）) → the
   * parts and their items' names.
   */
  private readonly byPart = new Map<string, { part: string; name: string }[]>();
  /**
   * A long stem as offices shorten it, its first two characters and its last four (农业龙头企业 for
   * 农业产业化省级重点龙头企业) → the item's name and its support word; null when two items share it.
   */
  private readonly byShortened = new Map<string, { name: string; support: string } | null>();
  /**
   * What an item supports, its name less the level that pays and the support word (农业数字工厂 for
   * 农业数字工厂省级补助) → the item's name and those words as a heading names them (省级补助); null when two
   * items support the same.
   */
  private readonly byLevelSupport = new Map<string, { name: string; said: string } | null>();
  /**
   * The kind of applicant closing an item's name in brackets (…稳岗返还（中小微企业）, …（大型企业）) →
   * the fund it closes and the item's name: a list's 企业类型 column names the item of each row.
   */
  private readonly byKind = new Map<string, { fund: string; name: string }[]>();
  /**
   * An item's name without the condition closing it in brackets (龙头骨干企业订单本地化（…1500万元以上…）) →
   * the item's name, by which a payment list names it; null when two items share it.
   */
  private readonly byUnconditioned = new Map<string, string | null>();

  constructor(catalog: { items: readonly CatalogItem[] }) {
    for (const item of catalog.items) {
      const nk = nameKey(item.name);
      if (nk) push(this.byName, nk, item);
      if (item.code) push(this.byCode, codeKey(item.code), item);
      this.keys.set(item, nk || (item.code ? "#" + codeKey(item.code) : ""));
    }
    for (const name of this.byName.keys()) {
      const stem = name.replace(SUPPORT, "");
      if (stem === name || stem.length < MIN_STEM) continue;
      this.byStem.set(stem, this.byStem.has(stem) && this.byStem.get(stem) !== name ? null : name);
    }
    for (const name of this.byName.keys()) {
      const levelless = name.replace(PAYING_LEVEL, "");
      if (levelless === name || levelless.length < MIN_STEM) continue;
      this.byLevelless.set(levelless, this.byLevelless.has(levelless) ? null : name);
    }
    for (const name of this.byName.keys()) {
      const bare = name.replace(PAYING_LEVEL, "").replace(QUALIFIER, "");
      const short = SHORT_NAMES.find(([full]) => bare === nameKey(full))?.[1];
      if (short) this.byShort.set(short, this.byShort.has(short) ? null : name);
    }
    for (const name of this.byName.keys()) {
      const q = QUALIFIER.exec(name);
      const fund = q ? name.slice(0, q.index) : "";
      if (!q || fund.length < MIN_STEM || q[0].length < 4) continue;
      const list = this.byPart.get(fund) ?? [];
      list.push({ part: q[0].slice(1, -1), name });
      this.byPart.set(fund, list);
    }
    for (const name of this.byName.keys()) {
      const q = QUALIFIER.exec(name);
      if (!q || q[0].length < 4 || q.index < 2) continue;
      const kind = q[0].slice(1, -1);
      const list = this.byKind.get(kind) ?? [];
      list.push({ fund: name.slice(0, q.index), name });
      this.byKind.set(kind, list);
    }
    for (const name of this.byName.keys()) {
      const q = QUALIFIER.exec(name);
      const bare = q ? name.slice(0, q.index) : "";
      if (!q || bare.length < MIN_STEM || !CONDITION.test(q[0])) continue;
      this.byUnconditioned.set(bare, this.byUnconditioned.has(bare) ? null : name);
    }
    for (const name of this.byName.keys()) {
      const m = SUPPORT_KIND.exec(name);
      const stem = m ? name.slice(0, m.index) : "";
      if (!m || stem.length < MIN_SHORTENED || !/^[\u4e00-\u9fff]+$/.test(stem)) continue;
      const short = stem.slice(0, 2) + stem.slice(-4);
      this.byShortened.set(short, this.byShortened.has(short) ? null : { name, support: m[1] });
    }
    for (const name of this.byName.keys()) {
      const m = LEVEL_SUPPORT.exec(name);
      const stem = m ? name.slice(0, m.index) : "";
      if (!m || stem.length < MIN_STEM) continue;
      this.byLevelSupport.set(stem, this.byLevelSupport.has(stem) ? null : { name, said: m[0].replace(/财政|资金$/g, "") });
    }
    // An item supporting the same with no level (农业数字工厂补助) makes the stem name neither.
    for (const stem of this.byLevelSupport.keys()) if (this.byStem.has(stem) && this.byStem.get(stem) !== this.byLevelSupport.get(stem)?.name) this.byLevelSupport.set(stem, null);
  }

  /**
   * The item a register row means: by code when the code is in the catalog, else by name.
   * With several entries for the item, the exact year wins, then the entry for every year,
   * then the latest earlier year; null when none applies.
   */
  find(ref: ItemRef, year?: number | null): CatalogItem | null {
    return this.findBy(ref.code ?? null, ref.name ?? null, year ?? null);
  }

  /** `find` without the ref object, for the register loop. */
  findBy(code: string | null, name: string | null, year: number | null): CatalogItem | null {
    const entries = this.entries(code, name);
    return entries ? pickYear(entries, year) : null;
  }

  /** The year of the item's one entry, when the catalog holds it for one stated year only; else null. */
  onlyYear(name: string): number | null {
    const entries = this.entries(null, name);
    return entries && entries.length === 1 ? entries[0].year : null;
  }

  /** True when the catalog holds the item for some year (it may have none for this one). */
  knows(ref: ItemRef): boolean {
    return this.entries(ref.code ?? null, ref.name ?? null) !== null;
  }

  /**
   * The catalog item a title or a category row names (`2023年度高新技术企业认定奖励名单`): the
   * longest item name the text contains; null when it names none. `headings`, a list's own
   * headings, let a title name the item by its stem in short when they name its support (贴息).
   */
  itemIn(text: string, year: number | null, headings?: string): CatalogItem | null {
    const key = nameKey(text);
    if (key === "") return null;
    // A batch inside the title (`…建设项目第一批预拨资金`) is no part of the item's name.
    const unbatched = nameKey(text.replace(BATCH, ""));
    let best: { name: string; entries: CatalogItem[] } | null = null;
    for (const [name, entries] of this.byName) {
      if (name.length < 2 || !(key.includes(name) || unbatched.includes(name))) continue;
      if (!best || name.length > best.name.length) best = { name, entries };
    }
    // Else a name the title splits with a few words of its own (`国家高新技术企业先期拟兑付奖励资金`
    // for 国家高新技术企业奖励): both halves in order, at most GAP characters apart.
    if (!best) {
      for (const [name, entries] of this.byName) {
        if (name.length < 6 || !splitIn(unbatched, name)) continue;
        if (!best || name.length > best.name.length) best = { name, entries };
      }
    }
    // Else what an item rewards, named without the support word and followed by the list's own
    // word (`…头雁企业拟定名单` for …头雁企业奖励), when no other item rewards the same.
    if (!best) {
      let stemLen = 0;
      for (const [stem, name] of this.byStem) {
        if (name === null || stem.length <= stemLen) continue;
        const at = unbatched.indexOf(stem);
        const after = unbatched.slice(at + stem.length);
        const listed = at >= 0 && (LIST_AFTER.test(after) || FUND_LIST_AFTER.test(after) || AWARD_LIST_AFTER.test(after));
        const tabled = at >= 0 && stem.endsWith("项目") && PROJECT_LIST_AFTER.test(after) && !this.otherStemIn(unbatched, name);
        if (!listed && !tabled && !supportAfter(unbatched, stem, name.slice(stem.length))) continue;
        const entries = this.byName.get(name);
        if (entries) {
          best = { name, entries };
          stemLen = stem.length;
        }
      }
    }
    // Else the name without the level that pays, whole or split by a few words of the title.
    if (!best) {
      let found = 0;
      for (const [levelless, name] of this.byLevelless) {
        if (name === null || levelless.length <= found) continue;
        if (!unbatched.includes(levelless) && !splitIn(unbatched, levelless)) continue;
        const entries = this.byName.get(name);
        if (entries) {
          best = { name, entries };
          found = levelless.length;
        }
      }
    }
    // Else a national fund by the short name its rules give it (衔接资金), when one item is that fund.
    if (!best) {
      for (const [short, name] of this.byShort) {
        const entries = name === null ? undefined : this.byName.get(name);
        if (entries && unbatched.includes(short)) best = { name: name as string, entries };
      }
    }
    // Else a fund's part named after the fund in the title's own words (…专项资金拟支持企业项目名单
    // for …专项资金（企业项目）): the fund whole, its part no more than GAP characters after it.
    if (!best) {
      let found = "";
      for (const [fund, parts] of this.byPart) {
        const at = unbatched.indexOf(fund);
        if (at < 0) continue;
        const from = at + fund.length;
        for (const { part, name } of parts) {
          const j = unbatched.indexOf(part, from);
          const entries = this.byName.get(name);
          if (j < 0 || j - from > GAP || !entries || fund.length + part.length <= found.length) continue;
          best = { name, entries };
          found = fund + part;
        }
      }
    }
    // Else a long stem in the short form offices give it (2023年支持农业龙头企业发展资金 for
    // 农业产业化省级重点龙头企业贷款贴息), when the list's headings name the item's support and no
    // other item shortens the same.
    if (!best && headings) {
      const said = nameKey(headings);
      for (const [short, hit] of this.byShortened) {
        const entries = hit === null ? undefined : this.byName.get(hit.name);
        if (hit && entries && unbatched.includes(short) && said.includes(hit.support)) best = { name: hit.name, entries };
      }
    }
    // Else what an item supports, the level that pays and the support word left to the list's own heading
    // (…农业数字工厂储备项目汇总表 under 申请省级补助资金 for 农业数字工厂省级补助): only when one item alone matches so.
    if (!best && headings) {
      const said = nameKey(headings);
      const hits = [...this.byLevelSupport].filter(([stem, hit]) => hit !== null && unbatched.includes(stem) && said.includes(hit.said));
      const hit = hits.length === 1 ? hits[0][1] : null;
      const entries = hit ? this.byName.get(hit.name) : undefined;
      if (hit && entries) best = { name: hit.name, entries };
    }
    return best ? pickYear(best.entries, year) ?? best.entries[0] : null;
  }

  /**
   * True when `text` names, word for word, a catalog item other than `item` and no part of its name: a title
   * naming two items (`…A和B资金名单`) does not give one item to every row.
   */
  namesOtherThan(text: string, item: CatalogItem): boolean {
    const key = nameKey(text);
    const own = this.keyOf(item);
    for (const name of this.byName.keys()) {
      if (name.length >= 2 && name !== own && !own.includes(name) && key.includes(name)) return true;
    }
    return false;
  }

  /**
   * The item a row's kind of applicant names (中小微企业 for …稳岗返还（中小微企业））: of the items
   * closing with that kind in brackets, the one whose fund `text` (the list's title) names, else the
   * only one; null when none, or several and the text names none of their funds.
   */
  itemOfKind(kind: string, text: string, year: number | null): CatalogItem | null {
    const hits = this.byKind.get(nameKey(kind));
    if (!hits) return null;
    const key = nameKey(text);
    const named = hits.filter((h) => key.includes(h.fund));
    const hit = named.length > 0 ? named.reduce((a, b) => (b.fund.length > a.fund.length ? b : a)) : hits.length === 1 ? hits[0] : null;
    const entries = hit ? this.byName.get(hit.name) : undefined;
    return entries ? pickYear(entries, year) ?? entries[0] : null;
  }

  /** True when `text` holds the stem of an item other than `name` (two items named by their stems name neither). */
  private otherStemIn(text: string, name: string): boolean {
    for (const [stem, other] of this.byStem) if (other !== name && text.includes(stem)) return true;
    return false;
  }

  /** The same string for every year's entry of an item. */
  keyOf(item: CatalogItem): string {
    return this.keys.get(item) ?? nameKey(item.name);
  }

  private entries(code: string | null, name: string | null): CatalogItem[] | null {
    if (code) {
      let hit = this.codeCache.get(code);
      if (hit === undefined) {
        hit = this.byCode.get(codeKey(code)) ?? null;
        this.codeCache.set(code, hit);
      }
      if (hit) return hit;
    }
    if (name) {
      let hit = this.nameCache.get(name);
      if (hit === undefined) {
        const key = nameKey(name);
        hit = this.byName.get(key) ?? null;
        // Else the item named without the condition its catalog name closes with, when one item's does so.
        const full = hit === null ? this.byUnconditioned.get(key) : undefined;
        if (full) hit = this.byName.get(full) ?? null;
        this.nameCache.set(name, hit);
      }
      return hit;
    }
    return null;
  }
}

/** Characters a title may put inside an item's name. */
const GAP = 6;

/** Whether `name` appears in `text` with at most GAP other characters inside it, at one place. */
function splitIn(text: string, name: string): boolean {
  for (let k = 2; k <= name.length - 2; k++) {
    const left = name.slice(0, k);
    let i = text.indexOf(left);
    while (i >= 0) {
      const from = i + left.length;
      const j = text.indexOf(name.slice(k), from);
      if (j >= 0 && j - from <= GAP) return true;
      i = text.indexOf(left, i + 1);
    }
  }
  return false;
}

/**
 * Whether `stem`, whole or split by a few words of the title (培育库拟入库企业), is followed by 及 / 和
 * and the item's own support word (`support`, 奖补): the list's firms and their award.
 */
function supportAfter(text: string, stem: string, support: string): boolean {
  for (const end of endsOf(text, stem)) {
    const m = AND_SUPPORT.exec(text.slice(end));
    if (m && text.startsWith(support, end + m[0].length)) return true;
  }
  return false;
}

/** Where `name` ends in `text`, whole or split once with at most GAP characters inside it. */
function endsOf(text: string, name: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) out.push(i + name.length);
  for (let k = 2; k <= name.length - 2; k++) {
    const left = name.slice(0, k);
    for (let i = text.indexOf(left); i >= 0; i = text.indexOf(left, i + 1)) {
      const from = i + left.length;
      const j = text.indexOf(name.slice(k), from);
      if (j > from && j - from <= GAP) out.push(j + name.length - k);
    }
  }
  return out;
}

function push(map: Map<string, CatalogItem[]>, key: string, item: CatalogItem): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

function pickYear(entries: CatalogItem[], year: number | null): CatalogItem | null {
  if (entries.length === 1) {
    const only = entries[0];
    if (only.year === null || year === null || only.year === year) return only;
    return only.year < year ? only : null;
  }
  let always: CatalogItem | null = null;
  let earlier: CatalogItem | null = null;
  let latest: CatalogItem | null = null;
  for (const e of entries) {
    if (e.year === null) {
      if (!always) always = e;
      continue;
    }
    if (year !== null && e.year === year) return e;
    if (year !== null && e.year < year && (!earlier || e.year > (earlier.year as number))) earlier = e;
    if (!latest || e.year > (latest.year as number)) latest = e;
  }
  if (always) return always;
  // Without a year to go by, the latest entry is the one in force.
  return year === null ? latest : earlier;
}

/**
 * The most an item allows for a row: the smaller of the cap amount and rate x base.
 * A rate item without a base falls back to its cap amount, if any.
 */
export function capLimit(item: CatalogItem, base: number | null): CapLimit {
  const limit = capLimitValue(item, base);
  return { limit, by: limit === null ? "none" : rateBinds(item, base) ? "rate" : "amount" };
}

/** capLimit's limit alone: the register loop asks it of every row, and needs no object for it. */
export function capLimitValue(item: CatalogItem, base: number | null): number | null {
  if (rateBinds(item, base)) return byRate(item, base);
  return item.capType !== null ? item.capAmount : null;
}

/** Whether rate x base is the limit (capLimit's `by` is "rate"): there is one, and no smaller cap amount. */
export function rateBinds(item: CatalogItem, base: number | null): boolean {
  const r = byRate(item, base);
  return r !== null && (item.capAmount === null || r <= item.capAmount);
}

/** A rate item's rate x base, to the fen; null without a rate or a base. */
function byRate(item: CatalogItem, base: number | null): number | null {
  return item.capType === "rate" && item.rate !== null && base !== null ? Math.round(item.rate * base * 100) / 100 : null;
}
