/** The CLI in a child process with a memory ceiling and a time limit, as the fuzz cases need it. */
import { spawnSync } from "child_process";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "subsidy-audit.js");

export interface Limited {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Node's heap is held to 1 GB and the run to 30 s: a case past either fails. */
export function runLimited(args: string[], timeoutMs = 30_000): Limited {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ["--max-old-space-size=1024", BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: "1" },
    encoding: "utf8",
    timeout: timeoutMs,
    killSignal: "SIGKILL",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout ?? "", stderr: r.stderr ?? "", ms: Date.now() - t0 };
}

/** At most one stderr line, no stack frame, ended within the limits. */
export function expectCalm(r: Limited): void {
  expect({ signal: r.signal, timedOut: r.ms >= 30_000 }).toEqual({ signal: null, timedOut: false });
  const lines = r.stderr.split("\n").filter((l) => l !== "");
  expect(lines.length).toBeLessThanOrEqual(1);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:|TypeError|RangeError|\.js:\d+|FATAL|heap/);
  if (lines.length === 1) expect(lines[0]).toMatch(/^subsidy-audit: \S/);
}
