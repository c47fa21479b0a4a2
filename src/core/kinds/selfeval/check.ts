/**
 * The checks of a 项目支出绩效自评表: each stated 执行率 against 执行数 / 预算数; the budget score
 * against 分值 × 执行率 (at most the 分值); an indicator's score above its 分值; 总分 against the
 * scores; 年度资金总额 against its `其中` lines; a full score on a missed target; a shortfall
 * without a reason; weights that do not add up to 100; spending above the budget (as an execution
 * table's). Every comparison allows the rounding of the figures as the form shows them.
 */
import type { Finding } from "../../findings";
import { executionScore, rateConsistent, roundFen } from "../../measures";
import type { AuditSettings } from "../../settings";
import { lastLevel, type Figure } from "../../tables/base";
import { halfUnit } from "../../tables/structure";
import { overspent } from "../execution/rules";
import { missingExplanation, rateMismatch, scoreMismatch, targetMissedFullScore, totalMismatch, weights } from "./rules";
import { isCeiling, parseTarget, targetMet } from "./target";
import type { FundLine, SelfevalTable } from "./types";

/** Half a unit of the last decimal a score shows: 10 → ±0.5, 9.69 → ±0.005. */
function halfPoint(f: Figure): number {
  return 0.5 * Math.pow(10, -f.decimals);
}

