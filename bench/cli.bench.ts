/**
 * (b) `check` on a 100k-row register .xlsx: the whole command line in a child process
 * (`node bin/subsidy-audit.js check FILE --format json`, stdout discarded: node start-up, reading,
 * recognising, auditing, printing) against ExcelJS alone reading the same file
 * (`new ExcelJS.Workbook().xlsx.readFile`, in this process). Runs alternate so both see the same
 * machine load; medians are compared. Target ratio ≤ 1.2.
 */
import { spawnSync } from "child_process";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { readWorkbook } from "../src/xlsx/read";
import { median, section, timeMs } from "./registry";
import { REGISTER_HEADER, registerRow } from "./synthetic";

const ROWS = 100_000;
const RUNS = 3;
const ROOT = path.join(__dirname, "..");

async function writeRegister(file: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet("申报清单");
  ws.addRow(REGISTER_HEADER).commit();
  for (let i = 0; i < ROWS; i++) {
    const row = ws.addRow(registerRow(i));
    row.getCell(11).numFmt = "yyyy-mm-dd";
    row.commit();
  }
  await wb.commit();
}

section("cli", async (ctx) => {
  const file = path.join(ctx.tmp, "register-100k.xlsx");
  const writeMs = await timeMs(() => writeRegister(file));
  ctx.log(`cli: wrote ${ROWS} rows in ${writeMs.toFixed(0)} ms`);

  const baseline: number[] = [];
  const cli: number[] = [];
  const ours: number[] = [];
  let status: number | null = null;
  for (let k = 0; k < RUNS; k++) {
    baseline.push(await timeMs(() => new ExcelJS.Workbook().xlsx.readFile(file)));
    cli.push(
      await timeMs(() => {
        const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "subsidy-audit.js"), "check", file, "--format", "json"], {
          stdio: ["ignore", "ignore", "pipe"],
          encoding: "utf8",
        });
        status = r.status;
        if (r.status === 2) throw new Error(`check failed: ${r.stderr}`);
      })
    );
    ours.push(await timeMs(() => readWorkbook(file)));
    ctx.log(`cli: run ${k + 1}: readFile ${baseline[k].toFixed(0)} ms, check ${cli[k].toFixed(0)} ms, readWorkbook ${ours[k].toFixed(0)} ms`);
  }
  const ratio = median(cli) / median(baseline);
  return [
    { metric: "ExcelJS readFile, 100k rows (baseline)", value: Math.round(median(baseline)), unit: "ms", note: `median of ${RUNS}, in process` },
    { metric: "subsidy-audit check --format json, 100k rows", value: Math.round(median(cli)), unit: "ms", note: `median of ${RUNS}, child process, exit ${status}` },
    { metric: "readWorkbook alone, 100k rows", value: Math.round(median(ours)), unit: "ms", note: `median of ${RUNS}, in process` },
    { metric: "check / readFile", value: Math.round(ratio * 100) / 100, unit: "ratio", note: ratio <= 1.2 ? "target ≤ 1.2: met" : "target ≤ 1.2: NOT met" },
  ];
});
