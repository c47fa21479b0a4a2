/**
 * writeAnnotatedCopy: fills, notes and a report sheet on a copy; never a changed cell value or
 * formula, never a write to the input, never a formula made from a message.
 */
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { writeAnnotatedCopy } from "../../src/xlsx/annotate";
import { OutputError } from "../../src/xlsx/errors";
import { readWorkbook } from "../../src/xlsx/read";
import { audit } from "../../src/core/audit";
import type { AuditResult } from "../../src/core/api";
import type { Finding } from "../../src/core/findings";
import { formatMessage } from "../../src/core/i18n/messages";
import { SAMPLE_PATH, SHEETS } from "../../scripts/build-sample";
import { astralRows, cellDump, sha256, tempDir, writeMinimalXlsx, writeZip } from "./helpers";

let dir: string;
let result: AuditResult;

beforeAll(async () => {
  dir = tempDir();
  result = audit({ sheets: await readWorkbook(SAMPLE_PATH), settings: { today: "2021-09-09" } });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The raw XML of a part of an xlsx (the zip is read with ExcelJS's own dependency). */
async function partXml(file: string, part: string): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const JSZip = require("jszip") as { loadAsync(b: Buffer): Promise<{ file(n: string): { async(t: "string"): Promise<string> } | null }> };
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const entry = zip.file(part);
  if (!entry) throw new Error(`no part ${part} in ${file}`);
  return entry.async("string");
}

test("the sample has findings to mark (else this suite proves nothing)", () => {
  expect(result.findings.length).toBeGreaterThan(5);
  expect(result.summary.error).toBeGreaterThan(0);
});

test("every original cell value and formula is unchanged, and the input's bytes too", async () => {
  const before = sha256(SAMPLE_PATH);
  const out = path.join(dir, "annotated.xlsx");
  const r = await writeAnnotatedCopy(SAMPLE_PATH, out, result, "zh-CN");
  expect(sha256(SAMPLE_PATH)).toBe(before);
  expect(r.reportSheet).toBe("审核报告");
  const original = await cellDump(SAMPLE_PATH);
  const copy = await cellDump(out);
  expect(original.size).toBeGreaterThan(1000);
  for (const [addr, v] of original) expect([addr, copy.get(addr)]).toEqual([addr, v]);
  const copiedOriginalSheets = [...copy.keys()].filter((k) => !k.startsWith("审核报告!"));
  expect(copiedOriginalSheets.length).toBe(original.size);
});

test("flagged cells get a light fill by severity and a note; a cell sharing their style does not", async () => {
  const out = path.join(dir, "fills.xlsx");
  await writeAnnotatedCopy(SAMPLE_PATH, out, result, "zh-CN");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const argb = (sheet: string, cell: string): string | undefined => {
    const fill = wb.getWorksheet(sheet)?.getCell(cell).fill as ExcelJS.FillPattern | undefined;
    return fill?.type === "pattern" ? fill.fgColor?.argb : undefined;
  };
  const error = result.findings.find((f) => f.severity === "error") as Finding;
  const warning = result.findings.find((f) => f.severity === "warning" && !result.findings.some((g) => g !== f && g.sheet === f.sheet && g.cell === f.cell)) as Finding;
  const info = result.findings.find((f) => f.severity === "info") as Finding;
  expect(argb(error.sheet, error.cell)).toBe("FFFFC7CE");
  expect(argb(warning.sheet, warning.cell)).toBe("FFFFEB9C");
  expect(argb(info.sheet, info.cell)).toBe("FFDDEBF7");
  const note = wb.getWorksheet(error.sheet)?.getCell(error.cell).note;
  const noteText = typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
  expect(noteText).toContain(error.message);
  // A neighbour cell in the same column (same style id in the source) stays unfilled.
  const flagged = new Set(result.findings.map((f) => `${f.sheet}!${f.cell}`));
  const ws = wb.getWorksheet(error.sheet) as ExcelJS.Worksheet;
  const col = error.cell.replace(/\d+/g, "");
  let checked = 0;
  for (let r = 3; r < 60; r++) {
    if (flagged.has(`${error.sheet}!${col}${r}`)) continue;
    expect(argb(error.sheet, `${col}${r}`)).toBeUndefined();
    checked++;
  }
  expect(checked).toBeGreaterThan(10);
  void ws;
});

test("the report sheet lists every finding with an internal link and a summary by rule", async () => {
  const out = path.join(dir, "report.xlsx");
  await writeAnnotatedCopy(SAMPLE_PATH, out, result, "en-US");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet("Audit report") as ExcelJS.Worksheet;
  expect(ws).toBeDefined();
  const texts: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((c) => {
      const v = c.value;
      texts.push(typeof v === "string" ? v : v && typeof v === "object" && "richText" in v ? v.richText.map((r) => r.text).join("") : "");
    })
  );
  // Links inside the workbook are written as OOXML says (a `location`, no relationship); ExcelJS
  // reads only relationship links, so they are read from the sheet's XML.
  const xml = await partXml(out, `xl/worksheets/sheet${wb.worksheets.length}.xml`);
  const unescape = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const links = [...xml.matchAll(/<hyperlink [^>]*location="([^"]*)"/g)].map((m) => "#" + unescape(m[1]));
  for (const f of result.findings) {
    // The audit ran in zh-CN: the en-US report words each message in English.
    expect(texts).toContain(formatMessage(f.rule, f.params, "en-US"));
    expect(links).toContain(`#'${f.sheet}'!${f.cell}`);
  }
  for (const rule of new Set(result.findings.map((f) => f.rule))) expect(texts).toContain(rule);
});

test("a message beginning with = + - @ is written as text, never as a formula", async () => {
  const nasty = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)"];
  const findings: Finding[] = nasty.map((message, i) => ({
    rule: "input.unreadable-value",
    severity: "warning",
    sheet: "申报清单",
    cell: `B${3 + i}`,
    message,
    params: {},
    row: 2 + i,
  }));
  const out = path.join(dir, "formula-safe.xlsx");
  const r = await writeAnnotatedCopy(SAMPLE_PATH, out, { ...result, findings, summary: { error: 0, warning: 4, info: 0 } }, "zh-CN");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet(r.reportSheet) as ExcelJS.Worksheet;
  const values: ExcelJS.CellValue[] = [];
  ws.eachRow((row) => row.eachCell((c) => values.push(c.value)));
  for (const m of nasty) expect(values).toContain(m);
  // The report sheet is the last sheet: its XML must hold no <f> element at all.
  const index = wb.worksheets.length;
  const xml = await partXml(out, `xl/worksheets/sheet${index}.xml`);
  expect(xml).toContain("<sheetData>");
  expect(xml).not.toMatch(/<f[ >]/);
});

