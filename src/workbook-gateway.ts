/**
 * What the task pane and the ribbon commands need from a workbook. Two implementations: the
 * Office.js gateway (src/office) inside Excel, and the in-memory workbook (src/preview) for the
 * preview and browser tests. Neither holds a rule: they read grids and render findings.
 */
import type { SheetGrid } from "./core/grid";
import type { Finding } from "./core/findings";
import type { AuditResult } from "./core/api";
import type { Catalog } from "./core/catalog/types";
import type { Lang } from "./core/settings";

/**
 * Document-setting keys shared by the pane and the ribbon commands, so both run with the
 * settings and column mappings the user chose (they travel with the workbook).
 */
export const SETTING_KEYS = {
  /** The pane's settings: Partial<AuditSettings> without `today`. */
  settings: "subsidyAudit.settings",
  /** ColumnMapping[] the user made in the pane. */
  mappings: "subsidyAudit.mappings",
} as const;

export type ReadScope = "active" | "selection" | "all";

export interface Progress {
  done: number;
  total: number;
}

export interface ReadOptions {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}

/** A failure the user can act on (protected sheet, nothing to read): shown as is. */
export class GatewayError extends Error {
  constructor(
    readonly code: "protected" | "empty" | "cancelled" | "not-found" | "too-large" | "unavailable" | "unreadable",
    message: string
  ) {
    super(message);
    this.name = "GatewayError";
  }
}

/** What a highlight did; `notice` is a sentence for the user when something went differently. */
export interface HighlightResult {
  /** Cells filled. */
  cells: number;
  /**
   * Notes could not be added (no ExcelApi 1.18) and the messages went to the report sheet
   * instead, or saved fills of sheets that cannot be found were dropped: said in the user's language.
   */
  notice?: string;
  /** The report sheet written as the notes' fallback. */
  reportSheet?: string;
}

export interface ClearResult {
  /** Cells whose previous fill was put back. */
  restored: number;
  /** Saved fills of sheets that cannot be found, in the user's language. */
  notice?: string;
}

export interface HighlightOptions {
  /** Add a note with the findings' messages to each cell (ExcelApi 1.18, when the host has it). */
  notes?: boolean;
  lang?: Lang;
  /**
   * Where notes are asked for but the host has no notes API, the messages go to the report
   * sheet: written from this result when given.
   */
  report?: AuditResult;
}

export interface WorkbookGateway {
  /** Sheet names in workbook order. */
  sheetNames(): Promise<string[]>;
  /** Reads grids: the active sheet, the selection (as a one-sheet grid) or every visible sheet. */
  readSheets(scope: ReadScope, options?: ReadOptions): Promise<SheetGrid[]>;
  /** Fills the flagged cells, remembering each cell's previous fill so clearing restores it. */
  highlight(findings: readonly Finding[], options?: HighlightOptions): Promise<HighlightResult>;
  /** Puts back every fill (and note) the add-in changed. */
  clearHighlights(): Promise<ClearResult>;
  /** Writes (or replaces, only when it is the add-in's own) the report sheet. */
  writeReport(result: AuditResult, lang: Lang): Promise<string>;
  /** Selects a cell so the user sees what a finding is about. */
  select(sheet: string, cell: string): Promise<void>;
  /** Adds a new sheet holding the catalog as a table staff can edit; returns its name. */
  insertCatalog(catalog: Catalog, lang: Lang): Promise<string>;
  /** Document settings: travel with the workbook (column mappings, the pane's settings). */
  getSetting<T>(key: string): Promise<T | undefined>;
  setSetting<T>(key: string, value: T): Promise<void>;
}
