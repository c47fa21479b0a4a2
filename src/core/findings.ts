/** Findings: what a rule says about one cell. Amounts are in 元, rates are fractions. */

export type Severity = "error" | "warning" | "info";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** The rule identifiers of contract.md. Extend, never rename. */
export const RULES = {
  "cap.exceeded": "error",
  "cap.rate-exceeded": "error",
  "cap.unknown-policy": "warning",
  "cap.no-cap": "info",
  "register.duplicate": "error",
  "register.invalid-credit-code": "error",
  "register.ineligible-location": "error",
  "register.late-disbursement": "warning",
  "composition.line-mismatch": "error",
  "composition.line-rounded": "info",
  "composition.total-mismatch": "error",
  "composition.approved-mismatch": "error",
  "execution.rate-mismatch": "error",
  "execution.total-mismatch": "error",
  "execution.overspent": "error",
  "execution.behind-schedule": "warning",
  "execution.no-spending": "warning",
  "input.unreadable-value": "warning",
} as const satisfies Record<string, Severity>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

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
