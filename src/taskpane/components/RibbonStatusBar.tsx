/**
 * The last ribbon command's result (a check run from the ribbon) at the top of the pane, while it
 * is newer than the pane's own last run. An open pane hears a new one through the shared runtime
 * (the commands run in the same window: see ribbon-status.ts).
 */
import { useEffect, useState } from "react";
import { usePane } from "../pane-context";
import { currentRibbonStatus, isNews, subscribeRibbonStatus, type RibbonStatus } from "../ribbon-status";
import { DismissibleBar } from "./DismissibleBar";

export function RibbonStatusBar({ storage, lastRunAt }: { storage: Storage | undefined; lastRunAt: string | null }) {
  const { t, lang } = usePane();
  const [status, setStatus] = useState<RibbonStatus | null>(() => currentRibbonStatus(storage));
  const [dismissedAt, setDismissedAt] = useState<string | null>(null);

  useEffect(() => subscribeRibbonStatus(() => setStatus(currentRibbonStatus(storage))), [storage]);

  if (!isNews(status, lastRunAt, dismissedAt)) return null;
  const time = new Date(status.at).toLocaleTimeString(lang, { hour: "2-digit", minute: "2-digit" });
  return (
    <DismissibleBar intent={status.intent} title={t("ribbon.title", { time })} onDismiss={() => setDismissedAt(status.at)} testId="ribbon-status">
      {status.message}
    </DismissibleBar>
  );
}
