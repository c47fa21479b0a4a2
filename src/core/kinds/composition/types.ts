/** A recognised budget composition: lines with amounts in 元, totals, subtotals and parts. */
import type { Figure, TableBase } from "../../tables/base";

export interface CompositionLine {
  /**
   * Its sheet row; in blocks side by side read down and on (tables/panels.ts), its place in the one list, past the
   * sheet's rows for a later block (its cells name where it stands).
   */
  row: number;
  /** 二级: the category, from a merged cell spanning its lines or the last category written above. */
  category: string | null;
  /** 三级: the budget line. */
  item: string;
  itemCell: string;
  amount: Figure | null;
  /**
   * A sum merged down the amount column from this line over the next (one 30万元 for a direction's two projects):
   * no line's own money, so no product is checked against it, but counted once in the totals over these lines.
   */
  shared?: Figure;
  unitAmount: Figure | null;
  quantity: Figure | null;
  /** Figures of the table's other amount columns (其中 市级 / 区级 …), by sheet column. */
  parts?: Record<number, Figure | null>;
  /**
   * Figures of the quantity columns that are a total and its parts (补贴面积（亩） over 小计 | 水田 | 旱地), by sheet
   * column: checked across the row only, never as money.
   */
  measures?: Record<number, Figure | null>;
  /** A `其中：` row: a part of the line above, never added into a total. */
  partOf?: number;
  /** The outline parent (a numbered heading above it that states their subtotal), by sheet row. */
  parent?: number;
  /** Its `其中` rows are all of it (they end with the rest, 其他资金): they must add up to it. */
  exhaustiveParts?: true;
  /**
   * Money of a column group whose heading states its standard (`维修户（每户5500元）` over 户数 | 补助资金), where
   * most lines are their count times it: this line's figure in that group, its count and the standard (元).
   */
  byStandard?: { amount: Figure; quantity: number; standard: number }[];
  /**
   * Money of a further column group laid out as a line is (绿叶菜 then 其他蔬菜, each 面积 | 补贴标准 | 补贴金额):
   * that group's figure on this line, its unit amount and its quantity, checked as the line's own are.
   */
  groupProducts?: { amount: Figure; unitAmount: Figure; quantity: Figure }[];
  /**
   * Further counted blocks paid into the line's one money (500㎡以上 then 500㎡以下, each 数量 | 标准, then 共计):
   * each block's unit amount and quantity, their products added to the line's own unit amount × quantity.
   */
  blockProducts?: { unitAmount: Figure; quantity: Figure }[];
  /** The category is written on this line itself (not carried down from a row above or a merge). */
  writesCategory?: true;
}

export interface CompositionTotal {
  /** Its sheet row, or its place in the one list, as a line's. */
  row: number;
  label: string;
  /** 合计 closes the table; 小计 closes the category written on it or the lines since the last one. */
  scope: "table" | "category";
  category: string | null;
  amount: Figure | null;
  quantity: Figure | null;
  /** Figures of the other amount columns, by sheet column. */
  parts?: Record<number, Figure | null>;
  /** Figures of the quantity columns that are a total and its parts, by sheet column (as a line's). */
  measures?: Record<number, Figure | null>;
  /** The rows it sums, when the outline says so (a numbered heading over its lines). */
  children?: number[];
  /** Its own outline parent, by sheet row. */
  parent?: number;
  /**
   * The same whole broken down more than one way, each list under a label row of its own (`一、按投资性质分`, then
   * `二、按项目领域分`): by sheet row, each list adds up to it on its own, never the lists added together.
   */
  breakdowns?: number[][];
  /**
   * Its `其中` rows are all of it (the sources a form lists under 年度资金总额 to the block's end):
   * they must add up to it, not only stay within it.
   */
  exhaustiveParts?: true;
}

export interface CompositionTable extends TableBase {
  kind: "composition";
  lines: CompositionLine[];
  totals: CompositionTotal[];
  /** The approved budget stated in a caption (`2022 年项目总投入预算 20,000 万元`), in 元. */
  approvedBudget?: { value: number; text: string };
}
