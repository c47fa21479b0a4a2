/**
 * Application registers and award lists: one row per application or award, possibly a million
 * of them. Rows are read straight from the value arrays in one loop with no per-cell objects;
 * merges are resolved through the reader only when one reaches into the data area.
 *
 * A row holding one label alone (`一、高新技术企业认定奖励`, merged across the table or numbered)
 * is a category row: it names the group of rows under it, and is no award itself.
 */
import { formatDecimals, numberDecimals, readAmount } from "../../amount";
import { readDate, readYear } from "../../dates";
import type { Cell } from "../../grid";
import { toYuan, type Unit } from "../../units";
import { noteUnreadable, textOf, unreadableText } from "../../tables/figures";
import { classifyValues, outlineLevel, signOffAtRight, stripNumbering } from "../../tables/rows";
import { outlineOverRows } from "../../tables/body";
import type { TableSpec } from "../../tables/spec";
import type { ReadEnv } from "../define";
import type { RegisterField } from "./fields";
import { readFoot, readSplits, type RegisterSplit, type TotalRowRead } from "./split";
import { REGISTER_MONEY, RegisterStore, type RegisterMoney } from "./store";
import type { RegisterTable } from "./types";


/** Plain decimal text ("5.5", "120000"): read without the general parser. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export interface RegisterRead {
  /** The records, column by column. */
  store: RegisterStore;
  col: RegisterTable["col"];
  itemFrom: RegisterTable["itemFrom"];
  precision: RegisterTable["precision"];
  /** Last row read (data, total or category row). */
  end: number;
  /** The award (or other money) split into parts under one merged heading, with its total column. */
  splits?: RegisterSplit[];
}

