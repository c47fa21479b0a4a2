/**
 * Builds samples/sample-fund.xlsx from the data in scripts/sample/: the seed's Tables A, B and C
 * laid out as the seed shows them (captions, merged category and year cells, two header rows,
 * dashes, `5,170.28 (1-8 月)` as text), a 政策目录 sheet, a 申报清单 register with one planted
 * problem per register rule, and the money-flow sheets (分期拨付, 拨付台账, 专户明细账) with one
 * planted fault per reconciliation rule, and the seed's 绩效目标 with stated results. Deterministic: fixed-seed data and fixed document dates.
 *
 *   npm run sample                      rebuild samples/sample-fund.xlsx
 *   npx tsx scripts/build-sample.ts OUT write elsewhere (the reproducibility test does)
 */
import * as path from "path";
import * as ExcelJS from "exceljs";
import { isoToSerial } from "../src/core/dates";
import * as seed from "./sample/seedTables";
import { CATALOG_HEADER, catalogRow, sampleCatalog } from "./sample/catalog";
import { REGISTER_CAPTION, REGISTER_HEADER, REGISTER_NOTES, sampleRegister } from "./sample/register";
import * as money from "./sample/money";
import { TARGETS, TARGETS_CAPTION, TARGETS_HEADER } from "./sample/targets";

export const SAMPLE_PATH = path.join(__dirname, "..", "samples", "sample-fund.xlsx");
export const SHEETS = {
  composition: "预算构成",
  execution: "执行情况",
  register: "申报清单",
  catalog: "政策目录",
  instalments: "分期拨付",
  ledger: "拨付台账",
  account: "专户明细账",
  targets: "绩效目标",
} as const;

const FIXED_DATE = new Date(Date.UTC(2021, 8, 9));
const BOLD: Partial<ExcelJS.Font> = { bold: true };
const CENTER: Partial<ExcelJS.Alignment> = { horizontal: "center", vertical: "middle", wrapText: true };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

function header(ws: ExcelJS.Worksheet, row: number, col: number, text: string): void {
  const c = ws.getCell(row, col);
  c.value = text;
  c.font = BOLD;
  c.alignment = CENTER;
  c.border = THIN;
}

function put(ws: ExcelJS.Worksheet, row: number, col: number, value: ExcelJS.CellValue, numFmt?: string): ExcelJS.Cell {
  const c = ws.getCell(row, col);
  c.value = value;
  if (numFmt && typeof value === "number") c.numFmt = numFmt;
  c.border = THIN;
  return c;
}

/** Table A: caption, header, lines with the category merged over its lines, 合计. */
function compositionSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SHEETS.composition);
  ws.columns = [{ width: 34 }, { width: 60 }, { width: 18 }, { width: 16 }, { width: 8 }];
  ws.getCell("A1").value = seed.TABLE_A_CAPTION;
  ws.mergeCells("A1:E1");
  seed.TABLE_A_HEADER.forEach((h, i) => header(ws, 2, i + 1, h));
  let r = 3;
  for (const group of seed.TABLE_A) {
    const first = r;
    for (const line of group.lines) {
      put(ws, r, 2, line.item).alignment = { wrapText: true };
      put(ws, r, 3, line.amount.value, line.amount.format);
      put(ws, r, 4, line.unit.value, line.unit.format);
      put(ws, r, 5, line.quantity, "0");
      r++;
    }
    put(ws, first, 1, group.category).alignment = { vertical: "middle", wrapText: true };
    if (r - 1 > first) ws.mergeCells(first, 1, r - 1, 1);
  }
  put(ws, r, 1, "合计").font = BOLD;
  ws.mergeCells(r, 1, r, 2);
  put(ws, r, 3, seed.TABLE_A_TOTAL.value, seed.TABLE_A_TOTAL.format).font = BOLD;
  put(ws, r, 4, null);
  put(ws, r, 5, null);
}

