/**
 * Everything audit() does after recognition: pick the catalog and the as-of date, run the
 * chosen rule groups over the recognised tables, order the findings. Kept apart from
 * recognition so that rules can be run on tables built by hand (tests, the pane's edits).
 */
import type { AuditInput, AuditResult, CheckGroup } from "../api";
import type { IsoDate } from "../dates";
import { summarise, type Finding } from "../findings";
import { sortFindings } from "./order";
import { withDefaults, type AuditSettings } from "../settings";
import type { RecognitionResult, RecognisedTable } from "../tables/types";
import { BUILTIN_CATALOG } from "../catalog/builtin";
import { catalogFromTables } from "../catalog/fromTables";
import { CatalogIndex } from "../catalog/match";
import type { Catalog } from "../catalog/types";
import { checkCaps } from "./caps";
import { checkComposition } from "./composition";
import { checkExecution } from "./execution";
import { checkUnreadable } from "./input";
import { checkRegister } from "./register";
import { validateSettings } from "./validateSettings";

export const CHECK_GROUPS: readonly CheckGroup[] = ["caps", "composition", "execution"];

export function auditRecognised(recognition: RecognitionResult, input: AuditInput): AuditResult {
  const settings = withDefaults(input.settings);
  validateSettings(settings);
  const { tables, unreadable } = recognition;
  const catalog: Catalog = input.catalog ?? catalogFromTables(tables) ?? BUILTIN_CATALOG;
  const { asOf, asOfSource } = pickAsOf(settings, tables);
  const groups = new Set<CheckGroup>(input.checks && input.checks.length > 0 ? input.checks : CHECK_GROUPS);

  const findings: Finding[] = [];
  const add = (list: Finding[]) => {
    for (const f of list) findings.push(f);
  };
  let index: CatalogIndex | null = null;
  for (const t of tables) {
    if (t.kind === "register" && groups.has("caps")) {
      index ??= new CatalogIndex(catalog);
      add(checkCaps(t, index, catalog.name, settings));
      add(checkRegister(t, index, settings));
    } else if (t.kind === "composition" && groups.has("composition")) {
      add(checkComposition(t, settings));
    } else if (t.kind === "execution" && groups.has("execution")) {
      add(checkExecution(t, asOf, settings));
    }
  }
  add(checkUnreadable(unreadable, settings));

  const sheetOrder: string[] = input.sheets.map((s) => s.name);
  for (const t of tables) if (!sheetOrder.includes(t.sheet)) sheetOrder.push(t.sheet);
  const sorted = sortFindings(findings, sheetOrder);

  return { asOf, asOfSource, settings, tables, catalog, findings: sorted, summary: summarise(sorted) };
}

/** The as-of date: as set, else the latest `1-8 月` a table states, else today. */
export function pickAsOf(
  settings: AuditSettings,
  tables: readonly RecognisedTable[],
): { asOf: IsoDate; asOfSource: AuditResult["asOfSource"] } {
  if (settings.asOf) return { asOf: settings.asOf, asOfSource: "setting" };
  let latest: IsoDate | null = null;
  for (const t of tables) {
    if (t.kind !== "execution") continue;
    const rows = t.total ? [...t.rows, t.total] : t.rows;
    for (const r of rows) for (const y of r.years) if (y.asOf && (latest === null || y.asOf > latest)) latest = y.asOf;
  }
  if (latest) return { asOf: latest, asOfSource: "table" };
  return { asOf: settings.today, asOfSource: "today" };
}
