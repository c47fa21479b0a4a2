/**
 * The workbooks of one call: files as given, folders walked (sorted, recursively) for .xlsx and
 * .xlsm, each workbook once (by real path) in the order given. Hidden files and Excel's lock
 * files (~$name.xlsx) are left out of folders; a file named on the line is always checked.
 */
import * as fs from "fs";
import * as path from "path";

export interface InputFile {
  /** The path to open. */
  path: string;
  /** How reports name it: the base name for one file, the path as given or walked for several. */
  label: string;
}

const WORKBOOK = /\.(xlsx|xlsm)$/i;

export function expandInputs(args: readonly string[]): InputFile[] {
  const out: string[] = [];
  for (const a of args) {
    let st: fs.Stats | null = null;
    try {
      st = fs.statSync(a);
    } catch {
      st = null;
    }
    if (st?.isDirectory()) walk(a, out, 0);
    else out.push(a); // missing or odd files are reported by the reader, one entry each
  }
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const p of out) {
    let key = path.resolve(p);
    try {
      key = fs.realpathSync(p);
    } catch {
      /* a missing file keeps its resolved path */
    }
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(p);
  }
  const several = unique.length > 1 || args.some((a) => isDir(a));
  return unique.map((p) => ({ path: p, label: several ? p.split(path.sep).join("/") : path.basename(p) }));
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function walk(dir: string, out: string[], depth: number): void {
  if (depth > 32) return;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name.startsWith("~$")) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out, depth + 1);
    else if ((e.isFile() || e.isSymbolicLink()) && WORKBOOK.test(e.name)) out.push(p);
  }
}
