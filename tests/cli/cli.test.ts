/** The command line end to end: exit statuses, one-line errors, JSON and text in both languages. */
import * as fs from "fs";
import * as path from "path";
import { Writable } from "stream";
import { SAMPLE_PATH } from "../../scripts/build-sample";
import { main } from "../../src/cli/main";
import { assertBuilt, cli, expectUnusable, localToday, ROOT } from "./run";
import { compositionOnly, proseOnly } from "./fixtures";
import { sha256, tempDir, writeEncryptedLike, writeZip } from "../xlsx/helpers";
import { RULES, type Severity } from "../../src/core/findings";
import { TABLE_KINDS } from "../../src/core/kinds/index";

let dir: string;
const sample = path.relative(ROOT, SAMPLE_PATH);

beforeAll(() => {
  assertBuilt();
  dir = tempDir("sa-cli-");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("exit status 2: one clear line on stderr, nothing on stdout", () => {
  test("missing file", () => {
    expect(expectUnusable(cli(["check", "no-such-file.xlsx"]))).toContain("no-such-file.xlsx");
    expect(expectUnusable(cli(["check", "no-such-file.xlsx", "--lang", "en-US"]))).toContain("file not found");
  });
  test("a text file", () => {
    const p = path.join(dir, "budget.xlsx");
    fs.writeFileSync(p, "年度,预算\n2021,15000\n");
    expect(expectUnusable(cli(["check", p, "--lang", "en-US"]))).toContain("not an Excel workbook");
  });
  test("an encrypted workbook", () => {
    const p = path.join(dir, "locked.xlsx");
    writeEncryptedLike(p);
    expect(expectUnusable(cli(["check", p, "--lang", "en-US"]))).toContain("encrypted");
    expect(expectUnusable(cli(["check", p]))).toContain("加密");
  });
  test("a zip that is not a workbook", () => {
    const p = path.join(dir, "doc.xlsx");
    writeZip(p, { "word/document.xml": "<w:document/>" });
    expect(expectUnusable(cli(["check", p, "--lang", "en-US"]))).toContain("not an Excel workbook");
  });
  test("a workbook with no recognisable table", async () => {
    const p = await proseOnly(dir);
    expect(expectUnusable(cli(["check", p, "--lang", "en-US"]))).toContain("no recognisable");
    expect(expectUnusable(cli(["check", p]))).toContain("没有可识别");
  });
  test.each([
    [["check", sample, "--as-of", "2021-02-30"], "--as-of"],
    [["check", sample, "--as-of", "yesterday"], "--as-of"],
    [["check", sample, "--as-of"], "--as-of"],
    [["check", sample, "--tolerance", "-3"], "--tolerance"],
    [["check", sample, "--tolerance", "five"], "--tolerance"],
    [["check", sample, "--format", "xml"], "--format"],
    [["check", sample, "--lang", "fr-FR"], "--lang"],
    [["check", sample, "--district", " "], "--district"],
    [["check", sample, "--frobnicate"], "--frobnicate"],
    [["check"], "subsidy-audit check"],
    [["check", sample, "--tolerance", "0x10"], "--tolerance"],
    [["check", sample, "--jobs", "0"], "--jobs"],
    [["check", sample, "-v"], "-v"],
    [["audit", sample], "audit"],
    [[], "subsidy-audit check"],
  ])("bad command line %j", (args, mention) => {
    expect(expectUnusable(cli(args as string[]))).toContain(mention);
  });
  test("--out naming the input itself", () => {
    const p = path.join(dir, "self.xlsx");
    fs.copyFileSync(SAMPLE_PATH, p);
    const before = sha256(p);
    expect(expectUnusable(cli(["check", p, "--out", p]))).toContain("--out");
    expect(expectUnusable(cli(["check", p, "--out", path.join(dir, ".", "self.xlsx"), "--lang", "en-US"]))).toContain("input file itself");
    expect(sha256(p)).toBe(before);
  });
  test("--catalog problems: missing, wrong type, no catalog table, bad JSON", async () => {
    expect(expectUnusable(cli(["check", sample, "--catalog", "nope.json"]))).toContain("nope.json");
    expect(expectUnusable(cli(["check", sample, "--catalog", "caps.csv", "--lang", "en-US"]))).toContain(".xlsx or .json");
    const noCatalog = await compositionOnly(dir);
    expect(expectUnusable(cli(["check", sample, "--catalog", noCatalog, "--lang", "en-US"]))).toContain("no recognisable catalog");
    const bad = path.join(dir, "bad.json");
    fs.writeFileSync(bad, "{ items: [");
    expect(expectUnusable(cli(["check", sample, "--catalog", bad]))).toContain("bad.json");
  });
});

describe("exit status 0 and 1", () => {
  test("0 when no finding is an error", async () => {
    const p = await compositionOnly(dir);
    const r = cli(["check", p, "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.summary.error).toBe(0);
    expect(doc.findings.length).toBeGreaterThan(0); // the rounding notes (info)
  });
  test("1 when at least one finding is an error", () => {
    const r = cli(["check", sample, "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).summary.error).toBeGreaterThan(0);
  });
});

describe("--format json follows contract.md", () => {
  const zh = () => JSON.parse(cli(["check", sample, "--format", "json"]).stdout);
  const en = () => JSON.parse(cli(["check", sample, "--format", "json", "--lang", "en-US"]).stdout);

  test("shape: file (base name), asOf, tables, findings, summary and nothing else", () => {
    const doc = zh();
    expect(Object.keys(doc)).toEqual(["file", "asOf", "tables", "findings", "summary"]);
    expect(doc.file).toBe("sample-fund.xlsx");
    expect(doc.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const t of doc.tables) {
      expect(Object.keys(t)).toEqual(["sheet", "range", "kind", "unit"]);
      expect(t.range).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
      expect(TABLE_KINDS).toContain(t.kind);
      expect(["元", "万元", "亿元"]).toContain(t.unit);
    }
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of doc.findings) {
      const keys = Object.keys(f);
      expect(keys.slice(0, 5)).toEqual(["rule", "severity", "sheet", "cell", "message"]);
      for (const k of keys.slice(5)) expect(["actual", "expected"]).toContain(k);
      for (const k of ["actual", "expected"]) if (k in f) expect(typeof f[k]).toBe("number");
      expect(RULES[f.rule as keyof typeof RULES]).toBe(f.severity);
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
      counts[f.severity as Severity]++;
    }
    expect(doc.summary).toEqual(counts);
  });

  test("en-US gives the same findings, worded in English", () => {
    const a = zh();
    const b = en();
    const strip = (d: { findings: { message: string }[] }) => d.findings.map((f) => ({ ...f, message: undefined }));
    expect(strip(b)).toEqual(strip(a));
    expect(b.findings.map((f: { message: string }) => f.message)).not.toEqual(a.findings.map((f: { message: string }) => f.message));
    const mostlyAscii = b.findings.filter((f: { message: string }) => /^[\x20-\x7e]/.test(f.message) || /[a-z]{3}/.test(f.message));
    expect(mostlyAscii.length).toBe(b.findings.length);
  });

  test("--as-of is used as given; without tables to infer it from, today is", async () => {
    expect(JSON.parse(cli(["check", sample, "--format", "json", "--as-of", "2021-06-30"]).stdout).asOf).toBe("2021-06-30");
    const p = await compositionOnly(dir);
    expect(JSON.parse(cli(["check", p, "--format", "json"]).stdout).asOf).toBe(localToday());
  });

  test("--district and --tolerance change what is found", () => {
    const base = zh();
    const count = (d: { findings: { rule: string }[] }, rule: string) => d.findings.filter((f) => f.rule === rule).length;
    const elsewhere = JSON.parse(cli(["check", sample, "--format", "json", "--district", "徐汇"]).stdout);
    expect(count(elsewhere, "register.ineligible-location")).toBeGreaterThan(count(base, "register.ineligible-location") + 100);
    const lenient = JSON.parse(cli(["check", sample, "--format", "json", "--tolerance", "60"]).stdout);
    expect(count(base, "execution.behind-schedule")).toBeGreaterThan(0);
    expect(count(lenient, "execution.behind-schedule")).toBeLessThan(count(base, "execution.behind-schedule"));
  });
});

describe("--catalog", () => {
  test("a JSON catalog replaces the workbook's own", () => {
    const p = path.join(dir, "caps.json");
    fs.writeFileSync(
      p,
      JSON.stringify({ items: [{ code: "7.1", name: "协同创新产业发展资金", capType: "max", capAmount: 100000 }] })
    );
    const doc = JSON.parse(cli(["check", sample, "--format", "json", "--catalog", p]).stdout);
    const rules = doc.findings.map((f: { rule: string }) => f.rule);
    expect(rules).not.toContain("cap.no-cap");
    const exceeded = doc.findings.find((f: { rule: string; sheet: string; expected?: number }) => f.rule === "cap.exceeded" && f.sheet === "申报清单" && f.expected === 100000);
    expect(exceeded).toBeDefined();
    // Everything else in the register is now unknown to the catalog: one warning per item, with its rows.
    const unknown = doc.findings.filter((f: { rule: string }) => f.rule === "cap.unknown-policy") as { message: string }[];
    expect(unknown.length).toBeGreaterThanOrEqual(5);
    const rows = unknown.map((f) => Number(/本表 ([\d,]+) 行/.exec(f.message)?.[1].replace(/,/g, "") ?? 1));
    expect(rows.reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
  });
  test("a workbook catalog is read from its first catalog table", () => {
    const r = cli(["check", sample, "--format", "json", "--catalog", sample]);
    expect(r.status).toBe(1);
    const own = JSON.parse(cli(["check", sample, "--format", "json"]).stdout);
    expect(JSON.parse(r.stdout).findings).toEqual(own.findings.map((f: { message: string }) => ({ ...f, message: expect.any(String) })));
  });
});

describe("text output", () => {
  test("zh-CN: header, findings grouped by sheet then severity, summary", () => {
    const r = cli(["check", sample]);
    expect(r.status).toBe(1);
    const out = r.stdout;
    expect(out).toContain("文件：sample-fund.xlsx");
    expect(out).toMatch(/截至日期：2021-08-31（据表格推断）/);
    expect(out).toMatch(/识别到 \d+ 个表格/);
    expect(out).not.toContain("\u001b[");
    const doc = JSON.parse(cli(["check", sample, "--format", "json"]).stdout);
    for (const f of doc.findings) expect(out).toMatch(new RegExp(`\\n\\s+${f.cell}\\s+${f.rule.replace(".", "\\.")}\\s+`));
    // Sheets appear in workbook order, and within a sheet errors come before warnings before info.
    const sheetAt = ["预算构成", "执行情况", "申报清单"].map((s) => out.indexOf(`工作表「${s}」`));
    expect(sheetAt.every((i) => i >= 0)).toBe(true);
    expect([...sheetAt].sort((a, b) => a - b)).toEqual(sheetAt);
    const register = out.slice(out.indexOf("工作表「申报清单」"));
    expect(register.indexOf("  错误")).toBeLessThan(register.indexOf("  警告"));
    expect(register.indexOf("  警告")).toBeLessThan(register.indexOf("  提示"));
    expect(out).toContain(`合计：错误 ${doc.summary.error} 个，警告 ${doc.summary.warning} 个，提示 ${doc.summary.info} 个`);
    expect(out).toMatch(/\d{1,3}(,\d{3})+ 元/); // amounts grouped, with their unit
  });
  test("en-US", () => {
    const out = cli(["check", sample, "--lang", "en-US"]).stdout;
    expect(out).toContain("File: sample-fund.xlsx");
    expect(out).toContain("As of: 2021-08-31 (inferred from the tables)");
    expect(out).toMatch(/Total: \d+ errors?, \d+ warnings?, \d+ info/);
    expect(out).toMatch(/\d{1,3}(,\d{3})+ yuan/);
    expect(out).not.toMatch(/[错误警告提示]\s*\(/);
  });
  test("colour only on a terminal and without NO_COLOR", async () => {
    const run = async (isTTY: boolean, env: NodeJS.ProcessEnv) => {
      let text = "";
      const stdout = Object.assign(
        new Writable({
          write(chunk, _enc, done) {
            text += String(chunk);
            done();
          },
        }),
        { isTTY }
      );
      const code = await main(["check", SAMPLE_PATH], { stdout, stderr: { write: () => true }, env, today: () => "2021-09-09" });
      return { code, text };
    };
    expect((await run(true, {})).text).toContain("\u001b[");
    expect((await run(true, { NO_COLOR: "1" })).text).not.toContain("\u001b[");
    expect((await run(false, {})).text).not.toContain("\u001b[");
    expect((await run(false, {})).code).toBe(1);
  });
});

describe("--out", () => {
  test("writes an annotated copy and leaves the input's bytes alone", () => {
    const input = path.join(dir, "in.xlsx");
    fs.copyFileSync(SAMPLE_PATH, input);
    const before = sha256(input);
    const out = path.join(dir, "annotated.xlsx");
    const r = cli(["check", input, "--out", out, "--format", "json"]);
    expect(r.status).toBe(1);
    expect(() => JSON.parse(r.stdout)).not.toThrow(); // stdout stays pure JSON
    expect(fs.existsSync(out)).toBe(true);
    expect(sha256(input)).toBe(before);
    expect(sha256(out)).not.toBe(before);
    const text = cli(["check", input, "--out", path.join(dir, "annotated-en.xlsx"), "--lang", "en-US"]).stdout;
    expect(text).toContain("Annotated copy written");
    expect(sha256(input)).toBe(before);
  });
});

test("--help and --version", () => {
  const help = cli(["--help"]);
  expect(help.status).toBe(0);
  expect(help.stdout).toContain("subsidy-audit check");
  expect(help.stdout).toContain("--as-of");
  expect(cli(["check", "--help", "--lang", "en-US"]).stdout).toContain("Usage:");
  const v = cli(["--version"]);
  expect(v.status).toBe(0);
  expect(v.stdout.trim()).toMatch(/^subsidy-audit \d+\.\d+\.\d+$/);
});
