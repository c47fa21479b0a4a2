/**
 * An in-memory workbook behind the WorkbookGateway interface, for `npm run preview` and the
 * browser tests: the pane runs against it exactly as against Excel. It keeps what Excel would
 * show (selection, fills, added sheets, document settings) so a page or a test can look at it.
 */
import type { Cell, SheetGrid } from "../core/grid";
import { parseA1 } from "../core/grid";
import { severityRank, type Finding, type Severity } from "../core/findings";
import type { AuditResult } from "../core/api";
import type { Catalog } from "../core/catalog/types";
import type { Lang } from "../core/settings";
import { type ClearResult, GatewayError, type HighlightOptions, type HighlightResult, type ReadOptions, type ReadScope, type WorkbookGateway } from "../workbook-gateway";
// The Office.js gateway's own pure builders: the preview writes exactly what Excel would get.
import { freeSheetName, reportRows } from "../report/rows";
import { catalogRows } from "../office/catalog-sheet";
import { strings } from "../office/strings";

export interface Selection {
  sheet: string;
  cell: string;
}

export interface MemoryWorkbookState {
  sheetNames: string[];
  activeSheet: string | null;
  selection: Selection | null;
  /** "Sheet!A1" → the severity whose fill the cell carries. */
  fills: Record<string, Severity>;
  /** Sheets the add-in added (report, catalog). */
  added: string[];
}

type Listener = (state: MemoryWorkbookState) => void;

export class MemoryGateway implements WorkbookGateway {
  private readonly sheets: SheetGrid[];
  private readonly settings = new Map<string, string>();
  private readonly fills = new Map<string, Severity>();
  private readonly added: string[] = [];
  private reportSheet: string | null = null;
  private selection: Selection | null = null;
  private activeSheet: string | null;
  private readonly listeners = new Set<Listener>();

  private readonly readDelayMs: number;

  /** `readDelayMs` slows each sheet's read down, as a large workbook would (to try cancel). */
  constructor(sheets: SheetGrid[], options: { settings?: Record<string, unknown>; readDelayMs?: number } = {}) {
    this.sheets = sheets.map((s) => clone(s));
    this.activeSheet = this.sheets[0]?.name ?? null;
    for (const [k, v] of Object.entries(options.settings ?? {})) this.settings.set(k, JSON.stringify(v));
    this.readDelayMs = options.readDelayMs ?? 0;
  }

  /** What Excel would show now. */
  state(): MemoryWorkbookState {
    return {
      sheetNames: this.sheets.map((s) => s.name),
      activeSheet: this.activeSheet,
      selection: this.selection ? { ...this.selection } : null,
      fills: Object.fromEntries(this.fills),
      added: [...this.added],
    };
  }

  /** A sheet's grid as it stands (a copy). */
  grid(name: string): SheetGrid | null {
    const s = this.sheets.find((g) => g.name === name);
    return s ? clone(s) : null;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    const s = this.state();
    for (const l of this.listeners) l(s);
  }

  async sheetNames(): Promise<string[]> {
    return this.sheets.map((s) => s.name);
  }

  async readSheets(scope: ReadScope, options: ReadOptions = {}): Promise<SheetGrid[]> {
    // The add-in's own report sheet is output, not input (as in Excel).
    const candidates = this.sheets.filter((s) => s.name !== this.reportSheet);
    let wanted: SheetGrid[];
    if (scope === "all") wanted = candidates;
    else {
      const active = candidates.find((s) => s.name === this.activeSheet) ?? candidates[0];
      wanted = active ? [active] : [];
      if (scope === "selection" && active) wanted = [selectionGrid(active, this.selection)];
    }
    if (wanted.length === 0) throw new GatewayError("empty", "The workbook has no sheet to read.");
    const out: SheetGrid[] = [];
    for (let i = 0; i < wanted.length; i++) {
      if (options.signal?.aborted) throw new GatewayError("cancelled", "Reading was cancelled.");
      // One sheet per turn of the event loop, like the Office.js gateway's chunked reads.
      await new Promise((r) => setTimeout(r, this.readDelayMs));
      out.push(clone(wanted[i]));
      options.onProgress?.({ done: i + 1, total: wanted.length });
    }
    if (options.signal?.aborted) throw new GatewayError("cancelled", "Reading was cancelled.");
    return out;
  }

  async highlight(findings: readonly Finding[], _options?: HighlightOptions): Promise<HighlightResult> {
    const cells = new Set<string>();
    for (const f of findings) {
      const key = `${f.sheet}!${f.cell}`;
      cells.add(key);
      const prev = this.fills.get(key);
      // A cell with several findings shows the most serious one.
      if (!prev || severityRank(f.severity) < severityRank(prev)) this.fills.set(key, f.severity);
    }
    this.changed();
    return { cells: cells.size };
  }

  async clearHighlights(): Promise<ClearResult> {
    const restored = this.fills.size;
    this.fills.clear();
    this.changed();
    return { restored };
  }

  async writeReport(result: AuditResult, lang: Lang): Promise<string> {
    const name = this.reportSheet ?? this.uniqueName(strings(lang).reportSheet);
    const values = reportRows(result, lang, { linkable: () => false }).map((l) => l.values);
    const grid: SheetGrid = { name, top: 0, left: 0, values, merges: [] };
    const at = this.sheets.findIndex((s) => s.name === name);
    if (at >= 0) this.sheets[at] = grid;
    else {
      this.sheets.push(grid);
      this.added.push(name);
    }
    this.reportSheet = name;
    this.changed();
    return name;
  }

  async select(sheet: string, cell: string): Promise<void> {
    if (!this.sheets.some((s) => s.name === sheet)) {
      throw new GatewayError("not-found", `The sheet “${sheet}” is not in the workbook.`);
    }
    if (!parseA1(cell)) throw new GatewayError("not-found", `“${cell}” is not a cell address.`);
    this.activeSheet = sheet;
    this.selection = { sheet, cell };
    this.changed();
  }

  async insertCatalog(catalog: Catalog, lang: Lang): Promise<string> {
    const name = this.uniqueName(strings(lang).catalogSheet);
    // Blank cells stay blank (null), as Excel reads back an empty cell.
    const values = catalogRows(catalog, lang).map((r) => r.map((v) => (v === "" ? null : v)));
    this.sheets.push({ name, top: 0, left: 0, values, merges: [] });
    this.added.push(name);
    this.activeSheet = name;
    this.changed();
    return name;
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    const v = this.settings.get(key);
    // Stored as JSON, as Office document settings are: callers get a copy, never a shared object.
    return v === undefined ? undefined : (JSON.parse(v) as T);
  }

  async setSetting<T>(key: string, value: T): Promise<void> {
    this.settings.set(key, JSON.stringify(value));
  }

  private uniqueName(base: string): string {
    return freeSheetName(base, this.sheets.map((s) => s.name));
  }
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** The selected cell as a one-cell grid (the memory workbook selects single cells). */
function selectionGrid(sheet: SheetGrid, selection: Selection | null): SheetGrid {
  const at = selection && selection.sheet === sheet.name ? parseA1(selection.cell) : null;
  if (!at) return sheet;
  const v: Cell = sheet.values[at.row - sheet.top]?.[at.col - sheet.left] ?? null;
  return { name: sheet.name, top: at.row, left: at.col, values: [[v]], merges: [] };
}
