/**
 * Shape checks for corpus layouts, shared by tests/corpus/corpus-shape.test.ts and
 * scripts/corpus/build.ts (which runs them before writing, so a layout folder outside the
 * repository is checked the same way). Nothing here reads the engine: the engine is what the
 * corpus measures.
 */
import * as fs from "fs";
import * as ExcelJS from "exceljs";
import type { CellValue, CorpusLayout, CorpusSheet, Kind } from "./types";

/** The rule ids of the contract (copied, not read: the repository stands alone). */
export const RULE_IDS = [
  "cap.exceeded",
  "cap.rate-exceeded",
  "cap.unknown-policy",
  "cap.no-cap",
  "register.duplicate",
  "register.invalid-credit-code",
  "register.ineligible-location",
  "register.late-disbursement",
  "composition.line-mismatch",
  "composition.line-rounded",
  "composition.total-mismatch",
  "composition.approved-mismatch",
  "execution.rate-mismatch",
  "execution.total-mismatch",
  "execution.overspent",
  "execution.behind-schedule",
  "execution.no-spending",
  "input.unreadable-value",
  "register.location-code-mismatch",
  "register.paid-exceeds-award",
  "register.unpaid",
  "budget.overcommitted",
  "ledger.actual-mismatch",
  "ledger.unmatched-payment",
  "ledger.overpaid",
  "ledger.duplicate-payment",
  "ledger.balance-mismatch",
  "selfeval.rate-mismatch",
  "selfeval.score-mismatch",
  "selfeval.total-mismatch",
  "selfeval.target-missed-full-score",
  "selfeval.missing-explanation",
  "selfeval.weights",
  "selfeval.indicator-contradicted",
  "catalog.unreadable-standard",
] as const;

export const KINDS: readonly Kind[] = ["register", "composition", "execution", "catalog", "ledger", "selfeval", "targets"];

/** Column fields a layout may name, per kind ("amount:市级" = an amount column under a merged header). */
export const FIELDS: Record<Kind, readonly string[]> = {
  register: [
    "enterprise", "creditCode", "place", "taxPlace", "item", "project", "requested", "approved", "base", "year",
    "batch", "paidDate", "category", "paidBefore", "paidNow", "paidTotal", "dueThisYear", "approvalYear",
  ],
  composition: ["code", "category", "line", "amount", "unitAmount", "quantity"],
  execution: ["year", "code", "category", "line", "initialBudget", "adjustedBudget", "actual", "rate", "progress"],
  catalog: ["code", "item", "category", "capType", "capAmount", "rate", "base", "year", "document", "standard"],
  ledger: [
    "date", "voucher", "summary", "payee", "creditCode", "item", "category", "amount", "debit", "credit", "balance", "year",
  ],
  selfeval: [],
  targets: ["type", "name", "target", "basis", "stated"],
};

export interface Cell {
  row: number; // 1-based
  col: number; // 1-based
}

