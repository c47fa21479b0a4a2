/**
 * Highlights and their undo. Each flagged cell's previous fill (colour, pattern, tints; "No Fill"
 * included) goes to the state sheet before the cell is touched, so clearing restores it exactly.
 * A new highlight replaces the previous one: cells no longer flagged get their fill back, cells
 * still flagged keep their original saved fill. A fill the user changed since is left alone.
 *
 * At scale: current fills are read per column run with Range.getCellProperties (one operation
 * per run), fills are written per colour with Worksheet.getRanges over address lists (one
 * operation per 8,000 characters of addresses), notes one per cell; requests are sized with the
 * measured costs of ops.ts and split when Excel refuses one (batcher.ts).
 */
import { SEVERITY_RGB } from "../report/colors";
import type { Finding, Severity } from "../core/findings";
import { severityRank } from "../core/findings";
import { a1, parseA1 } from "../core/grid";
import type { Lang } from "../core/settings";
import { severityLabel } from "../core/i18n/messages";
import { addressLists, columnRuns, localA1 } from "./address";
import { RequestBatcher } from "./batcher";
import { CELL_FILL_LOAD, CELL_FILL_RESPONSE_BYTES, type FillProps, opCost, ops } from "./ops";
import { SheetIndex, loadSheets } from "./sheets";
import type { SavedCell, SavedFill, StateData } from "./state-sheet";
import {
  MAX_HIGHLIGHT_CELLS,
  StateTarget,
  encodeFill,
  finishStateRead,
  isOurNote,
  noteHash,
  probeState,
  queueStateRead,
  recordCells,
  writeState,
} from "./state-sheet";
import { strings } from "./strings";

/** Light fills readable under black text; the same as the annotated copy (src/xlsx/fills.ts). */
export const SEVERITY_COLOR: Record<Severity, string> = {
  error: "#" + SEVERITY_RGB.error,
  warning: "#" + SEVERITY_RGB.warning,
  info: "#" + SEVERITY_RGB.info,
};

interface Mark {
  sheet: string;
  cell: string;
  row: number;
  col: number;
  severity: Severity;
  lines: string[];
}

export interface HighlightOptions {
  notes: boolean;
  lang: Lang;
  /** The host has the notes API (ExcelApi 1.18, checked with isSetSupported). */
  supportsNotes: boolean;
}

/** Cells of a recorded sheet that can no longer be found (neither its id nor its name). */
export interface LostCells {
  sheet: string;
  cells: number;
}

export interface HighlightOutcome {
  /** Cells filled. */
  cells: number;
  /** Notes written, not asked for, or asked for on a host without the notes API. */
  notes: "added" | "off" | "unsupported";
  lost: LostCells[];
}

export interface ClearOutcome {
  /** Cells whose fill was put back. */
  restored: number;
  lost: LostCells[];
}

/** One mark per cell, at the most severe finding's colour; most severe cells first, capped. */
export function marksOf(findings: readonly Finding[], lang: Lang): Mark[] {
  const byCell = new Map<string, Mark>();
  for (const f of findings) {
    const cell = f.cell.toUpperCase();
    const p = parseA1(cell);
    if (!p) continue;
    const key = `${f.sheet}\u0000${cell}`;
    const line = `${severityLabel(f.severity, lang)}: ${f.message}`;
    const m = byCell.get(key);
    if (!m) byCell.set(key, { sheet: f.sheet, cell, row: p.row, col: p.col, severity: f.severity, lines: [line] });
    else {
      if (severityRank(f.severity) < severityRank(m.severity)) m.severity = f.severity;
      if (!m.lines.includes(line)) m.lines.push(line);
    }
  }
  return [...byCell.values()].sort((a, b) => severityRank(a.severity) - severityRank(b.severity)).slice(0, MAX_HIGHLIGHT_CELLS);
}

type CellFill = Partial<FillProps> & { color?: string | null };

function isNoFill(f: CellFill): boolean {
  // Excel reports "No Fill" as colour #FFFFFF; pattern "None", or on some builds null with
  // tintAndShade null (a real white fill has a number there).
  return f.pattern === "None" || (String(f.color).toUpperCase() === "#FFFFFF" && (f.tintAndShade ?? null) === null);
}

function isGradient(f: CellFill): boolean {
  return f.pattern === "LinearGradient" || f.pattern === "RectangularGradient";
}

