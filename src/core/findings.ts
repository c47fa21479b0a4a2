/** Findings: what a rule says about one cell. Amounts are in 元, rates are fractions. */

export { RULES, RULE_IDS } from "./rules/all";

export type Severity = "error" | "warning" | "info";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/**
 * The rule identifiers of contract.md: extend, never rename. Each rule is a module of its kind
 * (src/core/kinds/<kind>/rules.ts) carrying its severity, titles and messages; rules/all.ts
 * gathers them into RULES and RULE_IDS.
 */
export type RuleId =
  | "cap.exceeded"
  | "cap.rate-exceeded"
  | "cap.unknown-policy"
  | "cap.no-cap"
  | "register.duplicate"
  | "register.invalid-credit-code"
  | "register.ineligible-location"
  | "register.late-disbursement"
  | "register.location-code-mismatch"
  | "register.paid-exceeds-award"
  | "register.unpaid"
  | "composition.line-mismatch"
  | "composition.line-rounded"
  | "composition.total-mismatch"
  | "composition.approved-mismatch"
  | "execution.rate-mismatch"
  | "execution.total-mismatch"
  | "execution.overspent"
  | "execution.behind-schedule"
  | "execution.no-spending"
  | "budget.overcommitted"
  | "ledger.actual-mismatch"
  | "ledger.unmatched-payment"
  | "ledger.overpaid"
  | "ledger.duplicate-payment"
  | "ledger.balance-mismatch"
  | "selfeval.rate-mismatch"
  | "selfeval.score-mismatch"
  | "selfeval.total-mismatch"
  | "selfeval.target-missed-full-score"
  | "selfeval.missing-explanation"
  | "selfeval.weights"
  | "selfeval.indicator-contradicted"
  | "catalog.unreadable-standard"
  | "input.unreadable-value";

/** Message parameters: plain values, formatted by the message catalogue in the user's language. */
export type MessageParams = Record<string, string | number | null>;

export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell the finding is about (the amount, rate or total cell). */
  cell: string;
  /** The message in the language the audit ran in. */
  message: string;
  actual?: number;
  expected?: number;
  /** What the message was made from, so a pane can re-render it in another language. */
  params: MessageParams;
  /** Sheet row (0-based) of the record the finding is about, for sorting and grouping. */
  row: number;
}

export interface FindingSummary {
  error: number;
  warning: number;
  info: number;
}

export function summarise(findings: readonly Finding[]): FindingSummary {
  const s: FindingSummary = { error: 0, warning: 0, info: 0 };
  for (const f of findings) s[f.severity]++;
  return s;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Error 0, warning 1, info 2: the order reports list severities in (rules/order.ts sorts by it). */
export function severityRank(s: Severity): number {
  return SEVERITY_ORDER[s];
}
