/** A recognised payment ledger: one entry per row, amounts in 元, dates ISO. */
import type { IsoDate } from "../../dates";
import type { Figure, TableBase } from "../../tables/base";

export interface LedgerEntry {
  row: number;
  date: IsoDate | null;
  /** The column the date is read from (a date column, else 月); the cell is named only when reported. */
  dateCol: number;
  voucher: string | null;
  summary: string | null;
  payee: string | null;
  creditCode: string | null;
  /** The credit code's number among the distinct codes of its ledger (-1 for none): equal codes, equal numbers. */
  codeId: number;
  item: string | null;
  category: string | null;
  /** The money paid out by this entry (a payment ledger's 金额, a three-column ledger's payment side). */
  paid: Figure | null;
  debit: Figure | null;
  credit: Figure | null;
  /** 借 or 贷 as the 借或贷 column states it. */
  direction: "借" | "贷" | null;
  balance: Figure | null;
  year: number | null;
}

export interface LedgerTable extends TableBase {
  kind: "ledger";
  /** payments: one payment per row (拨付台账); three-column: 借方 / 贷方 / 余额 (明细账). */
  layout: "payments" | "three-column";
  /** In a three-column ledger, which side pays out: 贷方 for a bank or fund account, 借方 for an expense account. */
  paySide: "debit" | "credit" | null;
  entries: LedgerEntry[];
  /** 合计 / 本年累计 rows: summaries, never payments. */
  totals: number[];
}
