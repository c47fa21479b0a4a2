/** What every panel needs: the workbook, the language, the last result and the pane's actions. */
import { createContext, useContext } from "react";
import type { AuditResult } from "../core/api";
import type { SheetGrid } from "../core/grid";
import type { Lang } from "../core/settings";
import type { ColumnMapping } from "../core/tables/types";
import type { ReadScope, WorkbookGateway } from "../workbook-gateway";
import type { Translate } from "./i18n";
import type { PaneSettings } from "./pane-settings";

export type NoticeIntent = "success" | "error" | "warning" | "info";

export interface Notice {
  id: number;
  intent: NoticeIntent;
  title?: string;
  text: string;
}

export interface PaneContextValue {
  gateway: WorkbookGateway;
  lang: Lang;
  t: Translate;
  settings: PaneSettings;
  mappings: ColumnMapping[];
  result: AuditResult | null;
  /** The grids of the last read (re-runs after a change of settings or mappings reuse them). */
  sheets: SheetGrid[] | null;
  running: boolean;
  /** Reads the workbook and runs every check. */
  run: (scope?: ReadScope) => Promise<void>;
  /** Stores new settings in the workbook and, when a result is shown, checks again with them. */
  saveSettings: (s: PaneSettings) => Promise<void>;
  /** Stores new column mappings in the workbook and checks again. */
  saveMappings: (m: ColumnMapping[]) => Promise<void>;
  /** Runs a workbook action (select, highlight, report…), showing its failure in a message bar. */
  act: (action: () => Promise<string | void>) => Promise<void>;
  notify: (intent: NoticeIntent, text: string, title?: string) => void;
  goToTab: (tab: PanelId) => void;
}

export type PanelId = "overview" | "caps" | "composition" | "execution" | "flow" | "performance" | "catalog" | "settings";

export const PANELS: readonly PanelId[] = ["overview", "caps", "composition", "execution", "flow", "performance", "catalog", "settings"];

export const PaneContext = createContext<PaneContextValue | null>(null);

export function usePane(): PaneContextValue {
  const v = useContext(PaneContext);
  if (!v) throw new Error("usePane outside the pane");
  return v;
}
