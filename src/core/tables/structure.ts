/**
 * The structure inside a table body: outline levels (一、/（一）/1、/(1), 类/款/项 codes of 3/5/7
 * digits, indentation), which rows are parents of which, and the rounding a sum of displayed
 * figures may carry. Shared by every kind that has totals.
 */
import type { Figure } from "./base";
import { numberingLevel, outlineLevel } from "./rows";
import { nonGovernment } from "./headerLabels";
import type { Cell } from "../grid";
import { headerKey, toHalfWidth } from "../text";
import { UNIT_FACTOR, type Unit } from "../units";

export interface OutlineInput {
  label: string | null;
  /** The row's cell in a numbering column (序号 holding 一 / （一） / 1), if the table has one. */
  number?: Cell;
  /** A code that places the row in a hierarchy (科目编码 2010101), if the table has one. */
  code: string | null;
  /** Leading spaces of the label. */
  indent: number;
  /** A total row came between this row and the one before it: no row above is its parent. */
  reset?: boolean;
}

/**
 * The level of each row, 1 = top; null for all when the table shows no outline. Codes win over
 * numbering, numbering over indentation. Rows without a marker in a numbered table sit below the
 * deepest numbered level (plain lines under `一、…` headings).
 */
export function outlineLevels(rows: readonly OutlineInput[]): (number | null)[] {
  // A total ends an outline: the rows after it (结余分配 under 本年支出合计) start a new one.
  const cut = rows.findIndex((r, i) => i > 0 && r.reset);
  if (cut > 0) return [...outlineLevels(rows.slice(0, cut)), ...outlineLevels([{ ...rows[cut], reset: false }, ...rows.slice(cut + 1)])];
  const codes = rows.map((r) => codeDigits(r.code));
  const codeLengths = [...new Set(codes.filter((c): c is string => c !== null).map((c) => c.length))].sort((a, b) => a - b);
  if (codeLengths.length >= 2) {
    const rank = new Map(codeLengths.map((l, i) => [l, i + 1]));
    return codes.map((c) => (c === null ? null : (rank.get(c.length) as number)));
  }
  // The label's own numbering first (（一）直接费用); a numbering column (序号 一 / （一）) otherwise.
  const numbered = rows.map((r) => {
    const own = r.label ? outlineLevel(r.label) : null;
    return own ?? (r.number !== undefined && r.number !== null ? numberingLevel(r.number) : null);
  });
  const distinct = [...new Set(numbered.filter((l): l is number => l !== null))].sort((a, b) => a - b);
  if (distinct.length >= 1 && numbered.some((l) => l === null) || distinct.length >= 2) {
    const rank = new Map(distinct.map((l, i) => [l, i + 1]));
    const deepest = distinct.length + 1;
    return numbered.map((l, i) => (l === null ? (rows[i].label || rows[i].code ? deepest : null) : (rank.get(l) as number)));
  }
  const indents = [...new Set(rows.map((r) => r.indent))].sort((a, b) => a - b);
  if (indents.length >= 2) {
    const rank = new Map(indents.map((l, i) => [l, i + 1]));
    return rows.map((r) => rank.get(r.indent) as number);
  }
  return levelsOfGovernment(rows) ?? rows.map(() => null);
}

/** A level of government named as a row (市本级, 县区级, 区 级, 县（市、区）级, 乡镇级): its places and whether it is 本级. */
const LEVEL_ROW = /^([省市州盟县区旗乡镇]{1,4})(本级|级)$/;

function levelOf(label: string | null): { places: Set<string>; own: boolean } | null {
  if (!label) return null;
  const m = LEVEL_ROW.exec(toHalfWidth(label).replace(/[\s()（）、，,]/g, ""));
  return m ? { places: new Set(m[1]), own: m[2] === "本级" } : null;
}

/**
 * A table by level of government (濮阳市, 市本级, 县区级, 区 级 and its districts, 县 级 and its
 * counties): each level's row sums the rows under it up to the next level, and a level covering
 * others (县区级 over 区级 and 县级) sums theirs. Null unless two rows name levels. A row above the first
 * level (the whole, by its place's name) stands outside, as a whole stated first does.
 */
function levelsOfGovernment(rows: readonly OutlineInput[]): (number | null)[] | null {
  const named = rows.map((r) => levelOf(r.label));
  if (named.filter(Boolean).length < 2) return null;
  const stack: { depth: number; places: Set<string>; own: boolean }[] = [];
  const covers = (a: { places: Set<string>; own: boolean }, b: { places: Set<string> }) =>
    !a.own && a.places.size > b.places.size && [...b.places].every((p) => a.places.has(p));
  let under = false;
  return named.map((l, i) => {
    // Money no level of government pays right after the levels (中央 | 省级 | 县级 | 农户自筹 | 社会捐赠) is no place under
    // the last of them; a level's own money (省级 | 省级配套资金, 县级 | 县财政资金 | 群众自筹) stays under it.
    const source = !under && nonGovernment(headerKey(rows[i].label ?? ""));
    if (!l) {
      if (stack.length === 0 || source) return null;
      under = true;
      return stack[stack.length - 1].depth + 1;
    }
    under = false;
    while (stack.length > 0 && !covers(stack[stack.length - 1], l)) stack.pop();
    const depth = stack.length > 0 ? stack[stack.length - 1].depth + 1 : 1;
    stack.push({ depth, ...l });
    return depth;
  });
}

