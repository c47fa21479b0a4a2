/** Number formatting for messages: grouping by thousands, 元 / yuan, rates as percents. */
import type { Lang } from "../settings";

/** 4950000 → "4,950,000"; fen are shown only when there are any (1234.5 → "1,234.50"). */
export function groupNumber(n: number, decimals?: number): string {
  if (!Number.isFinite(n)) return String(n);
  const d = decimals ?? (Math.abs(n - Math.round(n)) < 0.005 ? 0 : 2);
  const fixed = Math.abs(n).toFixed(d);
  const dot = fixed.indexOf(".");
  const int = dot < 0 ? fixed : fixed.slice(0, dot);
  const frac = dot < 0 ? "" : fixed.slice(dot);
  let grouped = "";
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) grouped += ",";
    grouped += int[i];
  }
  const negative = n < 0 && Number(fixed) !== 0;
  return (negative ? "-" : "") + grouped + frac;
}

/** An amount in 元: "4,950,000 元" (zh-CN) / "4,950,000 yuan" (en-US). */
export function formatYuan(n: number, lang: Lang): string {
  return groupNumber(n) + (lang === "zh-CN" ? " 元" : " yuan");
}

/** A fraction as a percent with fixed decimals: 1.65 → "165.00%". */
export function formatRate(fraction: number, _lang: Lang, decimals = 2): string {
  if (!Number.isFinite(fraction)) return String(fraction);
  const d = Math.max(0, Math.min(10, Math.round(decimals)));
  return (fraction * 100).toFixed(d) + "%";
}

/** Percentage points: 50.56. */
export function formatPoints(points: number): string {
  return groupNumber(points, Number.isInteger(points) ? 0 : 2);
}
