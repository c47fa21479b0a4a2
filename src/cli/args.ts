/** Command-line parsing: `check <workbook.xlsx> [options]`, --help, --version. */
import type { Lang } from "../core/settings";
import { isoDate, parseDateText, type IsoDate } from "../core/dates";

export type OutputFormat = "text" | "json";

export interface CheckOptions {
  file: string;
  asOf?: IsoDate;
  catalog?: string;
  tolerance?: number;
  district?: string;
  format: OutputFormat;
  out?: string;
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
  | "repeated-option";

const VALUE_OPTIONS = ["--as-of", "--catalog", "--tolerance", "--district", "--format", "--out", "--lang"] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

export function parseLang(v: string): Lang | null {
  const t = v.trim().toLowerCase().replace("_", "-");
  if (t === "zh-cn" || t === "zh" || t === "zh-hans" || t === "cn") return "zh-CN";
  if (t === "en-us" || t === "en" || t === "en-gb") return "en-US";
  return null;
}

/** The --lang given anywhere on the line, so even a usage error speaks the user's language. */
function langHint(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
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

export function parseArgs(argv: readonly string[]): Command {
  const lang = langHint(argv);
  if (argv.length === 0) throw new UsageError("no-command", "", lang);
  if (argv.includes("--help") || argv.includes("-h") || argv[0] === "help") return { kind: "help", lang };
  if (argv.includes("--version") || argv.includes("-V") || argv.includes("-v")) return { kind: "version" };
  const [command, ...rest] = argv;
  if (command !== "check") {
    throw new UsageError(command.startsWith("-") ? "unknown-option" : "unknown-command", command, lang);
  }

  const values: Partial<Record<ValueOption, string>> = {};
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === "--") {
      positional.push(...rest.slice(i + 1));
      break;
    }
    if (a.startsWith("-") && a !== "-") {
      const eq = a.indexOf("=");
      const name = eq > 0 ? a.slice(0, eq) : a;
      if (!(VALUE_OPTIONS as readonly string[]).includes(name)) throw new UsageError("unknown-option", name, lang);
      const opt = name as ValueOption;
      let v: string | undefined;
      if (eq > 0) v = a.slice(eq + 1);
      else {
        v = rest[i + 1];
        if (v === undefined || (v.startsWith("--") && v.length > 2)) throw new UsageError("missing-value", opt, lang);
        i++;
      }
      if (values[opt] !== undefined) throw new UsageError("repeated-option", opt, lang);
      values[opt] = v;
    } else {
      positional.push(a);
    }
  }
  if (positional.length === 0) throw new UsageError("missing-file", "", lang);
  if (positional.length > 1) throw new UsageError("extra-argument", positional[1], lang);

  const options: CheckOptions = { file: positional[0], format: "text", lang };
  if (values["--lang"] !== undefined) {
    const l = parseLang(values["--lang"]);
    if (!l) throw new UsageError("bad-lang", values["--lang"], lang);
    options.lang = l;
  }
  if (values["--as-of"] !== undefined) {
    const d = parseAsOf(values["--as-of"]);
    if (!d) throw new UsageError("bad-as-of", values["--as-of"], lang);
    options.asOf = d;
  }
  if (values["--tolerance"] !== undefined) {
    const raw = values["--tolerance"].trim().replace(/%$/, "");
    const n = raw === "" ? NaN : Number(raw);
    if (!Number.isFinite(n) || n < 0 || n > 100) throw new UsageError("bad-tolerance", values["--tolerance"], lang);
    options.tolerance = n;
  }
  if (values["--district"] !== undefined) {
    const d = values["--district"].trim();
    if (d === "") throw new UsageError("bad-district", values["--district"], lang);
    options.district = d;
  }
  if (values["--format"] !== undefined) {
    const f = values["--format"].trim().toLowerCase();
    if (f !== "text" && f !== "json") throw new UsageError("bad-format", values["--format"], lang);
    options.format = f;
  }
  if (values["--catalog"] !== undefined) options.catalog = values["--catalog"];
  if (values["--out"] !== undefined) options.out = values["--out"];
  return { kind: "check", options };
}
