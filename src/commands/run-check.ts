/**
 * The ribbon commands' bodies, free of Office: a gateway to read and mark the workbook, a
 * notifier to tell the user, the engine to run. commands.ts binds them to Office.actions.
 */
import { localIsoDate } from "../core/dates";
import type { AuditInput, AuditResult, CheckGroup } from "../core/api";
import type { FindingSummary } from "../core/findings";
import { DEFAULT_SETTINGS, type AuditSettings, type Lang } from "../core/settings";
import type { Geography } from "../core/geo/geography";
import { KINDS } from "../core/kinds/index";
import { geographyForRun, type GeographyLoader } from "../office/run-geography";
import type { ColumnMapping } from "../core/tables/types";
import type { WorkbookGateway } from "../workbook-gateway";
import { SETTING_KEYS } from "../workbook-gateway";
import { checkDoneMessage, clearedMessage, failedMessage } from "./messages";

export type CommandStatus =
  | { kind: "checked"; group: CheckGroup; summary: FindingSummary; count: number; message: string; lang: Lang }
  | { kind: "cleared"; message: string; lang: Lang }
  | { kind: "failed"; message: string; lang: Lang; code?: string };

/** Tells the user how a command went without blocking Excel. */
export interface Notifier {
  notify(status: CommandStatus): Promise<void> | void;
}

export interface CommandDeps {
  gateway: WorkbookGateway;
  notifier: Notifier;
  audit: (input: AuditInput) => AuditResult;
  /** Local date (YYYY-MM-DD) on the user's machine. */
  today: () => string;
  /** Language when the document has no setting. */
  lang: Lang;
  /** Loads the district's geography (the add-in's assets); without it places are judged by the district's name. */
  loadGeography?: GeographyLoader;
}

/** The groups whose checks judge places (the register's): only they need the geography. */
const PLACE_GROUPS: readonly CheckGroup[] = [KINDS.register.group];

/** Today's date in local time. */
export function localToday(d = new Date()): string {
  return localIsoDate(d);
}

async function storedSettings(deps: CommandDeps): Promise<Partial<AuditSettings>> {
  try {
    return (await deps.gateway.getSetting<Partial<AuditSettings>>(SETTING_KEYS.settings)) ?? {};
  } catch {
    return {}; // unreadable settings: run with the defaults rather than not at all
  }
}

async function tell(deps: CommandDeps, status: CommandStatus): Promise<void> {
  try {
    await deps.notifier.notify(status);
  } catch {
    // Telling failed (no pane, no storage): the highlights on the sheet still show the result.
  }
}

function describe(e: unknown): { message: string; code?: string } {
  const code = (e as { code?: unknown })?.code;
  const message = e instanceof Error ? e.message : String(e);
  return { message, code: typeof code === "string" ? code : undefined };
}

/** Reads the active sheet, runs one check group, highlights the findings, reports the count. */
export async function runCheck(group: CheckGroup, deps: CommandDeps): Promise<CommandStatus> {
  const stored = await storedSettings(deps);
  const lang: Lang = stored.lang ?? deps.lang;
  let status: CommandStatus;
  try {
    const { today: _ignored, ...rest } = stored as Partial<AuditSettings> & { today?: string };
    // Loaded while the sheet is read, as the pane does.
    const places =
      deps.loadGeography && PLACE_GROUPS.includes(group)
        ? geographyForRun(typeof rest.district === "string" ? rest.district : DEFAULT_SETTINGS.district, deps.loadGeography)
        : null;
    const sheets = await deps.gateway.readSheets("active");
    const mappings = (await deps.gateway.getSetting<ColumnMapping[]>(SETTING_KEYS.mappings).catch(() => undefined)) ?? undefined;
    const outcome = await places;
    // A district that names no area: one clear message, and no check judging places by it.
    if (outcome?.kind === "bad-district") throw new Error(outcome.error.text[lang]);
    const geography: Geography | undefined = outcome?.kind === "loaded" ? outcome.geography : undefined;
    const result = deps.audit({ sheets, settings: { ...rest, lang, today: deps.today() }, checks: [group], mappings, ...(geography ? { geography } : {}) });
    const marked = await deps.gateway.highlight(result.findings, { lang });
    const count = result.findings.length;
    const noPlaces = outcome?.kind === "unavailable" ? outcome.text[lang] : undefined;
    const message = [checkDoneMessage(group, result.summary, lang), marked?.notice, noPlaces].filter(Boolean).join(" ");
    status = { kind: "checked", group, summary: result.summary, count, message, lang };
  } catch (e) {
    const d = describe(e);
    status = { kind: "failed", message: failedMessage(d.message, lang), code: d.code, lang };
  }
  await tell(deps, status);
  return status;
}

export async function runClear(deps: CommandDeps): Promise<CommandStatus> {
  const stored = await storedSettings(deps);
  const lang: Lang = stored.lang ?? deps.lang;
  let status: CommandStatus;
  try {
    const out = await deps.gateway.clearHighlights();
    status = { kind: "cleared", message: [clearedMessage(lang), out?.notice].filter(Boolean).join(" "), lang };
  } catch (e) {
    const d = describe(e);
    status = { kind: "failed", message: failedMessage(d.message, lang), code: d.code, lang };
  }
  await tell(deps, status);
  return status;
}

/** Wraps a command body so Office always hears that the command finished, also after an error. */
export function command(body: (d: CommandDeps) => Promise<unknown>, makeDeps: () => CommandDeps | Promise<CommandDeps>) {
  return async (event: { completed: () => void }): Promise<void> => {
    try {
      await body(await makeDeps());
    } catch {
      // run-check reports its own failures; anything else must still complete the event
    } finally {
      event.completed();
    }
  };
}
