/**
 * A fake of the part of the Excel JavaScript API the Office gateway uses, free of Node APIs so
 * the browser stand-in of office.js can bundle it. Under jest use excel-fake.ts, whose FakeExcel
 * measures every request with office.js's own serialiser.
 * Build it from SheetGrid[] (the seed fixture, the sample workbook, generated sheets), pass
 * `fake.run` where Excel.run would go, `fake.settings` where Office.context.document.settings
 * would go and `fake.requirements` where Office.context.requirements would go, then assert on
 * the model, the sync count and the payload meter.
 */
import type { Cell, CellRange, SheetGrid } from "../../src/core/grid";
import { parseA1 } from "../../src/core/grid";
import { FakeContext, Meter, type RequestMirror } from "./fake-context";
import type { FillModel } from "./fake-model";
import { SheetModel, WorkbookModel, versionAtLeast } from "./fake-model";
import { FakeWorkbook } from "./fake-worksheet";

export { FakeOfficeError } from "./fake-errors";
export type { FillModel } from "./fake-model";

/** The request context the batch function receives (typed loosely: it is a fake). */
export interface FakeRequestContext extends FakeContext {
  workbook: FakeWorkbook;
  application: FakeWorkbook["application"];
}

export interface FakeExtras {
  /** Formulas per sheet: { "执行情况": { E15: "=SUM(E5:E13)" } }. The grid holds their values. */
  formulas?: Record<string, Record<string, string>>;
  /** Fills per sheet and cell. */
  fills?: Record<string, Record<string, FillModel>>;
  /** Notes per sheet and cell. */
  notes?: Record<string, Record<string, string>>;
  protectedSheets?: string[];
  structureProtected?: boolean;
  active?: string;
}

export class FakeExcelCore {
  readonly model = new WorkbookModel();
  readonly meter = new Meter();
  /** Excel on the web refuses a request or response above 5 MB (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins). */
  payloadLimit = 5_000_000;
  readonly settings = new FakeSettings();
  /** Other requirement sets the host reports (ExcelApi comes from the model). */
  apiSets: Record<string, string> = { SharedRuntime: "1.1", CustomFunctionsRuntime: "1.3" };
  /** Makes the office.js mirror of each request context (none: requests are estimated). */
  createMirror?: () => RequestMirror;

  /** Office.context.requirements of this host. */
  readonly requirements = {
    isSetSupported: (name: string, minVersion = "1.1"): boolean => {
      const have = name === "ExcelApi" ? this.model.excelApi : this.apiSets[name];
      return have !== undefined && versionAtLeast(have, minVersion);
    },
  };

  static fromGrids<T extends FakeExcelCore>(this: new () => T, grids: readonly SheetGrid[], extras: FakeExtras = {}): T {
    const fx = new this();
    for (const g of grids) fx.addGrid(g);
    for (const [sheet, cells] of Object.entries(extras.formulas ?? {}))
      for (const [addr, f] of Object.entries(cells)) {
        const p = parseA1(addr)!;
        fx.sheet(sheet).setFormula(p.row, p.col, f);
      }
    for (const [sheet, cells] of Object.entries(extras.fills ?? {}))
      for (const [addr, f] of Object.entries(cells)) {
        const p = parseA1(addr)!;
        fx.sheet(sheet).setFill(p.row, p.col, f);
      }
    for (const [sheet, cells] of Object.entries(extras.notes ?? {}))
      for (const [addr, n] of Object.entries(cells)) fx.sheet(sheet).notes.set(addr, n);
    for (const s of extras.protectedSheets ?? []) fx.sheet(s).protected = true;
    fx.model.structureProtected = extras.structureProtected ?? false;
    if (extras.active) fx.model.activeSheetId = fx.sheet(extras.active).id;
    return fx;
  }

