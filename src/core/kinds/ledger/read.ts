/**
 * Reading a payment ledger: a 拨付台账 (date, voucher, summary, payee, item, amount per row) or a
 * three-column 明细账 (月 | 日 | 凭证字号 | 摘要 | 借方 | 贷方 | 借或贷 | 余额). Summary rows (合计, 本月合计,
 * 本年累计) are no payments. Dates come from a date column or from 月 and 日 with the year of the
 * header (`2023年` over 月 | 日) or the title.
 */
import { readDate, isoDate, type IsoDate } from "../../dates";
import type { GridReader } from "../../grid";
import type { Unit } from "../../units";
import { toHalfWidth } from "../../text";
import { Memo } from "../../memo";
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

/** 合计, 本月合计, 本年累计, 过次页, 承前页: summary rows, no payments (the cheap test first). */
const SUMMARY_ROW_CHARS = /[计页]/;
const SUMMARY_ROW = /(本月合计|本年累计|累计|合计|小计|过次页|承前页)$/;

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
  // Each amount column's unit, looked up once rather than per row.
  const unitOf: Partial<Record<LedgerField, Unit>> = {};
  for (const f of ["amount", "debit", "credit", "balance"] as const) if (cols[f] !== undefined) unitOf[f] = spec.columns.find((c) => c.col === cols[f])?.unit ?? spec.unit;
  const fig = (row: number, f: "amount" | "debit" | "credit" | "balance"): Figure | null =>
    cols[f] === undefined ? null : readFigure(reader, env.ctx, row, cols[f] as number, f, "amount", unitOf[f] as Unit, "ledger").figure;
  const text = (row: number, f: LedgerField): string | null => (cols[f] === undefined ? null : textOf(reader.value(row, cols[f] as number)));

  const entries: LedgerEntry[] = [];
  const totals: number[] = [];
  const { direction: cDirection, creditCode: cCode, payee: cPayee, item: cItem, category: cCategory, year: cYear } = cols;
  const dateCol = cols.date ?? cols.month ?? spec.c0;
  // Codes repeat (one payee, many payments): normalised once each, and each distinct code numbered
  // as it is met, so the checks group a payee's payments by that number rather than by hashing
  // the code of every payment again.
  const codeIds = new Map<string, number>();
  const codes = new Memo((c: string) => {
    const code = toHalfWidth(c).replace(/\s+/g, "").toUpperCase();
    let id = codeIds.get(code);
    if (id === undefined) codeIds.set(code, (id = codeIds.size));
    return { code, id };
  });
  for (const { row, cls } of body.rows) {
    if (cls.kind === "total") {
      totals.push(row);
      continue;
    }
    const summary = text(row, "summary");
    if (summary && SUMMARY_ROW_CHARS.test(summary) && SUMMARY_ROW.test(summary.replace(/\s/g, ""))) {
      totals.push(row);
      continue;
    }
    const debit = fig(row, "debit");
    const credit = fig(row, "credit");
    const amount = fig(row, "amount");
    const balance = fig(row, "balance");
    const date = dateOf(reader, env, spec, cols, row, year);
    const voucher = voucherOf(reader, cols, row);
    const dirText = cDirection === undefined ? null : text(row, "direction");
    const payee = cPayee === undefined ? null : textOf(reader.value(row, cPayee));
    const paid = amount ?? (paySide === "credit" ? credit : paySide === "debit" ? debit : null);
    if (!paid && !debit && !credit && !balance && !summary && !payee) continue;
    // (Numbered only for the entries kept, so the numbers stay below the number of entries.)
    const rawCode = cCode === undefined ? null : textOf(reader.value(row, cCode));
    const code = rawCode === null ? null : codes.get(rawCode);
    const entry: LedgerEntry = {
      row,
      date,
      dateCol,
      voucher,
      summary,
      payee,
      creditCode: code === null ? null : code.code,
      codeId: code === null ? -1 : code.id,
      item: cItem === undefined ? null : textOf(reader.value(row, cItem)),
      category: cCategory === undefined ? null : textOf(reader.value(row, cCategory)),
      paid,
      debit,
      credit,
      direction: dirText === "借" || dirText === "贷" ? dirText : null,
      balance,
      // The fund's year when the ledger states it (a 2020 award paid in January 2021), else the payment's.
      year: (cYear === undefined ? null : yearOf(reader, cols, row)) ?? (date ? yearOfIso(date) : year),
    };
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

function yearOfIso(date: IsoDate): number {
  return (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);
}
