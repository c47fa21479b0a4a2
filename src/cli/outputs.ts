/**
 * Where the annotated copies go. `--out FILE` with one workbook writes FILE; `--out FOLDER`
 * (an existing folder, or a path ending in a slash) writes `<name>.annotated.xlsx` (`.xlsm` for a
 * macro-enabled workbook) inside it for
 * each workbook; several workbooks need a folder. A folder path that does not exist is refused,
 * never turned into a file of that name. No output may be an input (workbooks, catalog).
 */
import * as fs from "fs";
import * as path from "path";
import { OutputError } from "../xlsx/errors";
import { assertNotAnInput } from "../xlsx/safeWrite";

export function isFolderPath(p: string): boolean {
  if (/[\\/]$/.test(p)) return true;
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** One output path per input (same order). Throws OutputError. */
export function planOutputs(out: string, inputs: readonly string[], allInputs: readonly string[]): string[] {
  const folder = isFolderPath(out);
  if (folder) {
    let ok = false;
    try {
      ok = fs.statSync(out).isDirectory();
    } catch {
      ok = false;
    }
    if (!ok) throw new OutputError("unwritable", `cannot write into ${out}: the folder does not exist`, out);
  } else if (inputs.length > 1) {
    throw new OutputError("is-folder", `--out ${out} must be a folder when several workbooks are checked`, out);
  }
  const used = new Set<string>();
  const plan = inputs.map((input) => {
    if (!folder) return out;
    // A macro-enabled workbook keeps its extension: Excel refuses macros in a file named .xlsx.
    const ext = /\.xlsm$/i.test(input) ? ".xlsm" : ".xlsx";
    const stem = path.basename(input).replace(/\.(xlsx|xlsm)$/i, "");
    let name = `${stem}.annotated${ext}`;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${stem} (${k}).annotated${ext}`;
    used.add(name.toLowerCase());
    return path.join(out, name);
  });
  for (const p of plan) assertNotAnInput(p, allInputs);
  return plan;
}
