/**
 * The last ribbon command's result, as src/commands/notifier.ts leaves it in localStorage (the
 * ribbon has no toast, so the pane shows it). Read defensively: the value is whatever the last
 * command (of any version of the add-in) wrote.
 */
import { STATUS_STORAGE_KEY } from "../commands/notifier";
import type { NoticeIntent } from "./pane-context";

export interface RibbonStatus {
  /** When the command finished (ISO timestamp written by the notifier). */
  at: string;
  /** The command's own message, in the language it ran in. */
  message: string;
  intent: NoticeIntent;
}

/** The stored status, or null when there is none or it is not one the notifier writes. */
export function parseRibbonStatus(raw: string | null): RibbonStatus | null {
  if (!raw) return null;
  let o: unknown;
  try {
    o = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!o || typeof o !== "object") return null;
  const r = o as Record<string, unknown>;
  if (typeof r.message !== "string" || r.message.trim() === "") return null;
  if (typeof r.at !== "string" || Number.isNaN(Date.parse(r.at))) return null;
  return { at: r.at, message: r.message, intent: intentOf(r) };
}

/** A failed command is an error; a check that found errors a warning; anything else news. */
function intentOf(r: Record<string, unknown>): NoticeIntent {
  if (r.kind === "failed") return "error";
  const errors = (r.summary as { error?: unknown } | undefined)?.error;
  if (r.kind === "checked") return typeof errors === "number" && errors > 0 ? "warning" : "success";
  return "info";
}

/** Whether the status should show: present, newer than the pane's last run and not dismissed. */
export function isNews(status: RibbonStatus | null, lastRunAt: string | null, dismissedAt: string | null): status is RibbonStatus {
  if (!status || status.at === dismissedAt) return false;
  return lastRunAt === null || Date.parse(status.at) > Date.parse(lastRunAt);
}

/** Reads the stored status; storage may be missing or refuse access (privacy settings). */
export function readRibbonStatus(storage: Pick<Storage, "getItem"> | undefined): RibbonStatus | null {
  try {
    return parseRibbonStatus(storage?.getItem(STATUS_STORAGE_KEY) ?? null);
  } catch {
    return null;
  }
}
