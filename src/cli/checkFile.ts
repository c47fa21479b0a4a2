/**
 * One workbook, start to finish: read, audit, and (with --out) the annotated copy. Runs in the
 * main thread for one file and in worker threads for several; what it returns is plain data
 * (structured-cloneable): a failure is one line already worded in the user's language.
 */
import type { AuditResult } from "../core/api";
import { audit } from "../core/audit";
import { describeCandidate, explain, nearestCandidate, type ExplainedTable } from "../core/explain";
import { DEFAULT_SETTINGS } from "../core/settings";
import type { ColumnMapping } from "../core/tables/base";
import { loadGeography } from "./geography";
import { DistrictError } from "../core/geo/geography";
import { targetIndicators, type TargetIndicatorView } from "../core/targetsView";
import { KIND_LIST } from "./kindNames";
import type { Catalog } from "../core/catalog/types";
import type { IsoDate } from "../core/dates";
import type { Lang } from "../core/settings";
import type { RegisterTable } from "../core/tables/types";
import { awardColumns, type AwardColumns } from "../core/crossFile";
import { SettingsError } from "../core/rules/validateSettings";
import { OutputError, WorkbookError } from "../xlsx/errors";
import { readWorkbookParts } from "../xlsx/read";
import { TEXT, outputMessage, workbookMessage } from "./strings";

export interface FileJob {
  path: string;
  label: string;
  /** Where its annotated copy goes (--out), if anywhere. */
  out?: string;
  /** Every input of the call (workbooks, catalog): no output may be one of them. */
  inputs: string[];
  settings: { today: IsoDate; lang: Lang; asOf?: IsoDate; tolerance?: number; district?: string };
  catalog?: Catalog;
  /** Keep the register rows (for duplicates across files). */
  keepRegisters: boolean;
  /** Column readings fixed by hand (--map). */
  mappings?: ColumnMapping[];
  /** Say how every table and near miss was read (--explain). */
  explain?: boolean;
}

export type FileOutcome =
  | {
      ok: true;
      path: string;
      label: string;
      result: AuditResult;
      /** The awards of its registers, for duplicates across files (empty for a single file). */
      awards: AwardColumns | null;
      annotated?: { path: string; reportSheet: string };
      explained?: ExplainedTable[];
      /** The fund's own targets with what the data gives (for the text report). */
      indicators: TargetIndicatorView[];
    }
  | { ok: false; path: string; label: string; error: string; kind: "input" | "output"; explained?: ExplainedTable[] };

export async function checkFile(job: FileJob): Promise<FileOutcome> {
  const lang = job.settings.lang;
  const { path, label } = job;
  try {
    const read = await readWorkbookParts(path);
    const geography = loadGeography(job.settings.district ?? DEFAULT_SETTINGS.district, read.sheets);
    const result = audit({ sheets: read.sheets, catalog: job.catalog, settings: job.settings, mappings: job.mappings, geography });
    const explained = job.explain ? explain(result, lang) : undefined;
    if (!result.tables.some((t) => t.kind !== "catalog")) {
      const near = nearestCandidate(result.candidates);
      return { ok: false, path, label, error: TEXT[lang].noTable(path, near ? describeCandidate(near, lang) : null, KIND_LIST[lang]), kind: "input", explained };
    }
    let annotated: { path: string; reportSheet: string } | undefined;
    if (job.out !== undefined) {
      const { writeAnnotatedCopy } = await import("../xlsx/annotate");
      const r = await writeAnnotatedCopy(path, job.out, result, lang, { read, inputs: job.inputs, fileLabel: label });
      annotated = { path: job.out, reportSheet: r.reportSheet };
    }
    const awards = job.keepRegisters
      ? awardColumns({ catalog: result.catalog, registers: result.tables.filter((t) => t.kind === "register") as RegisterTable[] })
      : null;
    const indicators = targetIndicators(result);
    return { ok: true, path, label, result: light(result), awards, annotated, explained, indicators };
  } catch (e) {
    if (e instanceof WorkbookError) return { ok: false, path, label, error: workbookMessage(e, lang), kind: "input" };
    if (e instanceof OutputError) e.option = e.option ?? "--out";
    if (e instanceof OutputError) return { ok: false, path, label, error: outputMessage(e, lang), kind: "output" };
    if (e instanceof SettingsError) return { ok: false, path, label, error: e.message, kind: "input" };
    // A shared district name this workbook does not settle: the same line as an unknown name.
    if (e instanceof DistrictError) return { ok: false, path, label, error: `--district: ${e.text[lang]}`, kind: "input" };
    return { ok: false, path, label, error: TEXT[lang].unexpected(e instanceof Error ? e.message : String(e)), kind: "input" };
  }
}

/**
 * The result without its tables' rows: reports need each table's place, kind, unit and columns,
 * not its rows, and a worker hands its result over by copying it.
 */
function light(result: AuditResult): AuditResult {
  const tables = result.tables.map((t) => {
    const { kind, sheet, range, headerRows, unit, unitSource, caption, context, columns, hiddenRows, manual } = t;
    return { kind, sheet, range, headerRows, unit, unitSource, caption, context, columns, hiddenRows, manual } as unknown as typeof t;
  });
  return { ...result, tables, candidates: [] };
}
