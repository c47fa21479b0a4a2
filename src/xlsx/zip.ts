/**
 * The package (the .xlsx zip) read with yauzl: the central directory first, every limit on
 * entry count and declared sizes checked before a byte is inflated, then parts streamed one at
 * a time through Node's zlib with the CRC-32 of every entry checked and the inflated size held
 * to the declared one. A file up to 256 MB is read into memory whole (one read; its small parts
 * inflate in one call); a larger one is read by position, its parts streamed.
 */
import * as fs from "fs";
import * as zlib from "zlib";
import { Readable } from "stream";
import * as yauzl from "yauzl";
import { DamagedError, LIMITS, LimitError } from "./limits";

/** The zip could not be opened; `encrypted` when its entries are password-protected. */
export class PackageError extends Error {
  constructor(
    message: string,
    readonly encrypted = false
  ) {
    super(message);
    this.name = "PackageError";
  }
}

export interface ZipEntryInfo {
  name: string;
  entry: yauzl.Entry;
}

const INFLATE_CHUNK = 1024 * 1024;
/** Files up to this size are read into memory whole (one read, parts inflated in one call). */
const IN_MEMORY_FILE = 256 * 1024 * 1024;
/** Parts up to this size are inflated in one call; larger ones stream. */
const WHOLE_PART = 16 * 1024 * 1024;

export class ZipPackage {
  /** Parts by name (leading slashes dropped), in the order of the central directory. */
  readonly entries = new Map<string, yauzl.Entry>();
  private readonly checked = new Set<string>();

  private constructor(
    private readonly zip: yauzl.ZipFile,
    /** The whole file, when it is small enough to hold (else parts are read by position). */
    private readonly data: Buffer | null
  ) {}

