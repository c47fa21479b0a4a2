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

/** A stored (uncompressed) zip with the given entries: a zip that is not a workbook. */
export function writeZip(file: string, entries: Record<string, string>): void {
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
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    locals.push(local, nameBuf, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
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