/** Tables B and C on one sheet, as in the seed: captions with the unit, C with two header rows. */
function executionSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SHEETS.execution);
  ws.columns = [{ width: 8 }, { width: 36 }, { width: 12 }, { width: 14 }, { width: 16 }, { width: 14 }, { width: 12 }, { width: 14 }, { width: 12 }];
  ws.getCell("A1").value = seed.TABLE_B_CAPTION;
  seed.TABLE_B_HEADER.forEach((h, i) => header(ws, 2, i + 1, h));
  seed.TABLE_B.forEach(([year, initial, adjusted, actual, rate], i) => {
    const r = 3 + i;
    put(ws, r, 1, year);
    put(ws, r, 2, initial, "0");
    put(ws, r, 3, adjusted, "0");
    put(ws, r, 4, actual, "#,##0.00");
    put(ws, r, 5, rate, "0.00%");
  });

  const top = 8;
  ws.getCell(top - 1, 1).value = seed.TABLE_C_CAPTION;
  header(ws, top, 1, "政策类");
  ws.mergeCells(top, 1, top + 1, 2);
  header(ws, top, 3, "涉及政策项（数量）");
  ws.mergeCells(top, 3, top + 1, 3);
  seed.TABLE_C_YEARS.forEach((y, i) => {
    header(ws, top, 4 + 2 * i, y);
    ws.mergeCells(top, 4 + 2 * i, top, 5 + 2 * i);
  });
  seed.TABLE_C_SUBHEADS.forEach((h, i) => header(ws, top + 1, 4 + i, h));

  const first = top + 2;
  seed.TABLE_C.forEach((row, i) => {
    const r = first + i;
    row.forEach((v, c) => {
      if (v === null) return; // inside the merged budget cells
      put(ws, r, c + 1, v, c === 0 || c === 2 ? "0" : "#,##0.00");
    });
  });
  const last = first + seed.TABLE_C.length - 1;
  // 2020 and 2019: the year's whole budget, stated once over all nine categories.
  for (const col of [6, 8]) {
    ws.mergeCells(first, col, last, col);
    ws.getCell(first, col).alignment = { vertical: "middle", horizontal: "center" };
  }
  const total = last + 1;
  put(ws, total, 1, seed.TABLE_C_TOTAL[0]).font = BOLD;
  ws.mergeCells(total, 1, total, 2);
  seed.TABLE_C_TOTAL.slice(1).forEach((v, i) => put(ws, total, 3 + i, v as number, i === 0 ? "0" : "#,##0.00"));
  ws.getCell(total + 2, 1).value = seed.TABLE_C_NOTE;
}

function catalogSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SHEETS.catalog);
  ws.columns = [{ width: 10 }, { width: 50 }, { width: 34 }, { width: 10 }, { width: 16 }, { width: 8 }, { width: 8 }, { width: 34 }];
  CATALOG_HEADER.forEach((h, i) => header(ws, 1, i + 1, h));
  sampleCatalog().forEach((it, i) => {
    catalogRow(it).forEach((v, c) => put(ws, 2 + i, c + 1, v, c === 4 ? "#,##0" : c === 5 ? "0%" : "0"));
  });
}

function registerSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SHEETS.register);
  ws.columns = [
    { width: 6 }, { width: 34 }, { width: 22 }, { width: 14 }, { width: 12 }, { width: 34 },
    { width: 12 }, { width: 14 }, { width: 14 }, { width: 8 }, { width: 8 }, { width: 12 },
  ];
  ws.getCell("A1").value = REGISTER_CAPTION;
  ws.mergeCells(1, 1, 1, REGISTER_HEADER.length);
  REGISTER_HEADER.forEach((h, i) => header(ws, 2, i + 1, h));
  const rows = sampleRegister();
  rows.forEach((e, i) => {
    const r = 3 + i;
    const values: ExcelJS.CellValue[] = [
      i + 1,
      e.enterprise,
      e.creditCode,
      e.registeredIn,
      e.taxRegisteredIn,
      e.item,
      e.requested,
      e.approved,
      e.base,
      e.year,
      e.batch,
      e.paidOn === null ? null : isoToSerial(e.paidOn),
    ];
    values.forEach((v, c) => put(ws, r, c + 1, v, c === 11 ? "yyyy-mm-dd" : c >= 6 && c <= 8 ? "#,##0.00" : "0"));
    if (e.hidden) ws.getRow(r).hidden = true;
  });
  const notesAt = 3 + rows.length + 1;
  REGISTER_NOTES.forEach((n, i) => (ws.getCell(notesAt + i, 1).value = n));
}

/** A caption line, then the unit on its own line, as offices lay out published tables. */
function caption(ws: ExcelJS.Worksheet, width: number, title: string, unit: string): void {
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = BOLD;
  ws.mergeCells(1, 1, 1, width);
  ws.getCell(2, width).value = unit;
  ws.getCell(2, width).alignment = { horizontal: "right" };
}

