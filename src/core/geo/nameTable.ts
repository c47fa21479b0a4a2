/**
 * Names → units, and reading a place string as a sequence of names (上海市 | 闵行区 | 七宝镇 | …),
 * longest name first. Short names (闵行, 七宝) need care: they must not be the start of a road
 * (虹桥路, 北京西路), and the caller may ask for more (see Tokeniser.acceptShort).
 */
import type { Unit } from "./types";

export interface NameEntry {
  unit: Unit;
  /** Matched by its short name (no 省/市/区/镇/街道 suffix). */
  short: boolean;
  /** The name was a former one (闸北区 for 静安区). */
  former?: boolean;
}

export class NameTable {
  private readonly map = new Map<string, NameEntry[]>();
  /** The longest name, in characters: how far a match looks ahead. */
  maxLen = 0;
  /** The longest name per first character: most characters start no name at all. */
  private readonly maxLenFrom = new Map<string, number>();

  add(key: string, entry: NameEntry): void {
    if (key.length < 2) return; // one character names nothing reliably
    let list = this.map.get(key);
    if (!list) {
      list = [];
      this.map.set(key, list);
    }
    // One unit once per name: a full entry wins over a short one (唐镇 is both).
    const same = list.findIndex((e) => e.unit === entry.unit);
    if (same >= 0) {
      if (list[same].short && !entry.short) list[same] = entry;
      return;
    }
    list.push(entry);
    if (key.length > this.maxLen) this.maxLen = key.length;
    if (key.length > (this.maxLenFrom.get(key[0]) ?? 0)) this.maxLenFrom.set(key[0], key.length);
  }

  /** The longest name starting with this character (0 when none does). */
  longestFrom(ch: string): number {
    return this.maxLenFrom.get(ch) ?? 0;
  }

  get(key: string): NameEntry[] | undefined {
    return this.map.get(key);
  }
}

/** Characters between names that carry no meaning: 上海市，闵行区 / 闵行区-七宝镇. */
const SEPARATOR = /^[,，、;；:：/／\\|—–\-_.。·]/;
/** Text that continues a short name into a road, lane or house number: 虹桥路, 北京西路, 七宝1号. */
const ROAD = /^(?:路|街(?!道)|道|巷|弄|号|大道|公路|[东西南北中]路|支路|[0-9])/;

export function isSeparator(s: string): boolean {
  return SEPARATOR.test(s);
}

export interface Match {
  start: number;
  end: number;
  entries: NameEntry[];
}

export type ShortFilter = (entry: NameEntry, s: string, end: number) => boolean;

/**
 * Reads names from a normalised place string. A short name is accepted only where the text
 * after it does not continue a road, and (for a name that ends in 路, a street named after its road)
 * only at the end of the text or before a separator; `extra` may refuse more.
 */
export class Tokeniser {
  constructor(
    private readonly tables: readonly NameTable[],
    private readonly extra?: ShortFilter,
  ) {}

  private longestAt(s: string, i: number): number {
    let n = 0;
    for (const t of this.tables) n = Math.max(n, t.longestFrom(s[i]));
    return Math.min(n, s.length - i);
  }

  /** The longest accepted names starting at i, or null. */
  matchAt(s: string, i: number, fullOnly = false): Match | null {
    const maxLen = this.longestAt(s, i);
    for (let len = maxLen; len >= 2; len--) {
      const key = s.substr(i, len);
      let found: NameEntry[] | null = null;
      for (const t of this.tables) {
        const list = t.get(key);
        if (!list) continue;
        for (const e of list) {
          if (e.short && (fullOnly || !this.acceptShort(e, key, s, i + len))) continue;
          (found ??= []).push(e);
        }
      }
      if (found) return { start: i, end: i + len, entries: found };
    }
    return null;
  }

  /** True when some name (full or short, by the plain rules) starts at i. */
  hasNameAt(s: string, i: number): boolean {
    const maxLen = this.longestAt(s, i);
    for (let len = maxLen; len >= 2; len--) {
      const key = s.substr(i, len);
      for (const t of this.tables) {
        const list = t.get(key);
        if (list && list.some((e) => !e.short || plainShortOk(key, s, i + len))) return true;
      }
    }
    return false;
  }

  /**
   * The names of a place, in order: from the start (after 中国 / 中华人民共和国 and separators), or,
   * when nothing is recognised there, from the first full name found further on (注册地在闵行区).
   * Stops at the first text that is not a name: the rest is the address.
   */
  tokens(s: string): { matches: Match[]; end: number } {
    let i = 0;
    if (!this.matchAt(s, 0)) {
      if (s.startsWith("中华人民共和国")) i = 7;
      else if (s.startsWith("中国")) i = 2;
    }
    let first = this.matchAt(s, i);
    if (!first) {
      for (let j = i + 1; j < s.length - 1 && !first; j++) first = this.matchAt(s, j, true);
    }
    const matches: Match[] = [];
    let end = 0;
    for (let m = first; m; ) {
      matches.push(m);
      end = m.end;
      let j = m.end;
      while (j < s.length && isSeparator(s.slice(j))) j++;
      m = j < s.length ? this.matchAt(s, j) : null;
    }
    return { matches, end };
  }

  private acceptShort(e: NameEntry, key: string, s: string, end: number): boolean {
    if (!plainShortOk(key, s, end)) return false;
    return this.extra ? this.extra(e, s, end) : true;
  }
}

function plainShortOk(key: string, s: string, end: number): boolean {
  const next = s.slice(end);
  if (key.endsWith("路")) return next === "" || isSeparator(next);
  return !ROAD.test(next);
}
