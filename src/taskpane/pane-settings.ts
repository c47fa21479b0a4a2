/**
 * The pane's settings: what the user chose in 设置 and on the execution panel. They are kept in
 * the workbook's document settings so they travel with the file, and turned into the core's
 * AuditSettings for every run. Form fields keep the text exactly as typed; only valid values are
 * stored.
 */
import { DEFAULT_SETTINGS, type AuditSettings, type Lang, type ProgressMethod } from "../core/settings";
import { isoDate, type IsoDate } from "../core/dates";
import { SETTING_KEYS, type WorkbookGateway } from "../workbook-gateway";
import type { ColumnMapping } from "../core/tables/types";

/** The core's settings the user can choose (the core's meaning; `asOf` absent: inferred, else today). */
export type PaneSettings = Pick<AuditSettings, "lang" | "district" | "tolerance" | "progressMethod" | "disbursementDeadline" | "asOf">;

export function defaultPaneSettings(lang: Lang): PaneSettings {
  return {
    lang,
    district: DEFAULT_SETTINGS.district,
    tolerance: DEFAULT_SETTINGS.tolerance,
    progressMethod: DEFAULT_SETTINGS.progressMethod,
    disbursementDeadline: DEFAULT_SETTINGS.disbursementDeadline,
  };
}

/** The form as typed. */
export interface SettingsForm {
  lang: Lang;
  district: string;
  tolerance: string;
  progressMethod: ProgressMethod;
  disbursementDeadline: string;
  asOf: string;
}

export function toForm(s: PaneSettings): SettingsForm {
  return {
    lang: s.lang,
    district: s.district,
    tolerance: String(s.tolerance),
    progressMethod: s.progressMethod,
    disbursementDeadline: s.disbursementDeadline,
    asOf: s.asOf ?? "",
  };
}

/** Reasons, as keys of the pane's strings, for each field that does not hold a usable value. */
export type SettingsProblem = "invalidDistrict" | "invalidTolerance" | "invalidDeadline" | "invalidDate";

/** The problem of each typed field that is not usable (language and method cannot be wrong). */
export type SettingsProblems = Partial<Record<"district" | "tolerance" | "disbursementDeadline" | "asOf", SettingsProblem>>;

export function parseTolerance(text: string): number | null {
  const t = text.trim();
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return n >= 0 && n <= 100 ? n : null;
}

export function parseDeadline(text: string): string | null {
  const m = /^(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  // Any year that has 29 February accepts 02-29.
  return isoDate(2000, Number(m[1]), Number(m[2])) ? `${m[1]}-${m[2]}` : null;
}

export function parseIsoDate(text: string): IsoDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** Checks the form: the settings when every field is usable, else the problem of each field. */
export function readForm(
  form: SettingsForm
): { ok: true; settings: PaneSettings } | { ok: false; problems: SettingsProblems } {
  const problems: SettingsProblems = {};
  const tolerance = parseTolerance(form.tolerance);
  const deadline = parseDeadline(form.disbursementDeadline);
  const asOf = form.asOf.trim() === "" ? undefined : parseIsoDate(form.asOf);
  if (form.district.trim() === "") problems.district = "invalidDistrict";
  if (tolerance === null) problems.tolerance = "invalidTolerance";
  if (deadline === null) problems.disbursementDeadline = "invalidDeadline";
  if (asOf === null) problems.asOf = "invalidDate";
  if (Object.keys(problems).length > 0 || tolerance === null || deadline === null || asOf === null) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    settings: {
      lang: form.lang,
      district: form.district,
      tolerance,
      progressMethod: form.progressMethod,
      disbursementDeadline: deadline,
      ...(asOf ? { asOf } : {}),
    },
  };
}

/** What audit() is given: the pane's settings and today (the core has no clock). */
export function toAuditSettings(s: PaneSettings, today: IsoDate): Partial<AuditSettings> & { today: IsoDate } {
  return { ...s, today };
}

/** Reads stored settings, keeping only well-formed values (a hand-edited document may hold anything). */
export function sanitiseStored(stored: unknown, fallback: PaneSettings): PaneSettings {
  if (!stored || typeof stored !== "object") return fallback;
  const o = stored as Record<string, unknown>;
  const out: PaneSettings = { ...fallback };
  if (o.lang === "zh-CN" || o.lang === "en-US") out.lang = o.lang;
  if (typeof o.district === "string" && o.district.trim() !== "") out.district = o.district;
  if (typeof o.tolerance === "number" && o.tolerance >= 0 && o.tolerance <= 100) out.tolerance = o.tolerance;
  if (o.progressMethod === "month" || o.progressMethod === "day") out.progressMethod = o.progressMethod;
  if (typeof o.disbursementDeadline === "string" && parseDeadline(o.disbursementDeadline)) {
    out.disbursementDeadline = o.disbursementDeadline;
  }
  if (typeof o.asOf === "string" && parseIsoDate(o.asOf)) out.asOf = o.asOf;
  return out;
}

export async function loadPaneSettings(gateway: WorkbookGateway, fallback: PaneSettings): Promise<PaneSettings> {
  return sanitiseStored(await gateway.getSetting<unknown>(SETTING_KEYS.settings), fallback);
}

export async function loadMappings(gateway: WorkbookGateway): Promise<ColumnMapping[]> {
  const stored = await gateway.getSetting<unknown>(SETTING_KEYS.mappings);
  return Array.isArray(stored) ? (stored.filter(isMapping) as ColumnMapping[]) : [];
}

function isMapping(m: unknown): boolean {
  if (!m || typeof m !== "object") return false;
  const o = m as Record<string, unknown>;
  return typeof o.sheet === "string" && !!o.columns && typeof o.columns === "object";
}
