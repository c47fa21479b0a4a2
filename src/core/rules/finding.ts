/** Building a finding: severity from RULES, message in the audit's language. */
import { RULES, type Finding, type MessageParams, type RuleId } from "../findings";
import { formatMessage } from "../i18n/messages";
import type { Lang } from "../settings";

export function makeFinding(
  rule: RuleId,
  sheet: string,
  cell: string,
  row: number,
  params: MessageParams,
  lang: Lang,
  actual?: number,
  expected?: number,
): Finding {
  // Key order follows contract.md's JSON example.
  const f: Finding = {
    rule,
    severity: RULES[rule],
    sheet,
    cell,
    message: formatMessage(rule, params, lang),
  } as Finding;
  if (actual !== undefined && Number.isFinite(actual)) f.actual = actual;
  if (expected !== undefined && Number.isFinite(expected)) f.expected = expected;
  f.params = params;
  f.row = row;
  return f;
}
