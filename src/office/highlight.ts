/**
 * Highlights and their undo. Each flagged cell's previous fill (colour, pattern, tints; "No Fill"
 * included) goes to the state sheet before the cell is touched, so clearing restores it exactly.
 * A new highlight replaces the previous one: cells no longer flagged get their fill back, cells
 * still flagged keep their original saved fill. A fill the user changed since is left alone.
 */
import { SEVERITY_RGB } from "../report/colors";
import type { Finding, Severity } from "../core/findings";
import { severityRank } from "../core/findings";
import type { Lang } from "../core/settings";
import { severityLabel } from "../core/i18n/messages";
import { WriteBatcher, opBytes } from "./batcher";
import { assertUnprotected, probeProtection } from "./protection";
import type { SavedCell, SavedFill, StateData } from "./state-sheet";
import { MAX_HIGHLIGHT_CELLS, ensureStateSheet, loadState, parseState, probeState, writeState } from "./state-sheet";
import { strings } from "./strings";

/** Light fills readable under black text; the same as the annotated copy (src/xlsx/fills.ts). */
export const SEVERITY_COLOR: Record<Severity, string> = {
  error: "#" + SEVERITY_RGB.error,
  warning: "#" + SEVERITY_RGB.warning,
  info: "#" + SEVERITY_RGB.info,
};

const FILL_PROPS = "color,pattern,patternColor,tintAndShade,patternTintAndShade";

interface Mark {
  sheet: string;
  cell: string;
  severity: Severity;
  lines: string[];
}

export interface HighlightOptions {
  notes: boolean;
  lang: Lang;
  supportsNotes: boolean;
}

/** One mark per cell, at the most severe finding's colour; most severe cells first, capped. */
export function marksOf(findings: readonly Finding[], lang: Lang): Mark[] {
  const byCell = new Map<string, Mark>();
  for (const f of findings) {
    const key = `${f.sheet}\u0000${f.cell.toUpperCase()}`;
    const line = `${severityLabel(f.severity, lang)}: ${f.message}`;
    const m = byCell.get(key);
    if (!m) byCell.set(key, { sheet: f.sheet, cell: f.cell.toUpperCase(), severity: f.severity, lines: [line] });
    else {
      if (severityRank(f.severity) < severityRank(m.severity)) m.severity = f.severity;
      if (!m.lines.includes(line)) m.lines.push(line);
    }
  }
  return [...byCell.values()].sort((a, b) => severityRank(a.severity) - severityRank(b.severity)).slice(0, MAX_HIGHLIGHT_CELLS);
}

function isNoFill(f: Excel.RangeFill): boolean {
  // Excel reports "No Fill" as colour #FFFFFF; pattern "None", or on some builds null with
  // tintAndShade null (a real white fill has a number there).
  return f.pattern === "None" || (String(f.color).toUpperCase() === "#FFFFFF" && f.tintAndShade === null);
}

function isGradient(f: Excel.RangeFill): boolean {
  return f.pattern === "LinearGradient" || f.pattern === "RectangularGradient";
}

function saveFill(f: Excel.RangeFill): SavedFill {
  if (isNoFill(f)) return { none: true };
  return {
    none: false,
    color: f.color,
    pattern: f.pattern ?? null,
    patternColor: f.patternColor ?? null,
    tintAndShade: f.tintAndShade ?? null,
    patternTintAndShade: f.patternTintAndShade ?? null,
  };
}

/** Still the fill the add-in applied? Otherwise the user re-coloured the cell: leave it. */
function stillOurs(f: Excel.RangeFill, applied: string): boolean {
  return String(f.color).toUpperCase() === applied.toUpperCase() && (f.pattern === "Solid" || f.pattern === null);
}

function restoreFill(fill: Excel.RangeFill, saved: SavedFill): void {
  if (saved.none) {
    fill.clear();
    return;
  }
  fill.color = saved.color;
  if (saved.pattern) fill.pattern = saved.pattern as Excel.FillPattern;
  if (saved.patternColor && saved.pattern && saved.pattern !== "Solid" && saved.pattern !== "None") fill.patternColor = saved.patternColor;
  if (saved.tintAndShade !== null) fill.tintAndShade = saved.tintAndShade;
  if (saved.patternTintAndShade !== null && saved.pattern && saved.pattern !== "Solid") fill.patternTintAndShade = saved.patternTintAndShade;
}

interface Restore {
  rec: SavedCell;
  ws: Excel.Worksheet;
  fill: Excel.RangeFill;
  note: Excel.Note | null;
}

/** Queues the loads needed to put recorded cells back (their current fill and our note). */
function queueRestores(recs: SavedCell[], byId: Map<string, Excel.Worksheet>, notesOk: boolean): Restore[] {
  const out: Restore[] = [];
  for (const rec of recs) {
    const ws = byId.get(rec.sheetId);
    if (!ws) continue; // the sheet is gone: nothing to restore
    const fill = ws.getRange(rec.cell).format.fill;
    fill.load(FILL_PROPS);
    let note: Excel.Note | null = null;
    if (notesOk && rec.note) {
      note = ws.notes.getItemOrNullObject(rec.cell);
      note.load("content");
    }
    out.push({ rec, ws, fill, note });
  }
  return out;
}

