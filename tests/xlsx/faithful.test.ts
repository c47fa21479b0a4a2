/**
 * The annotated copy holds every original value, type and string exactly: for every sample and
 * corpus workbook (samples/*.xlsx, tests/corpus/workbooks/*.xlsx, whatever is there) and for a
 * hand-made file of the awkward kinds (a typed date, 1e308, 1e999, control characters as
 * _xHHHH_, a formula with its cached result, an inline string), original and copy are compared
 * cell by cell from the raw sheet XML (type, value, formula, inline text), and every part the
 * copy did not need to change is compared byte for byte.
 */
import * as fs from "fs";
import * as path from "path";
import { audit } from "../../src/core/audit";
import { writeAnnotatedCopy } from "../../src/xlsx/annotate";
import { readWorkbookParts } from "../../src/xlsx/read";
import { WorkbookError } from "../../src/xlsx/errors";
import { ZipPackage } from "../../src/xlsx/zip";
import { XmlScanner, type Attrs } from "../../src/xlsx/xmlScan";
import { BASE_ROWS, BASE_STRINGS, sheetXml, sstXml, workbookParts, writePackage } from "../fuzz/packages";
import { tempDir } from "./helpers";

const ROOT = path.join(__dirname, "..", "..");

function workbooksIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((n) => /\.(xlsx|xlsm)$/i.test(n) && !n.startsWith("~$"))
    .map((n) => path.join(dir, n));
}

/** Every cell of every worksheet, from the XML as stored: "Sheet!A1" → type|value|formula|inline. */
async function rawCells(file: string): Promise<Map<string, string>> {
  const read = await readWorkbookParts(file);
  const pkg = await ZipPackage.open(file);
  const out = new Map<string, string>();
  try {
    for (const sheet of read.parts.sheets) {
      let ref = "";
      let t = "";
      let capture: "v" | "f" | "is" | null = null;
      let v = "";
      let f = "";
      let is = "";
      let depth = 0;
      let inIs = 0;
      const s = new XmlScanner(
        {
          open(n: string, a: Attrs, sc: boolean) {
            if (n === "c") {
              ref = a.get("r") ?? "";
              t = a.get("t") ?? "";
              v = f = is = "";
              if (sc) out.set(`${sheet.name}!${ref}`, `${t}|||`);
            } else if (n === "v" && !sc) capture = "v";
            else if (n === "f") {
              f += `[${a.get("t") ?? ""}${a.get("si") ?? ""}${a.get("ref") ?? ""}]`;
              if (!sc) capture = "f";
            } else if (n === "is") inIs = depth + 1;
            else if (n === "t" && inIs && !sc) capture = "is";
            if (!sc) depth++;
          },
          close(n: string) {
            depth--;
            if (n === "c") out.set(`${sheet.name}!${ref}`, `${t}|${v}|${f}|${is}`);
            else if (n === "is") inIs = 0;
            if (n === "v" || n === "f" || n === "t") capture = null;
          },
          text(x: string) {
            if (capture === "v") v += x;
            else if (capture === "f") f += x;
            else if (capture === "is") is += x;
          },
        },
        sheet.part
      );
      for await (const chunk of pkg.bytes(sheet.part)) s.writeBytes(chunk);
      s.end();
    }
  } finally {
    pkg.close();
  }
  return out;
}

async function parts(file: string): Promise<Map<string, Buffer>> {
  const pkg = await ZipPackage.open(file);
  const out = new Map<string, Buffer>();
  try {
    for (const name of pkg.entries.keys()) out.set(name, await pkg.buffer(name));
  } finally {
    pkg.close();
  }
  return out;
}

/** Parts a copy may change: flagged sheets, styles, the workbook's lists, notes and their drawings. */
const MAY_CHANGE = /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/worksheets\/sheet\d+\.xml|xl\/worksheets\/_rels\/.*|xl\/comments\d*\.xml|xl\/drawings\/vmlDrawing\d*\.vml)$/;

