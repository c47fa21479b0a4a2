/**
 * The last ribbon command's result, shared inside the runtime. With the shared runtime the
 * manifest declares (<Runtime lifetime="long">, SharedRuntime 1.1) the ribbon commands and the
 * task pane run in one window, and "the storage event fires when a storage area has been modified
 * in the context of another document" (https://developer.mozilla.org/docs/Web/API/Window/storage_event):
 * never in the window that wrote it. So a command publishes here: the status is kept in this
 * module (one instance per page: webpack's single runtime chunk) and announced with an event the
 * add-in owns on that window. A pane opened later reads it from here (or, after a reload, from
 * localStorage, where the notifier also leaves it).
 */
import type { CommandStatus } from "./run-check";

/** The window event a command's result is announced with (detail: StatusRecord). */
export const RIBBON_STATUS_EVENT = "subsidy-audit:ribbon-status";

export type StatusRecord = CommandStatus & { at: string };

let last: StatusRecord | null = null;

/** Keeps the status and tells every listener in this window at once. */
export function publishStatus(record: StatusRecord): void {
  last = record;
  if (typeof window !== "undefined" && typeof window.dispatchEvent === "function" && typeof CustomEvent === "function") {
    window.dispatchEvent(new CustomEvent(RIBBON_STATUS_EVENT, { detail: record }));
  }
}

/** The last status published in this runtime, if any. */
export function lastPublished(): StatusRecord | null {
  return last;
}

/** Forgets it (tests start from nothing). */
export function forgetPublished(): void {
  last = null;
}
