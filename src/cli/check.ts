/** The check command: inputs → outcomes (in workers for several files) → reports. */
import * as fs from "fs";
import * as os from "os";
import type { Catalog } from "../core/catalog/types";
import { CatalogError } from "../core/catalog/json";
import { duplicatesAcross, type CrossFileFinding } from "../core/crossFile";
import { DistrictError } from "../core/geo/geography";
import { MappingError, mappingsFromJson } from "../core/mappingsJson";
import { DEFAULT_SETTINGS, type Lang } from "../core/settings";
import type { ColumnMapping } from "../core/tables/base";
import { OutputError, WorkbookError } from "../xlsx/errors";
import { assertNotAnInput, sameFile } from "../xlsx/safeWrite";
import type { CheckOptions } from "./args";
import { CatalogFileError, loadCatalogFile } from "./catalogFile";
import type { FileJob, FileOutcome } from "./checkFile";
import { colourWanted, paint } from "./color";
import { renderExplain } from "./explainText";
import { loadGeography } from "./geography";
import { expandInputs } from "./inputs";
import { renderJson, renderMultiJson, type MultiEntry } from "./jsonReport";
import { decide, Stop, type CliIo } from "./main";
import { isFolderPath, planOutputs } from "./outputs";
import { runAll } from "./pool";
import { NO_PROGRESS, progressBar } from "./progress";
import { TEXT, catalogJsonMessage, workbookMessage } from "./strings";
import { renderMultiText, renderText } from "./textReport";

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export async function check(o: CheckOptions, io: CliIo): Promise<number> {
  const T = TEXT[o.lang];
  const inputs = expandInputs(o.files);
  if (inputs.length === 0) throw new Stop(o.lang === "zh-CN" ? `在 ${o.files.join("、")} 中没有找到 .xlsx 或 .xlsm 工作簿` : `no .xlsx or .xlsm workbook found in ${o.files.join(", ")}`);
  const single = inputs.length === 1 && o.files.length === 1 && !isDir(o.files[0]);
  const catalog = o.catalog === undefined ? undefined : await readCatalog(o.catalog, o.lang);
  const mappings = o.map === undefined ? undefined : readMappings(o.map, o.lang);
  // The district is resolved once here, so a name that is no area stops before any file is read.
  // A name several districts share waits for each workbook, which may settle it (checkFile).
  try {
    loadGeography(o.district ?? DEFAULT_SETTINGS.district);
  } catch (e) {
    if (e instanceof DistrictError && e.resolution.kind !== "ambiguous") throw new Stop(`--district: ${e.text[o.lang]}`);
    if (!(e instanceof DistrictError)) throw e;
  }
  const allInputs = [...inputs.map((i) => i.path), ...(o.catalog !== undefined ? [o.catalog] : []), ...(o.map !== undefined ? [o.map] : [])];
  const named = <T>(option: string, f: () => T): T => {
    const tag = (e: unknown): never => {
      if (e instanceof OutputError) e.option = option;
      throw e;
    };
    try {
      const r = f();
      return (r instanceof Promise ? r.catch(tag) : r) as T;
    } catch (e) {
      return tag(e);
    }
  };
  const outs = o.out === undefined ? undefined : named("--out", () => planOutputs(o.out as string, inputs.map((i) => i.path), allInputs));
  if (o.summary !== undefined) named("--summary", () => {
    if (isFolderPath(o.summary as string)) throw new OutputError("unwritable", `cannot write ${o.summary}: it is a folder; name a .xlsx file`, o.summary);
    assertNotAnInput(o.summary as string, allInputs);
    for (const out of outs ?? []) {
      if (sameFile(out, o.summary as string)) throw new OutputError("same-as-input", `${o.summary} is also --out`, o.summary, out);
    }
  });

  const settings = { today: io.today(), lang: o.lang, asOf: o.asOf, tolerance: o.tolerance, district: o.district };
  const jobs: FileJob[] = inputs.map((input, i) => ({
    path: input.path,
    label: input.label,
    out: outs?.[i],
    inputs: allInputs,
    settings,
    catalog,
    keepRegisters: !single,
    mappings,
    explain: o.explain === true,
  }));
  const threads = o.jobs ?? (typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length);
  const progress = !single && io.stderr.isTTY ? progressBar(io.stderr, jobs.length, o.lang) : NO_PROGRESS;
  let findings = 0;
  let outcomes: FileOutcome[];
  try {
    outcomes = await runAll(jobs, threads, {
      done(outcome, finished) {
        if (outcome.ok) findings += outcome.result.findings.length;
        progress.update(finished, findings);
      },
    });
  } finally {
    progress.clear();
  }

  const p = paint(colourWanted(io.stdout.isTTY, io.env));
  if (single) {
    const r = outcomes[0];
    if (!r.ok) throw new Stop(r.error, r.explained ? renderExplain(r.explained, o.lang) : undefined);
    if (o.summary !== undefined) await named("--summary", () => writeSummary(o.summary as string, [{ file: r.label, result: r.result }], [], o.lang, allInputs));
    const code = r.result.summary.error > 0 ? 1 : 0;
    decide(code);
    if (o.format === "json") io.stdout.write(renderJson(r.label, r.result, r.explained));
    else {
      let text = renderText(r.label, r.result, o.lang, p, r.indicators);
      if (r.explained) text += "\n" + renderExplain(r.explained, o.lang);
      if (r.annotated) text += T.annotated(r.annotated.path, r.annotated.reportSheet) + "\n";
      if (o.summary !== undefined) text += T.summaryWritten(o.summary) + "\n";
      io.stdout.write(text);
    }
    return code;
  }

  const usable = outcomes.filter((x): x is Extract<FileOutcome, { ok: true }> => x.ok);
  if (usable.length === 0) {
    const first = outcomes[0] as Extract<FileOutcome, { ok: false }>;
    throw new Stop(T.noneUsable(outcomes.length, first.error));
  }
  const cross: CrossFileFinding[] = duplicatesAcross(
    usable.filter((u) => u.awards !== null).map((u) => ({ file: u.label, awards: u.awards as NonNullable<typeof u.awards> })),
    o.lang
  );
  const entries: MultiEntry[] = outcomes.map((x) =>
    x.ok ? { file: x.label, result: x.result, explained: x.explained, indicators: x.indicators } : { file: x.label, error: x.error, explained: x.explained },
  );
  if (o.summary !== undefined) await named("--summary", () => writeSummary(o.summary as string, entries, cross, o.lang, allInputs));
  const code = usable.some((u) => u.result.summary.error > 0) || cross.some((f) => f.severity === "error") ? 1 : 0;
  decide(code);
  if (o.format === "json") io.stdout.write(renderMultiJson(entries, cross));
  else {
    let text = renderMultiText(entries, cross, o.lang, p);
    for (const e of entries) if (e.explained) text += `\n${T.file}${o.lang === "zh-CN" ? "：" : ": "}${e.file}\n` + renderExplain(e.explained, o.lang);
    for (const u of usable) if (u.annotated) text += T.annotated(u.annotated.path, u.annotated.reportSheet) + "\n";
    if (o.summary !== undefined) text += T.summaryWritten(o.summary) + "\n";
    io.stdout.write(text);
  }
  return code;
}

