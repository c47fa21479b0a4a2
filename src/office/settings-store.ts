/**
 * Document settings (Office.context.document.settings): small values that travel with the
 * workbook — the pane's settings and column mappings. set() changes the runtime's in-memory copy
 * only; saveAsync() writes it into the document, so every set is followed by a save.
 */
import type { Lang } from "../core/settings";
import { GatewayError } from "../workbook-gateway";
import type { DocumentSettings } from "./excel-run";
import { strings } from "./strings";

export function getSetting<T>(settings: DocumentSettings, key: string): T | undefined {
  const v = settings.get(key);
  return v === null || v === undefined ? undefined : (v as T);
}

export function setSetting<T>(settings: DocumentSettings, key: string, value: T, lang: Lang): Promise<void> {
  settings.set(key, value);
  return new Promise((resolve, reject) => {
    settings.saveAsync((r) => {
      if (String(r.status) === "failed") reject(new GatewayError("unavailable", strings(lang).settingsNotSaved(r.error?.message ?? "")));
      else resolve();
    });
  });
}
