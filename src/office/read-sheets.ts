/**
 * Reads sheets into SheetGrid[]: one sync to find what to read (used range, selection), then
 * row chunks batched under the payload budget (see chunking.ts). Per chunk it loads values,
 * number formats and, only when the sheet has hidden rows, the visible rows; merged areas are
 * asked for per window of rows, sized by how many merges the sheet turns out to hold.
 *
 * Excel returns only the merged areas whose top-left cell lies in the range asked about, whole
 * (https://github.com/OfficeDev/office-js/issues/3611). So windows partition the rows: each merge
 * comes back once, from the window holding its top-left cell, uncut. For a selection the windows
 * also cover the used range above and left of it, so a merge that starts outside the selection
 * and reaches into it is found; it is clipped to the selection and carries its value there.
 *
 * A read Excel refuses for its size is cut smaller (payload errors); any other refused read first
 * shrinks the merge windows to a size that cannot exceed 512 merged areas, then halves the rows
 * per chunk, and only at one row reports one clear error.
 */
import type { Cell, CellRange, SheetGrid } from "../core/grid";
import { GatewayError, type ReadOptions, type ReadScope } from "../workbook-gateway";
import type { Lang } from "../core/settings";
import { intersect, localA1, parseAreas, utf8Length } from "./address";
import { isPayloadError } from "./batcher";
import {
  DEFAULT_CELL_BYTES,
  MAX_CHUNK_ROWS,
  MAX_MERGE_WINDOWS,
  MERGE_SAFE_CELLS,
  PAYLOAD_BUDGET,
  PROBE_ROWS,
  learnCellBytes,
  learnMergeRows,
  needsProbe,
  planBatch,
  safeMergeRows,
  type Span,
} from "./chunking";
import { META_REPORT_ID, META_REPORT_NAME, finishStateRead, probeState, queueStateRead } from "./state-sheet";
import { strings } from "./strings";

interface Target {
  sheet: string;
  /** What to read: values, formats, hidden rows. */
  rect: CellRange;
  /** Where merged areas that reach into `rect` may start (rect itself, or more for a selection). */
  scan: CellRange;
  /** False when the sheet has no hidden row at all (then visible rows are not asked for). */
  mayHide: boolean;
  rows: number;
  cols: number;
}

interface Acc {
  values: Cell[][];
  formats: (string | null)[][];
  merges: Map<string, CellRange>;
  hidden: Set<number>;
  /** Next sheet row of `scan` whose merges are still to be asked for. */
  mergeRow: number;
  /** Rows per merge window now. */
  mergeRows: number;
}

interface ChunkProxies {
  span: Span;
  range: Excel.Range;
  visible: Excel.RangeAreas | null;
}

interface MergeWindow {
  target: number;
  r0: number;
  r1: number;
  c0: number;
  c1: number;
  areas: Excel.RangeAreas;
}

