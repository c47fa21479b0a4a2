/**
 * A stated result (实际完成值) of an indicator the workbook's own data measures, against that
 * measure: for a target table's rows and a self-evaluation form's indicators alike. Runs after the
 * other checks, since eligibility is measured by their findings.
 */
import type { Finding } from "../../findings";
import { contradicts, measureOf, measureYear, type Measure, type Measured } from "../../indicators";
import type { CheckEnv } from "../define";
import type { AuditSettings } from "../../settings";
import type { Figure } from "../../tables/base";
import { weights } from "../selfeval/rules";
import { indicatorContradicted } from "./rules";
import type { TargetsTable } from "./types";

export interface StatedIndicator {
  row: number;
  name: string;
  target: string | null;
  stated: string | null;
  statedCell: string | null;
}

export function contradictedIndicators(
  sheet: string,
  rows: readonly StatedIndicator[],
  year: number,
  env: CheckEnv,
  findings: readonly Finding[],
): Finding[] {
  const out: Finding[] = [];
  let measured: Partial<Record<Measure, Measured>> | null = null;
  for (const r of rows) {
    const measure = r.stated && r.statedCell ? measureOf(r.name) : null;
    if (!measure) continue;
    measured ??= measureYear({ tables: env.tables, catalog: env.catalog, asOf: env.asOf, settings: env.settings, findings }, year);
    const m = measured[measure];
    if (!m || !m.final || contradicts(r.stated, m.value, r.target) !== true) continue;
    out.push(
      indicatorContradicted.at(
        { sheet, cell: r.statedCell as string, row: r.row },
        { indicator: r.name, stated: r.stated, computed: m.value, count: m.basis?.count ?? null, of: m.basis?.of ?? null, measure },
        env.settings.lang,
      ),
    );
  }
  return out;
}

/**
 * An approval form's indicators scored (分值) under a heading stating their points (年度绩效目标（90分）):
 * the points given must add up to what the heading states.
 */
export function weightsAgainstHeading(t: TargetsTable, lang: AuditSettings["lang"]): Finding[] {
  if (!t.points) return [];
  const given = t.rows.map((r) => r.weight).filter((f): f is Figure => !!f);
  if (given.length === 0) return [];
  const sum = Math.round(given.reduce((s, f) => s + f.value, 0) * 1000) / 1000;
  if (Math.abs(sum - t.points.value) <= 1e-6) return [];
  const fmt = (n: number) => String(Math.round(n * 1000) / 1000);
  return [weights.at({ sheet: t.sheet, cell: t.points.cell, row: t.points.row }, { sum: fmt(sum), expected: fmt(t.points.value) }, lang, sum, t.points.value)];
}
