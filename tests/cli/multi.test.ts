/**
 * Several workbooks in one call: folders walked, results in the order given, a file that cannot
 * be used is one entry and the others go on, duplicate awards across files named in text and
 * JSON, the --summary workbook, and where --out copies go.
 */
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { assertBuilt, cli, expectUnusable } from "./run";
import { sha256, tempDir } from "../xlsx/helpers";
import { creditCodeCheckChar } from "../../src/core/creditCode";

function code(n: number): string {
  const body = `91310112MA1FL${String(n).padStart(4, "0")}`;
  return body + creditCodeCheckChar(body);
}

/** A small register; rows are [enterprise number, item, year]. */
async function register(file: string, rows: [number, string, number][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("申报清单");
  ws.addRow(["单位名称", "统一社会信用代码", "注册地", "税务登记地", "扶持项目", "申请金额（万元）", "拟扶持金额（万元）", "年度"]);
  for (const [n, item, year] of rows) ws.addRow([`企业${n}`, code(n), "闵行区", "闵行区", item, 5, 5, year]);
  await wb.xlsx.writeFile(file);
}

const ITEM = "区级“专精特新”中小企业";
let dir: string;
let batch: string;

beforeAll(async () => {
  assertBuilt();
  dir = tempDir("sa-multi-");
  batch = path.join(dir, "batch");
  fs.mkdirSync(path.join(batch, "sub"), { recursive: true });
  await register(path.join(batch, "a.xlsx"), [[1, ITEM, 2021], [2, ITEM, 2021]]);
  // b: enterprise 2 again (same item and year): a duplicate award across files; 3 is new.
  await register(path.join(batch, "sub", "b.xlsx"), [[3, ITEM, 2021], [2, ITEM, 2021]]);
  // c: enterprise 1 in another year: not a duplicate.
  await register(path.join(batch, "c.xlsx"), [[1, ITEM, 2022]]);
  fs.writeFileSync(path.join(batch, "broken.xlsx"), "not a workbook");
  fs.writeFileSync(path.join(batch, "notes.txt"), "ignored: not a workbook extension");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("a folder: files walked in order, the broken one an entry, the duplicate across files named", () => {
  const r = cli(["check", batch, "--format", "json", "--lang", "en-US", "--jobs", "2"]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(1);
  const doc = JSON.parse(r.stdout);
  expect(Object.keys(doc)).toEqual(["files", "crossFile", "summary"]);
  const names = doc.files.map((f: { file: string }) => path.basename(f.file));
  expect(names).toEqual(["a.xlsx", "broken.xlsx", "c.xlsx", "b.xlsx"]);
  const broken = doc.files[1];
  expect(Object.keys(broken)).toEqual(["file", "error"]);
  expect(broken.error).toContain("not an Excel workbook");
  expect(doc.crossFile).toHaveLength(1);
  const d = doc.crossFile[0];
  expect([d.rule, d.severity, path.basename(d.file), d.sheet, d.cell]).toEqual(["register.duplicate", "error", "b.xlsx", "申报清单", "E3"]);
  expect(path.basename(d.otherFile)).toBe("a.xlsx");
  expect(d.otherCell).toBe("E3");
  expect(d.message).toContain("a.xlsx");
  expect(d.message).toContain("row 3");
  const sum = { error: 0, warning: 0, info: 0 } as Record<string, number>;
  for (const f of doc.files) if (f.summary) for (const k of Object.keys(sum)) sum[k] += f.summary[k];
  sum.error += 1;
  expect(doc.summary).toEqual(sum);
});

test("text: each file with its total line, the duplicates across files, an overall line", () => {
  const r = cli(["check", path.join(batch, "a.xlsx"), path.join(batch, "sub", "b.xlsx"), "--jobs", "1"]);
  expect(r.status).toBe(1);
  const out = r.stdout;
  expect(out.indexOf("a.xlsx")).toBeLessThan(out.indexOf("b.xlsx"));
  expect((out.match(/合计：错误 \d+ 个/g) ?? []).length).toBe(2);
  expect(out).toContain("跨文件重复申报 (1)");
  expect(out).toMatch(/b\.xlsx 申报清单!E3\s+register\.duplicate\s+.*a\.xlsx.*第 3 行/);
  expect(out).toMatch(/共 2 个文件（2 个已检查）：错误 1 个/);
});

test("the same results whatever the number of workers", () => {
  const one = JSON.parse(cli(["check", batch, "--format", "json", "--jobs", "1"]).stdout);
  const two = JSON.parse(cli(["check", batch, "--format", "json", "--jobs", "3"]).stdout);
  expect(two).toEqual(one);
});

test("no file usable: exit 2, one line", () => {
  const p = path.join(dir, "only-broken");
  fs.mkdirSync(p);
  fs.writeFileSync(path.join(p, "x.xlsx"), "x");
  fs.writeFileSync(path.join(p, "y.xlsx"), "");
  expect(expectUnusable(cli(["check", p, "--lang", "en-US"]))).toContain("none of the 2 files");
  const empty = path.join(dir, "empty-folder");
  fs.mkdirSync(empty);
  expect(expectUnusable(cli(["check", empty, "--lang", "en-US"]))).toContain("no .xlsx");
});

test("--summary: a row per file and per finding, as filterable tables with a frozen header, text as text", async () => {
  const sum = path.join(dir, "summary.xlsx");
  const r = cli(["check", batch, "--summary", sum, "--lang", "en-US"]);
  expect(r.status).toBe(1);
  expect(r.stdout).toContain("Summary workbook written");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sum);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Files", "Findings"]);
  const files = wb.getWorksheet("Files") as ExcelJS.Worksheet;
  expect(files.getRow(1).values).toEqual([undefined, "File", "Status", "Tables found", "Errors", "Warnings", "Info", "Note"]);
  expect(files.actualRowCount).toBe(5);
  const findings = wb.getWorksheet("Findings") as ExcelJS.Worksheet;
  const rules: string[] = [];
  findings.eachRow((row, n) => {
    if (n > 1) rules.push(String(row.getCell(4).value));
  });
  expect(rules).toContain("register.duplicate");
  expect(findings.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  const zip = await JSZip.loadAsync(fs.readFileSync(sum));
  const tables = Object.keys(zip.files).filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n));
  expect(tables.length).toBe(2);
  for (const t of tables) expect(await zip.file(t)?.async("string")).toContain("<autoFilter");
  for (const n of Object.keys(zip.files).filter((x) => x.startsWith("xl/worksheets/sheet"))) {
    expect(await zip.file(n)?.async("string")).not.toMatch(/<f[ >]/);
  }
});

test("--out with several files: a folder gets one copy per file; a file name or a missing folder is refused", () => {
  const outDir = path.join(dir, "copies");
  fs.mkdirSync(outDir);
  const a = path.join(batch, "a.xlsx");
  const c = path.join(batch, "c.xlsx");
  const before = [sha256(a), sha256(c)];
  const r = cli(["check", a, c, "--out", outDir]);
  expect(r.status).toBe(0);
  expect(fs.readdirSync(outDir).sort()).toEqual(["a.annotated.xlsx", "c.annotated.xlsx"]);
  expect([sha256(a), sha256(c)]).toEqual(before);
  expect(expectUnusable(cli(["check", a, c, "--out", path.join(dir, "one.xlsx"), "--lang", "en-US"]))).toContain("must be an existing folder");
  const missing = path.join(dir, "newdir") + path.sep;
  expect(expectUnusable(cli(["check", a, "--out", missing, "--lang", "en-US"]))).toContain("folder does not exist");
  expect(fs.existsSync(path.join(dir, "newdir"))).toBe(false);
  // One file and an existing folder: the copy goes inside it, named after the input.
  const single = path.join(dir, "single");
  fs.mkdirSync(single);
  const one = cli(["check", a, "--out", single, "--lang", "en-US"]);
  expect(one.status).toBe(0);
  expect(one.stdout).toContain(path.join(single, "a.annotated.xlsx"));
});
