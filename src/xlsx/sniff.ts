/**
 * What kind of file this is, from its first bytes, before any parser sees it: parsers give
 * confusing errors (or none) for a text file, an encrypted workbook or an old .xls.
 */
import * as fs from "fs";
import { WorkbookError } from "./errors";

/** OLE compound file (CFB): encrypted .xlsx, or a legacy .xls/.doc. */
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Zip local file header: every .xlsx starts with it. */
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** An empty zip (end of central directory only). */
const EMPTY_ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

export type FileKind = "zip" | "encrypted" | "legacy-xls" | "other";

/** Checks the path exists and is a readable file, and classifies it. Throws WorkbookError. */
export function sniffFile(path: string): FileKind {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new WorkbookError("missing", `file not found: ${path}`, path);
    throw new WorkbookError("unreadable", `cannot read ${path}: ${code ?? String(e)}`, path, "io");
  }
  if (stat.isDirectory()) throw new WorkbookError("unreadable", `${path} is a folder, not a workbook file`, path, "folder");
  if (stat.size === 0) throw new WorkbookError("not-a-workbook", `${path} is empty, not an Excel workbook`, path, "empty");

  let head: Buffer;
  try {
    head = readHead(path, 8);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new WorkbookError("unreadable", `cannot read ${path}: ${code ?? String(e)}`, path, "io");
  }
  if (head.subarray(0, 4).equals(ZIP_MAGIC)) return "zip";
  if (head.subarray(0, 4).equals(EMPTY_ZIP_MAGIC)) return "other";
  if (head.equals(CFB_MAGIC)) {
    // An encrypted .xlsx is a CFB holding an "EncryptedPackage" stream (names are UTF-16LE).
    const whole = fs.readFileSync(path);
    return whole.includes(Buffer.from("EncryptedPackage", "utf16le")) || whole.includes(Buffer.from("EncryptionInfo", "utf16le"))
      ? "encrypted"
      : "legacy-xls";
  }
  return "other";
}

function readHead(path: string, n: number): Buffer {
  const fd = fs.openSync(path, "r");
  try {
    const buf = Buffer.alloc(n);
    const got = fs.readSync(fd, buf, 0, n, 0);
    return buf.subarray(0, got);
  } finally {
    fs.closeSync(fd);
  }
}

/** Throws the WorkbookError for anything that is not a zip. */
export function requireZip(path: string, kind: FileKind): void {
  if (kind === "zip") return;
  if (kind === "encrypted") {
    throw new WorkbookError("encrypted", `${path} is password-protected (encrypted); save an unprotected copy and check that`, path);
  }
  if (kind === "legacy-xls") {
    throw new WorkbookError("not-a-workbook", `${path} is an Excel 97-2003 (.xls) or other OLE file; save it as .xlsx first`, path, "legacy-xls");
  }
  throw new WorkbookError("not-a-workbook", `${path} is not an Excel workbook (.xlsx)`, path);
}
