/** Runs the built command line as users do: `node bin/subsidy-audit.js …` in a child process. */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "subsidy-audit.js");
const BUILT = path.join(ROOT, "lib", "cli", "main.js");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (e.name.endsWith(".ts")) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Fails (never skips) when lib/ is missing or older than the sources it is built from. */
export function assertBuilt(): void {
  if (!fs.existsSync(BUILT)) throw new Error("lib/cli/main.js is missing: run `npm run build:cli` (npm test does it in pretest)");
  const src = Math.max(...["core", "xlsx", "cli"].map((d) => newestMtime(path.join(ROOT, "src", d))));
  if (fs.statSync(BUILT).mtimeMs + 1000 < src) {
    throw new Error("lib/ is older than src/: run `npm run build:cli` before these tests");
  }
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: "1", ...options.env },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Exit 2: exactly one line on stderr, no stack frame, nothing on stdout. */
export function expectUnusable(r: Run): string {
  expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 2, stdout: "" });
  const lines = r.stderr.split("\n").filter((l) => l !== "");
  expect(lines).toHaveLength(1);
  expect(r.stderr.endsWith("\n")).toBe(true);
  expect(lines[0]).toMatch(/^subsidy-audit: \S/);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).not.toMatch(/Error:|TypeError|\.js:\d+/);
  return lines[0];
}

/** Today's local date, as the CLI computes it. */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
