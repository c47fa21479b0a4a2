/**
 * Everything audit() does after recognition: pick the catalog and the as-of date, settle what the
 * catalog decides (which column or title names a list's policy item), run each kind's checks for
 * the chosen groups, order the findings. Kept apart from recognition so that rules can be run on
 * tables built by hand (tests, the pane's edits).
 */
import type { AuditInput, AuditResult } from "../api";
import type { IsoDate } from "../dates";
import { summarise, type Finding } from "../findings";
import { KINDS, CHECK_GROUPS, type AnyKind, type CheckGroup } from "../kinds/index";
import type { CheckEnv } from "../kinds/define";
import { resolveBase, resolveItems, resolveMoreBases } from "../kinds/register/resolve";
import { resolvePaidBase } from "../kinds/register/paidBase";
import { resolveNotedBase } from "../kinds/register/notedBase";
import { resolveInterestBase } from "../kinds/register/interestBase";
import { sortFindings } from "./order";
import { withDefaults, type AuditSettings } from "../settings";
import type { ExecutionTable, RecognitionResult, RecognisedTable } from "../tables/types";
import type { RegisterTable } from "../kinds/register/types";
import { YEAR_UNSTATED } from "../kinds/execution/read";
import { BUILTIN_CATALOG } from "../catalog/builtin";
import { catalogFromTables } from "../catalog/fromTables";
import { CatalogIndex } from "../catalog/match";
import type { Catalog } from "../catalog/types";
import { tr } from "../i18n/localised";
import { checkUnreadable } from "./input";
import { validateSettings } from "./validateSettings";

export { CHECK_GROUPS };

export function auditRecognised(recognition: RecognitionResult, input: AuditInput): AuditResult {
  const settings = withDefaults(input.settings);
  validateSettings(settings);
  const { tables, unreadable } = recognition;
  const catalog: Catalog = input.catalog ?? catalogFromTables(tables) ?? BUILTIN_CATALOG;
  const index = new CatalogIndex(catalog);
  const { asOf, asOfSource } = pickAsOf(settings, tables);
  // Before the items: the year decides which year's catalog entry a title names.
  if (asOfSource !== "today") for (const t of tables) if (t.kind === "register") settleListYear(t, Number(asOf.slice(0, 4)));
  for (const t of tables) if (t.kind === "register") resolveItems(t, index, catalog.origin !== "builtin");
  for (const t of tables) if (t.kind === "register") catalogYear(t, index);
  // After the items and their years: which items are rates decides which column is their base.
  for (const t of tables) if (t.kind === "register") resolveBase(t, index);
  // The interest paid (付息金额) a catalog's 实际支付利息 names, over the loan read beside it.
  for (const t of tables) if (t.kind === "register") resolveInterestBase(t, index);
  // Then the base a note under the list names the award a share of (按审核通过的财务票据金额的25%).
  for (const t of tables) if (t.kind === "register") resolveNotedBase(t);
  // Then a sum paid the awards are shares of, left unread or beside its contract (合同金额 | 实付金额).
  for (const t of tables) if (t.kind === "register") resolvePaidBase(t);
  // Last, the bases of the other rate items, each in a column of its own beside the base settled.
  for (const t of tables) if (t.kind === "register") resolveMoreBases(t, index);
  for (const t of tables) if (t.kind === "execution") settleYears(t, Number(asOf.slice(0, 4)));
  const groups = new Set<CheckGroup>(input.checks && input.checks.length > 0 ? input.checks : CHECK_GROUPS);

  const env: CheckEnv = { settings, asOf, catalog, index, tables };
  if (input.geography) env.geography = input.geography;
  const findings: Finding[] = [];
  for (const t of tables) {
    const kind = KINDS[t.kind] as AnyKind;
    if (!groups.has(kind.group)) continue;
    const list = (kind.check as (t: RecognisedTable, env: CheckEnv) => Finding[])(t, env);
    for (const f of list) findings.push(f);
  }
  for (const f of checkUnreadable(unreadable, settings)) findings.push(f);
  // Reviews read the findings so far (an indicator measured by eligibility findings).
  const found = [...findings];
  for (const t of tables) {
    const kind = KINDS[t.kind] as AnyKind;
    if (!groups.has(kind.group) || !kind.review) continue;
    for (const f of (kind.review as (t: RecognisedTable, env: CheckEnv, findings: readonly Finding[]) => Finding[])(t, env, found)) findings.push(f);
  }

  const sheetOrder: string[] = input.sheets.map((s) => s.name);
  for (const t of tables) if (!sheetOrder.includes(t.sheet)) sheetOrder.push(t.sheet);
  const sorted = sortFindings(findings, sheetOrder);

  const result: AuditResult = { asOf, asOfSource, settings, tables, catalog, findings: sorted, summary: summarise(sorted), candidates: recognition.candidates ?? [] };
  // A shared district name the workbook settled: the user learns which district every place was judged by.
  const settled = input.geography?.settled;
  if (settled) result.notices = [{ about: "district", message: tr(settled.because, settings.lang), text: settled.because }];
  // A development zone named as the fund's area: the user learns which city or district places were judged by.
  const zone = input.geography?.zone;
  if (zone) result.notices = [...(result.notices ?? []), { about: "district", message: tr(zone.because, settings.lang), text: zone.because }];
  // A district named by its former name (九江县, now 柴桑区): the user learns which district places were judged by.
  const former = input.geography?.former;
  if (former) result.notices = [...(result.notices ?? []), { about: "district", message: tr(former.because, settings.lang), text: former.because }];
  return result;
}

