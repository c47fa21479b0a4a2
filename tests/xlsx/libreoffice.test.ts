/**
 * A second application opens what we write: LibreOffice converts the annotated copy, and every
 * original cell of every original sheet must still be there with its value. Never skipped: on a
 * machine without soffice this fails and says so.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { writeAnnotatedCopy } from "../../src/xlsx/annotate";
import { readWorkbook } from "../../src/xlsx/read";
import { audit } from "../../src/core/audit";
import { SAMPLE_PATH, SHEETS } from "../../scripts/build-sample";
import { cellDump, tempDir } from "./helpers";

function findSoffice(): string {
  for (const p of [process.env.SOFFICE, "/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/usr/local/bin/soffice"]) {
    if (p && fs.existsSync(p)) return p;
  }
  throw new Error("LibreOffice (soffice) not found: install it (apt-get install -y --no-install-recommends libreoffice-calc) or set SOFFICE");
}

let dir: string;
beforeAll(() => (dir = tempDir("sa-lo-")));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("LibreOffice opens the annotated copy with every original cell value intact", async () => {
  const soffice = findSoffice();
  const result = audit({ sheets: await readWorkbook(SAMPLE_PATH), settings: { today: "2021-09-09" } });
  const annotated = path.join(dir, "annotated.xlsx");
  await writeAnnotatedCopy(SAMPLE_PATH, annotated, result, "zh-CN");

  const outDir = path.join(dir, "lo-out");
  fs.mkdirSync(outDir);
  const profile = path.join(dir, `lo-profile-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const r = spawnSync(
    soffice,
    ["--headless", `-env:UserInstallation=file://${profile}`, "--convert-to", "xlsx", "--outdir", outDir, annotated],
    { encoding: "utf8", timeout: 180_000, env: { ...process.env, HOME: dir } }
  );
  const converted = path.join(outDir, "annotated.xlsx");
  if (!fs.existsSync(converted)) {
    throw new Error(`soffice did not convert the copy (status ${r.status}): ${r.stderr || r.stdout}`);
  }

  const originalSheets = Object.values(SHEETS);
  const original = await cellDump(SAMPLE_PATH, originalSheets);
  const afterLo = await cellDump(converted, originalSheets);
  expect(original.size).toBeGreaterThan(3000);
  const differences: string[] = [];
  for (const [addr, v] of original) {
    const w = afterLo.get(addr);
    if (w !== v && !sameNumber(v, w)) differences.push(`${addr}: ${v} → ${w}`);
  }
  expect(differences).toEqual([]);

  // Our own reader gets the same grids from LibreOffice's file as from the original.
  const a = await readWorkbook(SAMPLE_PATH);
  const b = await readWorkbook(converted);
  expect(b.map((g) => g.name)).toEqual([...a.map((g) => g.name), result ? "审核报告" : ""]);
  for (let i = 0; i < a.length; i++) {
    expect(trimmed(b[i].values, b[i].top, b[i].left)).toEqual(trimmed(a[i].values, a[i].top, a[i].left));
    expect(sortMerges(b[i].merges)).toEqual(sortMerges(a[i].merges));
    expect(b[i].hiddenRows).toEqual(a[i].hiddenRows);
  }
});

/** LibreOffice may write 9999.76 as 9999.7600000000002: equal to 1e-9 relative. */
function sameNumber(a: string, b: string | undefined): boolean {
  if (!b || !a.startsWith("number:") || !b.startsWith("number:")) return false;
  const x = Number(a.slice(7));
  const y = Number(b.slice(7));
  return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
}

/** Values keyed by sheet address, without trailing blanks (LibreOffice may pad rows). */
function trimmed(values: unknown[][], top: number, left: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== undefined && v !== "") out[`${top + r},${left + c}`] = typeof v === "number" ? Math.round(v * 1e6) / 1e6 : v;
    })
  );
  return out;
}

function sortMerges(m: { r0: number; c0: number; r1: number; c1: number }[]): string[] {
  return m.map((x) => `${x.r0},${x.c0},${x.r1},${x.c1}`).sort();
}
