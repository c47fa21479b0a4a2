/**
 * `subsidy-audit check <workbook.xlsx> [options]`. Exit 0: no error finding; 1: at least one;
 * 2: the input cannot be used, with ONE line on stderr and nothing on stdout. Every failure,
 * expected or not, ends here as one line: no stack trace ever reaches the user.
 */
import * as fs from "fs";
import * as path from "path";
import type { AuditResult } from "../core/api";
import { audit } from "../core/audit";
import type { Catalog } from "../core/catalog/types";
import { CatalogError } from "../core/catalog/json";
import { SettingsError } from "../core/rules/validateSettings";
import type { Lang } from "../core/settings";
import { localIsoDate, type IsoDate } from "../core/dates";
import { readWorkbook } from "../xlsx/read";
import { writeAnnotatedCopy } from "../xlsx/annotate";
import { OutputError, WorkbookError } from "../xlsx/errors";
import { parseArgs, UsageError, type CheckOptions } from "./args";
import { CatalogFileError, loadCatalogFile } from "./catalogFile";
import { colourWanted, paint } from "./color";
import { renderJson } from "./jsonReport";
import { HELP, TEXT, outputMessage, usageMessage, workbookMessage } from "./strings";
import { renderText } from "./textReport";

/** Where the command writes; the bench and tests pass their own. */
export interface CliIo {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  env: NodeJS.ProcessEnv;
  /** Today's local date (the core has no clock). */
  today(): IsoDate;
}

const PROGRAM = "subsidy-audit";

export function localToday(): IsoDate {
  return localIsoDate(new Date());
}

const processIo: CliIo = {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  today: localToday,
};

/** A failure the user can act on: its one line, already worded. */
class Stop extends Error {}

/**
 * A stream error raised outside any awaited promise (a zip parser's 'error' event) would
 * otherwise reach Node's default handler and print a stack trace: print one line, exit 2.
 */
function guardProcess(): void {
  const die = (e: unknown): void => {
    process.stderr.write(`${PROGRAM}: ${oneLine(TEXT["zh-CN"].unexpected(e instanceof Error ? e.message : String(e)))}\n`);
    process.exit(2);
  };
  process.once("uncaughtException", die);
  process.once("unhandledRejection", die);
}

function oneLine(s: string): string {
  return s.replace(/\s*\r?\n\s*/g, " ").trim();
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  if (io === processIo) guardProcess();
  let lang: Lang = "zh-CN";
  const fail = (line: string): number => {
    io.stderr.write(`${PROGRAM}: ${oneLine(line)}\n`);
    return 2;
  };
  try {
    const cmd = parseArgs(argv);
    if (cmd.kind === "help") {
      io.stdout.write(HELP[cmd.lang]);
      return 0;
    }
    if (cmd.kind === "version") {
      io.stdout.write(`${PROGRAM} ${version()}\n`);
      return 0;
    }
    lang = cmd.options.lang;
    return await check(cmd.options, io);
  } catch (e) {
    if (e instanceof UsageError) return fail(usageMessage(e.key, e.value, e.lang));
    if (e instanceof Stop) return fail(e.message);
    if (e instanceof WorkbookError) return fail(workbookMessage(e, lang));
    if (e instanceof OutputError) return fail(outputMessage(e, lang));
    if (e instanceof CatalogError || e instanceof SettingsError) return fail(e.message);
    return fail(TEXT[lang].unexpected(e instanceof Error ? e.message : String(e)));
  }
}

async function check(o: CheckOptions, io: CliIo): Promise<number> {
  const T = TEXT[o.lang];
  const catalog = o.catalog === undefined ? undefined : await readCatalog(o.catalog, o.lang);
  const sheets = await readWorkbook(o.file);
  const result: AuditResult = audit({
    sheets,
    catalog,
    settings: {
      today: io.today(),
      lang: o.lang,
      asOf: o.asOf,
      tolerance: o.tolerance,
      district: o.district,
    },
  });
  if (!result.tables.some((t) => t.kind !== "catalog")) throw new Stop(T.noTable(o.file));

  // The copy is written before anything is printed: if it fails, stdout stays empty (exit 2).
  const annotated = o.out === undefined ? null : await writeAnnotatedCopy(o.file, o.out, result, o.lang);

  const file = path.basename(o.file);
  if (o.format === "json") {
    io.stdout.write(renderJson(file, result));
  } else {
    let text = renderText(file, result, o.lang, paint(colourWanted(io.stdout.isTTY, io.env)));
    if (annotated && o.out !== undefined) text += T.annotated(o.out, annotated.reportSheet) + "\n";
    io.stdout.write(text);
  }
  return result.summary.error > 0 ? 1 : 0;
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
    throw e;
  }
}

function version(): string {
  // lib/cli/main.js and src/cli/main.ts both sit two folders below package.json.
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version?: string };
    return pkg.version ?? "unknown";
  } catch {
    return "unknown";
  }
}
