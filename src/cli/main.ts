/**
 * `subsidy-audit check <workbook.xlsx|folder>… [options]`. Exit 0: no error finding; 1: at
 * least one; 2: the input cannot be used, with ONE line on stderr and nothing on stdout. Every
 * failure, expected or not, ends here as one line: no stack trace ever reaches the user.
 * Only what the command needs is loaded: --help and --version load neither the engine nor the
 * reader, and ExcelJS is loaded only to write a summary workbook.
 */
import * as fs from "fs";
import * as path from "path";
import type { Lang } from "../core/settings";
import type { IsoDate } from "../core/dates";
import { parseArgs, UsageError, langHint } from "./args";
import { HELP, TEXT, catalogJsonMessage, outputMessage, usageMessage, workbookMessage } from "./strings";
import { safeLine } from "./safeText";

/** Where the command writes; the bench and tests pass their own. */
export interface CliIo {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** Today's local date (the core has no clock). */
  today(): IsoDate;
}

const PROGRAM = "subsidy-audit";

export function localToday(): IsoDate {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}` as IsoDate;
}

const processIo: CliIo = {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  today: localToday,
};

/** A failure the user can act on: its one line, already worded; --explain's account may follow it. */
export class Stop extends Error {
  constructor(
    message: string,
    readonly after?: string,
  ) {
    super(message);
  }
}

let decided = 2;
let currentLang: Lang = "zh-CN";

/** The exit status decided so far: a closed pipe (`| head`) ends the process with it, quietly. */
export function pendingStatus(): number {
  return decided;
}

/** Sets the exit status before the report is printed (see pendingStatus). */
export function decide(code: number): void {
  decided = code;
}

/**
 * A stream error raised outside any awaited promise would otherwise reach Node's default
 * handler and print a stack trace: print one line, exit 2.
 */
function guardProcess(): void {
  const die = (e: unknown): void => {
    if ((e as NodeJS.ErrnoException)?.code === "EPIPE") process.exit(decided);
    process.stderr.write(`${PROGRAM}: ${safeLine(TEXT[currentLang].unexpected(e instanceof Error ? e.message : String(e)))}\n`);
    process.exit(2);
  };
  process.on("uncaughtException", die);
  process.on("unhandledRejection", die);
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  if (io === processIo) guardProcess();
  let lang: Lang = langHint(argv);
  currentLang = lang;
  decided = 2;
  const fail = (line: string): number => {
    io.stderr.write(`${PROGRAM}: ${safeLine(line)}\n`);
    decided = 2;
    return 2;
  };
  try {
    const cmd = parseArgs(argv);
    if (cmd.kind === "help") {
      decide(0);
      io.stdout.write(HELP[cmd.lang]);
      return 0;
    }
    if (cmd.kind === "version") {
      decide(0);
      io.stdout.write(`${PROGRAM} ${version()}\n`);
      return 0;
    }
    lang = cmd.options.lang;
    currentLang = lang;
    const { check } = await import("./check");
    return await check(cmd.options, io);
  } catch (e) {
    const { WorkbookError, OutputError } = await import("../xlsx/errors");
    const { CatalogError } = await import("../core/catalog/json");
    const { SettingsError } = await import("../core/rules/validateSettings");
    if (e instanceof UsageError) return fail(usageMessage(e.key, e.value, e.lang));
    if (e instanceof Stop) {
      const code = fail(e.message);
      // Asked for with --explain: stdout stays empty on exit 2, so the account goes after the line.
      if (e.after) io.stderr.write(e.after);
      return code;
    }
    if (e instanceof WorkbookError) return fail(workbookMessage(e, lang));
    if (e instanceof OutputError) return fail(outputMessage(e, lang));
    if (e instanceof CatalogError) return fail(catalogJsonMessage(e.message, e.path, "", lang));
    if (e instanceof SettingsError) return fail(e.message);
    return fail(TEXT[lang].unexpected(e instanceof Error ? e.message : String(e)));
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
