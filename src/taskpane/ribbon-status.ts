/**
 * The last ribbon command's result (the ribbon has no toast, so the pane shows it), as
 * src/commands/notifier.ts publishes it: in the shared runtime (status-channel.ts: the command
 * and the pane share one window, where the browser's storage event never fires) and in
 * localStorage (for a pane loaded afresh, or a pane in another document, which does hear the
 * storage event). Read defensively: the stored value is whatever the last command (of any
 * version of the add-in) wrote.
 */
import { STATUS_STORAGE_KEY } from "../commands/notifier";
import { RIBBON_STATUS_EVENT, lastPublished } from "../commands/status-channel";
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

/** The newest status: the one published in this runtime, or the stored one if newer. */
export function currentRibbonStatus(storage: Pick<Storage, "getItem"> | undefined): RibbonStatus | null {
  const published = lastPublished();
  const mine = published ? parseRibbonStatus(JSON.stringify(published)) : null;
  const stored = readRibbonStatus(storage);
  if (!mine) return stored;
  if (!stored) return mine;
  return Date.parse(stored.at) > Date.parse(mine.at) ? stored : mine;
}

/**
 * Calls `onChange` whenever a ribbon status may have arrived: published in this window (the
 * shared runtime), written by another document (the storage event), or when the pane is shown
 * again (Office.addin.onVisibilityModeChanged, SharedRuntime 1.1:
 * https://learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in). Returns the unsubscribe.
 */
export function subscribeRibbonStatus(onChange: () => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === STATUS_STORAGE_KEY) onChange();
  };
  window.addEventListener(RIBBON_STATUS_EVENT, onChange);
  window.addEventListener("storage", onStorage);
  let removeVisibility: (() => unknown) | null = null;
  let live = true;
  const addin = visibilityApi();
  if (addin) {
    addin
      .onVisibilityModeChanged((args) => {
        if (String(args.visibilityMode) === "Taskpane") onChange();
      })
      .then(
        (remove) => {
          if (live) removeVisibility = remove;
          else void remove();
        },
        () => undefined
      );
  }
  return () => {
    live = false;
    window.removeEventListener(RIBBON_STATUS_EVENT, onChange);
    window.removeEventListener("storage", onStorage);
    if (removeVisibility) void removeVisibility();
  };
}

type VisibilityApi = { onVisibilityModeChanged(handler: (args: { visibilityMode: unknown }) => void): Promise<() => unknown> };

/** Office.addin where the shared runtime offers it (SharedRuntime 1.1), else null. */
function visibilityApi(): VisibilityApi | null {
  try {
    if (typeof Office === "undefined" || !Office.context?.requirements?.isSetSupported("SharedRuntime", "1.1")) return null;
    const addin = (Office as unknown as { addin?: Partial<VisibilityApi> }).addin;
    return addin && typeof addin.onVisibilityModeChanged === "function" ? (addin as VisibilityApi) : null;
  } catch {
    return null;
  }
}
