/**
 * The reader's limits and integrity checks, unit by unit: the tokenizer's strictness, the cell
 * budget, references past the grid, merged areas kept as ranges whatever their size.
 */
import { GridReader } from "../../src/core/grid";
import { LimitError, DamagedError } from "../../src/xlsx/limits";
import { SheetReader, type SheetContext } from "../../src/xlsx/sheetXml";
import { XmlScanner, decodeEntities } from "../../src/xlsx/xmlScan";

function ctx(left = 1000): SheetContext {
  return { sharedStrings: ["a", "b"], numFmt: () => null, isDateFormat: () => false, date1904: false, cellBudget: { left } };
}

function read(xml: string, c = ctx(), pieces = 7): ReturnType<SheetReader["grid"]> {
  const r = new SheetReader("s", c);
  const s = new XmlScanner(r, "sheet");
  const bytes = Buffer.from(xml, "utf8");
  // Fed in odd pieces: every tag and character must survive any cut.
  const step = Math.max(1, Math.floor(bytes.length / pieces));
  for (let i = 0; i < bytes.length; i += step) s.writeBytes(bytes.subarray(i, i + step));
  s.end();
  return r.grid();
}

const sheet = (rows: string, after = "") => `<worksheet xmlns="x"><sheetData>${rows}</sheetData>${after}</worksheet>`;

test("cells are counted against the budget as they are read", () => {
  const rows = Array.from({ length: 20 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("");
  expect(read(sheet(rows), ctx(20)).values).toHaveLength(20);
  expect(() => read(sheet(rows), ctx(19))).toThrow(LimitError);
});

test("rows and columns past Excel's grid are a limit, not an allocation", () => {
  expect(() => read(sheet('<row r="1048577"><c><v>1</v></c></row>'))).toThrow(LimitError);
  expect(() => read(sheet('<row r="1"><c r="XFE1"><v>1</v></c></row>'))).toThrow(LimitError);
  expect(() => read(sheet('<row r="1"/>', '<mergeCells><mergeCell ref="A1:A1048577"/></mergeCells>'))).toThrow(LimitError);
  const g = read(sheet('<row r="1048576"><c r="XFD1048576"><v>7</v></c></row>'));
  expect([g.top, g.left, g.values[0][0]]).toEqual([1048575, 16383, 7]);
});

test("a merge over the whole grid is one range, and lookups inside it are immediate", () => {
  const g = read(sheet('<row r="1"><c r="A1" t="s"><v>1</v></c></row>', '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'));
  expect(g.merges).toEqual([{ r0: 0, c0: 0, r1: 1048575, c1: 16383 }]);
  const r = new GridReader(g);
  expect(r.value(1048575, 16383)).toBe("b");
  expect(r.merge(500000, 9000)).toEqual(g.merges[0]);
});

test("many merges: each cell finds its own", () => {
  const merges = Array.from({ length: 3000 }, (_, i) => ({ r0: i * 2, c0: i % 50, r1: i * 2 + 1, c1: (i % 50) + 1 }));
  const r = new GridReader({ name: "m", top: 0, left: 0, values: [], merges });
  for (let i = 0; i < 3000; i += 7) {
    const m = merges[i];
    expect(r.merge(m.r1, m.c1)).toBe(m);
    expect(r.merge(m.r0, m.c0 + 2)).toBeUndefined();
  }
});

test.each([
  ["cut off", sheet('<row r="1"><c r="A1"><v>1</v></c></row>').slice(0, 40)],
  ["closed early", sheet('<row r="1"><c r="A1"><v>1</v></row>')],
  ["a second root", sheet("") + "<again/>"],
  ["text outside the root", sheet("") + "tail"],
  ["an unquoted attribute", sheet('<row r=1><c r="A1"><v>1</v></c></row>')],
  ["a DTD", '<!DOCTYPE x [<!ENTITY a "b">]>' + sheet("")],
  ["an undefined entity", sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>')],
  ["'<' in an attribute", sheet('<row r="1"><c r="A<1"><v>1</v></c></row>')],
  ["nothing at all", ""],
])("damaged XML: %s", (_what, xml) => {
  expect(() => read(xml)).toThrow(DamagedError);
});

test("entities and character references decode; bad ones are damaged", () => {
  expect(decodeEntities("a&amp;b&lt;&#x41;&#66;&quot;")).toBe('a&b<AB"');
  for (const bad of ["&#0;", "&#xD800;", "&#x110000;", "&#xZZ;", "&amp", "&foo;"]) expect(() => decodeEntities(bad)).toThrow(DamagedError);
});

test("inline strings, typed dates and huge numbers read as the core expects", () => {
  const g = read(
    sheet(
      '<row r="1"><c r="A1" t="inlineStr"><is><r><t>富</t></r><r><t xml:space="preserve"> 文本_x001B_</t></r><rPh><t>フ</t></rPh></is></c>' +
        '<c r="B1" t="d"><v>2021-08-31T00:00:00</v></c><c r="C1"><v>1e999</v></c><c r="D1"><v>-12.5</v></c><c r="E1" t="s"><v> 1 </v></c></row>'
    ),
    ctx(),
    13
  );
  expect(g.values[0]).toEqual(["富 文本\u001b", 44439, "1e999", -12.5, "b"]);
});
