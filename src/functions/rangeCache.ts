/**
 * A table argument (the `catalog` of CAP / CAPCHECK / ALLOWED, the `ledger` of PAID) read once per
 * distinct range: cached by the matrix object and by its values, so a sheet of scalar calls
 * pointing at one range reads it once, and an edited cell (new values) is read afresh. A range
 * that cannot be read throws and is not remembered.
 */
import type { Cell, SheetGrid } from "../core/grid";
import type { Matrix } from "./matrix";

export class RangeCache<T> {
  private readonly byIdentity = new WeakMap<object, T>();
  private readonly byValues = new Map<string, T>();

  constructor(
    private readonly read: (values: Matrix) => T,
    private readonly max = 16,
  ) {}

  get(arg: Matrix): T {
    const known = this.byIdentity.get(arg);
    if (known !== undefined) return known;
    const key = JSON.stringify(arg);
    let value = this.byValues.get(key);
    if (value === undefined) {
      value = this.read(arg);
      if (this.byValues.size >= this.max) this.byValues.delete(this.byValues.keys().next().value as string);
      this.byValues.set(key, value);
    }
    this.byIdentity.set(arg, value);
    return value;
  }
}

/** A range's values as a sheet the core's recogniser reads (the range's first cell at A1). */
export function rangeGrid(name: string, values: Matrix): SheetGrid {
  return { name, top: 0, left: 0, values: values.map((row) => row.map(toCell)), merges: [] };
}

function toCell(v: unknown): Cell {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  const basic = (v as { basicValue?: unknown }).basicValue; // a data type's shown value
  if (typeof basic === "number" || typeof basic === "string" || typeof basic === "boolean") return basic;
  return String(v);
}

export function isBlankMatrix(m: Matrix): boolean {
  for (const row of m) for (const v of row) if (!(v === null || v === undefined || v === "")) return false;
  return true;
}
