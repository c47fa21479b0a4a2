/** Text in both languages of the UI: zh-CN first (the users), en-US complete. */
import type { Lang } from "../settings";

export type Localised = Readonly<Record<Lang, string>>;

/** The text in `lang`, falling back to zh-CN. */
export function tr(text: Localised, lang: Lang): string {
  return text[lang] ?? text["zh-CN"];
}

/** `{ zh, en }` in the shape every module uses. */
export function both(zh: string, en: string): Localised {
  return { "zh-CN": zh, "en-US": en };
}
