/**
 * The district FUND.INDISTRICT judges against when its `district` argument is blank: the task
 * pane's setting (设置 → 区县), which the pane keeps in the workbook's document settings under
 * SETTING_KEYS.settings; else 闵行 (the core's default).
 *
 * Why reading it here is sound: the manifest runs the functions in the pane's shared runtime
 * (<Runtimes> with SharedRuntime 1.1; functions, commands and pane on taskpane.html), where
 * "custom functions can call Office.js APIs to read spreadsheet document data"
 * (https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime).
 * Office.context.document.settings is loaded with the document when the add-in starts and get()
 * reads its in-memory copy (https://learn.microsoft.com/javascript/api/office/office.settings), the
 * same copy the pane's set() changes — so a changed setting is seen at the next calculation.
 * Nothing tells Excel to recalculate when it changes: an INDISTRICT without a district argument
 * keeps its value until the cell is recalculated (the function is not volatile).
 */
import { DEFAULT_SETTINGS } from "../core/settings";
import type { DocumentSettings } from "../office/excel-run";
import { SETTING_KEYS } from "../workbook-gateway";

interface OfficeLike {
  onReady?: () => Promise<unknown>;
  context?: { document?: { settings?: DocumentSettings } };
}

function office(): OfficeLike | undefined {
  return (globalThis as { Office?: OfficeLike }).Office;
}

/** The district setting stored in the document (as the pane stores it), else the default. */
export function settingDistrict(settings: DocumentSettings | null | undefined = documentSettings()): string {
  try {
    const stored = settings?.get(SETTING_KEYS.settings) as { district?: unknown } | null | undefined;
    // The pane stores only a non-blank district (pane-settings.ts sanitiseStored reads it the same way).
    if (stored && typeof stored.district === "string" && stored.district.trim() !== "") return stored.district.trim();
  } catch {
    // A host without document settings: the default serves.
  }
  return DEFAULT_SETTINGS.district;
}

function documentSettings(): DocumentSettings | null {
  try {
    return office()?.context?.document?.settings ?? null;
  } catch {
    return null;
  }
}

/**
 * Waits for Office.js to be initialised, so the document's settings are there when the first
 * calculation runs (Office.onReady resolves at once once it is; outside Office with host null).
 */
export async function officeReady(): Promise<void> {
  const onReady = office()?.onReady;
  if (typeof onReady !== "function") return;
  try {
    await onReady.call(office());
  } catch {
    // Not in Office: nothing to wait for.
  }
}