function saveFill(f: CellFill): SavedFill {
  if (isNoFill(f)) return { none: true };
  return {
    none: false,
    color: String(f.color),
    pattern: f.pattern ?? null,
    patternColor: f.patternColor ?? null,
    tintAndShade: f.tintAndShade ?? null,
    patternTintAndShade: f.patternTintAndShade ?? null,
  };
}

/** Still the fill the add-in applied? Otherwise the user re-coloured the cell: leave it. */
function stillOurs(f: CellFill, applied: string): boolean {
  return String(f.color).toUpperCase() === applied.toUpperCase() && (f.pattern === "Solid" || f.pattern === null || f.pattern === undefined);
}

/**
 * Rows between two cells a fill read may span: reading a few cells more costs ~140 bytes of
 * answer each, another operation ~400 bytes of request (and the two have separate limits).
 */
const READ_GAP = 4;
/** Rows per fill read at most: its answer stays far below the budget (~1.4 MB). */
const READ_RUN_ROWS = 10_000;
/** A bound of a note look-up's answer (its text, as ours are: a header and a line per finding). */
const NOTE_RESPONSE_BYTES = 300;

const cellKey = (sheetId: string, row: number, col: number) => `${sheetId}\u0000${row}\u0000${col}`;

/** A cell as the loads and writes know it. */
interface Spot {
  ws: Excel.Worksheet;
  row: number;
  col: number;
}

/** The current fills (and notes) of the cells a highlight or a clear touches: few requests. */
class CellReads {
  readonly fills = new Map<string, CellFill>();
  readonly notes = new Map<string, Excel.Note>();

  static async load(context: Excel.RequestContext, lang: Lang, cells: Spot[], noteCells: Spot[]): Promise<CellReads> {
    const out = new CellReads();
    const batch = new RequestBatcher(context, { lang, reads: true });
    const bySheet = new Map<Excel.Worksheet, { row: number; col: number }[]>();
    for (const c of cells) {
      const list = bySheet.get(c.ws) ?? [];
      list.push({ row: c.row, col: c.col });
      bySheet.set(c.ws, list);
    }
    const pending: { ws: Excel.Worksheet; run: { r0: number; c0: number; r1: number; c1: number }; result: { value: Excel.CellProperties[][] } | null }[] = [];
    for (const [ws, list] of bySheet) {
      for (const run of splitRuns(columnRuns(list, READ_GAP), READ_RUN_ROWS)) {
        const entry = { ws, run, result: null as { value: Excel.CellProperties[][] } | null };
        pending.push(entry);
        const address = localA1(run);
        await batch.add({
          request: opCost("cellProps", address, CELL_FILL_LOAD),
          response: (run.r1 - run.r0 + 1) * CELL_FILL_RESPONSE_BYTES,
          queue: () => (entry.result = ops.cellFills(ws, address)),
        });
      }
    }
    const notePending: { spot: Spot; note: Excel.Note | null }[] = [];
    for (const spot of noteCells) {
      const entry = { spot, note: null as Excel.Note | null };
      notePending.push(entry);
      const cell = a1(spot.row, spot.col);
      await batch.add({ request: opCost("noteLookup", cell), response: NOTE_RESPONSE_BYTES, queue: () => (entry.note = ops.noteLookup(spot.ws, cell)) });
    }
    await batch.flush();
    for (const p of pending) {
      const rows = p.result!.value;
      for (let i = 0; i < rows.length; i++) out.fills.set(cellKey(p.ws.id, p.run.r0 + i, p.run.c0), (rows[i][0]?.format?.fill ?? {}) as CellFill);
    }
    for (const n of notePending) out.notes.set(cellKey(n.spot.ws.id, n.spot.row, n.spot.col), n.note!);
    return out;
  }

  fill(ws: Excel.Worksheet, row: number, col: number): CellFill {
    return this.fills.get(cellKey(ws.id, row, col)) ?? {};
  }

  note(ws: Excel.Worksheet, row: number, col: number): Excel.Note | undefined {
    return this.notes.get(cellKey(ws.id, row, col));
  }
}

function splitRuns(runs: readonly { r0: number; c0: number; r1: number; c1: number }[], rows: number) {
  return runs.flatMap((r) => {
    const out = [];
    for (let r0 = r.r0; r0 <= r.r1; r0 += rows) out.push({ r0, c0: r.c0, r1: Math.min(r.r1, r0 + rows - 1), c1: r.c1 });
    return out;
  });
}

/** A recorded cell found again: its record, its sheet now and where it is. */
interface Previous {
  rec: SavedCell;
  ws: Excel.Worksheet;
  row: number;
  col: number;
}