export function readRegister(spec: TableSpec, env: ReadEnv): RegisterRead {
  const { reader } = spec;
  const { ctx } = env;
  const unit = spec.unit;
  const grid = reader.grid;
  const col: Partial<Record<RegisterField, number>> = {};
  const unitOf: Partial<Record<RegisterMoney, Unit>> = {};
  for (const c of spec.columns) {
    const f = c.field as RegisterField | null;
    if (!f || col[f] !== undefined || c.part || c.within !== undefined) continue;
    col[f] = c.col;
    if ((REGISTER_MONEY as readonly string[]).includes(f)) unitOf[f as RegisterMoney] = c.unit ?? unit;
  }
  const top = grid.top;
  const left = grid.left;
  const first = spec.headerTop + spec.headerRows;
  const i0 = spec.c0 - left;
  const i1 = spec.c1 - left;
  // Array index of each field's column, -1 when absent.
  const ix = (f: RegisterField): number => (col[f] === undefined ? -1 : (col[f] as number) - left);
  const iEnt = ix("enterprise");
  const iCode = ix("creditCode");
  const iReg = ix("registeredIn");
  const iTax = ix("taxRegisteredIn");
  // A place's lower level beside it (设区市 | 县（市、区）): read joined to it, one place.
  const lowerOf = (f: RegisterField): number => {
    const c = spec.columns.find((x) => x.field === f && x.within !== undefined && x.within === col[f]);
    return c ? c.col - left : -1;
  };
  const iItemCode = ix("itemCode");
  const iItem = ix("item");
  const iProject = ix("project");
  const iReq = ix("requested");
  const iApp = ix("approved");
  const iBase = ix("base");
  const iYear = ix("year");
  const iBatch = ix("batch");
  const iPaid = ix("paidOn");
  // Instalment columns: read only where the list has them, so a plain register keeps its tight loop.
  const instalments = (["paidBefore", "paidNow", "paidTotal", "dueThisYear"] as const).filter((f) => col[f] !== undefined);
  // Their further columns (已预拨资金 | 工程款 | 工作经费): not added to the payment, which the first
  // column states, but a cell that is not a number is still reported.
  const instalmentParts = spec.columns
    .filter((c) => (instalments as readonly string[]).includes(c.field ?? "") && col[c.field as RegisterField] !== c.col)
    .map((c) => ({ i: c.col - left, f: c.field as (typeof instalments)[number], u: c.unit ?? unit }));
  const iApprovalYear = ix("approvalYear");
  const uReq = unitOf.requested ?? unit;
  const uApp = unitOf.approved ?? unit;
  const uBase = unitOf.base ?? unit;
  const mergedBody = grid.merges.some((m) => m.r1 >= first && m.c1 >= spec.c0 && m.c0 <= spec.c1);
  const hasNumbers = iReq >= 0 || iApp >= 0 || iBase >= 0 || iYear >= 0 || iPaid >= 0;
  const titleYear = iYear < 0 ? spec.context.year : null;

  const lastRow = Math.min(spec.limit, top + grid.values.length - 1);
  const store = new RegisterStore(
    grid.values,
    top,
    {
      enterprise: iEnt,
      creditCode: iCode,
      registeredIn: iReg,
      taxRegisteredIn: iTax,
      itemCode: iItemCode,
      item: iItem,
      project: iProject,
      category: ix("category"),
      batch: iBatch,
      registeredInLower: lowerOf("registeredIn"),
      taxRegisteredInLower: lowerOf("taxRegisteredIn"),
    },
    { requested: { i: iReq, unit: uReq }, approved: { i: iApp, unit: uApp }, base: { i: iBase, unit: uBase } },
    lastRow - first + 1,
    instalments,
    iPaid >= 0,
    iApprovalYear >= 0,
    left,
  );
  const serials = new Map<number, string>();
  let end = first - 1;
  let group: string | null = null;
  // Set when a number cell's text turns out to be a header row: skip it (same header) or stop.
  let repeatHeader = false;
  let stopAt = -1;
  let skipTo = -1;

  /** Reads an amount cell; records unreadable text (unless it turns out to be a repeated header). */
  // Decimals the money columns show, for the rounding a cap check allows (72.45 万元 for 72.448).
  const shown: Record<RegisterMoney, number> = { requested: 0, approved: 0, base: 0, paidBefore: 0, paidNow: 0, paidTotal: 0, dueThisYear: 0 };
  for (const f of REGISTER_MONEY) {
    const c = col[f];
    if (c !== undefined) shown[f] = formatDecimals(reader.numberFormat(first, c)) ?? 0;
  }
  const money = (v: Cell | undefined, row: number, i: number, field: RegisterMoney, u: Unit): number | null => {
    if (v === null || v === undefined) return null;
    if (typeof v === "number") {
      if (Number.isFinite(v)) {
        if (!Number.isInteger(v) && shown[field] < 4) shown[field] = Math.max(shown[field], numberDecimals(v));
        return toYuan(v, u);
      }
    }
    if (typeof v === "string" && PLAIN_NUMBER.test(v)) return toYuan(Number(v), u);
    const r = readAmount(v, null);
    if (r.kind === "number" && !r.percent) {
      if (r.decimals > shown[field]) shown[field] = r.decimals;
      return toYuan(r.value, r.unit ?? u);
    }
    if (r.kind === "nothing") return null;
    if (!repeatHeader && headerAgain(row)) return null;
    noteUnreadable(ctx, row, i + left, field, unreadableText(v), "register");
    return null;
  };

  /** A register's header repeated (or a new table's header, or a form's row) shows as text in number columns. */
  const headerAgain = (row: number): boolean => {
    const other = env.headerAt(row);
    if (!other) {
      // A form's label | value row (主管部门 | 某局) is the form's: the list ended above it.
      if (!env.formRow(row)) return false;
      repeatHeader = true;
      stopAt = row;
      return true;
    }
    repeatHeader = true;
    const o = other[0];
    stopAt = o.kind === spec.kind && o.c0 === spec.c0 && o.c1 === spec.c1 && sameFields(spec, o) ? -1 : row;
    skipTo = row + o.headerRows - 1;
    return true;
  };

  // Values of a row with merges resolved (only when a merge reaches the data area).
  const resolved = (row: number): Cell[] => {
    const out: Cell[] = new Array(i1 + 1).fill(null);
    for (let c = spec.c0; c <= spec.c1; c++) {
      const m = reader.merge(row, c);
      // A merged amount spanning rows is one value for the group, not each row's.
      out[c - left] = m && m.r1 > m.r0 && m.r0 !== row && isMoneyCol(c - left) ? null : reader.value(row, c);
    }
    return out;
  };
  const isMoneyCol = (i: number): boolean => i === iReq || i === iApp || i === iBase || instalments.some((f) => (col[f] as number) - left === i);

  /** A category row: one label alone, merged across the table, numbered, or in its first column. */
  const headingOf = (raw: Cell[], row: number): string | null => {
    let at = -1;
    for (let i = i0; i <= i1; i++) {
      const v = i < raw.length ? raw[i] : null;
      if (v === null || v === undefined || v === "") {
        // A cell merged down from the row above: this row belongs to that record.
        if (mergedBody) {
          const m = reader.merge(row, i + left);
          if (m && m.r0 < row) return null;
        }
        continue;
      }
      if (at >= 0 || typeof v !== "string") return null;
      at = i;
    }
    if (at < 0) return null;
    const text = (raw[at] as string).trim();
    if (text === "") return null;
    const m = mergedBody ? reader.merge(row, at + left) : undefined;
    const spread = !!m && m.c1 > m.c0;
    if (spread || outlineLevel(text) !== null || (at === i0 && at !== iEnt && at !== iCode)) return stripNumbering(text);
    return null;
  };

  let underTotal = false;
  // The list's total rows (合计, 小计): no award, but the foot of a split award's columns.
  const totals: TotalRowRead[] = [];
  for (let row = first; row <= spec.limit; row++) {
    const raw = grid.values[row - top];
    if (!raw) continue;
    const cls = classifyValues(raw, i0, i1);
    if (cls.kind === "blank" || cls.kind === "colnum") continue;
    if (cls.kind === "total") {
      end = row;
      if (totals.length < 10_000) totals.push({ row, label: cls.label, scope: cls.scope });
      underTotal = cls.scope === "table";
      continue;
    }
    // A section heading long enough to read as a note (its standards in a bracket) heads the rows under it.
    if (cls.kind === "note" && !outlineOverRows(spec, row, env.headerAt)) break;
    // Under the list's 合计, the office and its date merged across the right-hand columns are its
    // sign-off (落款): the document's, no category of the list.
    if (underTotal && mergedBody && signOffAtRight(reader, row, spec.c0, spec.c1)) break;
    underTotal = false;
    const heading = headingOf(raw, row);
    if (heading !== null) {
      // A heading is the list's only with records under it (the record sets the end): lines merged
      // across under the last record (the office, its date) are the document's.
      group = heading;
      continue;
    }
    const v = mergedBody ? resolved(row) : raw;
    repeatHeader = false;
    const requested = iReq >= 0 ? money(v[iReq], row, iReq, "requested", uReq) : null;
    if (repeatHeader) {
      if (stopAt >= 0) break;
      row = skipTo;
      continue;
    }
    const approved = iApp >= 0 ? money(v[iApp], row, iApp, "approved", uApp) : null;
    if (repeatHeader) {
      if (stopAt >= 0) break;
      row = skipTo;
      continue;
    }
    const base = iBase >= 0 ? money(v[iBase], row, iBase, "base", uBase) : null;
    let year: number | null = titleYear;
    if (iYear >= 0) {
      const y = v[iYear];
      if (typeof y === "number" && Number.isInteger(y) && y >= 1900 && y <= 9999) year = y;
      else if (y !== null && y !== undefined && !(typeof y === "string" && y.trim() === "")) {
        year = readYear(y);
        if (year === null) noteUnreadable(ctx, row, iYear + left, "year", unreadableText(y), "register");
      }
    }
    let paidOn: string | null = null;
    if (iPaid >= 0) {
      const p = v[iPaid];
      const cached = typeof p === "number" ? serials.get(p) : undefined;
      if (cached !== undefined) paidOn = cached;
      else {
        const d = readDate(p);
        if (d.kind === "date") {
          paidOn = d.iso;
          // Payment dates repeat a lot: remember serials already converted.
          if (typeof p === "number" && serials.size < 100_000) serials.set(p, d.iso);
        } else if (d.kind === "unreadable") noteUnreadable(ctx, row, iPaid + left, "paidOn", d.text, "register");
      }
    }
    // A record needs a name, a code, an item or an amount; else only a 序号 or a stray remark.
    // (Character tests, not textOf: no string is made for the test.)
    if (requested === null && approved === null && base === null && !filled(v[iEnt]) && !filled(v[iCode]) && !filled(v[iItem]) && !filled(v[iItemCode])) {
      if (!hasNumbers || (iYear < 0 && paidOn === null) || (year === null && paidOn === null)) continue;
    }
    const k = store.add(row, v === raw ? null : v, requested, approved, base, year, paidOn, group);
    for (const f of instalments) {
      const i = (col[f] as number) - left;
      store.setInstalment(k, f, money(v[i], row, i, f, unitOf[f] ?? unit));
    }
    for (const p of instalmentParts) money(v[p.i], row, p.i, p.f, p.u);
    if (iApprovalYear >= 0) store.setApprovalYear(k, readYear(v[iApprovalYear] ?? null));
    // The name merged down from the row above, with no award of its own (the award merged down too, or
    // blank): another project of the same applicant and award, not the applicant listed again.
    if (mergedBody && iEnt >= 0 && (iApp >= 0 ? approved : requested) === null) {
      const m = reader.merge(row, iEnt + left);
      if (m && m.r0 < row && m.r0 >= first) store.markContinued(k);
    }
    end = row;
  }
  const precision: RegisterTable["precision"] = {};
  if (iReq >= 0) precision.requested = { decimals: shown.requested, unit: uReq };
  if (iApp >= 0) precision.approved = { decimals: shown.approved, unit: uApp };
  if (iBase >= 0) precision.base = { decimals: shown.base, unit: uBase };
  const mains = (["requested", "approved", "base"] as const).flatMap((f) => (col[f] === undefined ? [] : [{ col: col[f] as number, field: f, unit: unitOf[f] ?? unit }]));
  const iLabel = iEnt >= 0 ? iEnt : iProject >= 0 ? iProject : iItem;
  const labelOf = (row: number) => (iLabel >= 0 ? textOf(grid.values[row - top]?.[iLabel]) : null);
  const splits = readSplits(spec, ctx, mains, store, totals.filter((t) => t.row <= end), labelOf);
  // Every money column outside a split has its foot checked against its lines: the award (approved, asked, base)
  // and an instalment list's payments (上期 | 本期 | 累计), a blank cell adding nothing, a blank foot checked for nothing.
  const inSplit = new Set(splits.flatMap((s) => s.columns.map((c) => c.col)));
  const feet = totals.filter((t) => t.row <= end);
  for (const f of REGISTER_MONEY) {
    const c = col[f];
    if (c === undefined || inSplit.has(c)) continue;
    const value = f === "requested" || f === "approved" || f === "base" ? (k: number) => store[f](k) : (k: number) => store.instalment(k, f) ?? null;
    const foot = readFoot(spec, { col: c, field: f, unit: unitOf[f] ?? unit, decimals: shown[f] }, { length: store.length, row: (k) => store.row(k), value }, feet, mergedBody);
    if (foot) splits.push(foot);
  }
  return { store, col, end, itemFrom: iItem >= 0 || iItemCode >= 0 ? "column" : null, precision, ...(splits.length > 0 ? { splits } : {}) };
}

/** Whether a cell holds text or a number (what textOf would not read as blank). */
function filled(v: Cell | undefined): boolean {
  if (typeof v === "number") return true;
  if (typeof v !== "string") return false;
  return v.length > 0 && (v.trim() !== "");
}

function sameFields(a: TableSpec, b: TableSpec): boolean {
  return a.columns.every((c, i) => c.field === b.columns[i]?.field && c.year === b.columns[i]?.year);
}
