/**
 * Every hostile or broken package of packages.ts, through the command line with a 1 GB heap and
 * a 30 s limit: its documented exit status, one stderr line at most, no stack trace, inputs
 * unchanged; with --out the same acceptance as the plain check, and no copy left behind on refusal.
 */
import * as fs from "fs";
import * as path from "path";
import { assertBuilt } from "../cli/run";
import { sha256, tempDir } from "../xlsx/helpers";
import { HOSTILE } from "./packages";
import { expectCalm, runLimited } from "./run";

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = tempDir("sa-hostile-");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(HOSTILE.map((c, i) => [c.name, i] as const))("%s", (_name, i) => {
  const c = HOSTILE[i];
  test("check: documented status, one calm line, input unchanged", () => {
    const file = path.join(dir, `case-${i}.xlsx`);
    c.make(file);
    const before = sha256(file);
    const r = runLimited(["check", file, "--lang", "en-US"]);
    expectCalm(r);
    expect(c.status).toContain(r.status);
    if (r.status === 2) {
      expect(r.stdout).toBe("");
      if (c.line) expect(r.stderr).toMatch(c.line);
    }
    expect(sha256(file)).toBe(before);
    if (!c.out) return;
    const out = path.join(dir, `case-${i}-annotated.xlsx`);
    const w = runLimited(["check", file, "--out", out, "--lang", "en-US"]);
    expectCalm(w);
    expect(w.status).toBe(r.status);
    expect(fs.existsSync(out)).toBe(r.status !== 2);
    expect(sha256(file)).toBe(before);
    if (r.status !== 2) {
      // The copy is itself a workbook the checker accepts.
      const again = runLimited(["check", out, "--lang", "en-US"]);
      expectCalm(again);
      expect([0, 1]).toContain(again.status);
    }
    expect(fs.readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});
