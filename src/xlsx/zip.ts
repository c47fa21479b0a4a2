/**
 * A minimal zip reader over Node's zlib: the central directory, then each entry inflated as a
 * stream and decoded with a StringDecoder. (ExcelJS's streaming reader decodes every chunk on
 * its own and splits a Chinese character that straddles two chunks; its readFile is slow.)
 */
import * as zlib from "zlib";
import { StringDecoder } from "string_decoder";

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export class ZipFormatError extends Error {
  constructor(
    message: string,
    readonly encrypted = false
  ) {
    super(message);
    this.name = "ZipFormatError";
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();

  constructor(private readonly buf: Buffer) {
    const end = findEocd(buf);
    const count = buf.readUInt16LE(end + 10);
    const cdOffset = buf.readUInt32LE(end + 16);
    if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipFormatError("zip64 archives are not supported");
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError("damaged central directory");
      const flags = buf.readUInt16LE(p + 8);
      const nameLen = buf.readUInt16LE(p + 28);
      const extraLen = buf.readUInt16LE(p + 30);
      const commentLen = buf.readUInt16LE(p + 32);
      const name = buf.toString("utf8", p + 46, p + 46 + nameLen).replace(/^\/+/, "");
      this.entries.set(name, {
        name,
        method: buf.readUInt16LE(p + 10),
        encrypted: (flags & 1) === 1,
        compressedSize: buf.readUInt32LE(p + 20),
        size: buf.readUInt32LE(p + 24),
        localOffset: buf.readUInt32LE(p + 42),
      });
      p += 46 + nameLen + extraLen + commentLen;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  private data(name: string): { entry: ZipEntry; data: Buffer } {
    const entry = this.entries.get(name);
    if (!entry) throw new ZipFormatError(`missing part ${name}`);
    if (entry.encrypted) throw new ZipFormatError(`part ${name} is encrypted`, true);
    const p = entry.localOffset;
    if (p + 30 > this.buf.length || this.buf.readUInt32LE(p) !== LOCAL) throw new ZipFormatError(`damaged entry ${name}`);
    const start = p + 30 + this.buf.readUInt16LE(p + 26) + this.buf.readUInt16LE(p + 28);
    const stop = start + entry.compressedSize;
    if (stop > this.buf.length) throw new ZipFormatError(`truncated entry ${name}`);
    return { entry, data: this.buf.subarray(start, stop) };
  }

  /** The whole entry as text (small parts: workbook, rels, styles). */
  text(name: string): string {
    const { entry, data } = this.data(name);
    if (entry.method === 0) return data.toString("utf8");
    if (entry.method === 8) return zlib.inflateRawSync(data).toString("utf8");
    throw new ZipFormatError(`unsupported compression method ${entry.method} in ${name}`);
  }

  /** The entry as a stream of correctly decoded text chunks (worksheets can be large). */
  async *textChunks(name: string): AsyncGenerator<string> {
    const { entry, data } = this.data(name);
    const decoder = new StringDecoder("utf8");
    if (entry.method === 0) {
      for (let i = 0; i < data.length; i += 1 << 16) yield decoder.write(data.subarray(i, i + (1 << 16)));
    } else if (entry.method === 8) {
      const inflater = zlib.createInflateRaw({ chunkSize: 1 << 16 });
      inflater.end(data);
      for await (const chunk of inflater) yield decoder.write(chunk as Buffer);
    } else {
      throw new ZipFormatError(`unsupported compression method ${entry.method} in ${name}`);
    }
    const rest = decoder.end();
    if (rest) yield rest;
  }
}

function findEocd(buf: Buffer): number {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === EOCD) return i;
  }
  throw new ZipFormatError("no zip end-of-central-directory record (truncated or not a zip)");
}
