/**
 * Ribbon commands (ExecuteFunction): checkCaps, checkComposition, checkExecution,
 * clearHighlights — the names the manifest declares. Bodies live in run-check.ts; here they are
 * bound to Office and event.completed() is always called, also after an error.
 */
import { audit } from "../core/audit";
import type { CheckGroup } from "../core/api";
import type { Lang } from "../core/settings";
import { OfficeGateway } from "../office/gateway";
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

function deps(): CommandDeps {
  const lang = displayLang();
  return {
    gateway: new OfficeGateway({ lang }),
    notifier: storageNotifier(typeof localStorage === "undefined" ? undefined : localStorage, showPaneIfShared()),
    audit,
    today: () => localToday(),
    lang,
  };
}

const check = (group: CheckGroup) => command((d) => runCheck(group, d), deps);

Office.onReady(() => {
  Office.actions.associate("checkCaps", check("caps"));
  Office.actions.associate("checkComposition", check("composition"));
  Office.actions.associate("checkExecution", check("execution"));
  Office.actions.associate("clearHighlights", command((d) => runClear(d), deps));
});