async function applyRestores(restores: Restore[], batch: WriteBatcher): Promise<void> {
  for (const r of restores) {
    await batch.reserve(opBytes(r.rec));
    if (stillOurs(r.fill, r.rec.applied)) restoreFill(r.ws.getRange(r.rec.cell).format.fill, r.rec.fill);
    // Delete only a note still holding our text: an edited note is the user's now.
    if (r.note && !r.note.isNullObject && r.note.content === r.rec.note) r.note.delete();
  }
}

export async function highlight(context: Excel.RequestContext, findings: readonly Finding[], opts: HighlightOptions): Promise<void> {
  const marks = marksOf(findings, opts.lang);
  // Sync 1: sheets, the state sheet, protection of every sheet.
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  const probe = probeState(context);
  await context.sync();
  const byName = new Map(sheets.items.map((s) => [s.name, s]));
  const byId = new Map(sheets.items.map((s) => [s.id, s]));
  const stateRange = loadState(probe);
  const targets = [...new Set(marks.map((m) => m.sheet))].flatMap((n) => (byName.has(n) ? [byName.get(n)!] : []));
  const prot = probeProtection(context, sheets.items);
  // Sync 2: the state, protections, current fills (and notes) of the cells to mark.
  const live = marks.filter((m) => byName.has(m.sheet));
  const current = live.map((m) => {
    const ws = byName.get(m.sheet)!;
    const fill = ws.getRange(m.cell).format.fill;
    fill.load(FILL_PROPS);
    let note: Excel.Note | null = null;
    if (opts.notes && opts.supportsNotes) {
      note = ws.notes.getItemOrNullObject(m.cell);
      note.load("content");
    }
    return { m, ws, fill, note };
  });
  await context.sync();
  const state = parseState(stateRange);
  if (live.length === 0 && state.cells.length === 0) return; // nothing to mark, nothing to undo
  const touched = new Set([...targets.map((t) => t.id), ...state.cells.map((c) => c.sheetId)]);
  assertUnprotected({ ...prot, sheets: prot.sheets.filter((s) => touched.has(s.id)) }, opts.lang, probe.isNullObject && live.length > 0);

  const key = (id: string, cell: string) => `${id}\u0000${cell}`;
  const markKeys = new Set(current.map((c) => key(c.ws.id, c.m.cell)));
  const previous = new Map(state.cells.map((c) => [key(c.sheetId, c.cell), c]));
  const gone = state.cells.filter((c) => !markKeys.has(key(c.sheetId, c.cell)));
  // Sync 3 (only when an earlier highlight has cells no longer flagged): their current state.
  const restores = queueRestores(gone, byId, opts.supportsNotes);
  if (restores.length) await context.sync();

  const next: StateData = { cells: [], meta: state.meta, usedRows: state.usedRows };
  const apply: { c: (typeof current)[number]; rec: SavedCell; noteAction: "add" | "update" | "none" }[] = [];
  for (const c of current) {
    if (isGradient(c.fill)) continue; // a gradient cannot be set back through the API: leave the cell as it is
    const before = previous.get(key(c.ws.id, c.m.cell));
    const color = SEVERITY_COLOR[c.m.severity];
    const fill = before && stillOurs(c.fill, before.applied) ? before.fill : saveFill(c.fill);
    let note = "";
    let noteAction: "add" | "update" | "none" = "none";
    if (c.note) {
      const text = `${strings(opts.lang).noteHeader}\n${c.m.lines.join("\n")}`;
      const ours = before && before.note !== "" && !c.note.isNullObject && c.note.content === before.note;
      if (c.note.isNullObject) noteAction = "add";
      else if (ours) noteAction = "update";
      if (noteAction !== "none") note = text;
    } else if (before?.note) note = before.note; // notes not refreshed this time: keep tracking ours
    const rec: SavedCell = { sheetId: c.ws.id, sheetName: c.m.sheet, cell: c.m.cell, fill, applied: color, note };
    next.cells.push(rec);
    apply.push({ c, rec, noteAction });
  }

  // Writes: the state first (so an interrupted run can still be undone), then fills and notes.
  const batch = new WriteBatcher(context);
  const stateWs = ensureStateSheet(context, probe);
  await writeState(stateWs, next, batch);
  await applyRestores(restores, batch);
  for (const { c, rec, noteAction } of apply) {
    await batch.reserve(opBytes(rec) + (noteAction === "none" ? 0 : opBytes(rec.note)));
    const fill = c.ws.getRange(c.m.cell).format.fill;
    fill.color = rec.applied;
    fill.pattern = "Solid";
    if (noteAction === "add") c.ws.notes.add(c.m.cell, rec.note);
    if (noteAction === "update") c.note!.content = rec.note;
  }
  await batch.flush();
}

export async function clearHighlights(context: Excel.RequestContext, lang: Lang, supportsNotes: boolean): Promise<void> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  const probe = probeState(context);
  await context.sync();
  if (probe.isNullObject) return; // nothing was ever highlighted
  const stateRange = loadState(probe);
  const prot = probeProtection(context, sheets.items);
  await context.sync();
  const state = parseState(stateRange);
  if (state.cells.length === 0) return;
  const ids = new Set(state.cells.map((c) => c.sheetId));
  assertUnprotected({ ...prot, sheets: prot.sheets.filter((s) => ids.has(s.id)) }, lang, false);
  const byId = new Map(sheets.items.map((s) => [s.id, s]));
  const restores = queueRestores(state.cells, byId, supportsNotes);
  await context.sync();
  const batch = new WriteBatcher(context);
  await applyRestores(restores, batch);
  await writeState(probe, { cells: [], meta: state.meta, usedRows: state.usedRows }, batch);
  await batch.flush();
}
