/**
 * Every rule the engine has, gathered from the kinds and the input rule: the contract's rule ids
 * with their severities, titles and messages, for whoever renders a finding.
 */
import type { MessageParams, RuleId, Severity } from "../findings";
import { KIND_LIST } from "../kinds/index";
import type { Lang } from "../settings";
import type { RuleDef } from "./define";
import { unreadableValue } from "./input";
import { tr } from "../i18n/localised";

export const ALL_RULES: readonly RuleDef[] = [...KIND_LIST.flatMap((k) => k.rules as readonly RuleDef[]), unreadableValue];

const BY_ID = new Map<string, RuleDef>(ALL_RULES.map((r) => [r.id, r]));

/** Rule id → severity, as contract.md lists them. */
export const RULES = Object.freeze(Object.fromEntries(ALL_RULES.map((r) => [r.id, r.severity]))) as Readonly<Record<RuleId, Severity>>;

export const RULE_IDS: readonly RuleId[] = ALL_RULES.map((r) => r.id);

export function ruleDef(id: string): RuleDef | undefined {
  return BY_ID.get(id);
}

export function ruleTitle(rule: string, lang: Lang): string {
  const r = BY_ID.get(rule);
  return r ? tr(r.title, lang) : rule;
}

/** The message of a finding from its params, in either language (the pane re-renders with it). */
export function formatMessage(rule: string, params: MessageParams, lang: Lang): string {
  const r = BY_ID.get(rule);
  return r ? r.format(params, lang) : rule;
}
