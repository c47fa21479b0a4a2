/**
 * Budget composition (预算构成明细): each line's amount against unit x quantity, subtotals and
 * the total against their lines, and the whole against the approved budget.
 */
import type { Finding } from "../findings";
import { lineGap, roundFen, sameAmount } from "../measures";
import type { AuditSettings } from "../settings";
import type { CompositionLine, CompositionTable, CompositionTotal } from "../tables/types";
import { nameKey } from "../text";
import { makeFinding } from "./finding";
import { decimalsInYuan } from "./tableUnits";

export function checkComposition(t: CompositionTable, settings: AuditSettings): Finding[] {
  const out: Finding[] = [];
  const lang = settings.lang;

  for (const line of t.lines) {
    const { amount, unitAmount, quantity } = line;
    if (!amount || !unitAmount || !quantity) continue;
    const g = lineGap(amount.value, unitAmount.value, quantity.value, decimalsInYuan(t, unitAmount));
    if (g.verdict === "exact") continue;
    const rule = g.verdict === "rounded" ? "composition.line-rounded" : "composition.line-mismatch";
    out.push(
      makeFinding(
        rule,
        t.sheet,
        amount.cell,
        line.row,
        {
          item: line.item,
          category: line.category,
          amount: amount.value,
          unitAmount: unitAmount.value,
          quantity: quantity.value,
          expected: g.expected,
          gap: g.gap,
          allowance: roundFen(g.allowance),
        },
        lang,
        amount.value,
        g.expected,
      ),
    );
  }

  let previousTotalRow = -1;
  for (const total of t.totals) {
    const lines = linesOf(t, total, previousTotalRow);
    previousTotalRow = total.row;
    const sum = sumAmounts(lines);
    // No line with a readable amount: nothing to compare (the unreadable cells are reported).
    if (!total.amount || sum === null || sameAmount(sum, total.amount.value)) continue;
    out.push(
      makeFinding(
        "composition.total-mismatch",
        t.sheet,
        total.amount.cell,
        total.row,
        {
          label: total.label,
          // A category heading stating its subtotal is labelled by the category itself.
          category: total.scope === "category" && total.category !== total.label ? total.category : null,
          stated: total.amount.value,
          sum,
          gap: roundFen(total.amount.value - sum),
        },
        lang,
        total.amount.value,
        sum,
      ),
    );
  }

  const approved = t.approvedBudget?.value ?? settings.approvedBudget;
  const sum = sumAmounts(t.lines);
  if (approved !== undefined && Number.isFinite(approved) && sum !== null) {
    if (!sameAmount(sum, approved)) {
      // The finding sits on the table's total when it states one, else on the last line's amount.
      const total = t.totals.find((x) => x.scope === "table" && x.amount);
      const last = [...t.lines].reverse().find((l) => l.amount);
      const cell = total?.amount?.cell ?? last?.amount?.cell ?? t.lines[t.lines.length - 1].itemCell;
      const row = total?.row ?? last?.row ?? t.lines[t.lines.length - 1].row;
      out.push(
        makeFinding(
          "composition.approved-mismatch",
          t.sheet,
          cell,
          row,
          { sum, approved, approvedText: t.approvedBudget?.text ?? null, gap: roundFen(sum - approved) },
          lang,
          sum,
          approved,
        ),
      );
    }
  }
  return out;
}

/** The lines a total closes: all of them for 合计; for 小计 its category's, else those since the last total. */
function linesOf(t: CompositionTable, total: CompositionTotal, previousTotalRow: number): CompositionLine[] {
  if (total.scope === "table") return t.lines;
  if (total.category) {
    const key = nameKey(total.category);
    return t.lines.filter((l) => l.category !== null && nameKey(l.category) === key);
  }
  return t.lines.filter((l) => l.row > previousTotalRow && l.row < total.row);
}

/** Sum of the lines' amounts; null when no line has one. */
function sumAmounts(lines: readonly CompositionLine[]): number | null {
  let s = 0;
  let any = false;
  for (const l of lines) {
    if (!l.amount) continue;
    s += l.amount.value;
    any = true;
  }
  return any ? roundFen(s) : null;
}
