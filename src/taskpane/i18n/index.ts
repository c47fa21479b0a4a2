/** Looks up the pane's strings in the user's language and fills `{name}` parameters. */
import type { Lang } from "../../core/settings";
import { zhCN, type StringKey } from "./zh-CN";
import { enUS } from "./en-US";

export type { StringKey };
export type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

const TABLES: Record<Lang, Record<StringKey, string>> = { "zh-CN": zhCN, "en-US": enUS };

export const LANGS: readonly Lang[] = ["zh-CN", "en-US"];

/** The language names are shown in their own language, so a user can always find theirs. */
export const LANG_NAMES: Record<Lang, string> = { "zh-CN": "中文（简体）", "en-US": "English" };

export function fill(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export function translator(lang: Lang): Translate {
  const table = TABLES[lang];
  return (key, params) => fill(table[key], params);
}

/** zh-CN for any Chinese Office UI, else en-US. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return locale && /^zh/i.test(locale) ? "zh-CN" : "en-US";
}
