/**
 * One run of the checks as the pane does it: read the workbook through the gateway (in chunks,
 * reporting progress, cancellable), then call the core's audit(). The audit runs once over every
 * sheet, as the command line does, so the pane and `subsidy-audit check` report the same findings;
 * the pane yields to the event loop before and after it so the progress bar paints and the cancel
 * button answers.
 */
import type { AuditResult } from "../core/api";
import type { SheetGrid } from "../core/grid";
import type { ColumnMapping } from "../core/tables/types";
import type { Geography } from "../core/geo/geography";
import { GatewayError, type ReadScope, type WorkbookGateway } from "../workbook-gateway";
import { toAuditSettings, type PaneSettings } from "./pane-settings";

export type RunPhase = { phase: "reading"; done: number; total: number } | { phase: "auditing" };

export interface AuditRequest {
  settings: PaneSettings;
  mappings: ColumnMapping[];
  today: string;
  signal?: AbortSignal;
  /**
   * The district's geography, asked for once the grids are read (its load may have started with
   * the read, so both go on at once); a rejection (a district that names no area) ends the run.
   */
  geography?: () => Promise<Geography | undefined>;
}

const yieldToEventLoop = () => new Promise<void>((r) => setTimeout(r, 0));

function throwIfCancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw new GatewayError("cancelled", "The check was cancelled.");
}

/** True for a cancelled run, however the cancel surfaced (our signal, the gateway, the DOM). */
export function isCancel(e: unknown): boolean {
  return (
    (e instanceof GatewayError && e.code === "cancelled") ||
    (e instanceof Error && e.name === "AbortError") ||
    (typeof DOMException !== "undefined" && e instanceof DOMException && e.name === "AbortError")
  );
}

/** Audits grids already read (re-runs after a settings or mapping change reuse the last read). */
export async function auditGrids(sheets: SheetGrid[], req: AuditRequest): Promise<AuditResult> {
  // The engine loads on the first check, not with the page: the page's initial JavaScript has a budget
  // (scripts/webpack-plugins.js). The chunk comes from the add-in's own origin.
  const [geography, { audit }] = await Promise.all([req.geography?.(), import(/* webpackChunkName: "engine" */ "../core/audit")]);
  await yieldToEventLoop();
  throwIfCancelled(req.signal);
  const result = audit({
    sheets,
    settings: toAuditSettings(req.settings, req.today),
    mappings: req.mappings,
    ...(geography ? { geography } : {}),
  });
  await yieldToEventLoop();
  throwIfCancelled(req.signal);
  return result;
}

export async function readAndAudit(
  gateway: WorkbookGateway,
  scope: ReadScope,
  req: AuditRequest,
  onPhase: (p: RunPhase) => void
): Promise<{ sheets: SheetGrid[]; result: AuditResult }> {
  onPhase({ phase: "reading", done: 0, total: 0 });
  const sheets = await gateway.readSheets(scope, {
    signal: req.signal,
    onProgress: (p) => onPhase({ phase: "reading", done: p.done, total: p.total }),
  });
  throwIfCancelled(req.signal);
  onPhase({ phase: "auditing" });
  const result = await auditGrids(sheets, req);
  return { sheets, result };
}
