/**
 * How a ribbon command tells its result without blocking Excel. Excel has no toast API for
 * add-ins, and a dialog (displayDialogAsync) takes focus and needs its own page. So:
 * 1. the status goes to localStorage (same origin as the pane): an open pane shows it at once
 *    through the "storage" event, a pane opened later shows it on start;
 * 2. with a shared runtime (SharedRuntime 1.1) the pane is opened with Office.addin.showAsTaskpane(),
 *    which returns at once and never blocks the grid.
 * Without a shared runtime the highlights on the sheet are the visible result.
 */
import type { CommandStatus, Notifier } from "./run-check";

export const STATUS_STORAGE_KEY = "subsidy-audit:last-command";

export function storageNotifier(storage: Pick<Storage, "setItem"> | undefined, showPane: (() => Promise<void>) | undefined): Notifier {
  return {
    async notify(status: CommandStatus) {
      const record = { ...status, at: new Date().toISOString() };
      storage?.setItem(STATUS_STORAGE_KEY, JSON.stringify(record));
      if (showPane) await showPane();
    },
  };
}