function resolveState(state: StateData, index: SheetIndex): { previous: Map<string, Previous>; lost: LostCells[] } {
  const previous = new Map<string, Previous>();
  const lost = new Map<string, number>();
  for (const rec of state.cells) {
    const ws = index.resolve(rec.sheetId, rec.sheetName);
    const cells = recordCells(rec);
    if (!ws) {
      lost.set(rec.sheetName, (lost.get(rec.sheetName) ?? 0) + cells.length);
      continue;
    }
    for (const c of cells) previous.set(cellKey(ws.id, c.row, c.col), { rec, ws, row: c.row, col: c.col });
  }
  return { previous, lost: [...lost].map(([sheet, cells]) => ({ sheet, cells })) };
}

/** Puts fills back, one operation per saved fill and address list. */
async function queueRestores(batch: RequestBatcher, cells: { ws: Excel.Worksheet; row: number; col: number; fill: SavedFill }[]): Promise<void> {
  const groups = new Map<string, { ws: Excel.Worksheet; fill: SavedFill; cells: { row: number; col: number }[] }>();
  for (const c of cells) {
    const key = `${c.ws.id}\u0000${encodeFill(c.fill)}`;
    const g = groups.get(key) ?? { ws: c.ws, fill: c.fill, cells: [] };
    g.cells.push({ row: c.row, col: c.col });
    groups.set(key, g);
  }
  for (const g of groups.values()) {
    for (const address of addressLists(columnRuns(g.cells))) {
      const fill = g.fill;
      if (fill.none) await batch.add({ request: opCost("clearAreas", address), queue: () => ops.clearAreas(g.ws, address) });
      else await batch.add({ request: opCost("restoreAreas", address, fill), queue: () => ops.restoreAreas(g.ws, address, fill) });
    }
  }
}

export async function highlight(context: Excel.RequestContext, findings: readonly Finding[], opts: HighlightOptions): Promise<HighlightOutcome> {
  const marks = marksOf(findings, opts.lang);
  const notesOn = opts.notes && opts.supportsNotes;
  const notesState: HighlightOutcome["notes"] = !opts.notes ? "off" : opts.supportsNotes ? "added" : "unsupported";
  // Sync 1: the sheets with their protection, and the state sheet.
  const sheets = loadSheets(context);
  const probe = probeState(context);
  await context.sync();
  const index = SheetIndex.after(context, sheets);
  // Sync 2 (when there is a state): what an earlier highlight recorded.
  const read = queueStateRead(probe);
  if (read) await context.sync();
  const state = await finishStateRead(context, read, opts.lang);
  const { previous, lost } = resolveState(state, index);

  const live = marks.flatMap((m) => {
    const ws = index.byName(m.sheet);
    return ws ? [{ m, ws }] : [];
  });
  if (live.length === 0 && previous.size === 0 && lost.length === 0) return { cells: 0, notes: notesState, lost };
  const touched = new Set<Excel.Worksheet>([...live.map((l) => l.ws), ...[...previous.values()].map((p) => p.ws)]);
  index.assertWritable(touched, opts.lang, probe.isNullObject && live.length > 0);

  const markKeys = new Set(live.map((l) => cellKey(l.ws.id, l.m.row, l.m.col)));
  const gone = [...previous.entries()].filter(([k]) => !markKeys.has(k)).map(([, p]) => p);
  // Sync 3…: current fills of every cell to mark or put back, and the notes involved.
  const reads = await CellReads.load(
    context,
    opts.lang,
    [...live.map((l) => ({ ws: l.ws, row: l.m.row, col: l.m.col })), ...gone],
    [...(notesOn ? live.map((l) => ({ ws: l.ws, row: l.m.row, col: l.m.col })) : []), ...(opts.supportsNotes ? gone.filter((g) => g.rec.note !== "") : [])]
  );

  const next: StateData = { cells: [], meta: state.meta, usedRows: state.usedRows };
  const fills: { ws: Excel.Worksheet; row: number; col: number; color: string }[] = [];
  const noteOps: { ws: Excel.Worksheet; cell: string; text: string; note: Excel.Note; action: "add" | "update" }[] = [];
  for (const { m, ws } of live) {
    const current = reads.fill(ws, m.row, m.col);
    if (isGradient(current)) continue; // a gradient cannot be set back through the API: leave the cell as it is
    const before = previous.get(cellKey(ws.id, m.row, m.col));
    const color = SEVERITY_COLOR[m.severity];
    const fill = before && stillOurs(current, before.rec.applied) ? before.rec.fill : saveFill(current);
    let note = "";
    const existing = notesOn ? reads.note(ws, m.row, m.col) : undefined;
    if (existing) {
      const text = `${strings(opts.lang).noteHeader}\n${m.lines.join("\n")}`;
      const ours = before !== undefined && !existing.isNullObject && isOurNote(before.rec.note, existing.content);
      if (existing.isNullObject || ours) {
        note = noteHash(text);
        noteOps.push({ ws, cell: m.cell, text, note: existing, action: existing.isNullObject ? "add" : "update" });
      }
    } else if (before?.rec.note) note = before.rec.note; // notes not refreshed this time: keep tracking ours
    next.cells.push({ sheetId: ws.id, sheetName: ws.name, cell: m.cell, fill, applied: color, note });
    fills.push({ ws, row: m.row, col: m.col, color });
  }
  const restores = gone.filter((g) => stillOurs(reads.fill(g.ws, g.row, g.col), g.rec.applied)).map((g) => ({ ...g, fill: g.rec.fill }));
  const noteDeletes = gone.flatMap((g) => {
    const n = reads.note(g.ws, g.row, g.col);
    return n && !n.isNullObject && isOurNote(g.rec.note, n.content) ? [n] : [];
  });

  // Writes: the state first (so an interrupted run can still be undone), then fills and notes.
  const batch = new RequestBatcher(context, { lang: opts.lang, suspendScreen: true });
  const target = new StateTarget(context, probe);
  await target.ensure(batch);
  await writeState(target, next, batch);
  await queueRestores(batch, restores);
  for (const n of noteDeletes) await batch.add({ request: OP_NOTE_DELETE, queue: () => ops.noteDelete(n) });
  const byColour = new Map<string, { ws: Excel.Worksheet; color: string; cells: { row: number; col: number }[] }>();
  for (const f of fills) {
    const key = `${f.ws.id}\u0000${f.color}`;
    const g = byColour.get(key) ?? { ws: f.ws, color: f.color, cells: [] };
    g.cells.push({ row: f.row, col: f.col });
    byColour.set(key, g);
  }
  for (const g of byColour.values()) {
    for (const address of addressLists(columnRuns(g.cells))) {
      await batch.add({ request: opCost("fillAreas", address, g.color, "Solid"), queue: () => ops.fillAreas(g.ws, address, g.color) });
    }
  }
  for (const n of noteOps) {
    if (n.action === "add") await batch.add({ request: opCost("noteAdd", n.cell, n.text), queue: () => ops.noteAdd(n.ws, n.cell, n.text) });
    else await batch.add({ request: opCost("noteUpdate", n.cell, n.text), queue: () => ops.noteUpdate(n.note, n.text) });
  }
  await batch.flush();
  return { cells: fills.length, notes: notesState, lost };
}

