/**
 * The Excel boundary of every FUND function: run the logic, turn element errors into
 * CustomFunctions.Error in the user's language, and make sure nothing escapes as an uncaught
 * exception (which Excel would show as a bare #VALUE!).
 */
import type { Lang } from "../core/settings";
import { FnError, globalRuntime, toRuntimeError, type ErrorRuntime } from "./errors";
import { currentLang } from "./lang";
import { asFnError, type OutMatrix } from "./spill";

/**
 * Runs one call. A whole-call error, or the error of a single-cell result, is thrown as a
 * CustomFunctions.Error (how Excel shows its message); in a larger result each bad element is
 * that element's error and the rest keep their values.
 */
export function runFunction(
  compute: (lang: Lang) => OutMatrix,
  runtime: ErrorRuntime | null = globalRuntime(),
  lang: Lang = currentLang()
): unknown[][] {
  let out: OutMatrix;
  try {
    out = compute(lang);
  } catch (e) {
    throw toRuntimeError(asFnError(e), lang, runtime);
  }
  return toResult(out, runtime, lang);
}

/**
 * runFunction for a function that returns a Promise (INDISTRICT fetches the geography). A
 * whole-call error rejects the promise with the CustomFunctions.Error, as Microsoft's example of a
 * fetching function does (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors,
 * "Use try...catch blocks": the promise's catch throws a CustomFunctions.Error).
 */
export async function runFunctionAsync(
  compute: (lang: Lang) => Promise<OutMatrix>,
  runtime: ErrorRuntime | null = globalRuntime(),
  lang: Lang = currentLang()
): Promise<unknown[][]> {
  let out: OutMatrix;
  try {
    out = await compute(lang);
  } catch (e) {
    throw toRuntimeError(asFnError(e), lang, runtime);
  }
  return toResult(out, runtime, lang);
}

function toResult(out: OutMatrix, runtime: ErrorRuntime | null, lang: Lang): unknown[][] {
  if (out.length === 1 && out[0].length === 1 && out[0][0] instanceof FnError) {
    throw toRuntimeError(out[0][0], lang, runtime);
  }
  // Converted in place: the matrix is this call's own, and a spill may be 100k rows.
  const result = out as unknown[][];
  for (const row of result) {
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v instanceof FnError) row[c] = toRuntimeError(v, lang, runtime);
    }
  }
  return result;
}
