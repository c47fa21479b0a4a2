/**
 * A stated result (实际完成值) of an indicator the workbook's own data measures, against that
 * measure: for a target table's rows and a self-evaluation form's indicators alike. Runs after the
 * other checks, since eligibility is measured by their findings.
 */
import type { Finding } from "../../findings";
import { contradicts, measureOf, measureYear, type Measure, type Measured } from "../../indicators";
import type { CheckEnv } from "../define";
import { indicatorContradicted } from "./rules";

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
