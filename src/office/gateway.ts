/**
 * The Office.js gateway: WorkbookGateway over Excel.run. Every operation is one Excel.run batch
 * with a bounded number of context.sync() calls (reads in chunks under the 5 MB payload limit of
 * Excel on the web, writes grouped under the same budget). `run` and `settings` are injected so
 * tests pass the fake Excel (tests/fakes/excel-fake.ts).
 */
import type { AuditResult } from "../core/api";
import type { Catalog } from "../core/catalog/types";
import type { Finding } from "../core/findings";
import type { SheetGrid } from "../core/grid";
import type { Lang } from "../core/settings";
import { GatewayError, type ReadOptions, type ReadScope, type WorkbookGateway } from "../workbook-gateway";
import { insertCatalog } from "./catalog-sheet";
import { type DocumentSettings, type ExcelRun, officeRun, officeSettings, officeSupportsNotes } from "./excel-run";
import { clearHighlights, highlight } from "./highlight";
import { readSheets } from "./read-sheets";
import { writeReport } from "./report";
import { getSetting, setSetting } from "./settings-store";
import { STATE_SHEET } from "./state-sheet";
import { strings } from "./strings";

export interface OfficeGatewayOptions {
  run?: ExcelRun;
  settings?: DocumentSettings;
  /** Language of the gateway's own messages (protected sheet, empty sheet). */
  lang?: Lang;
  supportsNotes?: () => boolean;
}

export class OfficeGateway implements WorkbookGateway {
  private readonly run: ExcelRun;
  private readonly settingsStore: () => DocumentSettings;
  private readonly supportsNotes: () => boolean;
  lang: Lang;

  constructor(opts: OfficeGatewayOptions = {}) {
    this.run = opts.run ?? officeRun();
    const given = opts.settings;
    this.settingsStore = given ? () => given : officeSettings;
    this.supportsNotes = opts.supportsNotes ?? officeSupportsNotes;
    this.lang = opts.lang ?? "zh-CN";
  }

  sheetNames(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      return sheets.items.filter((s) => s.name !== STATE_SHEET && s.visibility !== "VeryHidden").map((s) => s.name);
    });
  }

  readSheets(scope: ReadScope, options?: ReadOptions): Promise<SheetGrid[]> {
    return this.run((context) => readSheets(context, scope, this.lang, options));
  }

  highlight(findings: readonly Finding[], options: { notes?: boolean; lang?: Lang } = {}): Promise<void> {
    const lang = options.lang ?? this.lang;
    return this.run((context) => highlight(context, findings, { notes: options.notes ?? false, lang, supportsNotes: this.supportsNotes() }));
  }

  clearHighlights(): Promise<void> {
    return this.run((context) => clearHighlights(context, this.lang, this.supportsNotes()));
  }

  writeReport(result: AuditResult, lang: Lang): Promise<string> {
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

  insertCatalog(catalog: Catalog, lang: Lang): Promise<string> {
    return this.run((context) => insertCatalog(context, catalog, lang));
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    return getSetting<T>(this.settingsStore(), key);
  }

  setSetting<T>(key: string, value: T): Promise<void> {
    return setSetting(this.settingsStore(), key, value, this.lang);
  }
}