export function parseCell(a1: string): Cell | null {
  const m = /^([A-Z]{1,3})([1-9][0-9]*)$/.exec(a1);
  if (!m) return null;
  return { col: columnNumber(m[1]), row: Number(m[2]) };
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(n: number): string {
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function parseRange(ref: string): { top: Cell; bottom: Cell } | null {
  const [a, b] = ref.split(":");
  const top = a ? parseCell(a) : null;
  const bottom = b === undefined ? top : parseCell(b);
  if (!top || !bottom || top.row > bottom.row || top.col > bottom.col) return null;
  return { top, bottom };
}

export function sheetWidth(sheet: CorpusSheet): number {
  return sheet.rows.reduce((w, r) => Math.max(w, r.length), 0);
}

export function cellValue(sheet: CorpusSheet, c: Cell): CellValue {
  const v = sheet.rows[c.row - 1]?.[c.col - 1];
  return v === undefined ? null : v;
}

// GB 32100-2015: 18 characters from this alphabet, the last a check character over the first 17.
const CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeValid(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CODE_ALPHABET.indexOf(code[i]) * CODE_WEIGHTS[i];
  const check = (31 - (sum % 31)) % 31;
  return CODE_ALPHABET[check] === code[17];
}

function sheetOf(layout: CorpusLayout, name: string | undefined): CorpusSheet | null {
  if (name === undefined) return layout.sheets.length === 1 ? layout.sheets[0] : null;
  return layout.sheets.find((s) => s.name === name) ?? null;
}

/** Problems with the layouts as data (ids, sources, cells inside sheets, merges, rule ids, codes). */
export function checkLayouts(layouts: CorpusLayout[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const rules = new Set<string>(RULE_IDS);
  for (const L of layouts) {
    const at = `[${L.id}]`;
    const bad = (what: string): void => {
      problems.push(`${at} ${what}`);
    };
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(L.id)) bad(`id should be lower-case words joined by "-"`);
    if (ids.has(L.id)) bad("duplicate id");
    ids.add(L.id);
    if (!L.source?.title?.trim()) bad("source has no title");
    if (!/^https?:\/\/\S+$/.test(L.source?.url ?? "")) bad(`source url is not http(s): ${L.source?.url}`);
    if (!L.source?.changes?.trim()) bad("source.changes is empty");
    if (!L.classes.length) bad("no classes");
    if (!L.sheets.length) bad("no sheets");
    if (L.settings?.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(L.settings.asOf)) bad("settings.asOf is not YYYY-MM-DD");

    const names = new Set<string>();
    for (const s of L.sheets) {
      const sat = `sheet "${s.name}"`;
      if (!s.name || s.name.length > 31 || /[\\/?*[\]:]/.test(s.name)) bad(`${sat}: not a valid Excel sheet name`);
      if (names.has(s.name)) bad(`${sat}: duplicate sheet name`);
      names.add(s.name);
      if (!s.rows.length) bad(`${sat}: no rows`);
      const width = sheetWidth(s);
      const taken = new Map<string, string>();
      for (const m of s.merges ?? []) {
        const r = parseRange(m);
        if (!r || !m.includes(":")) {
          bad(`${sat}: merge "${m}" does not parse`);
          continue;
        }
        if (r.bottom.row > s.rows.length || r.bottom.col > width) bad(`${sat}: merge ${m} lies outside the rows`);
        for (let row = r.top.row; row <= r.bottom.row; row++)
          for (let col = r.top.col; col <= r.bottom.col; col++) {
            const key = `${row},${col}`;
            const other = taken.get(key);
            if (other) bad(`${sat}: merges ${other} and ${m} overlap`);
            taken.set(key, m);
            const isTopLeft = row === r.top.row && col === r.top.col;
            const v = cellValue(s, { row, col });
            if (!isTopLeft && v !== null) bad(`${sat}: ${columnLetters(col)}${row} holds a value inside merge ${m}`);
          }
      }
      for (const h of s.hiddenRows ?? []) if (h < 1 || h > s.rows.length) bad(`${sat}: hidden row ${h} outside the rows`);
      for (const [ref, fmt] of Object.entries(s.numberFormats ?? {})) {
        if (!parseRange(ref)) bad(`${sat}: number format range "${ref}" does not parse`);
        if (!fmt) bad(`${sat}: empty number format for ${ref}`);
      }
      s.rows.forEach((r, i) =>
        r.forEach((v, j) => {
          if (typeof v === "number" && !Number.isFinite(v)) bad(`${sat}: ${columnLetters(j + 1)}${i + 1} is not finite`);
        })
      );
    }

    if (!L.expect.tables.length) bad("expects no table");
    const plantedInvalid = new Set<string>();
    for (const f of L.expect.findings) if (f.rule === "register.invalid-credit-code") plantedInvalid.add(`${sheetOf(L, f.sheet)?.name}!${f.cell}`);

    for (const t of L.expect.tables) {
      const s = sheetOf(L, t.sheet);
      const tat = `table on "${t.sheet}"`;
      if (!s) {
        bad(`${tat}: no such sheet`);
        continue;
      }
      if (!KINDS.includes(t.kind)) bad(`${tat}: unknown kind ${t.kind}`);
      if (!(t.headerRow >= 1 && t.headerRow <= t.lastRow && t.lastRow <= s.rows.length))
        bad(`${tat}: headerRow ${t.headerRow} / lastRow ${t.lastRow} not inside rows 1..${s.rows.length}`);
      const width = sheetWidth(s);
      for (const [col, field] of Object.entries(t.columns ?? {})) {
        if (!/^[A-Z]{1,3}$/.test(col) || columnNumber(col) > width) bad(`${tat}: column ${col} outside the sheet`);
        const base = field.split(":")[0];
        if (!(FIELDS[t.kind] ?? []).includes(base)) bad(`${tat}: field "${field}" is not in the ${t.kind} vocabulary`);
        if (base === "creditCode") {
          for (let row = t.headerRow + 1; row <= t.lastRow; row++) {
            const v = cellValue(s, { row, col: columnNumber(col) });
            if (typeof v !== "string" || v.trim().length !== 18) continue;
            const key = `${s.name}!${col}${row}`;
            const valid = creditCodeValid(v.trim());
            if (!valid && !plantedInvalid.has(key)) bad(`${key}: credit code ${v} is invalid but no finding expects it`);
            if (valid && plantedInvalid.has(key)) bad(`${key}: credit code ${v} is valid but a finding calls it invalid`);
          }
        }
      }
    }

    if (!L.expect.findings.length && !L.classes.includes("clean")) bad("plants no finding and is not marked clean");
    if (L.expect.findings.length && L.classes.includes("clean")) bad("marked clean but expects findings");
    if (!L.expect.absent.length) bad("lists no false alarm in absent");
    for (const f of [...L.expect.findings, ...L.expect.absent]) {
      const fat = `finding ${f.rule}${f.cell ? " at " + f.cell : ""}`;
      if (!rules.has(f.rule)) bad(`${fat}: unknown rule id`);
      if (!f.why?.trim()) bad(`${fat}: no why`);
      if (f.cell === undefined) continue;
      const s = sheetOf(L, f.sheet);
      if (!s) {
        bad(`${fat}: sheet ${f.sheet ?? "(omitted, but the layout has several)"} not found`);
        continue;
      }
      const c = parseCell(f.cell);
      if (!c || c.row > s.rows.length || c.col > sheetWidth(s)) bad(`${fat}: cell outside sheet "${s.name}"`);
    }
    for (const f of L.expect.findings) {
      const s = sheetOf(L, f.sheet);
      const c = parseCell(f.cell);
      if (s && c && cellValue(s, c) === null) bad(`finding ${f.rule} at ${f.cell}: the cell is empty`);
    }
    for (const it of L.catalog?.items ?? []) {
      const name = (it as { name?: unknown }).name;
      if (typeof name !== "string" || !name.trim()) bad("catalog item without a name");
    }
  }
  return problems;
}

/** The value ExcelJS reads back for a cell, normalised to the layout's CellValue. */
function readBack(v: ExcelJS.CellValue): CellValue | undefined {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  // A number written with a date format reads back as a Date (ExcelJS converts in UTC): back to the serial.
  if (v instanceof Date) return v.getTime() / 86400000 + 25569;
  if (typeof v === "object" && "richText" in v) return v.richText.map((t) => t.text).join("");
  return undefined; // a formula, hyperlink… : never written by the build
}

/** Differences between a built workbook and its layout (cell values, merges, hidden rows). */
export async function compareWorkbook(layout: CorpusLayout, file: string): Promise<string[]> {
  const problems: string[] = [];
  if (!fs.existsSync(file)) return [`[${layout.id}] workbook ${file} is missing (run npm run corpus)`];
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const names = wb.worksheets.map((w) => w.name);
  const want = layout.sheets.map((s) => s.name);
  if (names.join("|") !== want.join("|")) problems.push(`[${layout.id}] sheets ${names.join(",")} != ${want.join(",")}`);
  for (const s of layout.sheets) {
    const ws = wb.getWorksheet(s.name);
    if (!ws) continue;
    const read = new Map<string, CellValue | undefined>();
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (xc) => {
        // Cells covered by a merge read back as the master's value; the layout leaves them empty.
        if (xc.isMerged && xc.master.address !== xc.address) return;
        read.set(xc.address, readBack(xc.value));
      })
    );
    const rows = Math.max(s.rows.length, ws.rowCount);
    const cols = Math.max(sheetWidth(s), ws.columnCount);
    for (let r = 1; r <= rows; r++)
      for (let c = 1; c <= cols; c++) {
        const key = `${columnLetters(c)}${r}`;
        const got = read.has(key) ? read.get(key) : null;
        const exp = cellValue(s, { row: r, col: c });
        if (got !== exp) problems.push(`[${layout.id}] ${s.name}!${columnLetters(c)}${r}: workbook ${JSON.stringify(got)} != layout ${JSON.stringify(exp)}`);
      }
    const merges = new Set((ws.model as { merges?: string[] }).merges ?? []);
    const wantMerges = new Set(s.merges ?? []);
    for (const m of wantMerges) if (!merges.has(m)) problems.push(`[${layout.id}] ${s.name}: merge ${m} missing in workbook`);
    for (const m of merges) if (!wantMerges.has(m)) problems.push(`[${layout.id}] ${s.name}: extra merge ${m} in workbook`);
    const hidden = new Set(s.hiddenRows ?? []);
    for (let r = 1; r <= rows; r++)
      if (Boolean(ws.getRow(r).hidden) !== hidden.has(r)) problems.push(`[${layout.id}] ${s.name}: row ${r} hidden state differs`);
  }
  return problems;
}

export function compareCatalog(layout: CorpusLayout, file: string): string[] {
  const exists = fs.existsSync(file);
  if (!layout.catalog) return exists ? [`[${layout.id}] stray catalog file ${file}`] : [];
  if (!exists) return [`[${layout.id}] catalog file ${file} is missing (run npm run corpus)`];
  const got = JSON.parse(fs.readFileSync(file, "utf8"));
  return JSON.stringify(got) === JSON.stringify(layout.catalog) ? [] : [`[${layout.id}] ${file} differs from the layout's catalog`];
}
