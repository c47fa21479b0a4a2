/**
 * Dates as ISO strings (YYYY-MM-DD): comparable as text, free of time zones.
 * Cells hold Excel serial numbers (1900 date system) or text in the usual Chinese forms.
 */
import type { Cell } from "./grid";
import { meansNothing, toHalfWidth } from "./text";

export type IsoDate = string;

const DAY_MS = 86_400_000;

function pad(n: number, w = 2): string {
  return String(n).padStart(w, "0");
}

export function isoDate(y: number, m: number, d: number): IsoDate | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

export function lastDayOfMonth(y: number, m: number): IsoDate {
  return isoDate(y, m, daysInMonth(y, m)) as IsoDate;
}

/**
 * The calendar date of a moment in the machine's local time zone (the caller reads the clock:
 * the core has none). toISOString would give yesterday before 08:00 in China.
 */
export function localIsoDate(d: Date): IsoDate {
  return isoDate(d.getFullYear(), d.getMonth() + 1, d.getDate()) as IsoDate;
}

/** Excel serial (1900 system, with its phantom 1900-02-29) to an ISO date. */
export function serialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const whole = Math.floor(serial);
  const days = whole < 60 ? whole : whole - 1; // serial 60 is the day Excel invented
  const t = Date.UTC(1899, 11, 31) + days * DAY_MS;
  const d = new Date(t);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** ISO date to Excel serial. */
export function isoToSerial(iso: IsoDate): number {
  const [y, m, d] = iso.split("-").map(Number);
  const days = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 31)) / DAY_MS);
  return days >= 60 ? days + 1 : days;
}

/** Parses `2021-08-31`, `2021/8/31`, `2021.8.31`, `2021年8月31日`, `20210831`. */
export function parseDateText(text: string): IsoDate | null {
  // The common case first, without a regular expression: 2021-08-31 exactly.
  if (text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const y = digits(text, 0, 4);
    const m = digits(text, 5, 7);
    const d = digits(text, 8, 10);
    if (y >= 0 && m >= 0 && d >= 0) return y >= 1900 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? (text as IsoDate) : null;
  }
  const t = toHalfWidth(text).trim();
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})-(\d{2})-(\d{2})T/.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

export type DateRead = { kind: "date"; iso: IsoDate } | { kind: "nothing" } | { kind: "unreadable"; text: string };

/** Reads a date cell: a serial number, or text. Never throws. */
export function readDate(v: Cell | undefined): DateRead {
  if (v === null || v === undefined) return { kind: "nothing" };
  if (typeof v === "number") {
    const iso = serialToIso(v);
    return iso ? { kind: "date", iso } : { kind: "unreadable", text: String(v) };
  }
  if (typeof v === "boolean") return { kind: "unreadable", text: v ? "TRUE" : "FALSE" };
  const t = v.trim();
  if (t === "" || meansNothing(toHalfWidth(t))) return { kind: "nothing" };
  const iso = parseDateText(t);
  return iso ? { kind: "date", iso } : { kind: "unreadable", text: t };
}

/** Year from a year cell: 2021, "2021", "2021年", "2021 年度". */
export function readYear(v: Cell | undefined): number | null {
  if (typeof v === "number") return Number.isInteger(v) && v >= 1900 && v <= 9999 ? v : null;
  if (typeof v !== "string") return null;
  const m = /^\s*(\d{4})\s*(?:年度?)?\s*$/.exec(toHalfWidth(v));
  return m ? Number(m[1]) : null;
}

/** Day of the year, 1-based. */
export function dayOfYear(iso: IsoDate): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / DAY_MS) + 1;
}

export function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}

export function monthOf(iso: IsoDate): number {
  return Number(iso.slice(5, 7));
}

/** The decimal number of text[from, to) when it is all ASCII digits, else -1. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}
