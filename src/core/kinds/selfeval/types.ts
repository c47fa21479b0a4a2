/** A recognised self-evaluation form: its budget block, its indicators and its total score. */
import type { Figure, TableBase } from "../../tables/base";

/** One row of the budget block: 年度资金总额, or one of its `其中` lines (财政拨款, 上年结转, 其他资金). */
export interface FundLine {
  row: number;
  label: string;
  labelCell: string;
  /** A `其中` line: a part of 年度资金总额. */
  part: boolean;
  initialBudget: Figure | null;
  budget: Figure | null;
  actual: Figure | null;
  /** The full year's spending as forecast mid-year (全年预计执行数, on a 绩效监控表). */
  forecast?: Figure | null;
  weight: Figure | null;
  rate: Figure | null;
  score: Figure | null;
}

/** One performance indicator (三级指标) with its target, actual value, weight and score. */
export interface Indicator {
  row: number;
  level1: string | null;
  level2: string | null;
  name: string;
  nameCell: string;
  target: string | null;
  targetCell: string | null;
  actual: string | null;
  actualCell: string | null;
  weight: Figure | null;
  score: Figure | null;
  reason: string | null;
  reasonCell: string | null;
}

export interface SelfevalTable extends TableBase {
  kind: "selfeval";
  /** 项目名称 as the form states it, if it does. */
  project: string | null;
  year: number | null;
  funds: FundLine[];
  indicators: Indicator[];
  /** 总分 (or 合计) of the form, when stated. */
  total: { row: number; label: string; weight: Figure | null; score: Figure | null } | null;
  /** The budget block's weight as its headings state it (`得分（20分*执行率）`), when no cell does. */
  headerWeight: number | null;
  /** The budget block's 原因 cell, when the form has one (a rate below 90% must be explained there). */
  budgetReason?: { cell: string; text: string | null };
}
