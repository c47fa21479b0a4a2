/**
 * The bench's section registry. To add a section, create bench/<name>.bench.ts that calls
 * `section("name", async (ctx) => [...results])` at top level; bench/run.ts imports every
 * *.bench.ts file in this folder (alphabetically), runs the sections in registration order,
 * prints one table and writes bench/out/results.json. A file that registers nothing but
 * `export default`s an async function returning { name, value, unit } rows becomes a section
 * named after the file (bench/functions.bench.ts does this).
 */
export interface BenchResult {
  /** What was measured ("audit 1,000,000 register rows"). */
  metric: string;
  value: number;
  /** "rows/s", "ms", "ratio", … */
  unit: string;
  /** How it was measured, or a target. */
  note?: string;
}

export interface BenchContext {
  /** A temp folder for this run, removed afterwards. */
  tmp: string;
  log(line: string): void;
}

export type SectionFn = (ctx: BenchContext) => Promise<BenchResult[]>;

export const sections: { name: string; fn: SectionFn }[] = [];

export function section(name: string, fn: SectionFn): void {
  sections.push({ name, fn });
}

/** Milliseconds of `fn`, by the monotonic clock. */
export async function timeMs(fn: () => unknown | Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