const OP_NOTE_DELETE = opCost("noteDelete", "XFD1048576");

export async function clearHighlights(context: Excel.RequestContext, lang: Lang, supportsNotes: boolean): Promise<ClearOutcome> {
  const sheets = loadSheets(context);
  const probe = probeState(context);
  await context.sync();
  if (probe.isNullObject) return { restored: 0, lost: [] }; // nothing was ever highlighted
  const index = SheetIndex.after(context, sheets);
  const read = queueStateRead(probe);
  await context.sync();
  const state = await finishStateRead(context, read, lang);
  if (state.cells.length === 0) return { restored: 0, lost: [] };
  const { previous, lost } = resolveState(state, index);
  const cells = [...previous.values()];
  index.assertWritable(new Set(cells.map((c) => c.ws)), lang, false);
  const reads = await CellReads.load(context, lang, cells, supportsNotes ? cells.filter((c) => c.rec.note !== "") : []);
  const restores = cells.filter((c) => stillOurs(reads.fill(c.ws, c.row, c.col), c.rec.applied)).map((c) => ({ ...c, fill: c.rec.fill }));
  const batch = new RequestBatcher(context, { lang, suspendScreen: true });
  await queueRestores(batch, restores);
  for (const c of cells) {
    const n = reads.note(c.ws, c.row, c.col);
    // Delete only a note still holding our text: an edited note is the user's now.
    if (n && !n.isNullObject && isOurNote(c.rec.note, n.content)) await batch.add({ request: OP_NOTE_DELETE, queue: () => ops.noteDelete(n) });
  }
  await writeState(new StateTarget(context, probe), { cells: [], meta: state.meta, usedRows: state.usedRows }, batch);
  await batch.flush();
  return { restored: restores.length, lost };
}
