/**
 * Register workbooks for the bench, written straight as package XML through the project's own
 * zip writer (src/xlsx/zipWriter.ts), so a 1,048,576-row file takes seconds to make rather than
 * the minutes a workbook library needs. Shared strings, a date format on the payment column: the
 * shape Excel and ExcelJS write.
 */
import * as fs from "fs";
import { ZipWriter } from "../src/xlsx/zipWriter";
import { REGISTER_HEADER, registerRow } from "./synthetic";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function colName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Writes a register of `rows` data rows (row i of the synthetic register from `first`). */
export async function writeRegisterXlsx(file: string, rows: number, first = 0): Promise<void> {
  const fd = fs.openSync(file, "w");
  try {
    const zip = new ZipWriter(fd, file);
    const small = async (name: string, text: string) => {
      const s = zip.begin(name, 6);
      await s.write(text);
      await s.end();
    };
    await small(
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/></Types>`
    );
    await small("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
    await small("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${NS} xmlns:r="${R}"><sheets><sheet name="申报清单" sheetId="1" r:id="rId1"/></sheets></workbook>`);
    await small(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${R}/styles" Target="styles.xml"/></Relationships>`
    );
    await small(
      "xl/styles.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`
    );
    const strings = new Map<string, number>();
    const sst = (s: string) => {
      let i = strings.get(s);
      if (i === undefined) strings.set(s, (i = strings.size));
      return i;
    };
    const sheet = zip.begin("xl/worksheets/sheet1.xml", 6);
    await sheet.write(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><sheetData>`);
    const cols = REGISTER_HEADER.map((_, c) => colName(c));
    const rowXml = (r: number, values: (string | number | null)[]) => {
      let x = `<row r="${r}">`;
      values.forEach((v, c) => {
        if (v === null || v === "") return;
        const ref = cols[c] + r;
        if (typeof v === "number") x += `<c r="${ref}"${c === 10 && r > 1 ? ' s="1"' : ""}><v>${v}</v></c>`;
        else x += `<c r="${ref}" t="s"><v>${sst(v)}</v></c>`;
      });
      return x + "</row>";
    };
    let piece = rowXml(1, REGISTER_HEADER);
    for (let i = 0; i < rows; i++) {
      piece += rowXml(i + 2, registerRow(first + i));
      if (piece.length > 256 * 1024) {
        await sheet.write(piece);
        piece = "";
      }
    }
    await sheet.write(piece + "</sheetData></worksheet>");
    await sheet.end();
    const ss = zip.begin("xl/sharedStrings.xml", 6);
    await ss.write(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ${NS} count="${strings.size}" uniqueCount="${strings.size}">`);
    piece = "";
    for (const s of strings.keys()) {
      piece += `<si><t>${esc(s)}</t></si>`;
      if (piece.length > 256 * 1024) {
        await ss.write(piece);
        piece = "";
      }
    }
    await ss.write(piece + "</sst>");
    await ss.end();
    zip.close();
  } finally {
    fs.closeSync(fd);
  }
}