export async function readSheets(context: Excel.RequestContext, scope: ReadScope, lang: Lang, options: ReadOptions = {}): Promise<SheetGrid[]> {
  const S = strings(lang);
  const targets = await locate(context, scope, lang);
  const accs: Acc[] = targets.map((t) => ({ values: [], formats: [], merges: new Map(), hidden: new Set(), mergeRow: t.scan.r0, mergeRows: MAX_CHUNK_ROWS }));
  const cursor = targets.map(() => 0);
  const total = targets.reduce((n, t) => n + t.rows, 0);
  let done = 0;
  let cellBytes = DEFAULT_CELL_BYTES;
  let probe = needsProbe(targets, cellBytes);
  /** After a refused read: merge windows that cannot exceed 512 areas, then fewer rows per chunk. */
  let mergeSafe = false;
  let rowCap = Infinity;

  const step = async (): Promise<boolean> => {
    if (options.signal?.aborted) throw new GatewayError("cancelled", S.cancelled);
    const batch = planBatch(targets, cursor, cellBytes, PAYLOAD_BUDGET, probe ? PROBE_ROWS : Infinity, rowCap);
    const windows = planMergeWindows(targets, accs, cursor, batch, mergeSafe);
    if (batch.length === 0 && windows.length === 0) return false;
    const proxies = batch.map((span) => queueChunk(context, targets[span.target], span));
    const queued = windows.map((w) => queueMergeWindow(context, targets[w.target], w));
    try {
      await context.sync();
    } catch (e) {
      if (isPayloadError(e, true)) {
        // Larger cells than assumed: halve the chunks and read the same rows again.
        if (batch.length === 1 && batch[0].r0 === batch[0].r1) throw new GatewayError("too-large", S.tooLarge);
        cellBytes *= 2;
        return true;
      }
      if (!mergeSafe) mergeSafe = true;
      else {
        const widest = Math.max(1, ...batch.map((s) => s.r1 - s.r0 + 1));
        if (widest === 1) {
          const t = targets[(batch[0] ?? { target: windows[0]?.target ?? 0 }).target];
          throw new GatewayError("unreadable", S.unreadable(t.sheet, e instanceof Error ? e.message : String(e)));
        }
        rowCap = Math.max(1, Math.floor(widest / 2));
      }
      return true;
    }
    probe = false;
    let bytes = 0;
    let cells = 0;
    for (const p of proxies) {
      const got = takeChunk(p, targets[p.span.target], accs[p.span.target]);
      bytes += got.bytes;
      cells += got.cells;
      cursor[p.span.target] = p.span.r1 + 1;
      done += p.span.r1 - p.span.r0 + 1;
    }
    for (const w of queued) takeMergeWindow(w, targets[w.target], accs[w.target], mergeSafe);
    cellBytes = learnCellBytes(cellBytes, bytes, cells);
    if (proxies.length) options.onProgress?.({ done, total });
    return true;
  };
  while (await step()) {
    /* one batch per step; each step ends with one sync */
  }
  await carryCrossingValues(context, targets, accs);
  return targets.map((t, i) => toGrid(t, accs[i]));
}

/** One sync: which sheets and rectangles to read. */
async function locate(context: Excel.RequestContext, scope: ReadScope, lang: Lang): Promise<Target[]> {
  const S = strings(lang);
  if (scope === "all") {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/id,items/visibility");
    const probe = probeState(context);
    await context.sync();
    // The add-in's own report is not data: leave it out (the state sheet is very hidden anyway).
    const read = queueStateRead(probe);
    const visible = sheets.items.filter((s) => s.visibility === "Visible");
    const used = visible.map((s) => {
      const u = s.getUsedRangeOrNullObject(true);
      u.load("rowIndex,columnIndex,rowCount,columnCount,rowHidden");
      return { s, u };
    });
    await context.sync();
    const meta = (await finishStateRead(context, read, lang)).meta;
    const isReport = (s: Excel.Worksheet) => s.id === meta[META_REPORT_ID] && (meta[META_REPORT_NAME] === undefined || meta[META_REPORT_NAME] === s.name);
    const out: Target[] = [];
    for (const { s, u } of used) {
      if (u.isNullObject || isReport(s)) continue;
      const rect = rectOf(u);
      out.push(target(s.name, rect, rect, u.rowHidden !== false));
    }
    if (out.length === 0) throw new GatewayError("empty", S.nothingToRead);
    return out;
  }
  if (scope === "selection") {
    const sel = context.workbook.getSelectedRange();
    sel.load("address,rowIndex,columnIndex,rowCount,columnCount");
    const ws = context.workbook.worksheets.getActiveWorksheet(); // the selection is always on the active sheet
    ws.load("name");
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount,rowHidden");
    await context.sync();
    const usedRect = used.isNullObject ? null : rectOf(used);
    const rect = usedRect ? intersect(rectOf(sel), usedRect) : null;
    if (!rect || !usedRect) throw new GatewayError("empty", S.emptySelection);
    // A merge reaching into the selection starts inside the used range, above or left of it.
    const scan = { r0: usedRect.r0, c0: usedRect.c0, r1: rect.r1, c1: rect.c1 };
    return [target(ws.name, rect, scan, used.rowHidden !== false)];
  }
  const ws = context.workbook.worksheets.getActiveWorksheet();
  ws.load("name");
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount,rowHidden");
  await context.sync();
  if (used.isNullObject) throw new GatewayError("empty", S.emptySheet(ws.name));
  const rect = rectOf(used);
  return [target(ws.name, rect, rect, used.rowHidden !== false)];
}

