/** readWorkbook: values, formats, merges, hidden rows and sheet order as the core needs them. */
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbook } from "../../src/xlsx/read";
import { WorkbookError } from "../../src/xlsx/errors";
import { isoToSerial } from "../../src/core/dates";
import { astralRows, tempDir, writeEncryptedLike, writeLegacyXlsLike, writeMinimalXlsx, writeZip } from "./helpers";

let dir: string;
let file: string;

beforeAll(async () => {
  dir = tempDir();
  file = path.join(dir, "kinds.xlsx");
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet("第一");
  a.getCell("B2").value = 1234.5;
  a.getCell("B2").numFmt = "#,##0.00";
  a.getCell("C2").value = "text";
  a.getCell("D2").value = { richText: [{ text: "富" }, { text: "文本", font: { bold: true } }] };
  a.getCell("E2").value = { formula: "B2*2", result: 2469 };
  a.getCell("F2").value = { formula: "NA()", result: { error: "#N/A" } };
  a.getCell("G2").value = new Date(Date.UTC(2021, 7, 31));
  a.getCell("G2").numFmt = "yyyy-mm-dd";
  a.getCell("H2").value = { text: "链接", hyperlink: "https://example.invalid/" };
  a.getCell("I2").value = 0.3447;
  a.getCell("I2").numFmt = "0.00%";
  a.getCell("J2").value = true;
  a.getCell("K2").value = { formula: "C2&\"!\"", result: "text!" };
  a.getCell("B3").value = { error: "#DIV/0!" };
  a.getCell("B5").value = "under a hidden row";
  a.getRow(4).hidden = true;
  a.getCell("C4").value = "hidden";
  a.mergeCells("B6:C8");
  a.getCell("B6").value = "merged";
  wb.addWorksheet("空表");
  const c = wb.addWorksheet("Third");
  c.getCell("A1").value = "=not a formula";
  await wb.xlsx.writeFile(file);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("sheets come back in workbook order, with the used range's top-left corner", async () => {
  const grids = await readWorkbook(file);
  expect(grids.map((g) => g.name)).toEqual(["第一", "空表", "Third"]);
  expect(grids[0].top).toBe(1);
  expect(grids[0].left).toBe(1);
  expect(grids[1].values).toEqual([]);
});

test("values: numbers, text, rich text joined, cached formula results, errors as text, dates as serials, hyperlinks as text", async () => {
  const [g] = await readWorkbook(file);
  const row = g.values[0]; // sheet row 2, from column B
  expect(row[0]).toBe(1234.5);
  expect(row[1]).toBe("text");
  expect(row[2]).toBe("富文本");
  expect(row[3]).toBe(2469);
  expect(row[4]).toBe("#N/A");
  expect(row[5]).toBe(isoToSerial("2021-08-31"));
  expect(row[6]).toBe("链接");
  expect(row[7]).toBe(0.3447);
  expect(row[8]).toBe(true);
  expect(row[9]).toBe("text!");
  expect(g.values[1][0]).toBe("#DIV/0!");
});

test("number formats, merges (0-based) and hidden rows", async () => {
  const [g, , third] = await readWorkbook(file);
  expect(g.numberFormats?.[0][0]).toBe("#,##0.00");
  expect(g.numberFormats?.[0][7]).toBe("0.00%");
  expect(g.numberFormats?.[0][5]).toBe("yyyy-mm-dd");
  expect(g.numberFormats?.[0][1]).toBeNull();
  expect(g.merges).toEqual([{ r0: 5, c0: 1, r1: 7, c1: 2 }]);
  expect(g.hiddenRows).toEqual([3]);
  expect(g.values[2][1]).toBe("hidden");
  expect(g.values[4][0]).toBe("merged");
  expect(third.values[0][0]).toBe("=not a formula");
});

describe("files that are not usable workbooks give a typed WorkbookError", () => {
  const expectCode = async (p: string, code: string, reason?: string) => {
    const err = await readWorkbook(p).then(
      () => null,
      (e: unknown) => e
    );
    expect(err).toBeInstanceOf(WorkbookError);
    expect((err as WorkbookError).code).toBe(code);
    if (reason) expect((err as WorkbookError).reason).toBe(reason);
    expect((err as WorkbookError).message).toContain(p);
  };
  test("missing", () => expectCode(path.join(dir, "nope.xlsx"), "missing"));
  test("a text file", async () => {
    const p = path.join(dir, "notes.xlsx");
    fs.writeFileSync(p, "单位名称,金额\n甲,1\n");
    await expectCode(p, "not-a-workbook");
  });
  test("an empty file", async () => {
    const p = path.join(dir, "empty.xlsx");
    fs.writeFileSync(p, "");
    await expectCode(p, "not-a-workbook", "empty");
  });
  test("an encrypted workbook (OLE/CFB with EncryptedPackage)", async () => {
    const p = path.join(dir, "locked.xlsx");
    writeEncryptedLike(p);
    await expectCode(p, "encrypted");
  });
  test("an old .xls (CFB without encryption)", async () => {
    const p = path.join(dir, "old.xls");
    writeLegacyXlsLike(p);
    await expectCode(p, "not-a-workbook", "legacy-xls");
  });
  test("a zip whose entries are encrypted", async () => {
    const p = path.join(dir, "zip-locked.xlsx");
    writeZip(p, { "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>" }, { encrypted: true });
    await expectCode(p, "encrypted");
  });
  test("a zip that is not a workbook", async () => {
    const p = path.join(dir, "doc.xlsx");
    writeZip(p, { "word/document.xml": "<w:document/>" });
    await expectCode(p, "not-a-workbook", "zip-not-xlsx");
  });
  test("a truncated workbook", async () => {
    const p = path.join(dir, "cut.xlsx");
    const whole = fs.readFileSync(file);
    fs.writeFileSync(p, whole.subarray(0, Math.floor(whole.length / 2)));
    const err = await readWorkbook(p).then(
      () => null,
      (e: unknown) => e
    );
    expect(err).toBeInstanceOf(WorkbookError);
    expect(["unreadable", "not-a-workbook"]).toContain((err as WorkbookError).code);
  });
  test("a folder", () => expectCode(dir, "unreadable", "folder"));
});

test("long Chinese text and characters outside the BMP survive every chunk boundary", async () => {
  // Enough text that the shared strings and the sheet span many 64 KiB pieces of bytes and of
  // UTF-16 units: 3-byte CJK and 4-byte (surrogate pair) characters such as 𠮷 straddle them.
  const p = path.join(dir, "long-text.xlsx");
  const rows = astralRows(6000);
  writeMinimalXlsx(p, "长文本𠮷", rows);
  // The file really has a pair cut by a 64 Ki-unit slice and a character cut by a 64 KiB chunk.
  const ss = await partText(p, "xl/sharedStrings.xml");
  const slicePoints = Array.from({ length: Math.floor(ss.length / 65536) }, (_, k) => (k + 1) * 65536);
  expect(slicePoints.some((i) => /[\uD800-\uDBFF]/.test(ss[i - 1]))).toBe(true);
  const bytes = Buffer.from(ss, "utf8");
  const chunkPoints = Array.from({ length: Math.floor(bytes.length / 65536) }, (_, k) => (k + 1) * 65536);
  expect(chunkPoints.some((i) => (bytes[i] & 0xc0) === 0x80)).toBe(true);

  const [g] = await readWorkbook(p);
  expect(g.name).toBe("长文本𠮷");
  expect(g.values).toEqual(rows);
});

/** The part's text as stored in the file (JSZip: ExcelJS's own zip dependency). */
async function partText(p: string, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(p));
  const entry = zip.file(part);
  if (!entry) throw new Error(`no part ${part} in ${p}`);
  return (await entry.async("nodebuffer")).toString("utf8");
}
