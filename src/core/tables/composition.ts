/**
 * Budget composition (预算构成明细): one line per policy line, with its category (二级), amount,
 * unit amount and quantity, plus 合计 / 小计 rows.
 *
 * Categories: a category written once (a merged cell spanning its lines, or written on the first
 * line only) applies to each line below it. A leading list number (`1. `, `2、`, `（三）`) is
 * stripped, so `1. 支持企业专精特新化发展` reads as 支持企业专精特新化发展, the name Table C uses.
 */
import { a1, isBlank } from "../grid";
import type { Unit } from "../units";
import type { Body } from "./body";
import { readFigure, textOf, type ReadContext } from "./figures";
import type { TableSpec } from "./header";
import { stripNumbering } from "./rows";
import type { CompositionField, CompositionLine, CompositionTotal, Figure } from "./types";

/** A category heading row stating only an amount: the category's subtotal when lines follow. */
interface Heading {
  row: number;
  category: string;
  amount: Figure;
}

type Cols = Partial<Record<CompositionField, { col: number; unit: Unit }>>;

function compositionCols(spec: TableSpec, unit: Unit): Cols {
  const cols: Cols = {};
  for (const c of spec.columns) {
    const f = c.field as CompositionField | null;
    if (f && cols[f] === undefined) cols[f] = { col: c.col, unit: c.unit ?? unit };
  }
  return cols;
}

export function readComposition(
  spec: TableSpec,
  body: Body,
  unit: Unit,
  ctx: ReadContext,
): { lines: CompositionLine[]; totals: CompositionTotal[] } {
  const { reader } = spec;
  const cols = compositionCols(spec, unit);
  const lines: CompositionLine[] = [];
  const totals: CompositionTotal[] = [];
  let category: string | null = null;
  /** The last line when it may be a category heading stating its subtotal. */
  let heading: Heading | null = null;

  const fig = (row: number, f: "amount" | "unitAmount" | "quantity"): Figure | null => {
    const c = cols[f];
    if (!c) return null;
    return readFigure(reader, ctx, row, c.col, f, f === "quantity" ? "count" : "amount", c.unit).figure;
  };
  const text = (row: number, f: "category" | "item"): string | null => {
    const c = cols[f];
    return c ? textOf(reader.value(row, c.col)) : null;
  };

  for (const { row, cls } of body.rows) {
    const written = text(row, "category");
    if (cls.kind === "total") {
      heading = null;
      const own = written && written !== cls.label ? stripNumbering(written) : null;
      totals.push({
        row,
        label: cls.label,
        scope: cls.scope,
        category: cls.scope === "category" ? own ?? category : null,
        amount: fig(row, "amount"),
        quantity: fig(row, "quantity"),
      });
      continue;
    }
    if (written) category = stripNumbering(written);
    const item = text(row, "item");
    const amount = fig(row, "amount");
    const unitAmount = fig(row, "unitAmount");
    const quantity = fig(row, "quantity");
    // A row with a category and nothing else is a category heading, not a line.
    if (!item && !amount && !unitAmount && !quantity) continue;

    // A category heading with an amount alone (`一、支持… | | 49,550,000`) followed by its lines
    // states the category's subtotal: it becomes a 小计, not a line counted twice in the 合计.
    const headed = heading as Heading | null;
    heading = null;
    const writesCategory = !!cols.category && !isBlank(reader.raw(row, cols.category.col));
    if (headed && item && !writesCategory && category === headed.category) {
      lines.pop();
      totals.push({ ...headed, label: headed.category, scope: "category", quantity: null });
    }
    if (category && writesCategory && !item && cols.item && amount && !unitAmount && !quantity) {
      heading = { row, category, amount };
    }
    const itemCol = cols.item?.col ?? cols.category?.col ?? spec.c0;
    lines.push({
      row,
      category,
      item: item ?? category ?? "",
      itemCell: a1(row, itemCol),
      amount,
      unitAmount,
      quantity,
    });
  }
  return { lines, totals };
}
