/**
 * How a ribbon command tells its result without blocking Excel. Excel has no toast API for
 * add-ins, and a dialog (displayDialogAsync) takes focus and needs its own page. So:
 * 1. the status is published in the shared runtime (status-channel.ts): an open task pane in the
 *    same runtime shows it at once, a pane opened later finds it there;
 * 2. it is also left in localStorage, for a pane loaded afresh;
 * 3. with a shared runtime (SharedRuntime 1.1) the pane is opened with Office.addin.showAsTaskpane(),
 *    which returns at once and never blocks the grid. Office ignores that call for add-ins from
 *    Microsoft Marketplace since 2026-02-23 (https://learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in),
 *    so the pane must also find the status when the user opens it (1 and 2).
 * Without a pane the highlights on the sheet are the visible result.
 */
import type { CommandStatus, Notifier } from "./run-check";
import { publishStatus } from "./status-channel";

export const STATUS_STORAGE_KEY = "subsidy-audit:last-command";

export function storageNotifier(storage: Pick<Storage, "setItem"> | undefined, showPane: (() => Promise<void>) | undefined): Notifier {
  return {
    async notify(status: CommandStatus) {
      const record = { ...status, at: new Date().toISOString() };
      publishStatus(record);
      try {
        storage?.setItem(STATUS_STORAGE_KEY, JSON.stringify(record));
      } catch {
        // Storage refused (privacy settings, quota): the runtime's own copy still reaches the pane.
      }
      if (showPane) await showPane();
    },
  };
}
