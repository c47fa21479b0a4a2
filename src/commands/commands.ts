/**
 * Ribbon commands (ExecuteFunction): checkCaps, checkComposition, checkExecution,
 * clearHighlights — the names the manifest declares. Bodies live in run-check.ts; here they are
 * bound to Office and event.completed() is always called, also after an error.
 *
 * They are associated at the top level of this module, as Microsoft's function-command samples
 * do (https://learn.microsoft.com/office/dev/add-ins/develop/create-addin-commands#sample-code-for-function-commands),
 * not in an Office.onReady callback: the page loads this entry before the task pane's, so a
 * button pressed while the pane's bundle still loads finds its function. A command waits for
 * Office.onReady itself before it touches the workbook.
 */
import type { CheckGroup } from "../core/api";
import type { Lang } from "../core/settings";
import { OfficeGateway } from "../office/gateway";
import { loadGeography } from "../office/geography";
import { storageNotifier } from "./notifier";
import { type CommandDeps, command, localToday, runCheck, runClear } from "./run-check";

function displayLang(): Lang {
  const l = Office.context?.displayLanguage ?? "zh-CN";
  return l.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}

function showPaneIfShared(): (() => Promise<void>) | undefined {
  const shared = Office.context?.requirements?.isSetSupported("SharedRuntime", "1.1");
  return shared ? () => Office.addin.showAsTaskpane() : undefined;
}

function defaultStorage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

async function deps(): Promise<CommandDeps> {
  await Office.onReady();
  // The engine loads on the first command, not with the page (its initial JavaScript has a budget).
  const { audit } = await import(/* webpackChunkName: "engine" */ "../core/audit");
  const lang = displayLang();
  return {
    gateway: new OfficeGateway({ lang }),
    notifier: storageNotifier(defaultStorage(), showPaneIfShared()),
    audit,
    today: () => localToday(),
    lang,
    // The district's towns and areas, fetched from the add-in's own host: with the shared runtime the
    // manifest declares, the commands run in the pane's page ("run all of its code in a single shared
    // runtime … access to the DOM and CORS from all parts of your add-in",
    // https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime),
    // so assets/geo/ resolves beside taskpane.html. Only the register's checks ask for it.
    loadGeography: (district) => loadGeography(district),
  };
}

const check = (group: CheckGroup) => command((d) => runCheck(group, d), deps);

if (typeof Office !== "undefined" && Office.actions) {
  Office.actions.associate("checkCaps", check("caps"));
  Office.actions.associate("checkComposition", check("composition"));
  Office.actions.associate("checkExecution", check("execution"));
  Office.actions.associate("clearHighlights", command((d) => runClear(d), deps));
}
