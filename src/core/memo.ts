/** A per-audit cache of a string function: registers and ledgers repeat the same few names, items and places. */
export class Memo<T> {
  private readonly m = new Map<string, T>();
  // Consecutive rows usually repeat the very same string: compare it before hashing.
  private lastKey: string | null = null;
  private lastValue: T | undefined;
  constructor(private readonly f: (s: string) => T) {}
  get(s: string): T {
    if (s === this.lastKey) return this.lastValue as T;
    let v = this.m.get(s);
    if (v === undefined) {
      v = this.f(s);
      this.m.set(s, v);
    }
    this.lastKey = s;
    this.lastValue = v;
    return v;
  }
}
