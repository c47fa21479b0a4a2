/** Settings every check reads. Defaults are contract.md's. */
import type { IsoDate } from "./dates";

export type Lang = "zh-CN" | "en-US";
export type ProgressMethod = "month" | "day";

export interface AuditSettings {
  lang: Lang;
  /** The district an enterprise must be registered and tax-registered in. */
  district: string;
  /** Percentage points below time progress that still count as on pace. */
  tolerance: number;
  progressMethod: ProgressMethod;
  /** Month and day (MM-DD) by which a year's subsidies must be disbursed. */
  disbursementDeadline: string;
  /** The as-of date; when absent it is inferred from the tables (`1-8 月`), else `today`. */
  asOf?: IsoDate;
  /** Today's date, given by the caller (the core has no clock). */
  today: IsoDate;
  /** The approved budget in 元 the composition must sum to, when not stated in the workbook. */
  approvedBudget?: number;
}

export const DEFAULT_SETTINGS: Omit<AuditSettings, "today"> = {
  lang: "zh-CN",
  district: "闵行",
  tolerance: 5,
  progressMethod: "month",
  disbursementDeadline: "11-30",
};

export function withDefaults(s: Partial<AuditSettings> & { today: IsoDate }): AuditSettings {
  return { ...DEFAULT_SETTINGS, ...stripUndefined(s) } as AuditSettings;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
