/**
 * The last ribbon command's result (a check run from the ribbon) at the top of the pane, while it
 * is newer than the pane's own last run. An open pane hears a new one through the "storage" event
 * (the commands run in another document of the same origin).
 */
import { useEffect, useState } from "react";
import { STATUS_STORAGE_KEY } from "../../commands/notifier";
import { usePane } from "../pane-context";
import { isNews, readRibbonStatus, type RibbonStatus } from "../ribbon-status";
import { DismissibleBar } from "./DismissibleBar";

export function RibbonStatusBar({ storage, lastRunAt }: { storage: Storage | undefined; lastRunAt: string | null }) {
  const { t, lang } = usePane();
  const [status, setStatus] = useState<RibbonStatus | null>(() => readRibbonStatus(storage));
  const [dismissedAt, setDismissedAt] = useState<string | null>(null);

  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key === STATUS_STORAGE_KEY) setStatus(readRibbonStatus(storage));
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [storage]);

  if (!isNews(status, lastRunAt, dismissedAt)) return null;
  const time = new Date(status.at).toLocaleTimeString(lang, { hour: "2-digit", minute: "2-digit" });
  return (
    <DismissibleBar intent={status.intent} title={t("ribbon.title", { time })} onDismiss={() => setDismissedAt(status.at)} testId="ribbon-status">
      {status.message}
    </DismissibleBar>
  );
}