function points(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

export function checkSelfeval(t: SelfevalTable, settings: AuditSettings): Finding[] {
  const headerWeight = t.headerWeight;
  const out: Finding[] = [];
  const lang = settings.lang;
  const sheet = t.sheet;
  const half = (f: Figure | null) => (f ? halfUnit(f.decimals, t.unit) : 0);
  const whole = t.funds.find((f) => !f.part) ?? null;

  for (const line of t.funds) {
    const budgetFig = line.budget ?? line.initialBudget;
    const budget = budgetFig?.value ?? null;
    const actual = line.actual?.value ?? null;
    if (line.rate && budget && actual !== null && budget > 0) {
      const computed = actual / budget;
      if (!rateConsistent(line.rate.value, line.rate.decimals, actual, budget, half(line.actual), half(budgetFig))) {
        out.push(
          rateMismatch.at(
            { sheet, cell: line.rate.cell, row: line.row },
            { label: line.label, stated: line.rate.value, computed, decimals: line.rate.decimals, actual, budget },
            lang,
            line.rate.value,
            computed,
          ),
        );
      }
    }
    if (budget !== null && actual !== null && budgetFig && line.actual && actual - budget > half(line.actual) + half(budgetFig)) {
      out.push(
        overspent.at(
          { sheet, cell: line.actual.cell, row: line.row },
          { label: line.label, year: t.year, budgetField: line.budget ? "budget" : "initialBudget", actual, budget, rate: actual / budget },
          lang,
          actual,
          budget,
        ),
      );
    }
  }

  // 年度资金总额 = its 其中 lines, column by column.
  const parts = t.funds.filter((f) => f.part);
  if (whole && parts.length > 0) {
    for (const key of ["initialBudget", "budget", "actual", "forecast"] as const) {
      const stated = whole[key] ?? null;
      const figs = parts.map((p) => p[key] ?? null).filter((f): f is Figure => f !== null);
      if (!stated || figs.length === 0) continue;
      const sum = roundFen(figs.reduce((s, f) => s + f.value, 0));
      const allowance = half(stated) + figs.reduce((a, f) => a + half(f), 0) + 0.005;
      if (Math.abs(stated.value - sum) <= allowance) continue;
      out.push(
        totalMismatch.at(
          { sheet, cell: stated.cell, row: whole.row },
          { label: whole.label, column: columnName(t, stated.col), stated: stated.value, sum },
          lang,
          stated.value,
          sum,
        ),
      );
    }
  }

  // The budget score: weight × rate, at most the weight.
  const execScore = scoreOf(whole, headerWeight);
  if (whole && execScore) {
    const { score, weight, rate, actual, budget } = execScore;
    const expected = executionScore(actual, budget, weight) ?? Math.min(weight * rate, weight);
    if (Math.abs(score.value - expected) > halfPoint(score) + 1e-9) {
      out.push(
        scoreMismatch.at(
          { sheet, cell: score.cell, row: whole.row },
          { what: "execution", label: whole.label, stated: score.value, expected: points(expected), weight, rate },
          lang,
          score.value,
          expected,
        ),
      );
    }
  }
  // A rate below 90% needs a reason, where the form has a place for one.
  if (whole && execScore && execScore.rate < 0.9 && t.budgetReason) {
    if (!t.budgetReason.text) {
      const cell = whole.rate?.cell ?? whole.score?.cell ?? whole.labelCell;
      out.push(missingExplanation.at({ sheet, cell, row: whole.row }, { what: "rate", indicator: whole.label, score: null, weight: null, rate: execScore.rate }, lang));
    }
  }

  for (const ind of t.indicators) {
    const { weight, score } = ind;
    if (weight && score && score.value > weight.value + halfPoint(score) + 1e-9) {
      out.push(
        scoreMismatch.at(
          { sheet, cell: score.cell, row: ind.row },
          { what: "over", label: ind.name, stated: score.value, expected: weight.value, weight: weight.value },
          lang,
          score.value,
          weight.value,
        ),
      );
    }
    const full = weight && score && Math.abs(score.value - weight.value) <= halfPoint(score) + 1e-9;
    if (full && ind.target !== null) {
      const target = parseTarget(ind.target, null, null, isCeiling(ind.level2, ind.name));
      const met = target ? targetMet(target, ind.actual) : null;
      if (met === false) {
        out.push(
          targetMissedFullScore.at(
            { sheet, cell: (score as Figure).cell, row: ind.row },
            { indicator: ind.name, target: ind.target, actual: ind.actual, score: (score as Figure).value },
            lang,
          ),
        );
      }
    }
    if (weight && score && score.value < weight.value - halfPoint(score) - 1e-9 && ind.reasonCell && !ind.reason) {
      out.push(
        missingExplanation.at(
          { sheet, cell: score.cell, row: ind.row },
          { what: "indicator", indicator: ind.name, score: score.value, weight: weight.value },
          lang,
        ),
      );
    }
  }

  // 总分: the scores add up, and the weights make 100 (or the total the form states).
  if (t.total?.score) {
    const scores: Figure[] = [];
    if (whole?.score) scores.push(whole.score);
    for (const i of t.indicators) if (i.score) scores.push(i.score);
    if (scores.length > 1) {
      const sum = roundFen(scores.reduce((s, f) => s + f.value, 0));
      // A score typed in whole points with no number format was given whole, not rounded: it adds no slack.
      const allowance = halfPoint(t.total.score) + scores.reduce((a, f) => a + (f.decimals === 0 && !f.formatted ? 0 : halfPoint(f) * 0.2), 0) + 1e-9;
      if (Math.abs(t.total.score.value - sum) > Math.max(allowance, halfPoint(t.total.score))) {
        out.push(
          scoreMismatch.at(
            { sheet, cell: t.total.score.cell, row: t.total.row },
            { what: "total", label: t.total.label, stated: t.total.score.value, expected: points(sum), weight: null },
            lang,
            t.total.score.value,
            sum,
          ),
        );
      }
    }
  }
  const indicatorWeights = t.indicators.map((i) => i.weight).filter((f): f is Figure => f !== null);
  // Only when every scored indicator states its 分值: points some share without saying how add up to nothing.
  if (indicatorWeights.length > 0 && t.indicators.every((i) => !i.score || i.weight)) {
    const budgetWeight = whole?.weight?.value ?? headerWeight ?? 0;
    const sum = Math.round((budgetWeight + indicatorWeights.reduce((s, f) => s + f.value, 0)) * 1000) / 1000;
    const expected = t.total?.weight?.value ?? 100;
    if (Math.abs(sum - expected) > 1e-6 || (expected !== 100 && Math.abs(sum - 100) > 1e-6)) {
      const cell = t.total?.weight?.cell ?? indicatorWeights[indicatorWeights.length - 1].cell;
      const row = t.total?.row ?? t.indicators[t.indicators.length - 1].row;
      out.push(weights.at({ sheet, cell, row }, { sum: points(sum), expected: 100 }, lang, sum, 100));
    }
  }
  return out;
}

function scoreOf(line: FundLine | null, headerWeight: number | null): { score: Figure; weight: number; rate: number; actual: number; budget: number } | null {
  if (!line?.score) return null;
  const budget = (line.budget ?? line.initialBudget)?.value;
  const actual = line.actual?.value;
  const weight = line.weight?.value ?? headerWeight;
  if (!budget || actual === undefined || weight === null || weight === undefined) return null;
  return { score: line.score, weight, rate: actual / budget, actual, budget };
}

function columnName(t: SelfevalTable, col: number): string {
  const c = t.columns.find((x) => x.col === col);
  return c ? lastLevel(c.header) : "";
}
