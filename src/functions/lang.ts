/**
 * The language of the functions' messages and of FUND.STATUS's words: Office's display language
 * when the runtime exposes it, else zh-CN (the users are Chinese civil servants). Tests and the
 * bench set it explicitly.
 */
import type { Lang } from "../core/settings";

let override: Lang | null = null;

/** Fixes the language (null goes back to reading Office's display language). */
export function setLanguage(lang: Lang | null): void {
  override = lang;
}

/** "zh-CN", "zh-TW", "zh" → zh-CN; any other named language → en-US; nothing → zh-CN. */
export function langFromDisplayLanguage(display: unknown): Lang {
  if (typeof display !== "string" || display.trim() === "") return "zh-CN";
  return /^zh\b/i.test(display.trim()) ? "zh-CN" : "en-US";
}

export function currentLang(): Lang {
  if (override) return override;
  try {
    // Read at call time: the custom functions runtime may load Office.js after this module.
    const office = (globalThis as { Office?: { context?: { displayLanguage?: unknown } } }).Office;
    return langFromDisplayLanguage(office?.context?.displayLanguage);
  } catch {
    return "zh-CN";
  }
}