  addGrid(g: SheetGrid): SheetModel {
    const s = new SheetModel(g.name);
    this.model.sheets.push(s);
    g.values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v !== null && v !== "") s.setRawValue(g.top + i, g.left + j, v);
      })
    );
    g.numberFormats?.forEach((row, i) =>
      row.forEach((f, j) => {
        if (f && f !== "General") s.setFormat(g.top + i, g.left + j, f);
      })
    );
    s.merges = g.merges.map((m) => ({ ...m }));
    for (const r of g.hiddenRows ?? []) s.hiddenRows.add(r);
    return s;
  }

  sheet(name: string): SheetModel {
    const s = this.model.sheetByKey(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** Excel.run: a fresh context per batch; pending operations sync when the batch returns. */
  run = async <T>(batch: (ctx: FakeRequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(this) as FakeRequestContext;
    ctx.workbook = new FakeWorkbook(ctx);
    ctx.application = ctx.workbook.application;
    this.meter.runs++;
    try {
      const out = await batch(ctx);
      if (ctx.pending > 0) await ctx.sync();
      return out;
    } finally {
      ctx.close();
    }
  };

  // ---- assertions helpers -------------------------------------------------------------

  /** What the user typed: every value and formula of the named sheets, for before/after checks. */
  userContent(sheets?: readonly string[]): Record<string, { values: Record<string, Cell>; formulas: Record<string, string> }> {
    const out: Record<string, { values: Record<string, Cell>; formulas: Record<string, string> }> = {};
    for (const s of this.model.sheets) {
      if (sheets && !sheets.includes(s.name)) continue;
      const values: Record<string, Cell> = {};
      s.vals.forEach((row, r) =>
        row?.forEach((v, c) => {
          if (v !== null && v !== undefined) values[`${r},${c}`] = v;
        })
      );
      const formulas: Record<string, string> = {};
      for (const [k, f] of s.formulas) formulas[String(k)] = f;
      out[s.name] = { values, formulas };
    }
    return out;
  }

  /** Every cell format the add-in may touch (fill, number format, notes), for restore checks. */
  formats(sheet: string): { fills: Record<string, FillModel>; numberFormats: Record<string, string>; notes: Record<string, string> } {
    const s = this.sheet(sheet);
    const fills: Record<string, FillModel> = {};
    for (const [k, f] of s.fills) fills[String(k)] = { ...f };
    const numberFormats: Record<string, string> = {};
    s.fmts.forEach((row, r) => row?.forEach((f, c) => f !== undefined && (numberFormats[`${r},${c}`] = f)));
    return { fills, numberFormats, notes: Object.fromEntries(s.notes) };
  }

  fillAt(sheet: string, address: string): FillModel | null {
    const p = parseA1(address)!;
    return this.sheet(sheet).fill(p.row, p.col);
  }

  valueAt(sheet: string, address: string): Cell {
    const p = parseA1(address)!;
    return this.sheet(sheet).value(p.row, p.col);
  }

  formulaAt(sheet: string, address: string): string | undefined {
    const p = parseA1(address)!;
    return this.sheet(sheet).formula(p.row, p.col);
  }

  select(sheet: string, rect: CellRange): void {
    const s = this.sheet(sheet);
    this.model.activeSheetId = s.id;
    this.model.selection = { sheetId: s.id, rect };
  }
}

/**
 * Office.context.document.settings: an in-memory copy per runtime, written into the document
 * only by saveAsync. `reload()` models reopening the pane: unsaved changes are gone.
 */
export class FakeSettings {
  private saved: Record<string, unknown> = {};
  private current: Record<string, unknown> = {};
  saveCalls = 0;
  failNextSave = false;

  get(name: string): unknown {
    return name in this.current ? JSON.parse(JSON.stringify(this.current[name])) : null;
  }
  set(name: string, value: unknown): void {
    this.current[name] = JSON.parse(JSON.stringify(value));
  }
  remove(name: string): void {
    delete this.current[name];
  }
  saveAsync(callback?: (r: { status: "succeeded" | "failed"; error?: { message: string } }) => void): void {
    this.saveCalls++;
    const fail = this.failNextSave;
    this.failNextSave = false;
    setTimeout(() => {
      if (!fail) this.saved = JSON.parse(JSON.stringify(this.current));
      callback?.(fail ? { status: "failed", error: { message: "save failed" } } : { status: "succeeded" });
    }, 0);
  }
  reload(): void {
    this.current = JSON.parse(JSON.stringify(this.saved));
  }
  savedValue(name: string): unknown {
    return this.saved[name];
  }
}
