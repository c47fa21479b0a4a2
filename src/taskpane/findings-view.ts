/**
 * The findings list as the pane shows it: filtered by severity, rule, sheet and text, grouped by
 * rule (each rule has one severity), most serious first. Pure, so it is tested without a browser.
 */
import { RULE_IDS, severityRank, type Finding, type RuleId, type Severity } from "../core/findings";
import { toHalfWidth } from "../core/text";

export interface FindingFilter {
  severity: Severity | "all";
  rule: RuleId | "all";
  sheet: string | "all";
  /** Free text, matched against the message in the pane's language, the sheet and the cell. */
  text: string;
}

export const NO_FILTER: FindingFilter = { severity: "all", rule: "all", sheet: "all", text: "" };

export interface FindingGroup {
  rule: RuleId;
  severity: Severity;
  findings: Finding[];
}

/** Half-width, lower case, no spaces: "Ｅ５" finds E5, "上海 某某" finds 上海某某. */
function searchKey(s: string): string {
  return toHalfWidth(s).toLowerCase().replace(/\s+/g, "");
}

/**
 * Keeps the findings that pass every filter. `render` gives a finding's message (and rule title)
 * in the pane's language, so a search matches what the user reads.
 */
export function filterFindings(
  findings: readonly Finding[],
  filter: FindingFilter,
  render: (f: Finding) => string
): Finding[] {
  const needle = searchKey(filter.text);
  return findings.filter(
    (f) =>
      (filter.severity === "all" || f.severity === filter.severity) &&
      (filter.rule === "all" || f.rule === filter.rule) &&
      (filter.sheet === "all" || f.sheet === filter.sheet) &&
      (needle === "" || searchKey(`${f.sheet}!${f.cell} ${render(f)}`).includes(needle))
  );
}

/** Groups by rule: errors first, then warnings, then info; rules in contract order; findings keep their order. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const byRule = new Map<RuleId, FindingGroup>();
  for (const f of findings) {
    let g = byRule.get(f.rule);
    if (!g) {
      g = { rule: f.rule, severity: f.severity, findings: [] };
      byRule.set(f.rule, g);
    }
    g.findings.push(f);
  }
  const order = new Map(RULE_IDS.map((r, i) => [r, i]));
  return [...byRule.values()].sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity) || (order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0)
  );
}

/** The rules and sheets present, for the filter menus (rules in contract order, sheets as found). */
export function filterChoices(findings: readonly Finding[]): { rules: RuleId[]; sheets: string[] } {
  const rules = new Set(findings.map((f) => f.rule));
  const sheets: string[] = [];
  for (const f of findings) if (!sheets.includes(f.sheet)) sheets.push(f.sheet);
  return { rules: RULE_IDS.filter((r) => rules.has(r)), sheets };
}

/** Findings of these rules only (the caps panel shows the cap and register rules). */
export function findingsOfRules(findings: readonly Finding[], prefixes: readonly string[]): Finding[] {
  return findings.filter((f) => prefixes.some((p) => f.rule.startsWith(p)));
}
