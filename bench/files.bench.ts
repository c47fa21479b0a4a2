/**
 * The file gateway against its peers, every figure a ratio measured in this one run (issue 12):
 *   - check of a 100k-row register (the whole command line in a child process: start-up, read,
 *     audit, JSON out) against SheetJS and ExcelJS only reading the same file, each in a child
 *     process too; runs alternate so all three see the same machine load; medians compared.
 *     Targets: check ≤ 0.35 × SheetJS; peak memory ≤ 300 MB.
 *   - --out on the same file ≤ 2 × the check alone.
 *   - 1,048,576 rows: check and --out complete, peak memory ≤ 1.5 GB.
 *   - 200 workbooks of 2,000 rows in one call: ≥ 30 files/s.
 *   - `npm run demo` with nothing changed: ≤ 1.5 s.
 *   - the XML tokenizer against saxes (ExcelJS's parser) on the 100k-row sheet: why it is ours.
 * Peak memory is each child's maxRSS (bench/maxrss.js). Nothing here passes or fails a test.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { median, section, timeMs, type BenchResult } from "./registry";
import { writeRegisterXlsx } from "./workbooks";

const ROOT = path.join(__dirname, "..");
const BIN = path.join(ROOT, "bin", "subsidy-audit.js");
const MAXRSS = path.join(__dirname, "maxrss.js");
const RUNS = 3;

interface Run {
  ms: number;
  mb: number;
  /** CPU time of the child's threads (user + system). */
  cpuMs: number;
  status: number | null;
  stderr: string;
}

