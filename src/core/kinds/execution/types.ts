/** A recognised execution table: rows by year, by category with year column groups, or by line. */
import type { IsoDate } from "../../dates";
import type { Figure, TableBase } from "../../tables/base";

export interface ExecutionFigures {
  year: number;
  /** The column group's source of funds (中央财政资金 | 其他来源资金), when the header splits by source. */
  source?: string;
  initialBudget: Figure | null;
  /** 调整后预算 (or the only budget column). Null when absent or stated once for a group. */
  budget: Figure | null;
  /**
   * True when the row has no budget of its own for the year: its budget cell lies inside a merged
   * cell spanning several rows, or the year's budget is written once on the first row alone.
   */
  budgetSpanned: boolean;
  actual: Figure | null;
  /** 本年收入 beside the spending (income and spending final accounts): summed, never measured against. */
  income?: Figure | null;
  /** The stated execution rate, as a fraction. */
  statedRate: Figure | null;
  /** The stated share of the initial budget (完成年初预算%) beside the rate of the adjusted one, as a fraction. */
  statedInitialRate?: Figure | null;
  /** The 序时进度 the table itself states for the row, as a fraction. */
  statedProgress?: Figure | null;
  /** Figures of the part columns of 实际支出 (基本支出 / 项目支出 under 决算数), by sheet column. */
  parts?: Record<number, Figure | null>;
  /** Figures of the part columns of the budget (a 合计 and its categories across one row), by sheet column. */
  budgetParts?: Record<number, Figure | null>;
  /**
   * Sheet columns of the budget (and its part columns) whose cell marks no figure (—, 无, 不适用): the line has no
   * budget there to be measured against, not one of 0.
   */
  noBudget?: number[];
  /** Date the actual figure runs to, from a `1-8 月` annotation in the cell or header. */
  asOf?: IsoDate;
}

export interface ExecutionRow {
  row: number;
  /** The year ("2021") or the category, unit or line name as written. */
  label: string;
  labelCell: string;
  /** Policy category (by-category layout); null for year rows. */
  category: string | null;
  /** 涉及政策项（数量）. */
  itemCount: Figure | null;
  /** One entry per year: one for a year row, one per column group for a category row. */
  years: ExecutionFigures[];
  /** The row's classification code (类/款/项 301, 30101), when the table has a code column. */
  code?: string;
  /** Rows whose figures this row sums (a 类 row over its 款 rows), when the outline says so. */
  children?: number[];
  /**
   * Further breakdowns of the same whole (按构成分 then 按级次分): each list sums to this row on its
   * own, never added to `children` (the first breakdown).
   */
  breakdowns?: number[][];
  /** A row under an outline parent. */
  parent?: number;
  /** A `其中` row: a part of the row it names, never added into a total (by sheet row). */
  partOf?: number;
  /**
   * A part in a list a breakdown label opened (`（一）按级次分`, then `（二）按构成分`, each on a row of its
   * own): which of its whole's lists (0, 1…). Each list is all of the whole on its own, never added to another.
   */
  breakdown?: number;
  /** For a total row: 合计 / 总计 close the table, 小计 or `本年支出合计` the rows since the last total. */
  scope?: "table" | "category";
}

/**
 * The year's budget stated once for several category rows: a merged budget cell spanning them,
 * or (a merge lost in copying) a figure on the first row with every other row's cell empty.
 */
export interface GroupBudget {
  year: number;
  figure: Figure;
  /** Sheet rows the merge spans. */
  rows: number[];
}

export interface ExecutionTable extends TableBase {
  kind: "execution";
  /** by-year: one row per year (Table B); by-category: categories with year column groups (Table C). */
  layout: "by-year" | "by-category";
  rows: ExecutionRow[];
  /** The first 合计 row, when stated. */
  total: ExecutionRow | null;
  /** Every total row, in order (本年支出合计, then 总计), when there are several. */
  totals?: ExecutionRow[];
  groupBudgets: GroupBudget[];
}
