/**
 * Hostile and broken packages, made byte by byte: a small valid register workbook whose parts
 * can be replaced, stored or deflated, given a wrong CRC-32 or lying sizes.
 */
import * as fs from "fs";
import * as zlib from "zlib";

export interface Part {
  name: string;
  data: Buffer | string;
  /** Deflate (default) or store. */
  store?: boolean;
  /** Write this CRC-32 instead of the real one. */
  crc?: number;
  /** Declare this uncompressed size instead of the real one. */
  size?: number;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

export const HEADER = ["单位名称", "统一社会信用代码", "注册地", "税务登记地", "扶持项目", "申请金额（万元）", "拟扶持金额（万元）", "年度"];

/** Shared strings of the base workbook: the header, then a row's text. */
export const BASE_STRINGS = [...HEADER, "甲公司", "91310112MA1FL0001X", "闵行区", "区级“专精特新”中小企业"];

export function sheetXml(body: string, after = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><sheetData>${body}</sheetData>${after}</worksheet>`;
}

/** The header row and one data row (a credit code that fails its check character: one finding). */
export const BASE_ROWS =
  `<row r="1">${HEADER.map((_, i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${i}</v></c>`).join("")}</row>` +
  `<row r="2"><c r="A2" t="s"><v>8</v></c><c r="B2" t="s"><v>9</v></c><c r="C2" t="s"><v>10</v></c><c r="D2" t="s"><v>10</v></c>` +
  `<c r="E2" t="s"><v>11</v></c><c r="F2"><v>5</v></c><c r="G2"><v>5</v></c><c r="H2"><v>2021</v></c></row>`;

export function sstXml(strings: readonly string[]): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ${NS} count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join("")}</sst>`;
}

export function workbookParts(opts: { sheet?: string; strings?: string; sheetName?: string; extra?: Part[]; styles?: string } = {}): Part[] {
  const name = (opts.sheetName ?? "申报清单").replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return [
    {
      name: "[Content_Types].xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/></Types>`,
    },
    { name: "_rels/.rels", data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: "xl/workbook.xml", data: `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} xmlns:r="${R}"><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>` },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${R}/styles" Target="styles.xml"/></Relationships>`,
    },
    {
      name: "xl/styles.xml",
      data:
        opts.styles ??
        `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    },
    { name: "xl/sharedStrings.xml", data: opts.strings ?? sstXml(BASE_STRINGS) },
    { name: "xl/worksheets/sheet1.xml", data: opts.sheet ?? sheetXml(BASE_ROWS) },
    ...(opts.extra ?? []),
  ];
}

/** Writes the parts as a zip (local headers, central directory, end record). */
export function writePackage(file: string, parts: readonly Part[]): void {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const raw = typeof p.data === "string" ? Buffer.from(p.data, "utf8") : p.data;
    const body = p.store ? raw : zlib.deflateRawSync(raw);
    const name = Buffer.from(p.name, "utf8");
    const crc = p.crc ?? zlib.crc32(raw);
    const size = p.size ?? raw.length;
    const method = p.store ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  fs.writeFileSync(file, Buffer.concat([...locals, cd, end]));
}

/** A hostile case: a file made in `dir`, the arguments to run, and what must come of it. */
export interface HostileCase {
  name: string;
  make(file: string): void;
  /** Exit statuses allowed (2 for refusals, 0/1 for files that must be checked). */
  status: number[];
  /** The stderr line must match (refusals). */
  line?: RegExp;
  /** Also run with --out; the same acceptance is required. */
  out?: boolean;
}

const with_ = (opts: Parameters<typeof workbookParts>[0]) => (file: string) => writePackage(file, workbookParts(opts));

export const HOSTILE: HostileCase[] = [
  { name: "a row number of 2,000,000,000", make: with_({ sheet: sheetXml(BASE_ROWS + '<row r="2000000000"><c r="A2000000000"><v>1</v></c></row>') }), status: [2], line: /1,048,576/, out: true },
  { name: "a column past XFD", make: with_({ sheet: sheetXml(BASE_ROWS + '<row r="3"><c r="XFE3"><v>1</v></c></row>') }), status: [2], line: /16,384/, out: true },
  {
    name: "a zip bomb (40 MB of blanks in 40 KB)",
    make: with_({ sheet: sheetXml(BASE_ROWS + " ".repeat(40 * 1024 * 1024)) }),
    status: [2],
    line: /250:1|压缩比/,
    out: true,
  },
  {
    name: "a part claiming 2 GB",
    make: (f) => writePackage(f, workbookParts().map((p) => (p.name === "xl/sharedStrings.xml" ? { ...p, size: 2 ** 31 } : p))),
    status: [2],
    line: /1024 MB/,
  },
  {
    name: "10,001 parts",
    make: (f) => writePackage(f, [...workbookParts(), ...Array.from({ length: 10_001 }, (_, i) => ({ name: `junk/${i}.txt`, data: "x", store: true }))]),
    status: [2],
    line: /10,000/,
  },
  { name: "one merged area over the whole grid", make: with_({ sheet: sheetXml(BASE_ROWS, '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>') }), status: [0, 1, 2], out: true },
  { name: "sheet XML cut off in a row", make: with_({ sheet: sheetXml(BASE_ROWS).slice(0, sheetXml(BASE_ROWS).indexOf('<c r="G2"')) }), status: [2], line: /damaged|损坏/, out: true },
  { name: "sheet XML closed early", make: with_({ sheet: sheetXml(BASE_ROWS).replace("</row></sheetData>", "</sheetData>") }), status: [2], line: /damaged|损坏/, out: true },
  {
    name: "a stored entry with a wrong CRC-32",
    make: (f) => writePackage(f, workbookParts().map((p) => (p.name === "xl/worksheets/sheet1.xml" ? { ...p, store: true, crc: 0x12345678 } : p))),
    status: [2],
    line: /damaged|损坏/,
    out: true,
  },
  {
    name: "an entity bomb in a DTD",
    make: with_({ sheet: '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>' + sheetXml(BASE_ROWS).replace(/^<\?xml[^>]*\?>\n?/, "") }),
    status: [2],
    line: /damaged|损坏/,
  },
  { name: "XML nested 300 deep", make: with_({ sheet: sheetXml(BASE_ROWS, "<x>".repeat(300) + "</x>".repeat(300)) }), status: [2], line: /256/ },
  { name: "an undefined entity", make: with_({ sheet: sheetXml(BASE_ROWS.replace("<v>2021</v>", "<v>&bogus;</v>")) }), status: [2], line: /damaged|损坏/ },
  {
    name: "overlapping merges, a shared-string index out of range, a sheet name Excel refuses",
    make: with_({
      sheet: sheetXml(BASE_ROWS + '<row r="3"><c r="A3" t="s"><v>999</v></c></row>', '<mergeCells count="2"><mergeCell ref="A5:C6"/><mergeCell ref="B6:D7"/></mergeCells>'),
      sheetName: "申报/清单:[2021]*?很长很长很长很长很长很长很长很长很长很长的名字",
    }),
    status: [0, 1],
    out: true,
  },
  { name: "a zip that ends early", make: (f) => { writePackage(f, workbookParts()); const b = fs.readFileSync(f); fs.writeFileSync(f, b.subarray(0, b.length - 30)); }, status: [2] },
];