/** Figures of a table that states no year are the as-of year's. */
function settleYears(t: ExecutionTable, year: number): void {
  for (const r of [...t.rows, ...(t.totals ?? (t.total ? [t.total] : []))]) for (const y of r.years) if (y.year === YEAR_UNSTATED) y.year = year;
  for (const g of t.groupBudgets) if (g.year === YEAR_UNSTATED) g.year = year;
}

/**
 * A list with no year column whose title gives none (or only the year a batch of firms was named)
 * is the as-of year's, when the as-of date was set or a table states it; today is no evidence.
 */
function settleListYear(t: RegisterTable, year: number): void {
  if (t.col.year !== undefined || (t.context?.year ?? null) !== null) return;
  t.store.fillYear(year);
}

/**
 * A list stating no year whose title or kinds name catalog items (特色专业园区奖补 by 园区类型) each held
 * for one year only, the same: the money is that year's, as the caps checked are that entry's.
 */
function catalogYear(t: RegisterTable, index: CatalogIndex): void {
  if (t.col.year !== undefined || (t.context?.year ?? null) !== null || (t.itemFrom !== "title" && t.itemFrom !== "group")) return;
  const s = t.store;
  const years = new Set<number | null>();
  for (let k = 0; k < s.length && years.size < 2; k++) {
    if (s.year(k) !== null) return;
    const item = s.item(k);
    if (item) years.add(index.onlyYear(item));
  }
  const [year] = [...years];
  if (years.size === 1 && year !== null && year !== undefined) s.fillYear(year);
}

/** The as-of date: as set, else the latest `1-8 月` or `截至…` a table states, else today. */
export function pickAsOf(
  settings: AuditSettings,
  tables: readonly RecognisedTable[],
): { asOf: IsoDate; asOfSource: AuditResult["asOfSource"] } {
  if (settings.asOf) return { asOf: settings.asOf, asOfSource: "setting" };
  let latest: IsoDate | null = null;
  for (const t of tables) {
    if (t.kind !== "execution") continue;
    const rows = [...t.rows, ...(t.totals ?? (t.total ? [t.total] : []))];
    for (const r of rows) for (const y of r.years) if (y.asOf && (latest === null || y.asOf > latest)) latest = y.asOf;
    const stated = t.context?.asOf;
    if (stated && (latest === null || stated > latest)) latest = stated;
  }
  if (latest) return { asOf: latest, asOfSource: "table" };
  return { asOf: settings.today, asOfSource: "today" };
}
