/**
 * Writes the annotated copy's zip: untouched entries are copied as stored (compressed bytes,
 * CRC-32 and sizes from the original's central directory: every untouched part survives byte
 * for byte, and is not inflated again), changed and new parts are deflated as they are
 * produced, each followed by a data descriptor. No ZIP64: a copy past 4 GiB is refused.
 */
import * as fs from "fs";
import * as zlib from "zlib";
import { once } from "events";
import type { Entry } from "yauzl";
import { OutputError } from "./errors";

interface Central {
  name: Buffer;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  csize: number;
  usize: number;
  offset: number;
  external: number;
}

const MAX32 = 0xffffffff;
const UTF8_FLAG = 0x0800;

function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

export class ZipWriter {
  private offset = 0;
  private readonly central: Central[] = [];

  constructor(
    private readonly fd: number,
    private readonly target: string
  ) {}

  private write(b: Buffer): void {
    let done = 0;
    while (done < b.length) done += fs.writeSync(this.fd, b, done, b.length - done);
    this.offset += b.length;
    if (this.offset > MAX32) throw new OutputError("too-large", `cannot write ${this.target}: beyond 4 GiB`, this.target);
  }

  private localHeader(c: Omit<Central, "offset" | "external">, descriptor: boolean): void {
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(c.flags, 6);
    h.writeUInt16LE(c.method, 8);
    h.writeUInt16LE(c.time, 10);
    h.writeUInt16LE(c.date, 12);
    h.writeUInt32LE(descriptor ? 0 : c.crc >>> 0, 14);
    h.writeUInt32LE(descriptor ? 0 : c.csize, 18);
    h.writeUInt32LE(descriptor ? 0 : c.usize, 22);
    h.writeUInt16LE(c.name.length, 26);
    h.writeUInt16LE(0, 28);
    this.write(h);
    this.write(c.name);
  }

  /** Copies an original entry as stored. */
  async copyRaw(entry: Entry, raw: NodeJS.ReadableStream): Promise<void> {
    const c: Central = {
      name: entry.fileNameRaw,
      flags: entry.generalPurposeBitFlag & ~0x0008 & 0xffff,
      method: entry.compressionMethod,
      time: entry.lastModFileTime,
      date: entry.lastModFileDate,
      crc: entry.crc32 >>> 0,
      csize: entry.compressedSize,
      usize: entry.uncompressedSize,
      offset: this.offset,
      external: entry.externalFileAttributes,
    };
    this.localHeader(c, false);
    let n = 0;
    for await (const chunk of raw as AsyncIterable<Buffer>) {
      n += chunk.length;
      this.write(chunk);
    }
    if (n !== c.csize) throw new OutputError("unwritable", `cannot write ${this.target}: an entry changed while it was copied`, this.target);
    this.central.push(c);
  }

  /** Starts a deflated entry; write its text or bytes, then end(). */
  begin(name: string, level: number, original?: Entry): PartSink {
    const { time, date } = original ? { time: original.lastModFileTime, date: original.lastModFileDate } : dosNow();
    const nameBuf = original ? original.fileNameRaw : Buffer.from(name, "utf8");
    const flags = ((original ? original.generalPurposeBitFlag : UTF8_FLAG) & ~0x0001 & 0xffff) | 0x0008;
    const c: Central = { name: nameBuf, flags, method: 8, time, date, crc: 0, csize: 0, usize: 0, offset: this.offset, external: original?.externalFileAttributes ?? 0 };
    this.localHeader(c, true);
    return new PartSink(this, c, level);
  }

  /** @internal */ _raw(b: Buffer): void {
    this.write(b);
  }

  /** @internal */ _finish(c: Central): void {
    const d = Buffer.alloc(16);
    d.writeUInt32LE(0x08074b50, 0);
    d.writeUInt32LE(c.crc >>> 0, 4);
    d.writeUInt32LE(c.csize, 8);
    d.writeUInt32LE(c.usize, 12);
    this.write(d);
    this.central.push(c);
  }

  /** Writes the central directory and the end record. */
  close(): void {
    const start = this.offset;
    for (const c of this.central) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4);
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(c.flags, 8);
      h.writeUInt16LE(c.method, 10);
      h.writeUInt16LE(c.time, 12);
      h.writeUInt16LE(c.date, 14);
      h.writeUInt32LE(c.crc >>> 0, 16);
      h.writeUInt32LE(c.csize, 20);
      h.writeUInt32LE(c.usize, 24);
      h.writeUInt16LE(c.name.length, 28);
      h.writeUInt32LE(c.external >>> 0, 38);
      h.writeUInt32LE(c.offset, 42);
      this.write(h);
      this.write(c.name);
    }
    if (this.central.length > 0xffff) throw new OutputError("too-large", `cannot write ${this.target}: too many entries`, this.target);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.central.length, 8);
    end.writeUInt16LE(this.central.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.write(end);
  }
}

/** One deflated entry being written. */
export class PartSink {
  private readonly deflate: zlib.DeflateRaw;
  private readonly ended: Promise<unknown>;
  private failure: Error | null = null;

  constructor(
    private readonly zip: ZipWriter,
    private readonly c: { crc: number; csize: number; usize: number } & Parameters<ZipWriter["_finish"]>[0],
    level: number
  ) {
    this.deflate = zlib.createDeflateRaw({ level, chunkSize: 256 * 1024 });
    this.deflate.on("data", (d: Buffer) => {
      try {
        this.c.csize += d.length;
        this.zip._raw(d);
      } catch (e) {
        this.failure = e as Error;
        this.deflate.destroy();
      }
    });
    this.ended = once(this.deflate, "end");
  }

  async write(data: string | Buffer): Promise<void> {
    if (this.failure) throw this.failure;
    const b = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    if (b.length === 0) return;
    this.c.crc = zlib.crc32(b, this.c.crc);
    this.c.usize += b.length;
    if (this.c.usize > MAX32) throw new OutputError("too-large", "a part beyond 4 GiB");
    if (!this.deflate.write(b)) await once(this.deflate, "drain");
  }

  async end(): Promise<void> {
    this.deflate.end();
    await this.ended;
    if (this.failure) throw this.failure;
    this.zip._finish(this.c);
  }
}
