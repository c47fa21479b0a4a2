/**
 * The workbook the fake Excel holds: what the host knows, independent of any proxy. Proxies read
 * and write it only while a context.sync() applies their queued operations.
 * Sheet coordinates are 0-based, as in SheetGrid.
 */
import type { Cell, CellRange } from "../../src/core/grid";
import { a1, columnLetters, parseA1 } from "../../src/core/grid";
import { FakeOfficeError, accessDenied, invalidArgument, itemNotFound } from "./fake-errors";

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** A cell fill. null = "No Fill". */
export interface FillModel {
  color: string;
  pattern: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
}

export interface HyperlinkModel {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface TableModel {
  name: string;
  sheetId: string;
  range: CellRange;
  hasHeaders: boolean;
  style: string;
}

const KEY = (r: number, c: number) => r * MAX_COLS + c;

let nextSheetId = 1;

export class SheetModel {
  /** Worksheet.id: kept across renames and moves within a session, not across sessions (see WorkbookModel.reopen). */
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  protected = false;
  /** Dense per row: values (null = blank) and number formats (undefined = "General"). */
  readonly vals: (Cell[] | undefined)[] = [];
  readonly fmts: ((string | undefined)[] | undefined)[] = [];
  readonly formulas = new Map<number, string>();
  readonly fills = new Map<number, FillModel>();
  readonly hyperlinks = new Map<number, HyperlinkModel>();
  readonly bold = new Set<number>();
  readonly notes = new Map<string, string>();
  merges: CellRange[] = [];
  readonly hiddenRows = new Set<number>();
  /** Test hook: every read of this sheet's values fails (a host fault, a corrupt sheet). */
  failReads = false;

  constructor(name: string) {
    this.id = `{SHEET-${String(nextSheetId++).padStart(4, "0")}}`;
    this.name = name;
  }

  value(r: number, c: number): Cell {
    const v = this.vals[r]?.[c];
    return v === undefined ? null : v;
  }
  format(r: number, c: number): string {
    return this.fmts[r]?.[c] ?? "General";
  }
  formula(r: number, c: number): string | undefined {
    return this.formulas.get(KEY(r, c));
  }
  fill(r: number, c: number): FillModel | null {
    return this.fills.get(KEY(r, c)) ?? null;
  }
  hyperlink(r: number, c: number): HyperlinkModel | null {
    return this.hyperlinks.get(KEY(r, c)) ?? null;
  }
  isBold(r: number, c: number): boolean {
    return this.bold.has(KEY(r, c));
  }

  setRawValue(r: number, c: number, v: Cell): void {
    let row = this.vals[r];
    if (!row) row = this.vals[r] = [];
    row[c] = v;
  }
  setFormat(r: number, c: number, f: string): void {
    let row = this.fmts[r];
    if (!row) row = this.fmts[r] = [];
    row[c] = f === "General" ? undefined : f;
  }
  setFormula(r: number, c: number, f: string | undefined): void {
    if (f === undefined) this.formulas.delete(KEY(r, c));
    else this.formulas.set(KEY(r, c), f);
  }
  setFill(r: number, c: number, f: FillModel | null): void {
    if (f) this.fills.set(KEY(r, c), { ...f });
    else this.fills.delete(KEY(r, c));
  }
  setHyperlink(r: number, c: number, h: HyperlinkModel | null): void {
    if (h) this.hyperlinks.set(KEY(r, c), { ...h });
    else this.hyperlinks.delete(KEY(r, c));
  }
  setBold(r: number, c: number, b: boolean): void {
    if (b) this.bold.add(KEY(r, c));
    else this.bold.delete(KEY(r, c));
  }

  /**
   * What typing `input` into a cell does in Excel: "=..." becomes a formula, and so do "+x", "-x"
   * and "@x" when they are not numbers; numeric text becomes a number; a leading apostrophe
   * marks text. With the text format "@" every string stays text as given.
   */
  enter(r: number, c: number, input: unknown, asFormula: boolean): void {
    if (input === null || input === undefined) return; // Office.js: null leaves the cell unchanged
    if (typeof input === "number" || typeof input === "boolean") {
      this.setFormula(r, c, undefined);
      this.setRawValue(r, c, input);
      return;
    }
    if (typeof input !== "string") throw invalidArgument("Range.values", "Unsupported value type.");
    const isText = this.format(r, c) === "@";
    this.setFormula(r, c, undefined);
    if (input === "") {
      this.setRawValue(r, c, null);
      return;
    }
    if (!isText && input.startsWith("'")) {
      this.setRawValue(r, c, input.slice(1));
      return;
    }
    if (isText && !asFormula) {
      this.setRawValue(r, c, input);
      return;
    }
    const numeric = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?$/.test(input.trim());
    if (numeric) {
      const t = input.trim();
      const n = Number(t.replace(/,/g, "").replace(/%$/, ""));
      this.setRawValue(r, c, t.endsWith("%") ? n / 100 : n);
      return;
    }
    if (/^[=+\-@]/.test(input) && input.length > 1) {
      const formula = input.startsWith("=") ? input : `=${input}`;
      this.setFormula(r, c, formula);
      this.setRawValue(r, c, "#NAME?"); // the fake computes nothing: a live formula shows an error value
      return;
    }
    this.setRawValue(r, c, input);
  }

