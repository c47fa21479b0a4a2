/** The engine's one entry point, as every adapter calls it: grids in, findings out. */
import type { SheetGrid } from "./grid";
import type { AuditSettings } from "./settings";
import type { Catalog } from "./catalog/types";
import type { ColumnMapping, RecognisedTable } from "./tables/types";
import type { Finding, FindingSummary } from "./findings";
import type { IsoDate } from "./dates";
import type { Geography } from "./geo/geography";
import type { Candidate } from "./tables/header";
import type { Localised } from "./i18n/localised";

/** Which checks to run: the ribbon's buttons run one group; "all" runs every rule. Each kind names its group. */
export type { CheckGroup } from "./kinds/index";
import type { CheckGroup } from "./kinds/index";

export interface AuditInput {
  sheets: SheetGrid[];
  settings: Partial<AuditSettings> & { today: IsoDate };
  /** A catalog given from outside (--catalog, or the pane); else the workbook's, else built-in. */
  catalog?: Catalog;
  /** Column mappings and picked ranges the user made in the task pane. */
  mappings?: ColumnMapping[];
  /** The district's geography (towns, development areas), loaded by the adapter for settings.district. */
  geography?: Geography;
  /** Restrict to these groups (default: all). `input.unreadable-value` goes with each group. */
  checks?: CheckGroup[];
}

export interface AuditResult {
  asOf: IsoDate;
  asOfSource: "setting" | "table" | "today";
  settings: AuditSettings;
  /** Every table recognised, in sheet order then top to bottom. */
  tables: RecognisedTable[];
  /** The catalog the cap rules used. */
  catalog: Catalog;
  /** Findings in sheet order, then row, then column. */
  findings: Finding[];
  summary: FindingSummary;
  /** Header rows that looked like a table but lacked a required column (for --explain and "nothing found"). */
  candidates: Candidate[];
  /** What the engine decided for the user and says so (a shared district name taken as one district); absent when none. */
  notices?: Notice[];
}

/** A decision the engine made on the user's behalf, not a finding about a cell. */
export interface Notice {
  about: "district";
  /** In the language the audit ran in. */
  message: string;
  text: Localised;
}
