/**
 * writeAnnotatedCopy (--out): a copy of the input with flagged cells filled, a note per flagged
 * cell and a report sheet. The input file is never opened for writing; no existing cell value or
 * formula is touched (only fills, notes and the new sheet). The copy is written to a temporary
 * file beside the target and renamed, so a failure never leaves half a workbook behind.
 */
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import type { AuditResult } from "../core/api";
import type { Finding, Severity } from "../core/findings";
import { severityRank } from "../core/findings";
import { parseA1 } from "../core/grid";
import type { Lang } from "../core/settings";
import { ruleTitle, severityLabel } from "../core/i18n/messages";
import { OutputError, WorkbookError } from "./errors";
import { requireZip, sniffFile } from "./sniff";
import { SEVERITY_FILL } from "./fills";
import { addReportSheet } from "./reportSheet";

export interface AnnotateResult {
  /** Name of the report sheet added. */
  reportSheet: string;
  /** Cells filled. */
  flaggedCells: number;
}

/** True when `out` names the same file as `input` (same path, a symlink to it, or a hard link). */
export function sameFile(input: string, out: string): boolean {
  const a = path.resolve(input);
  const b = path.resolve(out);
  if (a === b) return true;
  let realIn: string;
  try {
    realIn = fs.realpathSync(a);
  } catch {
    return false;
  }
  let realOut: string;
  try {
    realOut = fs.realpathSync(b);
  } catch {
    // The target does not exist yet: compare through its (existing) folder.
    try {
      realOut = path.join(fs.realpathSync(path.dirname(b)), path.basename(b));
    } catch {
      return false;
    }
  }
  if (realIn === realOut) return true;
  try {
    const si = fs.statSync(realIn);
    const so = fs.statSync(realOut);
    return si.dev === so.dev && si.ino === so.ino;
  } catch {
    return false;
  }
}

export async function writeAnnotatedCopy(
  inputPath: string,
  outPath: string,
  result: AuditResult,
  lang: Lang
): Promise<AnnotateResult> {
  if (sameFile(inputPath, outPath)) {
    throw new OutputError("same-as-input", `--out ${outPath} is the input file itself; the input is never written, name another file`, outPath);
  }
  requireZip(inputPath, sniffFile(inputPath));
  const outDir = path.dirname(path.resolve(outPath));
  if (!fs.existsSync(outDir) || !fs.statSync(outDir).isDirectory()) {
    throw new OutputError("unwritable", `cannot write ${outPath}: folder ${outDir} does not exist`, outPath);
  }

  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(inputPath);
  } catch (e) {
    throw new WorkbookError("unreadable", `${inputPath} could not be read as an .xlsx workbook (${firstLine(e)})`, inputPath, "damaged");
  }
  if (wb.worksheets.length === 0) {
    // ExcelJS reads any zip without complaint; a workbook has at least one worksheet.
    throw new WorkbookError("not-a-workbook", `${inputPath} is a zip file but not an Excel workbook (.xlsx)`, inputPath, "zip-not-xlsx");
  }

  const flaggedCells = markCells(wb, result.findings, lang);
  const sheetNames = new Set(wb.worksheets.map((w) => w.name));
  const reportSheet = addReportSheet(wb, result, lang, path.basename(inputPath), (s) => sheetNames.has(s));

  const tmp = path.join(outDir, `.${path.basename(outPath)}.${process.pid}.tmp`);
  try {
    await wb.xlsx.writeFile(tmp);
    fs.renameSync(tmp, path.resolve(outPath));
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      /* nothing to clean */
    }
    throw new OutputError("unwritable", `cannot write ${outPath}: ${firstLine(e)}`, outPath);
  }
  return { reportSheet, flaggedCells };
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split(/\r?\n/)[0].slice(0, 200);
}

/** Fills each flagged cell by its most serious finding and adds one note listing them all. */
function markCells(wb: ExcelJS.Workbook, findings: readonly Finding[], lang: Lang): number {
  const byCell = new Map<string, { ws: ExcelJS.Worksheet; row: number; col: number; list: Finding[] }>();
  for (const f of findings) {
    const ws = wb.getWorksheet(f.sheet);
    const pos = parseA1(f.cell);
    if (!ws || !pos) continue; // still listed on the report sheet
    let { row, col } = pos;
    // Inside a merged area, mark its top-left cell: that is what Excel shows.
    const master = ws.getCell(row + 1, col + 1).master;
    if (master) {
      row = Number(master.row) - 1;
      col = Number(master.col) - 1;
    }
    const key = `${f.sheet}\u0000${row}\u0000${col}`;
    const entry = byCell.get(key);
    if (entry) entry.list.push(f);
    else byCell.set(key, { ws, row, col, list: [f] });
  }
  for (const { ws, row, col, list } of byCell.values()) markCell(ws.getCell(row + 1, col + 1), list, lang);
  return byCell.size;
}

function markCell(target: ExcelJS.Cell, list: readonly Finding[], lang: Lang): void {
  const worst = list.reduce<Severity>((s, f) => (severityRank(f.severity) < severityRank(s) ? f.severity : s), "info");
  // Style objects are shared between cells with the same style id: copy, never mutate.
  target.style = { ...target.style, fill: SEVERITY_FILL[worst] };
  const text = list.map((f) => `[${severityLabel(f.severity, lang)}] ${ruleTitle(f.rule, lang)}: ${f.message}`).join("\n");
  target.note = { texts: [{ text: withExistingNote(target.note, text) }] } as ExcelJS.Comment;
}

/** Keeps a note the user wrote, adding the findings below it. */
function withExistingNote(existing: ExcelJS.Cell["note"], ours: string): string {
  if (!existing) return ours;
  const old =
    typeof existing === "string" ? existing : (existing.texts ?? []).map((t) => ("text" in t ? t.text : "")).join("");
  return old.trim() === "" ? ours : `${old}\n——\n${ours}`;
}