/** 分期拨付: earlier years' awards with 上期 / 本期 / 本年应拨付 columns (万元). */
function instalmentSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SHEETS.instalments);
  ws.columns = [{ width: 6 }, { width: 32 }, { width: 22 }, { width: 22 }, { width: 10 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 12 }];
  caption(ws, money.INSTALMENT_HEADER.length, money.INSTALMENT_CAPTION, money.INSTALMENT_UNIT);
  money.INSTALMENT_HEADER.forEach((h, i) => header(ws, 3, i + 1, h));
  money.INSTALMENTS.forEach((x, i) => {
    const values = [i + 1, x.enterprise, x.creditCode, money.ITEM, x.approvalYear, x.approved, x.paidBefore, x.paidNow, x.dueThisYear];
    values.forEach((v, c) => put(ws, 4 + i, c + 1, v, c >= 5 ? "#,##0.00" : "0"));
  });
}

/** 拨付台账: one payment per row (元). */
function ledgerSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SHEETS.ledger);
  ws.columns = [{ width: 12 }, { width: 10 }, { width: 30 }, { width: 32 }, { width: 22 }, { width: 22 }, { width: 16 }];
  caption(ws, money.LEDGER_HEADER.length, money.LEDGER_CAPTION, money.LEDGER_UNIT);
  money.LEDGER_HEADER.forEach((h, i) => header(ws, 3, i + 1, h));
  money.PAYMENTS.forEach((p, i) => {
    const values: ExcelJS.CellValue[] = [isoToSerial(p.date), p.voucher, p.summary, p.payee, p.creditCode, p.item, p.amount];
    values.forEach((v, c) => put(ws, 4 + i, c + 1, v, c === 0 ? "yyyy-mm-dd" : c === 6 ? "#,##0.00" : undefined));
  });
}

/** 专户明细账: the fund's three-column account (月 | 日 | 凭证号 | 摘要 | 借方 | 贷方 | 借或贷 | 余额, 万元). */
function accountSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SHEETS.account);
  ws.columns = [{ width: 5 }, { width: 5 }, { width: 10 }, { width: 30 }, { width: 14 }, { width: 14 }, { width: 8 }, { width: 14 }];
  caption(ws, money.ACCOUNT_HEADER.length, money.ACCOUNT_CAPTION, money.ACCOUNT_UNIT);
  money.ACCOUNT_HEADER.forEach((h, i) => header(ws, 3, i + 1, h));
  money.accountLines().forEach((l, i) => {
    const values = [l.month, l.day, l.voucher, l.summary, l.debit, l.credit, "借", l.balance];
    values.forEach((v, c) => put(ws, 4 + i, c + 1, v, c >= 4 && c !== 6 ? "#,##0.00" : undefined));
  });
}

/** 绩效目标: the seed's targets, the type merged over its targets, with stated results. */
function targetsSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SHEETS.targets);
  ws.columns = [{ width: 12 }, { width: 34 }, { width: 16 }, { width: 50 }, { width: 14 }];
  ws.getCell(1, 1).value = TARGETS_CAPTION;
  ws.getCell(1, 1).font = BOLD;
  ws.mergeCells(1, 1, 1, TARGETS_HEADER.length);
  TARGETS_HEADER.forEach((h, i) => header(ws, 2, i + 1, h));
  let typeFrom = 3;
  TARGETS.forEach((row, i) => {
    const r = 3 + i;
    row.forEach((v, c) => put(ws, r, c + 1, v));
    if (row[0] !== null && r > typeFrom) {
      if (r - 1 > typeFrom) ws.mergeCells(typeFrom, 1, r - 1, 1);
      typeFrom = r;
    }
  });
  const last = 3 + TARGETS.length - 1;
  if (last > typeFrom) ws.mergeCells(typeFrom, 1, last, 1);
}

export function buildSampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "subsidy-audit scripts/build-sample.ts";
  wb.lastModifiedBy = wb.creator;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  compositionSheet(wb);
  executionSheet(wb);
  registerSheet(wb);
  catalogSheet(wb);
  instalmentSheet(wb);
  ledgerSheet(wb);
  accountSheet(wb);
  targetsSheet(wb);
  return wb;
}

export async function writeSample(out: string = SAMPLE_PATH): Promise<string> {
  await buildSampleWorkbook().xlsx.writeFile(out);
  return out;
}

if (require.main === module) {
  writeSample(process.argv[2] ? path.resolve(process.argv[2]) : SAMPLE_PATH).then(
    (out) => console.log(`wrote ${path.relative(process.cwd(), out)}`),
    (e: unknown) => {
      console.error(`build-sample: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    }
  );
}
