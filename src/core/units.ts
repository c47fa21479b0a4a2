/** The money units these tables use, and their factor to 元. */
export type Unit = "元" | "万元" | "亿元";

export const UNIT_FACTOR: Record<Unit, number> = { 元: 1, 万元: 10_000, 亿元: 100_000_000 };

/** Reads a unit word ("万元", "元", "亿元", "yuan", "10k yuan") — null when it is none. */
export function parseUnit(text: string): Unit | null {
  const t = text.trim().toLowerCase();
  if (t === "元" || t === "yuan" || t === "cny" || t === "rmb") return "元";
  if (t === "万元" || t === "万" || t === "10k yuan" || t === "ten thousand yuan") return "万元";
  if (t === "亿元" || t === "亿" || t === "100m yuan") return "亿元";
  return null;
}

/**
 * Finds the unit stated in a header or caption: `预算金额（元）`, `（单位：万元）`,
 * `金额(万元)`, `单位:亿元`. Returns null when the text states none.
 */
export function unitInText(text: string): Unit | null {
  const t = text.replace(/\s+/g, "");
  // A caption may name a count unit before the money's (`单位：个、万元`, `单位：人、元`): the money unit
  // is the money columns', the count unit the count column's. A count unit may name its alternative in
  // brackets (`台（套）`, `头（只）`): still one count unit before the money's.
  const m =
    /(?:单位|unit)(?:[:：]|为|是|:)?(?:[^\d、，,/元]{1,3}(?:[（(][^\d)）元、，,/]{1,3}[)）])?[、，,/])*(?:人民币)?(亿元|万元|元|yuan|10kyuan)/i.exec(t) ??
    /[（(［\[](亿元|万元|元)(?:\/[^)）\]］]*)?[)）\]］]/.exec(t) ??
    /[（(［\[][^)）\]］]*?(亿元|万元|元)[)）\]］]/.exec(t) ??
    // A caption cut short of its 元 (`单位：万`, `金额单位：亿`, as published) still names money; a word after it
    // (`单位：万人`, `万亩`) makes it a measure, not money.
    /(?:单位|unit)[:：](?:人民币)?(万|亿)(?=$|[\d)）\]］。;；])/i.exec(t);
  if (!m) return null;
  const word = m[1].toLowerCase();
  if (word === "yuan") return "元";
  if (word === "10kyuan") return "万元";
  return parseUnit(word);
}

/**
 * The one count unit a caption names before the money's (`单位：个、万元` → 个, `（单位：户、元）` → 户): the unit of a
 * count column beside the money. Null when the caption names only money, or more than one count unit (which is whose?).
 */
export function countUnitInText(text: string): string | null {
  const t = text.replace(/\s+/g, "");
  const m = /(?:单位|unit)(?:[:：]|为|是)?([^\d、，,/元:：]{1,3})(?:[（(][^\d)）元、，,/]{1,3}[)）])?[、，,/](?:人民币)?(?:亿元|万元|元)/i.exec(t);
  return m ? m[1] : null;
}

/** Converts an amount in `unit` to 元, rounded to the fen to keep float noise out of reports. */
export function toYuan(value: number, unit: Unit): number {
  const y = value * UNIT_FACTOR[unit];
  return Math.round(y * 100) / 100;
}

/**
 * A price or standard in 元, not rounded to the fen: a standard is often set past it (13.06125元 a 亩), and a product of
 * it with a quantity is only right with every decimal the cell holds (to 1e-9, dropping float noise).
 */
export function priceInYuan(value: number, unit: Unit): number {
  return Math.round(value * UNIT_FACTOR[unit] * 1e9) / 1e9;
}

/** An amount in 元 expressed in `unit` (the fen kept: 51,702,800 元 → 5,170.28 万元). */
export function fromYuan(yuan: number, unit: Unit): number {
  const fen = Math.round(yuan * 100) / 100;
  return unit === "元" ? fen : fen / UNIT_FACTOR[unit];
}
