/**
 * `npm run bench`: runs every section registered by bench/*.bench.ts (see registry.ts for how to
 * add one; a file may also `export default` an async function returning { name, value, unit }
 * rows, which becomes a section named after the file), prints a table and writes bench/out/results.json. Timings live here only: no test
 * passes or fails on them.  Run one section: `npx tsx bench/run.ts engine`.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { section, sections, type BenchResult } from "./registry";

async function run(): Promise<void> {
  for (const f of fs.readdirSync(__dirname).filter((n) => n.endsWith(".bench.ts")).sort()) {
    const before = sections.length;
    const mod = (await import(path.join(__dirname, f))) as { default?: unknown };
    // A bench file may instead export a default function returning { name, value, unit } rows.
    const fn = mod.default;
    if (sections.length === before && typeof fn === "function") {
      section(f.replace(/\.bench\.ts$/, ""), async () =>
        ((await fn()) as { name: string; value: number; unit: string; note?: string }[]).map((r) => ({
          metric: r.name,
          value: r.value,
          unit: r.unit,
          note: r.note,
        }))
      );
    }
  }
  const only = process.argv.slice(2);
  const chosen = only.length ? sections.filter((s) => only.includes(s.name)) : sections;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sa-bench-"));
  const results: (BenchResult & { section: string })[] = [];
  try {
    for (const s of chosen) {
      const log = (line: string) => process.stderr.write(`  ${line}\n`);
      log(`section ${s.name} …`);
      for (const r of await s.fn({ tmp, log })) results.push({ section: s.name, ...r });
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  printTable(results);
  const outDir = path.join(__dirname, "out");
  fs.mkdirSync(outDir, { recursive: true });
  const doc = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    loadAverage: os.loadavg(),
    results,
  };
  fs.writeFileSync(path.join(outDir, "results.json"), JSON.stringify(doc, null, 2) + "\n");
  console.log(`\nwrote bench/out/results.json`);
}

function printTable(rows: (BenchResult & { section: string })[]): void {
  const cells = rows.map((r) => [r.section, r.metric, r.value.toLocaleString("en-US"), r.unit, r.note ?? ""]);
  const head = ["section", "metric", "value", "unit", "note"];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => (i === 2 ? x.padStart(widths[i]) : x.padEnd(widths[i]))).join("  ");
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const c of cells) console.log(line(c));
}

run().catch((e: unknown) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