test("the report sheet takes a free name when 审核报告 exists", async () => {
  const first = path.join(dir, "once.xlsx");
  await writeAnnotatedCopy(SAMPLE_PATH, first, result, "zh-CN");
  const second = path.join(dir, "twice.xlsx");
  const r = await writeAnnotatedCopy(first, second, result, "zh-CN");
  expect(r.reportSheet).toBe("审核报告 (2)");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(second);
  expect(wb.worksheets.map((w) => w.name)).toEqual([...Object.values(SHEETS), "审核报告", "审核报告 (2)"]);
  // The first copy's notes are kept; the second run's findings are added below them.
  const error = result.findings.find((f) => f.severity === "error") as Finding;
  const note = wb.getWorksheet(error.sheet)?.getCell(error.cell).note;
  const text = typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
  expect(text.split(error.message).length - 1).toBe(2);
  expect(text).toContain("\n——\n");
});

test("refuses to write over the input, by the same path, another spelling of it, or a symlink", async () => {
  const copy = path.join(dir, "input.xlsx");
  fs.copyFileSync(SAMPLE_PATH, copy);
  const before = sha256(copy);
  const link = path.join(dir, "link.xlsx");
  fs.symlinkSync(copy, link);
  for (const out of [copy, path.join(dir, ".", "input.xlsx"), link]) {
    await expect(writeAnnotatedCopy(copy, out, result, "zh-CN")).rejects.toMatchObject({ code: "same-as-input" });
  }
  await expect(writeAnnotatedCopy(link, copy, result, "zh-CN")).rejects.toBeInstanceOf(OutputError);
  expect(sha256(copy)).toBe(before);
});

test("a missing output folder or an unreadable input is a clear error, not a crash", async () => {
  await expect(writeAnnotatedCopy(SAMPLE_PATH, path.join(dir, "no", "such", "out.xlsx"), result, "zh-CN")).rejects.toMatchObject({
    code: "unwritable",
  });
  const zip = path.join(dir, "notbook.xlsx");
  writeZip(zip, { "a.txt": "x" });
  await expect(writeAnnotatedCopy(zip, path.join(dir, "o.xlsx"), result, "zh-CN")).rejects.toMatchObject({ name: "WorkbookError" });
});

test("text outside the BMP (𠮷, 𩸽) in large parts comes through the copy unchanged", async () => {
  // ExcelJS alone would hand JSZip each part as a string, encoded in 16 Ki-unit pieces: a
  // surrogate pair cut between two pieces came out as two U+FFFD.
  const input = path.join(dir, "astral.xlsx");
  writeMinimalXlsx(input, "名单", astralRows(6000));
  const sheets = await readWorkbook(input);
  const out = path.join(dir, "astral-annotated.xlsx");
  await writeAnnotatedCopy(input, out, audit({ sheets, settings: { today: "2021-09-09" } }), "zh-CN");
  const original = await cellDump(input);
  const copy = await cellDump(out, ["名单"]);
  expect(original.size).toBe(12000);
  expect(copy).toEqual(original);
});
