/**
 * The fund's own performance targets (绩效目标: 目标类型 / 目标名称 / 目标值, the seed's layout) and
 * the value the workbook's own data gives each one it can measure: 执行率 (execution table),
 * 资金拨付及时性 (share of payments made by the deadline), 扶持对象资质相符率 (share of awards with
 * no eligibility finding), 应补尽补率 (share of approved awards paid).
 */
import type { Catalog } from "./catalog/types";
import { contradicts, measureOf, measureYear, type Measure, type Measured } from "./indicators";
import type { TargetsTable } from "./kinds/targets/types";
import { parseTarget, targetMet } from "./kinds/selfeval/target";
import type { IsoDate } from "./dates";
import type { Finding } from "./findings";
import type { AuditSettings } from "./settings";
import type { RecognisedTable } from "./tables/types";

export interface TargetIndicatorView {
  sheet: string;
  row: number;
  /** 目标类型 / 一级指标 (产出数量, 效益…), as stated. */
  type: string | null;
  name: string;
  nameCell: string;
  target: string | null;
  /** What the data measures for this indicator; null when it cannot. */
  measure: Measure | null;
  /** The measured value as a fraction (0.975 for 97.5%); null when not measured. */
  computed: number | null;
  /** How many records the computed share rests on (payments, awards), or null for a rate. */
  basis: { of: number; count: number } | null;
  /** The value the workbook states (实际完成值), and its cell. */
  stated: string | null;
  statedCell: string | null;
  /** False while the measure can still change for the year (payments before the deadline, a year not ended). */
  final: boolean;
  /** Whether the computed value meets the target; null when either is missing or cannot be compared. */
  met: boolean | null;
  /** True when the stated value disagrees with the computed one and the measure is final (selfeval.indicator-contradicted). */
  contradicted: boolean;
  /** Whether the stated value agrees with the computed one as things stand; null when either is missing. */
  statedAgrees: boolean | null;
  /**
   * What a report says of it, in this order: the data contradicts the stated value; the measure can
   * still change (so far); the target is missed or met; or nothing can be said (null).
   */
  verdict: "contradicted" | "so-far" | "missed" | "met" | null;
}

export interface TargetsInput {
  tables: readonly RecognisedTable[];
  catalog: Catalog;
  asOf: IsoDate;
  settings: AuditSettings;
  findings: readonly Finding[];
}

export type { Measure } from "./indicators";

export function targetIndicators(input: TargetsInput): TargetIndicatorView[] {
  const out: TargetIndicatorView[] = [];
  const byYear = new Map<number, Partial<Record<Measure, Measured>>>();
  for (const t of input.tables) {
    if (t.kind !== "targets") continue;
    const table = t as TargetsTable;
    const year = table.year ?? Number(input.asOf.slice(0, 4));
    let measured = byYear.get(year);
    if (!measured) byYear.set(year, (measured = measureYear(input, year)));
    for (const r of table.rows) {
      const measure = measureOf(r.name);
      const m = measure ? measured[measure] : undefined;
      const computed = m?.value ?? null;
      const target = r.target === null ? null : parseTarget(r.target);
      const contradicted = input.findings.some((f) => f.rule === "selfeval.indicator-contradicted" && f.sheet === table.sheet && f.row === r.row);
      const final = m?.final ?? false;
      const met = computed === null || !target ? null : target.kind === "deadline" ? computed >= 1 - 1e-9 : target.kind === "number" ? targetMet(target, percent(computed)) : null;
      out.push({
        sheet: table.sheet,
        row: r.row,
        type: r.type,
        name: r.name,
        nameCell: r.nameCell,
        target: r.target,
        measure: m ? measure : null,
        computed,
        basis: m?.basis ?? null,
        final,
        stated: r.stated,
        statedCell: r.statedCell,
        // A deadline target (11 月前) is met when every payment made it; a figure (100%, ≥90%) by comparison.
        met,
        contradicted,
        verdict: contradicted ? "contradicted" : !final && computed !== null ? "so-far" : met === false ? "missed" : met ? "met" : null,
        statedAgrees: r.stated === null || computed === null ? null : contradicts(r.stated, computed, r.target) === false,
      });
    }
  }
  return out;
}

function percent(fraction: number): string {
  return `${Math.round(fraction * 10000) / 100}%`;
}
