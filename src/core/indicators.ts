/**
 * The performance indicators a fund's own workbook can measure, and whether a stated value agrees:
 * - 执行率: reported spending / budget for the year (execution table);
 * - 资金拨付及时性: the share of the year's award payments made by its disbursement deadline
 *   (the registers' 拨付日期, else the ledgers' payments to payees);
 * - 扶持对象资质相符率: the share of the year's awards with no eligibility finding (registered
 *   outside the district, an invalid credit code, a duplicate application);
 * - 应补尽补率: the share of the year's approved awards that the workbook shows paid.
 * A share rests on records: with none, nothing is measured. The two payment shares are final only
 * once the year's deadline has passed; the rate once the year has ended: before that a stated
 * year-end value cannot be contradicted by the data so far.
 */
import { CatalogIndex } from "./catalog/match";
import type { Catalog } from "./catalog/types";
import type { IsoDate } from "./dates";
import type { Finding, RuleId } from "./findings";
import { PaidAwards, budgets, flowKey, reportedSpending } from "./flow";
import type { LedgerTable } from "./kinds/ledger/types";
import type { RegisterTable } from "./kinds/register/types";
import { parseTarget, targetMet } from "./kinds/selfeval/target";
import type { AuditSettings } from "./settings";
import type { TableBase } from "./tables/base";
import { toHalfWidth } from "./text";

export type Measure = "executionRate" | "timeliness" | "eligibility" | "coverage";

/** Findings that say an award's recipient did not qualify. */
export const ELIGIBILITY_RULES: readonly RuleId[] = ["register.ineligible-location", "register.invalid-credit-code", "register.duplicate"];

const NAMES: [RegExp, Measure][] = [
  [/执行率/, "executionRate"],
  [/(拨付|支付|兑付|到位)(的)?(及时|时效)|及时(拨付|支付|兑付)/, "timeliness"],
  [/(资质|资格|条件)(相符|符合)|相符率/, "eligibility"],
  [/应补尽补|应享尽享|(补贴|资金|奖励)(兑现|发放)率/, "coverage"],
];

/** What the data measures for an indicator, by its name (`扶持对象资质相符率` → eligibility). */
export function measureOf(name: string): Measure | null {
  const n = toHalfWidth(name).replace(/\s+/g, "");
  for (const [re, m] of NAMES) if (re.test(n)) return m;
  return null;
}

export interface Measured {
  /** A fraction (0.975 for 97.5%). */
  value: number;
  /** The records a share rests on: `count` of `of`; null for a rate. */
  basis: { of: number; count: number } | null;
  /** True once the value can no longer change for the year (see the module note). */
  final: boolean;
}

export interface MeasureInput {
  tables: readonly TableBase[];
  catalog: Catalog;
  asOf: IsoDate;
  settings: AuditSettings;
  findings: readonly Finding[];
}

/** Each measure the data allows for a year; absent when the workbook holds nothing to measure it by. */
export function measureYear(input: MeasureInput, year: number): Partial<Record<Measure, Measured>> {
  const out: Partial<Record<Measure, Measured>> = {};
  const deadline = `${year}-${input.settings.disbursementDeadline}`;
  const afterDeadline = input.asOf > deadline;

  const budget = budgets(input.tables).get(flowKey(null, year));
  const spent = reportedSpending(input.tables).get(flowKey(null, year));
  if (budget && budget.value > 0 && spent) {
    out.executionRate = { value: spent.value / budget.value, basis: null, final: input.asOf >= `${year}-12-31` };
  }

  const registers = input.tables.filter((t): t is RegisterTable => t.kind === "register");
  const ledgers = input.tables.filter((t): t is LedgerTable => t.kind === "ledger");
  const awards = registers.flatMap((t) =>
    t.rows.filter((r) => (r.approved ?? 0) > 0 && (r.approvalYear ?? r.year ?? t.context?.year ?? year) === year).map((r) => ({ t, r })),
  );

  // Payment dates: each award's own (拨付日期) where the registers keep them, else the ledgers'
  // payments to a payee for the year's funds (a fund account's lump payments name no award).
  const dates: string[] = [];
  if (awards.some(({ t }) => t.col.paidOn !== undefined)) {
    for (const { r } of awards) if (r.paidOn) dates.push(r.paidOn);
  } else {
    for (const l of ledgers) for (const e of l.entries) if (e.paid && e.paid.value > 0 && e.date && e.year === year && (e.payee || e.creditCode)) dates.push(e.date);
  }
  if (dates.length > 0) {
    const onTime = dates.filter((d) => d <= deadline).length;
    out.timeliness = { value: onTime / dates.length, basis: { of: dates.length, count: onTime }, final: afterDeadline };
  }

  if (awards.length > 0) {
    const flagged = new Set(input.findings.filter((f) => ELIGIBILITY_RULES.includes(f.rule)).map((f) => `${f.sheet}|${f.row}`));
    const fit = awards.filter(({ t, r }) => !flagged.has(`${t.sheet}|${r.row}`)).length;
    out.eligibility = { value: fit / awards.length, basis: { of: awards.length, count: fit }, final: true };

    const paid = new PaidAwards(ledgers, new CatalogIndex(input.catalog));
    const known = awards.map(({ t, r }) => paid.of(t, r)).filter((x): x is boolean => x !== null);
    if (known.length > 0) {
      const yes = known.filter((x) => x).length;
      out.coverage = { value: yes / known.length, basis: { of: known.length, count: yes }, final: afterDeadline };
    }
  }
  return out;
}

/** Words that state a target as met, without a figure (及时, 按时, 已完成, 达标, 11月前…). */
const MET_WORDS = /^(是|已?完成|全部完成|达标|达到|及时|按时|全部|均已|合规|符合|\d{1,2}月(底|末)?(前|之前|以前)|年底前)/;

/**
 * Whether a stated value contradicts the measured one: a percentage off by more than its own
 * rounding, or a "met" in words while the measure misses the target (else falls short of 100%).
 * Null when the stated value cannot be read.
 */
export function contradicts(stated: string | number | null, measured: number, target: string | null): boolean | null {
  if (stated === null || stated === "") return null;
  const s = toHalfWidth(String(stated)).replace(/\s+/g, "");
  const pct = /^(\d+(?:\.(\d+))?)%$/.exec(s);
  if (pct || typeof stated === "number") {
    const value = pct ? Number(pct[1]) / 100 : (stated as number) > 1 ? (stated as number) / 100 : (stated as number);
    const decimals = pct ? (pct[2]?.length ?? 0) : 0; // a number cell's shown decimals are unknown: half a point
    return Math.abs(value - measured) > 0.5 * Math.pow(10, -decimals) / 100 + 1e-9;
  }
  if (MET_WORDS.test(s)) {
    const t = target === null ? null : parseTarget(target);
    if (t && t.kind === "number") return targetMet(t, `${Math.round(measured * 10000) / 100}%`) === false;
    return measured < 1 - 1e-9;
  }
  return null;
}