/** A budget-classification code as digits (`201 01 01`, `2010101`); null when it is none. */
function codeDigits(code: string | null): string | null {
  if (code === null) return null;
  const t = toHalfWidth(code).replace(/\s+/g, "");
  return /^\d{3,9}$/.test(t) ? t : null;
}

/** For each row, the index of its parent (nearest row above with a smaller level), or -1. */
export function parentsOf(levels: readonly (number | null)[], resets: readonly boolean[] = []): number[] {
  const out: number[] = [];
  const stack: number[] = [];
  levels.forEach((l, i) => {
    if (resets[i]) stack.length = 0;
    if (l === null) {
      out.push(-1);
      return;
    }
    while (stack.length > 0 && (levels[stack[stack.length - 1]] as number) >= l) stack.pop();
    out.push(stack.length > 0 ? stack[stack.length - 1] : -1);
    stack.push(i);
  });
  return out;
}

/** Decimals taken for a figure held exact (a whole figure decided, a count times its standard): to the fen of 万元, so rounding allows nothing noticeable. */
export const EXACT_DECIMALS = 6;

/**
 * Half a unit of the last digit shown, in 元: 5,170.28 万元 → 50 元. A column shows its figures
 * to one precision, so the column's most precise figure sets it for all (15000 beside 5170.28).
 * Amounts in 元 are money to the fen, whole yuan included: they are taken as exact.
 */
export function halfUnit(decimals: number, unit: Unit): number {
  if (unit === "元") return 0.005;
  return 0.5 * Math.pow(10, -decimals) * UNIT_FACTOR[unit];
}

/**
 * How far a stated sum may differ from the sum of its displayed parts by rounding alone, in 元:
 * half a unit of the stated figure, plus n half-units of the parts, or twice √n of them when that
 * is less (rounding errors of many figures add up like a random walk, not all in one direction). Figures shown to the fen add
 * nothing noticeable; figures shown to two decimals of 万元 allow tens of 元 each.
 */
export function sumAllowance(stated: Figure, parts: readonly Figure[], unitOf: (f: Figure) => Unit, precision: (f: Figure) => number): number {
  return allowanceOf(stated, parts, (f) => halfUnit(precision(f), unitOf(f)));
}

/**
 * The same for quantities (areas in 亩, households): no money, so no unit is exact by itself; half a unit of the last
 * digit each figure shows (829,427.84亩 → 0.005亩; whole 户 held exact → float noise only).
 */
export function quantityAllowance(stated: Figure, parts: readonly Figure[], precision: (f: Figure) => number): number {
  return allowanceOf(stated, parts, (f) => 0.5 * Math.pow(10, -precision(f)));
}

function allowanceOf(stated: Figure, parts: readonly Figure[], half: (f: Figure) => number): number {
  let largest = 0;
  for (const p of parts) largest = Math.max(largest, half(p));
  return allowanceOfMany(half(stated), parts.length, largest);
}

/**
 * The same from half-units alone: the stated figure's, and the largest of n parts' (a column's foot
 * against a long list's lines, whose figures are not all kept).
 */
export function allowanceOfMany(statedHalf: number, n: number, largestHalf: number): number {
  const a = statedHalf + Math.min(n, 2 * Math.sqrt(n)) * largestHalf;
  // Figures shown to the fen (or exactly): only float noise is allowed.
  return a < 0.01 ? 0.005 : a;
}

/**
 * The decimals a figure is held to: the most its column shows (a whole number typed among figures
 * to the fen is exact), unless its number format shows fewer (a 合计 formatted `0.0` under lines
 * formatted `0.00` is rounded to one decimal).
 */
export function shownDecimals(f: Figure, column: ReadonlyMap<number, number>): number {
  return f.formatted ? f.decimals : Math.max(f.decimals, column.get(f.col) ?? 0);
}

/** Displayed decimals per column: the most any figure of the column shows. */
export function columnPrecision(figures: Iterable<Figure | null | undefined>): Map<number, number> {
  const out = new Map<number, number>();
  for (const f of figures) {
    if (!f) continue;
    const d = out.get(f.col);
    if (d === undefined || f.decimals > d) out.set(f.col, f.decimals);
  }
  return out;
}
