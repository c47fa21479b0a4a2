/**
 * Element-wise evaluation over broadcast arguments: one formula computes a cell or a whole
 * spilled range, and a bad element becomes that element's error while the rest still compute.
 */
import { CallError, FnError, naError, valueError } from "./errors";
import { isEmptyCell } from "./args";
import { broadcastShape, buildMatrix, elementAt, OUTSIDE, type Matrix } from "./matrix";

/** One result element: a value, an error, or "" for an element with no input at all. */
export type Out = number | string | boolean | FnError;
export type OutMatrix = Out[][];

/**
 * Applies `f` at every position of the broadcast shape of `args`. The first `dataCount` arguments
 * are the element's data: when all of them are empty cells the element is "" (a blank row of a
 * table gives a blank result, not an error).
 */
export function spill(args: ReadonlyArray<Matrix | null>, dataCount: number, f: (v: unknown[]) => Out): OutMatrix {
  const shape = broadcastShape(args);
  const n = args.length;
  // One argument array for the whole call: `f` reads it synchronously (fewer allocations on 100k rows).
  const vals: unknown[] = new Array(n);
  return buildMatrix(shape, (r, c): Out => {
    let empty = true;
    for (let i = 0; i < n; i++) {
      let v = elementAt(args[i], r, c);
      if (v === OUTSIDE) return naError("outside");
      if (v !== null && typeof v === "object") v = basicValue(v);
      vals[i] = v;
      if (i < dataCount && empty && !isEmptyCell(v)) empty = false;
    }
    if (empty) return "";
    try {
      return f(vals);
    } catch (e) {
      return asFnError(e);
    }
  });
}

/**
 * The metadata allows data types for `any` parameters (allowCustomDataForDataTypeAny, emitted by
 * the generator): a cell holding one (a formatted number, an entity) arrives as an object. Its
 * `basicValue` is what the cell shows.
 */
export function basicValue(v: object): unknown {
  const b = (v as { basicValue?: unknown }).basicValue;
  return b === undefined ? String(v) : b;
}

/** Any thrown value as an element error (never an uncaught exception). */
export function asFnError(e: unknown): FnError {
  if (e instanceof CallError) return e.error;
  if (e instanceof FnError) return e;
  const detail = e instanceof Error ? e.message : String(e);
  return valueError("internal", { detail });
}