function rectOf(r: Excel.Range): CellRange {
  return { r0: r.rowIndex, c0: r.columnIndex, r1: r.rowIndex + r.rowCount - 1, c1: r.columnIndex + r.columnCount - 1 };
}

function target(sheet: string, rect: CellRange, scan: CellRange, mayHide: boolean): Target {
  return { sheet, rect, scan, mayHide, rows: rect.r1 - rect.r0 + 1, cols: rect.c1 - rect.c0 + 1 };
}

function chunkRect(t: Target, span: Span): CellRange {
  return { r0: t.rect.r0 + span.r0, c0: t.rect.c0, r1: t.rect.r0 + span.r1, c1: t.rect.c1 };
}

/**
 * Merge windows for this request: they keep up with the rows whose values arrive in it (and,
 * once the values are all read, cover what is left of the scan), MAX_MERGE_WINDOWS at most.
 */
function planMergeWindows(targets: readonly Target[], accs: Acc[], cursor: readonly number[], batch: readonly Span[], safe: boolean): Omit<MergeWindow, "areas">[] {
  const out: Omit<MergeWindow, "areas">[] = [];
  for (let i = 0; i < targets.length && out.length < MAX_MERGE_WINDOWS; i++) {
    const t = targets[i];
    const acc = accs[i];
    const inBatch = batch.filter((s) => s.target === i);
    const valuesUpTo = inBatch.length ? t.rect.r0 + Math.max(...inBatch.map((s) => s.r1)) : t.rect.r0 + cursor[i] - 1;
    const upTo = cursor[i] >= t.rows && inBatch.length === 0 ? t.scan.r1 : Math.min(t.scan.r1, valuesUpTo);
    // After a refused read, very wide sheets are also cut into bands of columns.
    const band = safe ? Math.min(t.scan.c1 - t.scan.c0 + 1, MERGE_SAFE_CELLS) : t.scan.c1 - t.scan.c0 + 1;
    const size = safe ? Math.min(acc.mergeRows, safeMergeRows(band)) : acc.mergeRows;
    let r = acc.mergeRow;
    while (r <= upTo && out.length < MAX_MERGE_WINDOWS) {
      const r1 = Math.min(t.scan.r1, r + size - 1);
      for (let c0 = t.scan.c0; c0 <= t.scan.c1; c0 += band) out.push({ target: i, r0: r, r1, c0, c1: Math.min(t.scan.c1, c0 + band - 1) });
      r = r1 + 1;
    }
  }
  return out;
}

function queueMergeWindow(context: Excel.RequestContext, t: Target, w: Omit<MergeWindow, "areas">): MergeWindow {
  const ws = context.workbook.worksheets.getItem(t.sheet);
  const areas = ws.getRange(localA1({ r0: w.r0, c0: w.c0, r1: w.r1, c1: w.c1 })).getMergedAreasOrNullObject();
  areas.load("address");
  return { ...w, areas };
}

function takeMergeWindow(w: MergeWindow, t: Target, acc: Acc, safe: boolean): void {
  const found = w.areas.isNullObject ? [] : parseAreas(w.areas.address);
  for (const m of found) if (intersect(m, t.rect)) acc.merges.set(`${m.r0},${m.c0},${m.r1},${m.c1}`, m);
  acc.mergeRow = w.r1 + 1;
  const floor = safeMergeRows(Math.min(t.scan.c1 - t.scan.c0 + 1, MERGE_SAFE_CELLS));
  acc.mergeRows = safe ? Math.min(acc.mergeRows, floor) : learnMergeRows(acc.mergeRows, w.r1 - w.r0 + 1, found.length, floor);
}

