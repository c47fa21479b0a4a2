/**
 * Reading a payment ledger: a 拨付台账 (date, voucher, summary, payee, item, amount per row) or a
 * three-column 明细账 (月 | 日 | 凭证字号 | 摘要 | 借方 | 贷方 | 借或贷 | 余额). Summary rows (合计, 本月合计,
 * 本年累计) are no payments. Dates come from a date column or from 月 and 日 with the year of the
 * header (`2023年` over 月 | 日) or the title.
 */
import { readDate, isoDate, type IsoDate } from "../../dates";
import { a1, type GridReader } from "../../grid";
import { toHalfWidth } from "../../text";
import { noteUnreadable, readFigure, textOf } from "../../tables/figures";
import type { TableSpec } from "../../tables/spec";
import type { Figure } from "../../tables/base";
import type { ReadEnv } from "../define";
import type { LedgerField } from "./fields";
import type { LedgerEntry, LedgerTable } from "./types";

/** The account a ledger is kept for pays out on its 贷方 (a bank or fund account) or its 借方 (an expense account). */
function paySideOf(spec: TableSpec): "debit" | "credit" {
  const text = [...spec.context.lines, spec.context.sheet].join(" ");
  return /(支出|费用|成本)(明细)?(分类)?账|支出明细|费用明细/.test(text) && !/(银行存款|存款|资金户|专户)/.test(text) ? "debit" : "credit";
}

export interface LedgerRead {
  layout: LedgerTable["layout"];
  paySide: LedgerTable["paySide"];
  entries: LedgerEntry[];
  totals: number[];
  end: number;
}

export function readLedger(spec: TableSpec, env: ReadEnv): LedgerRead {
  const { reader } = spec;
  const body = env.body();
  const cols: Partial<Record<LedgerField, number>> = {};
  let headerYear: number | null = null;
  for (const c of spec.columns) {
    if (!c.field || c.part) continue;
    cols[c.field as LedgerField] ??= c.col;
    if ((c.field === "month" || c.field === "day" || c.field === "date") && c.year !== undefined) headerYear ??= c.year;
  }
  const threeColumn = cols.debit !== undefined && cols.credit !== undefined;
  const paySide = threeColumn ? paySideOf(spec) : null;
  const year = headerYear ?? spec.context.year;
  const fig = (row: number, f: "amount" | "debit" | "credit" | "balance"): Figure | null =>
    cols[f] === undefined ? null : readFigure(reader, env.ctx, row, cols[f] as number, f, "amount", spec.columns.find((c) => c.col === cols[f])?.unit ?? spec.unit, "ledger").figure;
  const text = (row: number, f: LedgerField): string | null => (cols[f] === undefined ? null : textOf(reader.value(row, cols[f] as number)));

  const entries: LedgerEntry[] = [];
  const totals: number[] = [];
  for (const { row, cls } of body.rows) {
    if (cls.kind === "total") {
      totals.push(row);
      continue;
    }
    const summary = text(row, "summary");
    if (summary && /(本月合计|本年累计|累计|合计|小计|过次页|承前页)$/.test(summary.replace(/\s/g, ""))) {
      totals.push(row);
      continue;
    }
    const debit = fig(row, "debit");
    const credit = fig(row, "credit");
    const amount = fig(row, "amount");
    const balance = fig(row, "balance");
    const date = dateOf(reader, env, spec, cols, row, year);
    const voucher = voucherOf(reader, cols, row);
    const dirText = text(row, "direction");
    const entry: LedgerEntry = {
      row,
      date,
      dateCell: a1(row, cols.date ?? cols.month ?? spec.c0),
      voucher,
      voucherCell: cols.voucher === undefined ? null : a1(row, cols.voucher),
      summary,
      payee: text(row, "payee"),
      creditCode: text(row, "creditCode") ? toHalfWidth(text(row, "creditCode") as string).toUpperCase() : null,
      item: text(row, "item"),
      category: text(row, "category"),
      paid: amount ?? (paySide === "credit" ? credit : paySide === "debit" ? debit : null),
      debit,
      credit,
      direction: dirText === "借" || dirText === "贷" ? dirText : null,
      balance,
      // The fund's year when the ledger states it (a 2020 award paid in January 2021), else the payment's.
      year: yearOf(reader, cols, row) ?? (date ? Number(date.slice(0, 4)) : year),
    };
    if (!entry.paid && !debit && !credit && !balance && !summary && !entry.payee) continue;
    entries.push(entry);
  }
  return { layout: threeColumn ? "three-column" : "payments", paySide, entries, totals, end: body.end };
}

function dateOf(
  reader: GridReader,
  env: ReadEnv,
  spec: TableSpec,
  cols: Partial<Record<LedgerField, number>>,
  row: number,
  year: number | null,
): IsoDate | null {
  if (cols.date !== undefined) {
    const v = reader.value(row, cols.date);
    const d = readDate(v);
    if (d.kind === "date") return d.iso;
    if (d.kind === "unreadable") {
      // `4-12` or `4月12日` in a ledger whose year the header or title gives.
      const m = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(toHalfWidth(d.text));
      if (m && year) return isoDate(year, Number(m[1]), Number(m[2]));
      noteUnreadable(env.ctx, row, cols.date, "date", d.text, "ledger");
    }
    return null;
  }
  if (cols.month !== undefined && cols.day !== undefined && year) {
    const m = Number(reader.value(row, cols.month));
    const d = Number(reader.value(row, cols.day));
    if (Number.isInteger(m) && Number.isInteger(d)) return isoDate(year, m, d);
  }
  void spec;
  return null;
}

/** The voucher number, joined with its type (`记` | `15` → 记-15) when the ledger splits them. */
function voucherOf(reader: GridReader, cols: Partial<Record<LedgerField, number>>, row: number): string | null {
  if (cols.voucher === undefined) return null;
  const n = textOf(reader.value(row, cols.voucher));
  if (n === null) return null;
  const kind = cols.voucherKind === undefined ? null : textOf(reader.value(row, cols.voucherKind));
  return toHalfWidth(kind ? `${kind}-${n}` : n).replace(/\s+/g, "");
}

function yearOf(reader: GridReader, cols: Partial<Record<LedgerField, number>>, row: number): number | null {
  if (cols.year === undefined) return null;
  const m = /^(\d{4})\s*年?(度)?$/.exec(toHalfWidth(textOf(reader.value(row, cols.year)) ?? ""));
  return m ? Number(m[1]) : null;
}
