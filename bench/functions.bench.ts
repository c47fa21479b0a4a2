/**
 * Bench of the FUND functions, calling the logic and the Excel boundary directly in Node:
 *   - one spilled FUND.CAPCHECK over a 100,000-row register (must stay well under a second);
 *   - the cost of one scalar call (µs), for CAPCHECK on the built-in catalog, CAP on a catalog
 *     range (the parsed catalog is cached by the range's values), EXECRATE and STATUS.
 * Timings only: nothing here passes or fails.
 *
 * Standalone: `npx tsx bench/functions.bench.ts`; from bench/run.ts: `await functionsBench()`.
 */
import { performance } from "perf_hooks";
import { runFunction } from "../src/functions/boundary";
import type { ErrorRuntime } from "../src/functions/errors";
import * as fund from "../src/functions/fund";
import * as fundTables from "../src/functions/fundTables";

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
}

/** A stand-in for CustomFunctions, so the boundary's error conversion is part of the cost. */
class BenchError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}
const runtime: ErrorRuntime = {
  Error: BenchError as unknown as ErrorRuntime["Error"],
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
};

const ITEMS = ["区级专精特新中小企业", "市级“专精特新”中小企业（新申报）", "工信部专精特新“小巨人”企业", "公共服务机构", "示范平台", "1.2"];

/** A register column pair: amounts as numbers and text, items by name and code, a few bad cells. */
function register(rows: number): { amounts: unknown[][]; items: unknown[][] } {
  const amounts: unknown[][] = new Array(rows);
  const items: unknown[][] = new Array(rows);
  let seed = 20210831;
  for (let i = 0; i < rows; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648; // deterministic LCG
    const yuan = (seed % 700) * 1000;
    amounts[i] = [i % 10 === 0 ? yuan.toLocaleString("en-US") + ".00" : i % 997 === 0 ? "待定" : yuan];
    items[i] = [ITEMS[seed % ITEMS.length]];
  }
  return { amounts, items };
}

const CATALOG: unknown[][] = [
  ["政策代码", "政策项", "政策类", "上限类型", "上限金额（元）", "比例", "年度", "依据文件"],
  ["1.1", "区级“专精特新”中小企业", "支持企业专精特新化发展", "定额", 50000, "", "", "闵经委规发〔2021〕3号"],
  ["1.2", "市级“专精特新”中小企业（新申报）", "支持企业专精特新化发展", "定额", 200000, "", "", "闵经委规发〔2021〕3号"],
  ["1.3", "工信部专精特新“小巨人”企业", "支持企业专精特新化发展", "定额", 500000, "", "", "闵经委规发〔2021〕3号"],
  ["1.4", "公共服务机构", "支持企业专精特新化发展", "定额", 350000, "", "", "闵经委规发〔2021〕3号"],
  ["1.5", "示范平台", "支持企业专精特新化发展", "定额", 600000, "", "", "闵经委规发〔2021〕3号"],
  ["6.1", "技术改造项目新增设备补贴", "企业技术改造项目", "比例", 5000000, "10%", "", "闵府规发〔2020〕5号"],
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeMs(f: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** µs per call of `f`: the median of five batches, after a warm-up. */
function perCallUs(f: () => unknown, calls: number): number {
  for (let i = 0; i < Math.min(2000, calls); i++) f();
  const batch = Math.max(1, Math.floor(calls / 5));
  const times: number[] = [];
  for (let b = 0; b < 5; b++) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) f();
    times.push(((performance.now() - t0) * 1000) / batch);
  }
  return median(times);
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

export async function functionsBench(): Promise<BenchRow[]> {
  const rows = 100_000;
  const { amounts, items } = register(rows);
  let cells = 0;
  const spilled = () => {
    const out = runFunction(() => fundTables.capCheck(amounts, items, null, null, null), runtime, "zh-CN");
    cells = out.length;
  };
  spilled(); // warm up (JIT, catalog index)
  const spillMs = timeMs(spilled, 5);
  if (cells !== rows) throw new Error(`CAPCHECK spilled ${cells} rows, expected ${rows}`);

  const spilledRange = () => runFunction(() => fundTables.capCheck(amounts, items, null, CATALOG, null), runtime, "zh-CN");
  spilledRange();
  const spillRangeMs = timeMs(spilledRange, 5);

  const scalarCapcheck = perCallUs(
    () => runFunction(() => fundTables.capCheck(60000, "区级专精特新中小企业", null, null, null), runtime, "zh-CN"),
    50_000
  );
  // Excel hands every call a fresh array of the catalog range's values: cycle through copies so
  // the cache is hit by value (as in Excel), not by identity.
  const copies = Array.from({ length: 64 }, () => CATALOG.map((row) => [...row]));
  let k = 0;
  const scalarCapRange = perCallUs(
    () => runFunction(() => fundTables.cap("示范平台", copies[k++ & 63], null, "万元"), runtime, "zh-CN"),
    20_000
  );
  const scalarExecrate = perCallUs(() => runFunction(() => fund.execRate(5170.28, 15000), runtime, "zh-CN"), 50_000);
  const scalarStatus = perCallUs(
    () => runFunction((lang) => fund.status(495, 300, "2021-08-31", null, lang), runtime, "zh-CN"),
    50_000
  );

  return [
    { name: "functions: CAPCHECK spilled over 100k rows (built-in catalog)", value: round(spillMs, 1), unit: "ms" },
    { name: "functions: CAPCHECK spilled over 100k rows (catalog range)", value: round(spillRangeMs, 1), unit: "ms" },
    { name: "functions: scalar CAPCHECK call", value: round(scalarCapcheck), unit: "µs" },
    { name: "functions: scalar CAP call with a catalog range", value: round(scalarCapRange), unit: "µs" },
    { name: "functions: scalar EXECRATE call", value: round(scalarExecrate), unit: "µs" },
    { name: "functions: scalar STATUS call", value: round(scalarStatus), unit: "µs" },
  ];
}

export default functionsBench;

// Run directly: print the rows.
if (typeof require !== "undefined" && require.main === module) {
  functionsBench().then(
    (rows) => {
      for (const r of rows) console.log(`${r.name}: ${r.value} ${r.unit}`);
    },
    (e) => {
      console.error(e);
      process.exit(1);
    }
  );
}
