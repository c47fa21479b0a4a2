/**
 * Writing a file that cannot hurt: never onto an input (same real path, or the same inode: a
 * hard link), through a temporary file created exclusively (`wx`: an existing file or planted
 * symlink makes it fail instead of being followed) under a random name in the target folder,
 * renamed over the target only once complete.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { OutputError } from "./errors";

/** True when `a` and `b` name the same file (path, symlink or hard link). */
export function sameFile(a: string, b: string): boolean {
  const ra = path.resolve(a);
  const rb = path.resolve(b);
  if (ra === rb) return true;
  const real = (p: string): string | null => {
    try {
      return fs.realpathSync(p);
    } catch {
      try {
        return path.join(fs.realpathSync(path.dirname(p)), path.basename(p));
      } catch {
        return null;
      }
    }
  };
  const xa = real(ra);
  const xb = real(rb);
  if (xa !== null && xa === xb) return true;
  try {
    const sa = fs.statSync(ra);
    const sb = fs.statSync(rb);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** Refuses an output that is one of the inputs. */
export function assertNotAnInput(out: string, inputs: readonly string[]): void {
  for (const input of inputs) {
    if (sameFile(input, out)) throw new OutputError("same-as-input", `${out} is the input ${input}; inputs are never written`, out, input);
  }
}

export interface SafeFile {
  fd: number;
  tmp: string;
}

/** Opens a fresh temporary file beside `target` (exclusive create, random name). */
export function openTemp(target: string): SafeFile {
  const dir = path.dirname(path.resolve(target));
  let st: fs.Stats;
  try {
    st = fs.statSync(dir);
  } catch {
    throw new OutputError("unwritable", `cannot write ${target}: folder ${dir} does not exist`, target);
  }
  if (!st.isDirectory()) throw new OutputError("unwritable", `cannot write ${target}: ${dir} is not a folder`, target);
  for (let attempt = 0; attempt < 5; attempt++) {
    const tmp = path.join(dir, `.${path.basename(target)}.${crypto.randomBytes(8).toString("hex")}.tmp`);
    try {
      return { fd: fs.openSync(tmp, "wx", 0o644), tmp };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EEXIST") continue;
      throw new OutputError("unwritable", `cannot write ${target}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, target);
    }
  }
  throw new OutputError("unwritable", `cannot write ${target}: no free temporary name`, target);
}

/** Closes the temporary file and renames it over the target (the rename replaces a symlink, never follows it). */
export function commitTemp(f: SafeFile, target: string): void {
  fs.fsyncSync(f.fd);
  fs.closeSync(f.fd);
  try {
    fs.renameSync(f.tmp, path.resolve(target));
  } catch (e) {
    discardTemp(f);
    const code = (e as NodeJS.ErrnoException).code;
    throw new OutputError(code === "EISDIR" ? "is-folder" : "unwritable", `cannot write ${target}: ${code ?? String(e)}`, target);
  }
}

export function discardTemp(f: SafeFile): void {
  try {
    fs.closeSync(f.fd);
  } catch {
    /* already closed */
  }
  try {
    fs.rmSync(f.tmp, { force: true });
  } catch {
    /* nothing to clean */
  }
}

/** Writes a whole buffer safely (the summary workbook). */
export function writeFileSafely(target: string, data: Buffer, inputs: readonly string[]): void {
  assertNotAnInput(target, inputs);
  const f = openTemp(target);
  try {
    fs.writeSync(f.fd, data);
  } catch (e) {
    discardTemp(f);
    throw new OutputError("unwritable", `cannot write ${target}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, target);
  }
  commitTemp(f, target);
}