  /** Bounding box of cells holding a value or formula (valuesOnly) or also any format. */
  usedRange(valuesOnly: boolean): CellRange | null {
    let r0 = Infinity,
      c0 = Infinity,
      r1 = -1,
      c1 = -1;
    const take = (r: number, c: number) => {
      if (r < r0) r0 = r;
      if (r > r1) r1 = r;
      if (c < c0) c0 = c;
      if (c > c1) c1 = c;
    };
    this.vals.forEach((row, r) => {
      if (!row) return;
      row.forEach((v, c) => {
        if (v !== null && v !== undefined && v !== "") take(r, c);
      });
    });
    for (const k of this.formulas.keys()) take(Math.floor(k / MAX_COLS), k % MAX_COLS);
    if (!valuesOnly) {
      this.fmts.forEach((row, r) => row?.forEach((f, c) => f !== undefined && take(r, c)));
      for (const k of [...this.fills.keys(), ...this.hyperlinks.keys(), ...this.bold]) take(Math.floor(k / MAX_COLS), k % MAX_COLS);
    }
    return r1 < 0 ? null : { r0, c0, r1, c1 };
  }

  /** Removes everything from a rectangle (Range.clear): visits only what is stored. */
  clear(rect: CellRange, what: "All" | "Contents" | "Formats" | "Hyperlinks"): void {
    const inside = (k: number) => {
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      return r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1;
    };
    const dropKeys = (m: Map<number, unknown> | Set<number>) => {
      for (const k of [...m.keys()]) if (inside(k)) m.delete(k);
    };
    const dropDense = (rows: (unknown[] | undefined)[]) => {
      for (let r = rect.r0; r <= Math.min(rect.r1, rows.length - 1); r++) {
        const row = rows[r];
        if (!row) continue;
        for (let c = rect.c0; c <= Math.min(rect.c1, row.length - 1); c++) row[c] = undefined;
      }
    };
    if (what === "All" || what === "Contents") {
      dropDense(this.vals);
      dropKeys(this.formulas);
    }
    if (what === "All" || what === "Formats") {
      dropDense(this.fmts);
      dropKeys(this.fills);
      dropKeys(this.bold);
    }
    if (what === "All" || what === "Hyperlinks") dropKeys(this.hyperlinks);
    if (what === "All") {
      this.merges = this.merges.filter((m) => !contains(rect, m));
      for (const addr of [...this.notes.keys()]) {
        const p = parseA1(addr);
        if (p && p.row >= rect.r0 && p.row <= rect.r1 && p.col >= rect.c0 && p.col <= rect.c1) this.notes.delete(addr);
      }
    }
  }

  assertWritable(where: string): void {
    if (this.protected) throw accessDenied(where);
  }
}

function contains(outer: CellRange, inner: CellRange): boolean {
  return inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1;
}

export function intersects(a: CellRange, b: CellRange): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  structureProtected = false;
  activeSheetId: string | null = null;
  selection: { sheetId: string; rect: CellRange } | null = null;
  /** The host's ExcelApi version (Office.context.requirements). Notes need 1.18. */
  excelApi = "1.18";
  /** The longest address string passed to getRanges (for the 8192-character limit). */
  longestAddress = 0;
  /** How a cell without fill reads: Excel reports color "#FFFFFF"; pattern "None" or, on some builds, null. */
  noFillPattern: "None" | null = "None";
  screenUpdatingSuspensions = 0;

  get notesSupported(): boolean {
    return versionAtLeast(this.excelApi, "1.18");
  }
  /** Older tests say "no notes" this way: the host then reports ExcelApi 1.17. */
  set notesSupported(v: boolean) {
    this.excelApi = v ? "1.18" : "1.17";
  }

