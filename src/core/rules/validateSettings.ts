/** Settings arrive from the command line, the pane and document settings: check them once, clearly. */
import { isoDate } from "../dates";
import type { AuditSettings } from "../settings";

export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SettingsError";
  }
}

function validIso(s: unknown): boolean {
  if (typeof s !== "string") return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && isoDate(Number(m[1]), Number(m[2]), Number(m[3])) === s;
}

/** Throws one SettingsError naming the first bad setting. */
export function validateSettings(s: AuditSettings): void {
  if (!validIso(s.today)) throw new SettingsError(`today must be a date YYYY-MM-DD, not ${JSON.stringify(s.today)}`);
  if (s.asOf !== undefined && !validIso(s.asOf))
    throw new SettingsError(`as-of must be a date YYYY-MM-DD, not ${JSON.stringify(s.asOf)}`);
  if (typeof s.tolerance !== "number" || !Number.isFinite(s.tolerance) || s.tolerance < 0 || s.tolerance > 100)
    throw new SettingsError(
      `tolerance must be between 0 and 100 percentage points, not ${JSON.stringify(s.tolerance)}`,
    );
  const d = /^(\d{2})-(\d{2})$/.exec(String(s.disbursementDeadline));
  if (!d || isoDate(2000, Number(d[1]), Number(d[2])) === null)
    throw new SettingsError(`disbursement deadline must be MM-DD, not ${JSON.stringify(s.disbursementDeadline)}`);
  if (s.lang !== "zh-CN" && s.lang !== "en-US")
    throw new SettingsError(`lang must be zh-CN or en-US, not ${JSON.stringify(s.lang)}`);
  if (s.progressMethod !== "month" && s.progressMethod !== "day")
    throw new SettingsError(`progress method must be month or day, not ${JSON.stringify(s.progressMethod)}`);
  if (typeof s.district !== "string") throw new SettingsError("district must be text");
  if (s.approvedBudget !== undefined && (typeof s.approvedBudget !== "number" || !Number.isFinite(s.approvedBudget)))
    throw new SettingsError(`approved budget must be an amount in 元, not ${JSON.stringify(s.approvedBudget)}`);
}
