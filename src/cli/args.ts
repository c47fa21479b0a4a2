/**
 * Command-line parsing: `check <workbook.xlsx|folder>… [options]`, --help, --version.
 * Every option is one row of OPTIONS (name, whether it takes a value, how the value is read
 * into CheckOptions): adding an option is adding a row (and its help line in strings.ts).
 */
import type { Lang } from "../core/settings";
import { isoDate, parseDateText, type IsoDate } from "../core/dates";

export type OutputFormat = "text" | "json";

export interface CheckOptions {
  /** Workbooks and folders, in the order given. */
  files: string[];
  asOf?: IsoDate;
  catalog?: string;
  tolerance?: number;
  district?: string;
  format: OutputFormat;
  out?: string;
  summary?: string;
  /** Worker threads for several files (default: the cores). */
  jobs?: number;
  /** Print how every table and near miss was read (--explain). */
  explain?: boolean;
  /** Column readings fixed by hand, in the shape the task pane saves (--map mapping.json). */
  map?: string;
  lang: Lang;
}

export type Command = { kind: "help"; lang: Lang } | { kind: "version" } | { kind: "check"; options: CheckOptions };

/** A usage error: its key and value pick the message in the user's language. */
export class UsageError extends Error {
  constructor(
    readonly key: UsageProblem,
    readonly value: string,
    readonly lang: Lang
  ) {
    super(`${key}: ${value}`);
    this.name = "UsageError";
  }
}

export type UsageProblem =
  | "no-command"
  | "unknown-command"
  | "unknown-option"
  | "missing-value"
  | "missing-file"
  | "extra-argument"
  | "bad-as-of"
  | "bad-tolerance"
  | "bad-district"
  | "bad-format"
  | "bad-lang"
  | "bad-jobs"
  | "bad-path"
  | "repeated-option";

interface OptionDef {
  name: string;
  /** Takes a value (`--name value` or `--name=value`); a flag otherwise. */
  value: boolean;
  /** Reads the value into the options; returns a problem key when it is not valid. */
  apply(o: CheckOptions, v: string): UsageProblem | void;
}

/** A decimal number, nothing else (no 0x10, 1e1, Infinity). */
const DECIMAL = /^\d+(\.\d+)?$/;

export const OPTIONS: readonly OptionDef[] = [
  {
    name: "--as-of",
    value: true,
    apply(o, v) {
      const d = parseAsOf(v);
      if (!d) return "bad-as-of";
      o.asOf = d;
    },
  },
  { name: "--catalog", value: true, apply: (o, v) => (v.trim() === "" ? "bad-path" : void (o.catalog = v)) },
  {
    name: "--tolerance",
    value: true,
    apply(o, v) {
      const raw = v.trim().replace(/%$/, "");
      const n = DECIMAL.test(raw) ? Number(raw) : NaN;
      if (!Number.isFinite(n) || n < 0 || n > 100) return "bad-tolerance";
      o.tolerance = n;
    },
  },
  {
    name: "--district",
    value: true,
    apply(o, v) {
      const d = v.trim();
      if (d === "") return "bad-district";
      o.district = d;
    },
  },
  {
    name: "--format",
    value: true,
    apply(o, v) {
      const f = v.trim().toLowerCase();
      if (f !== "text" && f !== "json") return "bad-format";
      o.format = f;
    },
  },
  { name: "--out", value: true, apply: (o, v) => (v.trim() === "" ? "bad-path" : void (o.out = v)) },
  { name: "--summary", value: true, apply: (o, v) => (v.trim() === "" ? "bad-path" : void (o.summary = v)) },
  {
    name: "--jobs",
    value: true,
    apply(o, v) {
      const n = /^\d+$/.test(v.trim()) ? Number(v.trim()) : NaN;
      if (!Number.isInteger(n) || n < 1 || n > 256) return "bad-jobs";
      o.jobs = n;
    },
  },
  { name: "--explain", value: false, apply: (o) => void (o.explain = true) },
  { name: "--map", value: true, apply: (o, v) => (v.trim() === "" ? "bad-path" : void (o.map = v)) },
  {
    name: "--lang",
    value: true,
    apply(o, v) {
      const l = parseLang(v);
      if (!l) return "bad-lang";
      o.lang = l;
    },
  },
];

export function parseLang(v: string): Lang | null {
  const t = v.trim().toLowerCase().replace("_", "-");
  if (t === "zh-cn" || t === "zh" || t === "zh-hans" || t === "cn") return "zh-CN";
  if (t === "en-us" || t === "en" || t === "en-gb") return "en-US";
  return null;
}

/** The --lang given anywhere on the line, so even a usage error speaks the user's language. */
export function langHint(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") break;
    const v = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : undefined;
    const l = v !== undefined ? parseLang(v) : null;
    if (l) return l;
  }
  return "zh-CN";
}

/** Strict YYYY-MM-DD (also 2021/8/31 and 2021年8月31日): a real calendar date. */
export function parseAsOf(v: string): IsoDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.trim());
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return parseDateText(v);
}

const HELP_FLAGS = new Set(["--help", "-h"]);
const VERSION_FLAGS = new Set(["--version", "-V", "-v"]);

export function parseArgs(argv: readonly string[]): Command {
  const lang = langHint(argv);
  if (argv.length === 0) throw new UsageError("no-command", "", lang);
  // Help and version only where a command or its first option stands, never in place of a file.
  if (HELP_FLAGS.has(argv[0]) || argv[0] === "help") return { kind: "help", lang };
  if (VERSION_FLAGS.has(argv[0])) return { kind: "version" };
  const [command, ...rest] = argv;
  if (command !== "check") {
    throw new UsageError(command.startsWith("-") ? "unknown-option" : "unknown-command", command, lang);
  }
  if (rest.length > 0 && HELP_FLAGS.has(rest[0])) return { kind: "help", lang };

  const options: CheckOptions = { files: [], format: "text", lang };
  const seen = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === "--") {
      options.files.push(...rest.slice(i + 1));
      break;
    }
    if (!a.startsWith("-") || a === "-") {
      options.files.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = eq > 0 ? a.slice(0, eq) : a;
    const def = OPTIONS.find((d) => d.name === name);
    if (!def) throw new UsageError("unknown-option", name, lang);
    let v = "";
    if (def.value) {
      if (eq > 0) v = a.slice(eq + 1);
      else {
        const next = rest[i + 1];
        if (next === undefined || (next.startsWith("--") && next.length > 2)) throw new UsageError("missing-value", name, lang);
        v = next;
        i++;
      }
    } else if (eq > 0) throw new UsageError("unknown-option", a, lang);
    if (seen.has(name)) throw new UsageError("repeated-option", name, lang);
    seen.add(name);
    const problem = def.apply(options, v);
    if (problem) throw new UsageError(problem, v, lang);
  }
  if (options.files.length === 0) throw new UsageError("missing-file", "", lang);
  options.lang = options.lang ?? lang;
  return { kind: "check", options };
}
