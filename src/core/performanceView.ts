/**
 * What the 绩效 panel draws: each self-evaluation form (its budget block with the computed rate and
 * score beside the stated ones, its indicators with whether each target was met) and the fund's
 * own performance targets with the value its workbook's data gives beside the stated one. Plain
 * data; the pane only lays it out.
 */
import type { Finding } from "./findings";
import { executionScore } from "./measures";
import type { SelfevalTable } from "./kinds/selfeval/types";
import { isCeiling, parseTarget, targetMet } from "./kinds/selfeval/target";
import type { RecognisedTable } from "./tables/types";
import type { TargetIndicatorView } from "./targetsView";
import { targetIndicators, type TargetsInput } from "./targetsView";

export type { TargetIndicatorView } from "./targetsView";

export interface FundLineView {
  row: number;
  label: string;
  /** A `其中` line of 年度资金总额. */
  part: boolean;
  budget: number | null;
  actual: number | null;
  /** 执行数 / 预算数; null without a budget above 0. */
  rate: number | null;
  statedRate: number | null;
  weight: number | null;
  score: number | null;
  /** 分值 × 执行率, at most the 分值. */
  computedScore: number | null;
}

export interface IndicatorView {
  row: number;
  cell: string;
  level1: string | null;
  level2: string | null;
  name: string;
  target: string | null;
  actual: string | null;
  weight: number | null;
  score: number | null;
  /** Whether the actual meets the target; null when either cannot be read. */
  met: boolean | null;
  reason: string | null;
}

export interface SelfevalFormView {
  sheet: string;
  project: string | null;
  year: number | null;
  funds: FundLineView[];
  indicators: IndicatorView[];
  /** 总分 as stated and as the scores add up. */
  total: { stated: number | null; computed: number | null };
  /** Findings on this form's sheet and rows. */
  findings: Finding[];
}

export interface PerformanceView {
  forms: SelfevalFormView[];
  /** The fund's own targets (目标类型 / 目标名称 / 目标值) with computed and stated values. */
  targets: TargetIndicatorView[];
  /** Every selfeval.* finding, in report order. */
  findings: Finding[];
}

export type PerformanceInput = TargetsInput & { tables: readonly RecognisedTable[]; findings: readonly Finding[] };

export function formView(t: SelfevalTable, findings: readonly Finding[]): SelfevalFormView {
  const funds: FundLineView[] = t.funds.map((f) => {
    const budget = (f.budget ?? f.initialBudget)?.value ?? null;
    const actual = f.actual?.value ?? null;
    const weight = f.weight?.value ?? (f.part ? null : t.headerWeight);
    return {
      row: f.row,
      label: f.label,
      part: f.part,
      budget,
      actual,
      rate: budget !== null && budget > 0 && actual !== null ? actual / budget : null,
      statedRate: f.rate?.value ?? null,
      weight,
      score: f.score?.value ?? null,
      computedScore: weight !== null && budget !== null && actual !== null ? executionScore(actual, budget, weight) : null,
    };
  });
  const indicators: IndicatorView[] = t.indicators.map((i) => {
    const target = i.target === null ? null : parseTarget(i.target, null, null, isCeiling(i.level2, i.name));
    return {
      row: i.row,
      cell: i.nameCell,
      level1: i.level1,
      level2: i.level2,
      name: i.name,
      target: i.target,
      actual: i.actual,
      weight: i.weight?.value ?? null,
      score: i.score?.value ?? null,
      met: target ? targetMet(target, i.actual) : null,
      reason: i.reason,
    };
  });
  const scores = [funds.find((f) => !f.part)?.score ?? null, ...indicators.map((i) => i.score)].filter((x): x is number => x !== null);
  const rows = new Set([...t.funds.map((f) => f.row), ...t.indicators.map((i) => i.row), ...(t.total ? [t.total.row] : [])]);
  return {
    sheet: t.sheet,
    project: t.project,
    year: t.year,
    funds,
    indicators,
    total: { stated: t.total?.score?.value ?? null, computed: scores.length > 0 ? Math.round(scores.reduce((a, b) => a + b, 0) * 1000) / 1000 : null },
    findings: findings.filter((f) => f.sheet === t.sheet && rows.has(f.row)),
  };
}

export function performanceView(input: PerformanceInput): PerformanceView {
  const forms = input.tables.filter((t): t is SelfevalTable => t.kind === "selfeval").map((t) => formView(t, input.findings));
  return {
    forms,
    targets: targetIndicators(input),
    findings: input.findings.filter((f) => f.rule.startsWith("selfeval.")),
  };
}