async function writeSummary(file: string, entries: MultiEntry[], cross: CrossFileFinding[], lang: Lang, inputs: string[]): Promise<void> {
  const { writeSummaryWorkbook } = await import("../xlsx/summary");
  await writeSummaryWorkbook(file, entries, cross, lang, inputs);
}

async function readCatalog(file: string, lang: Lang): Promise<Catalog> {
  const T = TEXT[lang];
  try {
    return await loadCatalogFile(file);
  } catch (e) {
    if (e instanceof CatalogFileError) {
      throw new Stop(e.code === "bad-extension" ? T.badCatalogExt(file) : T.noCatalogTable(file));
    }
    if (e instanceof WorkbookError) throw new Stop(workbookMessage(e, lang, "catalog"));
    if (e instanceof CatalogError) throw new Stop(catalogJsonMessage(e.message, e.path, file, lang));
    throw e;
  }
}

/** --map: the pane's saved column readings, as a file; a bad file is one clear line. */
function readMappings(file: string, lang: Lang): ColumnMapping[] {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Stop(TEXT[lang].mapUnreadable(file, code === "ENOENT" ? null : (e as Error).message));
  }
  try {
    return mappingsFromJson(text, file);
  } catch (e) {
    if (e instanceof MappingError) throw new Stop(e.text[lang]);
    throw e;
  }
}
