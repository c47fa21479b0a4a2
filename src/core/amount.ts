/**
 * Amounts as staff type them: numbers, or text with thousands separators, full-width digits,
 * a unit suffix, a percent sign, or a trailing annotation such as `5,170.28 (1-8 月)`.
 * `—`, `-` and blank mean "nothing" (no amount), which is not the same as unreadable.
 */
import type { Cell } from "./grid";
import { meansNothing, toHalfWidth } from "./text";
import { parseUnit, type Unit } from "./units";

/** A months-of-year annotation (`1-8 月` → from 1 to 8). */
export interface Period {
  fromMonth: number;
  toMonth: number;
}

export type AmountRead =
  | {
      kind: "number";
      /** The number as written, in the cell's own unit (a percent is a fraction: 34.47% → 0.3447). */
      value: number;
      /** Digits after the decimal point as shown (for a percent: of the percent figure). */
      decimals: number;
      percent: boolean;
      /** A unit written in the cell itself (`5,170.28万元`), overriding the header's. */
      unit?: Unit;
      period?: Period;
      /** The parts a bracketed list after the amount names, all of it (`620万(甲300万元,乙320万元)`). */
      parts?: AmountPart[];
    }
  | { kind: "nothing" }
  | { kind: "unreadable"; text: string };

const NOTHING: AmountRead = { kind: "nothing" };

/** Excel error values arriving as text from the adapters. */
const ERROR_TEXT = /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|BUSY!?)$/i;

const PERIOD = /[(（]?\s*(\d{1,2})\s*[-~～—–至到]\s*(\d{1,2})\s*月(?:份)?\s*[)）]?/;

const TYPED_TWICE = /^([\d.,]+\s*(?:亿元|万元|元|亿|万))\s*\1$/;