function queueChunk(context: Excel.RequestContext, t: Target, span: Span): ChunkProxies {
  const ws = context.workbook.worksheets.getItem(t.sheet);
  const range = ws.getRange(localA1(chunkRect(t, span)));
  range.load("values,numberFormat");
  let visible: Excel.RangeAreas | null = null;
  if (t.mayHide) {
    // Whole rows, so hidden columns do not hide a row; the answer is a short list like "5:9,12:40".
    visible = range.getEntireRow().getSpecialCellsOrNullObject("Visible");
    visible.load("address");
  }
  return { span, range, visible };
}

function takeChunk(p: ChunkProxies, t: Target, acc: Acc): { bytes: number; cells: number } {
  const values = p.range.values as unknown[][];
  const formats = p.range.numberFormat as unknown[][];
  const rect = chunkRect(t, p.span);
  let bytes = 0;
  for (let i = 0; i < values.length; i++) {
    const row: Cell[] = values[i].map(toCell);
    const frow = (formats[i] ?? []).map((f) => (typeof f === "string" ? f : null));
    acc.values.push(row);
    acc.formats.push(frow);
    bytes += utf8Length(JSON.stringify(values[i])) + utf8Length(JSON.stringify(formats[i] ?? []));
  }
  if (p.visible) {
    const visibleRows = new Set<number>();
    if (!p.visible.isNullObject)
      for (const a of parseAreas(p.visible.address)) for (let r = Math.max(a.r0, rect.r0); r <= Math.min(a.r1, rect.r1); r++) visibleRows.add(r);
    for (let r = rect.r0; r <= rect.r1; r++) if (!visibleRows.has(r)) acc.hidden.add(r);
  }
  return { bytes, cells: values.length * t.cols };
}

/** Excel answers "" for a blank cell; the grid says null. Errors stay text ("#N/A"). */
function toCell(v: unknown): Cell {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

/**
 * Merges that start outside a selection and reach into it: the value the user sees in the
 * selected part is the merge's, stored in its top-left cell outside. One request reads those
 * cells; the merge is clipped to the selection and its value and format put at the clipped corner.
 */
async function carryCrossingValues(context: Excel.RequestContext, targets: readonly Target[], accs: Acc[]): Promise<void> {
  const jobs: { t: Target; acc: Acc; key: string; m: CellRange; range: Excel.Range }[] = [];
  targets.forEach((t, i) => {
    for (const [key, m] of accs[i].merges) {
      if (m.r0 >= t.rect.r0 && m.c0 >= t.rect.c0) continue;
      const ws = context.workbook.worksheets.getItem(t.sheet);
      const range = ws.getRange(localA1({ r0: m.r0, c0: m.c0, r1: m.r0, c1: m.c0 }));
      range.load("values,numberFormat");
      jobs.push({ t, acc: accs[i], key, m, range });
    }
  });
  if (jobs.length === 0) return;
  await context.sync();
  for (const { t, acc, key, m, range } of jobs) {
    const clipped = intersect(m, t.rect)!;
    acc.merges.delete(key);
    acc.merges.set(`${clipped.r0},${clipped.c0},${clipped.r1},${clipped.c1}`, clipped);
    const i = clipped.r0 - t.rect.r0;
    const j = clipped.c0 - t.rect.c0;
    const row = acc.values[i];
    if (!row || (row[j] !== null && row[j] !== undefined)) continue;
    row[j] = toCell((range.values as unknown[][])[0][0]);
    const f = (range.numberFormat as unknown[][])[0][0];
    acc.formats[i][j] = typeof f === "string" ? f : null;
  }
}

function toGrid(t: Target, acc: Acc): SheetGrid {
  const grid: SheetGrid = {
    name: t.sheet,
    top: t.rect.r0,
    left: t.rect.c0,
    values: acc.values,
    numberFormats: acc.formats,
    merges: [...acc.merges.values()].filter((m) => intersect(m, t.rect) !== null),
  };
  if (acc.hidden.size) grid.hiddenRows = [...acc.hidden].sort((a, b) => a - b);
  return grid;
}