  static async open(path: string): Promise<ZipPackage> {
    const options = { lazyEntries: true, autoClose: false, validateEntrySizes: false, strictFileNames: false };
    let data: Buffer | null = null;
    try {
      if (fs.statSync(path).size <= IN_MEMORY_FILE) data = fs.readFileSync(path);
    } catch (e) {
      throw new PackageError(e instanceof Error ? e.message : String(e));
    }
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
      const done = (err: Error | null, z: yauzl.ZipFile) => (err ? reject(new PackageError(err.message)) : resolve(z));
      if (data) yauzl.fromBuffer(data, options, done);
      else yauzl.open(path, options, done);
    });
    const pkg = new ZipPackage(zip, data);
    try {
      if (zip.entryCount > LIMITS.maxParts) throw new LimitError("parts", LIMITS.maxParts);
      await pkg.readDirectory();
    } catch (e) {
      pkg.close();
      throw e;
    }
    return pkg;
  }

  private readDirectory(): Promise<void> {
    let total = 0;
    return new Promise<void>((resolve, reject) => {
      const zip = this.zip;
      zip.on("error", (e: Error) => reject(e instanceof LimitError ? e : new PackageError(e.message)));
      zip.on("end", () => resolve());
      zip.on("entry", (entry: yauzl.Entry) => {
        try {
          if (entry.isEncrypted()) throw new PackageError("encrypted entries", true);
          const name = entry.fileName.replace(/^\/+/, "");
          if (!name.endsWith("/")) {
            if (this.entries.has(name)) throw new DamagedError(`two entries named ${name}`);
            if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
              throw new DamagedError(`unsupported compression method ${entry.compressionMethod} for ${name}`);
            }
            const size = entry.uncompressedSize;
            if (size > LIMITS.maxPartBytes) throw new LimitError("part-bytes", LIMITS.maxPartBytes, name);
            total += size;
            if (total > LIMITS.maxTotalBytes) throw new LimitError("total-bytes", LIMITS.maxTotalBytes);
            if (entry.compressionMethod === 0 && entry.compressedSize !== size) throw new DamagedError(`stored entry ${name} with two sizes`);
            if (size > LIMITS.ratioFloorBytes && size > LIMITS.maxRatio * Math.max(1, entry.compressedSize)) {
              throw new LimitError("ratio", LIMITS.maxRatio, name);
            }
            this.entries.set(name, entry);
          }
          zip.readEntry();
        } catch (e) {
          reject(e);
        }
      });
      zip.readEntry();
    });
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  close(): void {
    try {
      this.zip.close();
    } catch {
      /* already closed */
    }
  }

  /** The stored bytes of an entry, from the file in memory. */
  private stored(entry: yauzl.Entry): Buffer {
    const data = this.data as Buffer;
    const at = entry.relativeOffsetOfLocalHeader;
    if (at + 30 > data.length || data.readUInt32LE(at) !== 0x04034b50) throw new DamagedError(`${entry.fileName}: no local header`);
    const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
    const end = start + entry.compressedSize;
    if (end > data.length) throw new DamagedError(`${entry.fileName}: cut off`);
    return data.subarray(start, end);
  }

  /** The compressed bytes of an entry as stored (for copying it unchanged). */
  rawStream(name: string): Promise<Readable> {
    const entry = this.entries.get(name);
    if (!entry) throw new DamagedError(`missing part ${name}`);
    if (this.data) return Promise.resolve(Readable.from([this.stored(entry)]));
    return new Promise((resolve, reject) =>
      this.zip.openReadStream(entry, { decodeFileData: false }, (err, s) => (err ? reject(new DamagedError(err.message)) : resolve(s)))
    );
  }

  /**
   * The inflated bytes of a part, chunk by chunk; its CRC-32 and size are checked when it ends
   * (a mismatch throws DamagedError after the last chunk, so a caller's result is never used).
   */
  async *bytes(name: string): AsyncGenerator<Buffer> {
    const entry = this.entries.get(name);
    if (!entry) throw new DamagedError(`missing part ${name}`);
    if (this.data && entry.uncompressedSize <= WHOLE_PART) {
      // Small part of a file in memory: inflated in one call, never past its declared size.
      const stored = this.stored(entry);
      let whole: Buffer;
      try {
        whole = entry.compressionMethod === 8 ? zlib.inflateRawSync(stored, { maxOutputLength: Math.max(1, entry.uncompressedSize) }) : stored;
      } catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        throw new DamagedError(/maxOutputLength|buffer length/i.test(msg) ? `${name} inflates beyond its declared size` : `${name}: ${msg}`);
      }
      if (whole.length !== entry.uncompressedSize) throw new DamagedError(`${name} is not its declared size`);
      if ((zlib.crc32(whole) >>> 0) !== (entry.crc32 >>> 0)) throw new DamagedError(`${name}: CRC-32 mismatch`);
      this.checked.add(name);
      if (whole.length) yield whole;
      return;
    }
    const raw = await this.rawStream(name);
    const source: AsyncIterable<Buffer> =
      entry.compressionMethod === 8 ? raw.pipe(zlib.createInflateRaw({ chunkSize: INFLATE_CHUNK })) : raw;
    if (entry.compressionMethod === 8) raw.on("error", (e) => (source as unknown as Readable).destroy(e));
    let crc = 0;
    let size = 0;
    try {
      for await (const chunk of source) {
        size += chunk.length;
        if (size > entry.uncompressedSize) throw new DamagedError(`${name} inflates beyond its declared size`);
        crc = zlib.crc32(chunk, crc);
        yield chunk;
      }
    } catch (e) {
      (source as unknown as Readable).destroy?.();
      raw.destroy();
      if (e instanceof DamagedError || e instanceof LimitError) throw e;
      throw new DamagedError(`${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (size !== entry.uncompressedSize) throw new DamagedError(`${name} is shorter than its declared size`);
    if ((crc >>> 0) !== (entry.crc32 >>> 0)) throw new DamagedError(`${name}: CRC-32 mismatch`);
    this.checked.add(name);
  }

  /** A whole (small) part as a Buffer, checked. */
  async buffer(name: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const c of this.bytes(name)) chunks.push(c);
    return Buffer.concat(chunks);
  }

  /** Inflates every part not read yet, only to check its CRC-32 and size. */
  async verifyRest(): Promise<void> {
    for (const name of this.entries.keys()) {
      if (this.checked.has(name)) continue;
      for await (const chunk of this.bytes(name)) void chunk;
    }
  }
}
