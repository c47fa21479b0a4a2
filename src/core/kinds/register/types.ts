/** A recognised register: one row per application or award, amounts in 元, dates ISO. */
import type { IsoDate } from "../../dates";
import type { TableBase } from "../../tables/base";
import type { RegisterField } from "./fields";
import type { Unit } from "../../units";
import type { RegisterSplit } from "./split";
import type { RegisterStore } from "./store";

export interface RegisterRow {
  row: number;
  enterprise: string | null;
  creditCode: string | null;
  registeredIn: string | null;
  taxRegisteredIn: string | null;
  itemCode: string | null;
  /** The policy item: from the item column, else the group row above, else the title. */
  item: string | null;
  /** 政策类, when the list names categories. */
  category?: string | null;
  /** The enterprise's own project (项目名称), never a policy item. */
  project?: string | null;
  /** The text of the category row this row sits under (`一、高新技术企业认定奖励`), if any. */
  group?: string | null;
  requested: number | null;
  approved: number | null;
  base: number | null;
  year: number | null;
  batch: string | null;
  paidOn: IsoDate | null;
  /** Instalments, when the list has them: 上期拨付 / 已下达, 本期拨付 / 本次下达, 累计拨付, in 元. */
  paidBefore?: number | null;
  paidNow?: number | null;
  paidTotal?: number | null;
  /** 本年应拨付: the instalment of an earlier award due this year. */
  dueThisYear?: number | null;
  /** 立项年度: the year the award was approved, when it differs from the list's year. */
  approvalYear?: number | null;
}

export interface RegisterTable extends TableBase {
  kind: "register";
  /** The records, column by column: what the checks read. */
  store: RegisterStore;
  /** The records as objects, made when first asked for (and again after the store changes). */
  readonly rows: RegisterRow[];
  /** Sheet column of each field that was found. */
  col: Partial<Record<RegisterField, number>>;
  /** Where the rows' policy item came from: its column, category rows, the title, or nowhere. */
  itemFrom?: "column" | "group" | "title" | null;
  /** The decimals each money column shows and its unit: the rounding its figures carry. */
  precision?: Partial<Record<"requested" | "approved" | "base", { decimals: number; unit: Unit }>>;
  /** The award split under one merged heading (核定奖补 | 上浮 | 合计): its total column's parts, lines and foot. */
  splits?: RegisterSplit[];
  /** The catalog item the title names, when the list has no item column (set once the catalog is known). */
  titleItem?: string | null;
}
