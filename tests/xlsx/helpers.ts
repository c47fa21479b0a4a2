/** Shared by the xlsx and CLI tests: temp folders, hand-made odd files, cell dumps. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import * as crypto from "crypto";
import * as ExcelJS from "exceljs";

export function tempDir(prefix = "sa-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function sha256(file: string): string {
  return crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

/** An OLE/CFB file like an encrypted .xlsx: the magic bytes and the EncryptedPackage stream name. */
export function writeEncryptedLike(file: string): void {
  const magic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const pad = Buffer.alloc(504);
  const names = Buffer.concat([Buffer.from("EncryptionInfo", "utf16le"), Buffer.alloc(4), Buffer.from("EncryptedPackage", "utf16le")]);
  fs.writeFileSync(file, Buffer.concat([magic, pad, names, Buffer.alloc(1024)]));
}

/** A CFB file without encryption streams: what an old .xls looks like from outside. */
export function writeLegacyXlsLike(file: string): void {
  const magic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  fs.writeFileSync(file, Buffer.concat([magic, Buffer.alloc(2040)]));
}

/**
 * A stored (uncompressed) zip with the given entries: a zip that is not a workbook. With
 * `encrypted`, every entry carries the "encrypted" flag (general purpose bit 0).
 */
export function writeZip(file: string, entries: Record<string, string>, opts: { encrypted?: boolean } = {}): void {
  const flags = opts.encrypted ? 1 : 0;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text, "utf8");
    const nameBuf = Buffer.from(name, "utf8");
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    locals.push(local, nameBuf, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  fs.writeFileSync(file, Buffer.concat([...locals, cd, end]));
}

const xmlEscape = (t: string): string => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * A minimal .xlsx written by hand (no ExcelJS on the way): one sheet, column A as shared strings,
 * column B as inline strings. Lets a test hold text ExcelJS's own writer would damage.
 */
export function writeMinimalXlsx(file: string, sheet: string, rows: readonly (readonly [string, string])[]): void {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const ct = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  const body = rows
    .map(([, b], i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c><c r="B${i + 1}" t="inlineStr"><is><t>${xmlEscape(b)}</t></is></c></row>`)
    .join("");
  writeZip(file, {
    "[Content_Types].xml":
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${ct}.worksheet+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.sharedStrings+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook ${ns} xmlns:r="${rel}"><sheets><sheet name="${xmlEscape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels":
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    "xl/sharedStrings.xml": `<?xml version="1.0" encoding="UTF-8"?><sst ${ns} count="${rows.length}" uniqueCount="${rows.length}">${rows.map(([a]) => `<si><t>${xmlEscape(a)}</t></si>`).join("")}</sst>`,
    "xl/worksheets/sheet1.xml": `<?xml version="1.0" encoding="UTF-8"?><worksheet ${ns}><sheetData>${body}</sheetData></worksheet>`,
  });
}

/** Text mostly of surrogate pairs, starting at odd and even offsets: some 64 Ki / 16 Ki cut splits a pair. */
export function astralRows(n: number): [string, string][] {
  return Array.from({ length: n }, (_, i) => [`${"上".repeat(i % 2)}𠮷${"𠀀".repeat(40)}${i}号科技有限公司`, `富${i}${"𩸽".repeat(1 + (i % 3))}文本`]);
}

/** Every cell of every sheet as "Sheet!A1" → a comparable rendering of its value. */
export async function cellDump(file: string, sheets?: readonly string[]): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, string>();
  for (const ws of wb.worksheets) {
    if (sheets && !sheets.includes(ws.name)) continue;
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return; // only the top-left holds the value
        out.set(`${ws.name}!${cell.address}`, renderValue(cell.value));
      });
    });
  }
  return out;
}

export function renderValue(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return `date:${v.toISOString()}`;
  if (typeof v === "object") {
    // Rich text is text: LibreOffice splits mixed CJK/Latin strings into runs.
    if ("richText" in v) return `string:${v.richText.map((r) => r.text).join("")}`;
    if ("formula" in v || "sharedFormula" in v) {
      const f = v as ExcelJS.CellFormulaValue;
      return `formula:${f.formula ?? ""}=${renderValue((f.result ?? null) as ExcelJS.CellValue)}`;
    }
    if ("error" in v) return `error:${v.error}`;
    if ("hyperlink" in v) return `link:${v.text}->${v.hyperlink}`;
    return JSON.stringify(v);
  }
  return `${typeof v}:${String(v)}`;
}
