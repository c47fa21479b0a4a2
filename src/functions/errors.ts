/**
 * Errors of the FUND functions, kept as plain values in the logic (no CustomFunctions global) and
 * turned into CustomFunctions.Error only at the boundary, in the user's language.
 */
import type { Lang } from "../core/settings";
import { message, type MessageKey, type MessageParams } from "./messages";

/** The Excel error values the functions return. */
export type ErrorCodeText = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!";

/** An element's error: an Excel error code and, where Excel shows one, a message. */
export class FnError {
  constructor(
    readonly code: ErrorCodeText,
    readonly key: MessageKey | null,
    readonly params: MessageParams = {}
  ) {}

  private cached: { lang: Lang; text: string } | null = null;

  text(lang: Lang): string {
    if (this.cached?.lang !== lang) this.cached = { lang, text: this.key ? message(this.key, this.params, lang) : "" };
    return this.cached.text;
  }
}

export function isFnError(v: unknown): v is FnError {
  return v instanceof FnError;
}

export const valueError = (key: MessageKey, params?: MessageParams) => new FnError("#VALUE!", key, params);
export const naError = (key: MessageKey, params?: MessageParams) => new FnError("#N/A", key, params);
export const divError = () => new FnError("#DIV/0!", null);

/** Thrown from argument reading when a whole-call argument (unit, catalog, tolerance…) is wrong. */
export class CallError extends Error {
  constructor(readonly error: FnError) {
    super(error.key ?? error.code);
  }
}

// ---- the boundary ----------------------------------------------------------------------------

/** What CustomFunctions offers, narrowed to what we use (a stand-in in tests). */
export interface ErrorRuntime {
  Error: new (code: never, message?: string) => unknown;
  ErrorCode: Record<string, string>;
}

/** Excel shows a custom message only with #VALUE! and #N/A. */
const MESSAGE_CODES = new Set<ErrorCodeText>(["#VALUE!", "#N/A"]);

const CODE_NAME: Record<ErrorCodeText, string> = {
  "#VALUE!": "invalidValue",
  "#N/A": "notAvailable",
  "#DIV/0!": "divisionByZero",
  "#NUM!": "invalidNumber",
};

/** Office.context.requirements, as far as the functions ask it. */
interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/**
 * The runtime's CustomFunctions namespace, looked up when needed (never at import), as far as the
 * host supports it: CustomFunctions.Error is CustomFunctionsRuntime 1.2
 * (https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.error) and
 * CustomFunctions.ErrorCode is 1.3 (https://learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets).
 * The manifest requires 1.3; should a host still lack a set, the functions degrade: without
 * ErrorCode the error code's text is passed (the enum's values are those texts), without Error a
 * plain exception is thrown, which Excel shows as #VALUE!. Where the host cannot be asked (no
 * Office.context.requirements), what is defined is used.
 */
export function globalRuntime(requirements: Requirements | null = officeRequirements()): ErrorRuntime | null {
  const cf = (globalThis as { CustomFunctions?: ErrorRuntime }).CustomFunctions;
  if (!cf || typeof cf.Error !== "function") return null;
  const has = (version: string) => requirements === null || requirements.isSetSupported("CustomFunctionsRuntime", version);
  if (!has("1.2")) return null;
  return has("1.3") ? cf : { Error: cf.Error, ErrorCode: {} };
}

function officeRequirements(): Requirements | null {
  try {
    const req = (globalThis as { Office?: { context?: { requirements?: Requirements } } }).Office?.context?.requirements;
    return req && typeof req.isSetSupported === "function" ? req : null;
  } catch {
    return null;
  }
}

/** An FnError as the runtime's error object (a plain Error when there is no runtime). */
export function toRuntimeError(e: FnError, lang: Lang, runtime: ErrorRuntime | null): unknown {
  const text = e.text(lang);
  if (!runtime) return new Error(text ? `${e.code} ${text}` : e.code);
  const code = (runtime.ErrorCode?.[CODE_NAME[e.code]] ?? e.code) as never;
  return MESSAGE_CODES.has(e.code) && text ? new runtime.Error(code, text) : new runtime.Error(code);
}