/** Decimals shown by a number format: "#,##0.00" → 2, "0.0%" → 1, "General" → null. */
export function formatDecimals(format: string | null | undefined): number | null {
  if (!format || /general/i.test(format)) return null;
  const section = format.split(";")[0].replace(/"[^"]*"/g, "").replace(/\\./g, "");
  const m = /\.([0#?]+)/.exec(section);
  if (m) return m[1].length;
  return /[0#?]/.test(section) ? 0 : null;
}

export function isPercentFormat(format: string | null | undefined): boolean {
  return !!format && /%/.test(format.replace(/"[^"]*"/g, ""));
}

/** Decimals in the shortest form of a number (0.3447 → 4), capped at 10. */
export function numberDecimals(n: number): number {
  if (Number.isInteger(n)) return 0;
  const s = String(n);
  const e = s.indexOf("e-");
  if (e >= 0) return Math.min(10, Number(s.slice(e + 2)) + (s.indexOf(".") >= 0 ? e - s.indexOf(".") - 1 : 0));
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : Math.min(10, s.length - dot - 1);
}

/**
 * A figure of a form's money: a number, or an amount typed as text (`620万`, `1,500万元`, with its parts in
 * brackets after it `620万(甲300万元,乙320万元)`, or typed twice `620万620万`) — no rate.
 */
export function isFigure(v: Cell | undefined): boolean {
  if (typeof v === "number") return true;
  if (typeof v !== "string") return false;
  const r = readAmount(v);
  return r.kind === "number" && !r.percent;
}

/**
 * Reads an amount (or a rate) from a cell value and its number format.
 * Never throws: anything that is not a number and not "nothing" is `unreadable`.
 */
export function readAmount(v: Cell | undefined, format?: string | null): AmountRead {
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { kind: "unreadable", text: String(v) };
    const percent = isPercentFormat(format);
    const fd = formatDecimals(format);
    const decimals = fd ?? (percent ? Math.max(0, numberDecimals(v) - 2) : numberDecimals(v));
    return { kind: "number", value: v, decimals, percent };
  }
  if (v === null || v === undefined) return NOTHING;
  if (typeof v === "boolean") return { kind: "unreadable", text: v ? "TRUE" : "FALSE" };
  return readAmountText(v);
}

function readAmountText(original: string): AmountRead {
  let t = toHalfWidth(original).replace(/[\s\u00a0]+/g, " ").trim();
  if (t === "") return NOTHING;
  if (meansNothing(t)) return NOTHING;
  if (ERROR_TEXT.test(t)) return { kind: "unreadable", text: original.trim() };

  let period: Period | undefined;
  const pm = PERIOD.exec(t);
  if (pm && pm.index > 0) {
    const from = Number(pm[1]);
    const to = Number(pm[2]);
    if (from >= 1 && to <= 12 && from <= to) period = { fromMonth: from, toMonth: to };
    t = (t.slice(0, pm.index) + t.slice(pm.index + pm[0].length)).trim();
  }
  // Any other trailing bracketed note: "100（暂定）" (but not an accounting negative "(1,234.00)").
  let listed: AmountPart[] | null = null;
  t = t
    .replace(/(\S)\s*[(（]([^()（）]*)[)）]\s*$/, (_m, last: string, note: string) => {
      listed = partsListed(note);
      return last;
    })
    .trim();
  t = t.replace(/^[¥￥]\s*/, "").replace(/^rmb\s*/i, "").replace(/^cny\s*/i, "");
  // The same amount with its unit typed twice (`620万620万`): one amount. Only with the unit written, so that
  // digits run together (`11`) are never halved.
  t = t.replace(TYPED_TWICE, "$1");

  let unit: Unit | undefined;
  const um = /(亿元|万元|元|亿|万)$/.exec(t);
  if (um) {
    unit = parseUnit(um[1]) ?? undefined;
    t = t.slice(0, um.index).trim();
  }
  let percent = false;
  if (t.endsWith("%")) {
    percent = true;
    t = t.slice(0, -1).trim();
  }
  let negative = false;
  if (/^[-−－]/.test(t)) {
    negative = true;
    t = t.slice(1).trim();
  } else if (/^\(.*\)$/.test(t)) {
    negative = true; // accounting style (1,234.00)
    t = t.slice(1, -1).trim();
  }
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^\.\d+$/.test(t)) {
    return amountInSentence(original) ?? { kind: "unreadable", text: original.trim() };
  }
  const dot = t.indexOf(".");
  const decimals = dot < 0 ? 0 : t.length - dot - 1;
  let value = Number(t.replace(/,/g, ""));
  if (!Number.isFinite(value)) return { kind: "unreadable", text: original.trim() };
  if (negative) value = -value;
  if (percent) value = value / 100;
  const read: AmountRead = { kind: "number", value, decimals, percent };
  if (unit) read.unit = unit;
  if (period) read.period = period;
  if (listed) read.parts = listed;
  return read;
}

/**
 * A sentence stating one sum of money right after naming the money (`财政补助资金30万元，依据项目实际投资金额按同比例分配…`):
 * that sum, in the unit it writes. Only with its unit and a clause after it, and no other figure in the text: a
 * sentence naming two sums (or a rate, a date) stays unreadable, as it cannot say which is the cell's.
 */
const SUM_IN_SENTENCE = /^[^\d]*?(?:资金|金额|经费)(?:为|共|计|合计)?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(亿元|万元|元)[，,；;。][^\d]*$/;

function amountInSentence(original: string): AmountRead | null {
  const m = SUM_IN_SENTENCE.exec(toHalfWidth(original).replace(/[\s\u00a0]+/g, ""));
  if (!m) return null;
  const digits = m[1].replace(/,/g, "");
  const dot = digits.indexOf(".");
  const unit = parseUnit(m[2]);
  const read: AmountRead = { kind: "number", value: Number(digits), decimals: dot < 0 ? 0 : digits.length - dot - 1, percent: false };
  if (unit) read.unit = unit;
  return read;
}

/** One named amount of a bracketed list (`道路硬化180万元`), in its own unit if it writes one. */
export interface AmountPart {
  value: number;
  decimals: number;
  unit?: Unit;
}

const LISTED_PART = /^\D*?[^\d\s,.]\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(亿元|万元|元|亿|万)?$/;

/**
 * The uses or sources a bracketed note lists after an amount (`高标准农田建设300万元,示范建设320万元`): two or
 * more, each a name and its amount, all of the whole. A share (其中…, 含…, 包括…) or a note (暂定) is no such list.
 */
function partsListed(note: string): AmountPart[] | null {
  const n = note.trim();
  if (/^(其中|含|包括|包含|另)/.test(n)) return null;
  const pieces = n.split(/[;；、]|,(?!\d{3}(?:\D|$))/).map((x) => x.trim()).filter((x) => x !== "");
  if (pieces.length < 2) return null;
  const out: AmountPart[] = [];
  for (const p of pieces) {
    const m = LISTED_PART.exec(p);
    if (!m) return null;
    const digits = m[1].replace(/,/g, "");
    const dot = digits.indexOf(".");
    const part: AmountPart = { value: Number(digits), decimals: dot < 0 ? 0 : digits.length - dot - 1 };
    const unit = m[2] ? parseUnit(m[2]) : null;
    if (unit) part.unit = unit;
    out.push(part);
  }
  return out;
}

/** The period annotation in a header or caption (`1-8 月实际支出`), if any. */
export function periodInText(text: string): Period | null {
  const m = PERIOD.exec(toHalfWidth(text));
  if (!m) return null;
  const from = Number(m[1]);
  const to = Number(m[2]);
  return from >= 1 && to <= 12 && from <= to ? { fromMonth: from, toMonth: to } : null;
}