  /**
   * The workbook closed and opened again elsewhere: sheet ids are new. Excel has been seen to
   * hand out positional ids such as {00000000-0001-0000-0003-000000000000} after reopening
   * (https://github.com/OfficeDev/office-js/issues/1390, https://github.com/OfficeDev/office-js-docs/issues/297),
   * so a saved id may now name another sheet, or none.
   */
  reopen(): void {
    const renamed = new Map<string, string>();
    this.sheets.forEach((s, i) => {
      const id = `{00000000-0001-0000-${String(i).padStart(4, "0")}-000000000000}`;
      renamed.set(s.id, id);
      s.id = id;
    });
    for (const t of this.tables) t.sheetId = renamed.get(t.sheetId) ?? t.sheetId;
    if (this.activeSheetId) this.activeSheetId = renamed.get(this.activeSheetId) ?? null;
    this.selection = null;
  }

  sheetByKey(key: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === key) ?? this.sheets.find((s) => s.name.toLowerCase() === key.toLowerCase());
  }
  sheet(key: string): SheetModel {
    const s = this.sheetByKey(key);
    if (!s) throw itemNotFound(`Worksheets.getItem(${key})`);
    return s;
  }
  active(): SheetModel {
    const s = this.sheets.find((x) => x.id === this.activeSheetId) ?? this.sheets.find((x) => x.visibility === "Visible");
    if (!s) throw itemNotFound("Worksheets.getActiveWorksheet");
    return s;
  }

  addSheet(name: string | undefined): SheetModel {
    if (this.structureProtected) throw new FakeOfficeError("AccessDenied", "The workbook structure is protected.", "Worksheets.add");
    let n = name;
    if (n === undefined) {
      let i = this.sheets.length + 1;
      while (this.sheetByKey(`Sheet${i}`)) i++;
      n = `Sheet${i}`;
    }
    validateSheetName(n);
    if (this.sheetByKey(n)) throw new FakeOfficeError("ItemAlreadyExists", "The resource already exists.", "Worksheets.add");
    const s = new SheetModel(n);
    this.sheets.push(s);
    return s;
  }

  deleteSheet(s: SheetModel): void {
    if (this.structureProtected) throw new FakeOfficeError("AccessDenied", "The workbook structure is protected.", "Worksheet.delete");
    if (this.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0)
      throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.", "Worksheet.delete");
    this.sheets = this.sheets.filter((x) => x !== s);
    this.tables = this.tables.filter((t) => t.sheetId !== s.id);
    if (this.activeSheetId === s.id) this.activeSheetId = null;
  }
}

/** "1.18" >= "1.9" as requirement-set versions compare (number by number). */
export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

export function validateSheetName(n: string): void {
  if (n.length === 0 || n.length > 31 || /[\\/?*[\]:]/.test(n) || n.startsWith("'") || n.endsWith("'"))
    throw invalidArgument("Worksheet.name", `Invalid sheet name: ${n}`);
}

/** "Sheet1!A1:B2", quoting the name as Excel does when it is not a plain identifier. */
export function qualified(sheetName: string, rect: CellRange): string {
  return `${quoteSheet(sheetName)}!${rectA1(rect)}`;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A1 of a rectangle; whole rows as "1:3", whole columns as "A:C". */
export function rectA1(rect: CellRange): string {
  if (rect.c0 === 0 && rect.c1 === MAX_COLS - 1) return `${rect.r0 + 1}:${rect.r1 + 1}`;
  if (rect.r0 === 0 && rect.r1 === MAX_ROWS - 1) return `${columnLetters(rect.c0)}:${columnLetters(rect.c1)}`;
  const tl = a1(rect.r0, rect.c0);
  return rect.r0 === rect.r1 && rect.c0 === rect.c1 ? tl : `${tl}:${a1(rect.r1, rect.c1)}`;
}

/** Parses "A1", "A1:K5000", "3:7", "B:D" (no sheet part). */
export function parseRect(address: string): CellRange | null {
  const parts = address.replace(/\$/g, "").split(":");
  if (parts.length > 2) return null;
  if (parts.every((p) => /^\d+$/.test(p))) {
    const a = Number(parts[0]) - 1;
    const b = Number(parts[parts.length - 1]) - 1;
    if (a < 0 || b < 0) return null;
    return { r0: Math.min(a, b), c0: 0, r1: Math.max(a, b), c1: MAX_COLS - 1 };
  }
  if (parts.every((p) => /^[A-Za-z]{1,3}$/.test(p))) {
    const a = parseA1(`${parts[0]}1`)!.col;
    const b = parseA1(`${parts[parts.length - 1]}1`)!.col;
    return { r0: 0, c0: Math.min(a, b), r1: MAX_ROWS - 1, c1: Math.max(a, b) };
  }
  const a = parseA1(parts[0]);
  const b = parts.length === 2 ? parseA1(parts[1]) : a;
  if (!a || !b) return null;
  return { r0: Math.min(a.row, b.row), c0: Math.min(a.col, b.col), r1: Math.max(a.row, b.row), c1: Math.max(a.col, b.col) };
}