let dir: string;
beforeAll(() => {
  dir = tempDir("sa-faithful-");
  // The awkward kinds, in a register that also gets findings (so its sheet is rewritten).
  const strings = [...BASE_STRINGS, "控制\u0001字符_x001B_[31m", "tab\there", "_x0041_ literal"];
  const odd =
    '<row r="3"><c r="A3" t="s"><v>12</v></c><c r="B3" t="d"><v>2021-08-31T00:00:00</v></c><c r="C3"><v>1e308</v></c>' +
    '<c r="D3"><v>1e999</v></c><c r="E3" t="s"><v>13</v></c><c r="F3"><f>G3*2</f><v>10</v></c>' +
    '<c r="G3" t="inlineStr"><is><t>内联_x000D_文本</t></is></c><c r="H3" t="e"><v>#N/A</v></c></row>' +
    '<row r="4"><c r="A4" t="s"><v>14</v></c><c r="B4" t="b"><v>1</v></c><c r="C4" s="1"><v>44500</v></c><c r="D4"><v>-0</v></c><c r="E4"><v>123456789012345678901234567890</v></c></row>';
  // With a comment inside sheetData the copy tokenizes every row; without, it passes over the rows
  // it leaves alone (a row closed as `</row >` among them).
  writePackage(path.join(dir, "awkward.xlsx"), workbookParts({ sheet: sheetXml(BASE_ROWS + "<!-- a note -->" + odd), strings: sstXml(strings) }));
  const spaced = odd.replace(/<\/row>/g, "</row >");
  writePackage(path.join(dir, "awkward-plain.xlsx"), workbookParts({ sheet: sheetXml(spaced + BASE_ROWS.replace(/r="(\d)"/g, 'r="1$1"').replace(/([A-H])(\d)"/g, '$11$2"')), strings: sstXml(strings) }));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("there are workbooks to compare (else this suite proves nothing)", () => {
  expect(workbooksIn(path.join(ROOT, "samples")).length).toBeGreaterThan(0);
});

const files = (): string[] => [
  ...workbooksIn(path.join(ROOT, "samples")),
  ...workbooksIn(path.join(ROOT, "tests", "corpus", "workbooks")),
  path.join(dir, "awkward.xlsx"),
  path.join(dir, "awkward-plain.xlsx"),
];

test("every original cell is in the copy with its type, value, formula and text; untouched parts byte for byte", async () => {
  let compared = 0;
  for (const file of files()) {
    let read;
    try {
      read = await readWorkbookParts(file);
    } catch (e) {
      // A file the check refuses: --out refuses it the same way.
      expect(e).toBeInstanceOf(WorkbookError);
      const result = { findings: [], tables: [] } as unknown as Parameters<typeof writeAnnotatedCopy>[2];
      await expect(writeAnnotatedCopy(file, path.join(dir, "refused.xlsx"), result, "zh-CN")).rejects.toBeInstanceOf(WorkbookError);
      continue;
    }
    const result = audit({ sheets: read.sheets, settings: { today: "2021-09-09" } });
    const out = path.join(dir, `${path.basename(file)}.annotated.xlsx`);
    await writeAnnotatedCopy(file, out, result, "zh-CN", { read });
    const before = await rawCells(file);
    const after = await rawCells(out);
    expect(before.size).toBeGreaterThan(0);
    const differences: string[] = [];
    for (const [addr, v] of before) if (after.get(addr) !== v) differences.push(`${path.basename(file)} ${addr}: ${v} → ${after.get(addr)}`);
    expect(differences).toEqual([]);
    const a = await parts(file);
    const b = await parts(out);
    for (const [name, bytes] of a) {
      expect(b.has(name)).toBe(true);
      if (!MAY_CHANGE.test(name)) expect([name, Buffer.compare(bytes, b.get(name) as Buffer)]).toEqual([name, 0]);
    }
    // Shared strings are never rewritten: control characters stay as the original wrote them.
    const sst = [...a.keys()].find((n) => /sharedStrings\.xml$/.test(n));
    if (sst) expect(Buffer.compare(a.get(sst) as Buffer, b.get(sst) as Buffer)).toBe(0);
    compared += before.size;
  }
  expect(compared).toBeGreaterThan(3000);
});

test("the awkward cells come back through the reader as they went in", async () => {
  const file = path.join(dir, "awkward.xlsx");
  const out = path.join(dir, "awkward-2.xlsx");
  const read = await readWorkbookParts(file);
  await writeAnnotatedCopy(file, out, audit({ sheets: read.sheets, settings: { today: "2021-09-09" } }), "zh-CN");
  const [g] = read.sheets;
  const [h] = (await readWorkbookParts(out)).sheets;
  expect(h.values).toEqual(g.values);
  const row3 = g.values[2 - g.top];
  expect(row3[2]).toBe(1e308);
  expect(row3[3]).toBe("1e999"); // too large for a number: kept as the text it is
  expect(row3[0]).toBe("控制\u0001字符\u001b[31m");
  expect(row3[4]).toBe("tab\there");
  expect(row3[6]).toBe("内联\r文本");
});
