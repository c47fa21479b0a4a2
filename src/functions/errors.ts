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

/** The runtime's CustomFunctions namespace, looked up when needed (never at import). */
export function globalRuntime(): ErrorRuntime | null {
  const cf = (globalThis as { CustomFunctions?: ErrorRuntime }).CustomFunctions;
  return cf && typeof cf.Error === "function" ? cf : null;
}

/** An FnError as the runtime's error object (a plain Error when there is no runtime). */
export function toRuntimeError(e: FnError, lang: Lang, runtime: ErrorRuntime | null): unknown {
  const text = e.text(lang);
  if (!runtime) return new Error(text ? `${e.code} ${text}` : e.code);
  const code = (runtime.ErrorCode?.[CODE_NAME[e.code]] ?? e.code) as never;
  return MESSAGE_CODES.has(e.code) && text ? new runtime.Error(code, text) : new runtime.Error(code);
}