function child(args: string[], tmp: string, opts: { heapMb?: number } = {}): Run {
  const rssFile = path.join(tmp, `rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const node = [...(opts.heapMb ? [`--max-old-space-size=${opts.heapMb}`] : []), "--require", MAXRSS, ...args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, node, {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
    env: { ...process.env, BENCH_MAXRSS_FILE: rssFile, NO_COLOR: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let mb = NaN;
  let cpuMs = NaN;
  try {
    const [kb, cpu] = fs.readFileSync(rssFile, "utf8").split(" ").map(Number);
    mb = kb / 1024;
    cpuMs = cpu;
    fs.rmSync(rssFile);
  } catch {
    /* the child died before its exit handler */
  }
  return { ms, mb, cpuMs, status: r.status, stderr: (r.stderr ?? "").split("\n")[0] };
}

const sheetjsRead = (file: string) => ["-e", `require("xlsx").readFile(${JSON.stringify(file)})`];
const exceljsRead = (file: string) => ["-e", `new (require("exceljs").Workbook)().xlsx.readFile(${JSON.stringify(file)}).catch(e=>{console.error(e.message);process.exit(3)})`];
const check = (...args: string[]) => [BIN, "check", ...args, "--format", "json"];

const r2 = (x: number) => Math.round(x * 100) / 100;
const ok = (met: boolean, target: string) => `target ${target}: ${met ? "met" : "NOT met"}`;

section("files", async (ctx) => {
  const out: BenchResult[] = [];
  const tmp = ctx.tmp;

  // --- 100k rows against SheetJS and ExcelJS -----------------------------------------------
  const f100 = path.join(tmp, "register-100k.xlsx");
  await writeRegisterXlsx(f100, 100_000);
  const ours: Run[] = [];
  const sheetjs: Run[] = [];
  const exceljs: Run[] = [];
  const annotated: Run[] = [];
  for (let k = 0; k < RUNS; k++) {
    ours.push(child(check(f100), tmp));
    sheetjs.push(child(sheetjsRead(f100), tmp));
    exceljs.push(child(exceljsRead(f100), tmp));
    annotated.push(child(check(f100, "--out", path.join(tmp, `annotated-${k}.xlsx`)), tmp));
    ctx.log(`files: run ${k + 1}: check ${ours[k].ms.toFixed(0)} ms, SheetJS ${sheetjs[k].ms.toFixed(0)} ms, ExcelJS ${exceljs[k].ms.toFixed(0)} ms, --out ${annotated[k].ms.toFixed(0)} ms`);
  }
  for (const r of [...ours, ...annotated]) if (r.status === 2) throw new Error(`check failed: ${r.stderr}`);
  const m = (rs: Run[]) => median(rs.map((r) => r.ms));
  const peak = (rs: Run[]) => Math.max(...rs.map((r) => r.mb));
  const vsSheetjs = m(ours) / m(sheetjs);
  out.push(
    { metric: "check, 100k-row register (child process)", value: Math.round(m(ours)), unit: "ms", note: `median of ${RUNS}; peak ${peak(ours).toFixed(0)} MB; load average ${os.loadavg()[0].toFixed(1)}` },
    { metric: "SheetJS readFile, same file (child process)", value: Math.round(m(sheetjs)), unit: "ms", note: `median of ${RUNS}; peak ${peak(sheetjs).toFixed(0)} MB` },
    { metric: "ExcelJS readFile, same file (child process)", value: Math.round(m(exceljs)), unit: "ms", note: `median of ${RUNS}; peak ${peak(exceljs).toFixed(0)} MB` },
    { metric: "check / SheetJS read", value: r2(vsSheetjs), unit: "ratio", note: ok(vsSheetjs <= 0.35, "≤ 0.35") },
    { metric: "check / ExcelJS read", value: r2(m(ours) / m(exceljs)), unit: "ratio" },
    { metric: "check peak memory, 100k rows", value: Math.round(peak(ours)), unit: "MB", note: ok(peak(ours) <= 300, "≤ 300 MB") },
    { metric: "check --out / check, 100k rows", value: r2(m(annotated) / m(ours)), unit: "ratio", note: `${ok(m(annotated) / m(ours) <= 2, "≤ 2")}; --out peak ${peak(annotated).toFixed(0)} MB` }
  );

  // --- the tokenizer against saxes --------------------------------------------------------
  {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { SaxesParser } = require("saxes") as typeof import("saxes");
    const { XmlScanner } = await import("../src/xlsx/xmlScan");
    const { ZipPackage } = await import("../src/xlsx/zip");
    const pkg = await ZipPackage.open(f100);
    const sheet = await pkg.buffer("xl/worksheets/sheet1.xml");
    pkg.close();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { StringDecoder } = require("string_decoder") as typeof import("string_decoder");
    const oursMs: number[] = [];
    const saxMs: number[] = [];
    for (let k = 0; k < RUNS; k++) {
      oursMs.push(
        await timeMs(() => {
          const s = new XmlScanner({ open() {}, close() {}, text() {} }, "sheet");
          for (let i = 0; i < sheet.length; i += 256 * 1024) s.writeBytes(sheet.subarray(i, i + 256 * 1024));
          s.end();
        })
      );
      saxMs.push(
        await timeMs(() => {
          // The same bytes, decoded as they come, as the tokenizer gets them.
          const p = new SaxesParser();
          const d = new StringDecoder("utf8");
          p.on("opentag", () => {});
          p.on("closetag", () => {});
          p.on("text", () => {});
          for (let i = 0; i < sheet.length; i += 256 * 1024) p.write(d.write(sheet.subarray(i, i + 256 * 1024)));
          p.write(d.end());
          p.close();
        })
      );
    }
    out.push({
      metric: `tokenizer / saxes on the 100k sheet (${(sheet.length / 1e6).toFixed(0)} MB)`,
      value: r2(median(oursMs) / median(saxMs)),
      unit: "ratio",
      note: `${median(oursMs).toFixed(0)} ms against ${median(saxMs).toFixed(0)} ms, in process, both from bytes`,
    });
  }

  // --- 1,048,576 rows ------------------------------------------------------------------------
  const full = path.join(tmp, "register-full.xlsx");
  await writeRegisterXlsx(full, 1_048_575); // + the header row = every row of the grid
  fs.rmSync(path.join(tmp, "annotated-0.xlsx"), { force: true });
  const big = child(check(full), tmp);
  const bigOut = child(check(full, "--out", path.join(tmp, "full-annotated.xlsx")), tmp);
  ctx.log(`files: 1,048,576 rows: check ${big.ms.toFixed(0)} ms (exit ${big.status}), --out ${bigOut.ms.toFixed(0)} ms (exit ${bigOut.status})`);
  const bigDone = big.status !== 2 && big.status !== null && bigOut.status !== 2 && bigOut.status !== null;
  out.push(
    { metric: "check, 1,048,576 rows", value: Math.round(big.ms), unit: "ms", note: `exit ${big.status}; peak ${big.mb.toFixed(0)} MB${big.status === 2 ? `; ${big.stderr}` : ""}` },
    { metric: "check --out, 1,048,576 rows", value: Math.round(bigOut.ms), unit: "ms", note: `exit ${bigOut.status}; peak ${bigOut.mb.toFixed(0)} MB${bigOut.status === 2 ? `; ${bigOut.stderr}` : ""}` },
    { metric: "peak memory, 1,048,576 rows (check, --out)", value: Math.round(Math.max(big.mb, bigOut.mb)), unit: "MB", note: ok(bigDone && Math.max(big.mb, bigOut.mb) <= 1536, "both complete, ≤ 1.5 GB") }
  );
  fs.rmSync(full, { force: true });
  fs.rmSync(path.join(tmp, "full-annotated.xlsx"), { force: true });

  // --- 200 workbooks of 2,000 rows ----------------------------------------------------------
  const batch = path.join(tmp, "batch");
  fs.mkdirSync(batch);
  for (let k = 0; k < 200; k++) await writeRegisterXlsx(path.join(batch, `register-${String(k).padStart(3, "0")}.xlsx`), 2000, k * 2000);
  const runs: Run[] = [];
  for (let k = 0; k < RUNS; k++) runs.push(child(check(batch), tmp));
  const filesPerS = 200 / (m(runs) / 1000);
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  const cpuS = median(runs.map((r) => r.cpuMs)) / 1000;
  out.push(
    {
      metric: "200 workbooks × 2,000 rows in one call",
      value: Math.round(filesPerS * 10) / 10,
      unit: "files/s",
      note: `${ok(filesPerS >= 30, "≥ 30")}; median ${m(runs).toFixed(0)} ms; --jobs ${cores}; peak ${peak(runs).toFixed(0)} MB; load average ${os.loadavg()[0].toFixed(1)}`,
    },
    {
      // What the same work costs in CPU: on an idle machine the cores divide it.
      metric: "200 workbooks: files per CPU-second × cores",
      value: Math.round((200 / cpuS) * cores * 10) / 10,
      unit: "files/s",
      note: `${cpuS.toFixed(1)} CPU-s in all threads; the rate ${cores} idle cores would give`,
    }
  );

  // --- npm run demo with nothing changed ----------------------------------------------------
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  spawnSync(npm, ["run", "demo", "--silent"], { cwd: ROOT, stdio: "ignore" }); // builds if stale
  const demo: number[] = [];
  for (let k = 0; k < RUNS; k++) demo.push(await timeMs(() => spawnSync(npm, ["run", "demo", "--silent"], { cwd: ROOT, stdio: "ignore" })));
  out.push({
    metric: "npm run demo, nothing changed",
    value: Math.round(median(demo)),
    unit: "ms",
    note: `${ok(median(demo) <= 1500, "≤ 1,500 ms")}; load average ${os.loadavg()[0].toFixed(1)}`,
  });
  return out;
});
