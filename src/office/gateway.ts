/**
 * The Office.js gateway: WorkbookGateway over Excel.run. Every operation is one Excel.run batch
 * with a bounded number of context.sync() calls: reads in chunks under the 5 MB payload limit of
 * Excel on the web, writes sized with office.js's measured costs (ops.ts) and split when a request
 * is refused. `run`, `settings` and `requirements` are injected so tests pass the fake Excel
 * (tests/fakes/excel-fake.ts).
 */
import type { AuditResult } from "../core/api";
import type { Catalog } from "../core/catalog/types";
import type { Finding } from "../core/findings";
import type { SheetGrid } from "../core/grid";
import type { Lang } from "../core/settings";
import {
  type ClearResult,
  GatewayError,
  type HighlightOptions,
  type HighlightResult,
  type ReadOptions,
  type ReadScope,
  type WorkbookGateway,
} from "../workbook-gateway";
import { type DocumentSettings, type ExcelRun, type Requirements, officeRequirements, officeRun, officeSettings, supportsNotes } from "./excel-run";
import { getSetting, setSetting } from "./settings-store";
import { STATE_SHEET } from "./state-sheet";
import { lostNotice, strings } from "./strings";

/**
 * The writers (highlights, the report sheet, the catalog sheet) load on first use: a check reads
 * the workbook before it writes anything, and the pane's first paint need not carry them (its
 * initial JavaScript has a 300 KB gzipped budget).
 */
const writers = {
  highlight: () => import("./highlight"),
  report: () => import("./report"),
  catalog: () => import("./catalog-sheet"),
};

export interface OfficeGatewayOptions {
  run?: ExcelRun;
  settings?: DocumentSettings;
  /** Office.context.requirements (what the host supports); the fake's in tests. */
  requirements?: Requirements | null;
  /** Language of the gateway's own messages (protected sheet, empty sheet). */
  lang?: Lang;
}

export class OfficeGateway implements WorkbookGateway {
  private readonly run: ExcelRun;
  private readonly settingsStore: () => DocumentSettings;
  private readonly requirements: () => Requirements | null;
  lang: Lang;

  constructor(opts: OfficeGatewayOptions = {}) {
    this.run = opts.run ?? officeRun();
    const given = opts.settings;
    this.settingsStore = given ? () => given : officeSettings;
    this.requirements = opts.requirements !== undefined ? () => opts.requirements ?? null : officeRequirements;
    this.lang = opts.lang ?? "zh-CN";
  }

  private notesAvailable(): boolean {
    return supportsNotes(this.requirements());
  }

  sheetNames(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      return sheets.items.filter((s) => s.name !== STATE_SHEET && s.visibility !== "VeryHidden").map((s) => s.name);
    });
  }

  async readSheets(scope: ReadScope, options?: ReadOptions): Promise<SheetGrid[]> {
    // The reader loads on first use too, before the batch opens: the pane's first paint need not carry it.
    const { readSheets } = await import("./read-sheets");
    return this.run((context) => readSheets(context, scope, this.lang, options));
  }

  /**
   * Fills, and notes where asked for and available (ExcelApi 1.18). Without notes the messages
   * go to the report sheet (written from `options.report` when given) and the result says so.
   */
  async highlight(findings: readonly Finding[], options: HighlightOptions = {}): Promise<HighlightResult> {
    const lang = options.lang ?? this.lang;
    const notes = options.notes ?? false;
    const { highlight } = await writers.highlight();
    const out = await this.run((context) => highlight(context, findings, { notes, lang, supportsNotes: this.notesAvailable() }));
    const notices: string[] = [];
    let reportSheet: string | undefined;
    if (out.notes === "unsupported") {
      if (options.report) reportSheet = await this.writeReport(options.report, lang);
      notices.push(strings(lang).notesUnsupported(reportSheet ?? null));
    }
    const lost = lostNotice(out.lost, lang);
    if (lost) notices.push(lost);
    return { cells: out.cells, notice: notices.length ? notices.join(" ") : undefined, reportSheet };
  }

  async clearHighlights(): Promise<ClearResult> {
    const { clearHighlights } = await writers.highlight();
    const out = await this.run((context) => clearHighlights(context, this.lang, this.notesAvailable()));
    return { restored: out.restored, notice: lostNotice(out.lost, this.lang) };
  }

  async writeReport(result: AuditResult, lang: Lang): Promise<string> {
    const { writeReport } = await writers.report();
    return this.run((context) => writeReport(context, result, lang));
  }

  select(sheet: string, cell: string): Promise<void> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      if (ws.isNullObject) throw new GatewayError("not-found", strings(this.lang).sheetNotFound(sheet));
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  async insertCatalog(catalog: Catalog, lang: Lang): Promise<string> {
    const { insertCatalog } = await writers.catalog();
    return this.run((context) => insertCatalog(context, catalog, lang));
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    return getSetting<T>(this.settingsStore(), key);
  }

  setSetting<T>(key: string, value: T): Promise<void> {
    return setSetting(this.settingsStore(), key, value, this.lang);
  }
}
