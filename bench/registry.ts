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

/**
 * A full collection before a timed run, so that the garbage left by building the inputs (a
 * million-row grid is about a gigabyte of heap) is not collected inside the run being timed: a
 * major collection of that heap takes up to a second on this machine and landed in some runs but
 * not others. What the measured code allocates is still collected inside its own run.
 */
function settleHeap(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const v8 = require("v8") as typeof import("v8");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const vm = require("vm") as typeof import("vm");
  v8.setFlagsFromString("--expose-gc");
  (vm.runInNewContext("gc") as () => void)();
}

/** Milliseconds of `fn`, by the monotonic clock, on a settled heap. */
export async function timeMs(fn: () => unknown | Promise<unknown>): Promise<number> {
  settleHeap();
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
