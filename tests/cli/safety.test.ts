/**
 * Issue 13's cases at the command line: outputs that would overwrite an input, planted
 * symlinks, terminal escapes from cells, a closed pipe, the one stderr line in the user's
 * language, and the small parsing fixes.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { Writable } from "stream";
import { SAMPLE_PATH } from "../../scripts/build-sample";
import { main } from "../../src/cli/main";
import { assertBuilt, cli, expectUnusable, ROOT } from "./run";
import { sha256, tempDir } from "../xlsx/helpers";
import { BASE_STRINGS, sstXml, workbookParts, writePackage, sheetXml, BASE_ROWS } from "../fuzz/packages";

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = tempDir("sa-safety-");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("--out naming the --catalog file is refused and the catalog is left alone", () => {
  const catalog = path.join(dir, "catalog.xlsx");
  fs.copyFileSync(SAMPLE_PATH, catalog);
  const before = sha256(catalog);
  const line = expectUnusable(cli(["check", SAMPLE_PATH, "--catalog", catalog, "--out", catalog, "--lang", "en-US"]));
  expect(line).toContain("--out");
  expect(line).toContain("input");
  expect(sha256(catalog)).toBe(before);
  const link = path.join(dir, "catalog-link.xlsx");
  fs.symlinkSync(catalog, link);
  expectUnusable(cli(["check", SAMPLE_PATH, "--catalog", catalog, "--out", link]));
  const hard = path.join(dir, "catalog-hard.xlsx");
  fs.linkSync(catalog, hard);
  expectUnusable(cli(["check", SAMPLE_PATH, "--catalog", catalog, "--summary", hard]));
  expect(sha256(catalog)).toBe(before);
});

test("a symlink planted at the target is replaced, never followed; no temporary file is left", () => {
  const victim = path.join(dir, "victim.txt");
  fs.writeFileSync(victim, "do not touch");
  const target = path.join(dir, "annotated.xlsx");
  fs.symlinkSync(victim, target);
  const r = cli(["check", SAMPLE_PATH, "--out", target]);
  expect(r.status).toBe(1);
  expect(fs.readFileSync(victim, "utf8")).toBe("do not touch");
  expect(fs.lstatSync(target).isSymbolicLink()).toBe(false);
  expect(fs.readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
});

test("escape sequences from cells are shown escaped in text, never sent to the terminal", () => {
  const file = path.join(dir, "escapes.xlsx");
  // The enterprise name carries ESC ] 8 (a hyperlink), BEL and ESC [ 2 J (clear screen); its credit code fails.
  const strings = [...BASE_STRINGS];
  strings[8] = "甲_x001B_]8;;http://evil.invalid_x0007_公司_x001B_[2J\u009b31m\u202e";
  writePackage(file, workbookParts({ strings: sstXml(strings), sheet: sheetXml(BASE_ROWS) }));
  const r = cli(["check", file, "--lang", "en-US"]);
  expect(r.status).toBe(1);
  expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
  expect(r.stdout).toContain("\\x1B]8;;http://evil.invalid\\x07");
  expect(r.stdout).toContain("\\x9B31m\\u202E");
  const json = cli(["check", file, "--format", "json"]);
  expect(json.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
  expect(JSON.parse(json.stdout).findings.some((f: { message: string }) => f.message.includes("\u001b]8;;"))).toBe(true);
});

test("`| head` ends quietly with the status of the check", () => {
  const r = spawnSync("bash", ["-c", `node bin/subsidy-audit.js check ${JSON.stringify(SAMPLE_PATH)} | head -c 20 > /dev/null; echo "status=\${PIPESTATUS[0]}"`], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  expect(r.stderr).toBe("");
  expect(r.stdout.trim()).toBe("status=1");
});

test("catalog problems are worded in English under --lang en-US", () => {
  const bad = path.join(dir, "bad.json");
  fs.writeFileSync(bad, "{ items: [");
  const line = expectUnusable(cli(["check", SAMPLE_PATH, "--catalog", bad, "--lang", "en-US"]));
  expect(line).toContain("bad.json");
  expect(line).not.toMatch(/[\u4e00-\u9fff]/);
  const wrong = path.join(dir, "wrong.json");
  fs.writeFileSync(wrong, JSON.stringify({ items: [{ name: "x", capType: "huge" }] }));
  const l2 = expectUnusable(cli(["check", SAMPLE_PATH, "--catalog", wrong, "--lang", "en-US"]));
  expect(l2).toContain("items[0].capType");
  expect(l2).not.toMatch(/[\u4e00-\u9fff]/);
  const missing = expectUnusable(cli(["check", SAMPLE_PATH, "--catalog", "nope.json", "--lang", "en-US"]));
  expect(missing).toBe("subsidy-audit: catalog not found: nope.json");
});

test("a number too large for JSON is never printed as null", () => {
  const file = path.join(dir, "huge.xlsx");
  writePackage(file, workbookParts({ sheet: sheetXml(BASE_ROWS.replace('<c r="G2"><v>5</v></c>', '<c r="G2"><v>1e999</v></c>')) }));
  const r = cli(["check", file, "--format", "json"]);
  expect([0, 1]).toContain(r.status);
  expect(r.stdout).not.toContain("null");
  expect(() => JSON.parse(r.stdout)).not.toThrow();
});

test("-h and -v stand for help and version only in the command's place", () => {
  expect(cli(["-v"]).stdout).toMatch(/^subsidy-audit \d/);
  expect(cli(["check", "-h"]).stdout).toContain("subsidy-audit check");
  expect(expectUnusable(cli(["check", SAMPLE_PATH, "-h"]))).toContain("-h");
  // After `--`, a file may be called -v.
  expect(expectUnusable(cli(["check", "--", "-v"]))).toContain("-v");
});

test("the progress bar goes to a terminal's stderr only, and is erased", async () => {
  const a = path.join(dir, "p1.xlsx");
  const b = path.join(dir, "p2.xlsx");
  fs.copyFileSync(SAMPLE_PATH, a);
  fs.copyFileSync(SAMPLE_PATH, b);
  const run = async (isTTY: boolean) => {
    let err = "";
    const stderr = Object.assign(new Writable({ write: (c, _e, done) => ((err += String(c)), done()) }), { isTTY });
    const code = await main(["check", a, b, "--jobs", "1"], { stdout: { write: () => true }, stderr, env: {}, today: () => "2021-09-09" });
    return { code, err };
  };
  const tty = await run(true);
  expect(tty.code).toBe(1);
  expect(tty.err).toContain("2/2");
  expect(tty.err.endsWith("\r\u001b[2K")).toBe(true);
  expect((await run(false)).err).toBe("");
});

test("the command loads only what it needs: no engine for --version, no ExcelJS for check or --out", () => {
  const probe = (args: string[]) => {
    const code = `const m = require("./lib/cli/main.js");
      m.main(${JSON.stringify(args)}, { stdout: { write() {} }, stderr: { write() {} }, env: {}, today: () => "2021-09-09" }).then(() => {
        const loaded = Object.keys(require.cache);
        process.stdout.write(JSON.stringify({ exceljs: loaded.some((k) => k.includes("node_modules/exceljs")), core: loaded.some((k) => k.includes("lib/core/tables/") || k.includes("lib/xlsx/read")) }));
      });`;
    const r = spawnSync(process.execPath, ["-e", code], { cwd: ROOT, encoding: "utf8" });
    return JSON.parse(r.stdout) as { exceljs: boolean; core: boolean };
  };
  expect(probe(["--version"])).toEqual({ exceljs: false, core: false });
  expect(probe(["check", SAMPLE_PATH])).toEqual({ exceljs: false, core: true });
  expect(probe(["check", SAMPLE_PATH, "--out", path.join(dir, "probe.xlsx")])).toEqual({ exceljs: false, core: true });
  expect(probe(["check", SAMPLE_PATH, "--summary", path.join(dir, "probe-summary.xlsx")])).toEqual({ exceljs: true, core: true });
});
