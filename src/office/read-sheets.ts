/**
 * Reads sheets into SheetGrid[]: one sync to find what to read (used range, selection), then
 * row chunks batched under the payload budget (see chunking.ts). Per chunk it loads values,
 * number formats, merged areas and, only when the sheet has hidden rows, the visible rows.
 */
import type { Cell, CellRange, SheetGrid } from "../core/grid";
import { GatewayError, type ReadOptions, type ReadScope } from "../workbook-gateway";
import type { Lang } from "../core/settings";
import { intersect, localA1, parseAreas, utf8Length } from "./address";
import { DEFAULT_CELL_BYTES, PAYLOAD_BUDGET, PROBE_ROWS, learnCellBytes, needsProbe, planBatch, type Span } from "./chunking";
import { errorCode } from "./excel-run";
import { META_REPORT_ID, loadState, parseState, probeState } from "./state-sheet";
import { strings } from "./strings";

interface Target {
  sheet: string;
  rect: CellRange;
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
}

interface ChunkProxies {
  span: Span;
  range: Excel.Range;
  merges: Excel.RangeAreas;
  visible: Excel.RangeAreas | null;
}

export async function readSheets(context: Excel.RequestContext, scope: ReadScope, lang: Lang, options: ReadOptions = {}): Promise<SheetGrid[]> {
  const targets = await locate(context, scope, lang);
  const accs: Acc[] = targets.map(() => ({ values: [], formats: [], merges: new Map(), hidden: new Set() }));
  const cursor = targets.map(() => 0);
  const total = targets.reduce((n, t) => n + t.rows, 0);
  let done = 0;
  let cellBytes = DEFAULT_CELL_BYTES;
  let probe = needsProbe(targets, cellBytes);

  const step = async (): Promise<boolean> => {
    if (options.signal?.aborted) throw new GatewayError("cancelled", strings(lang).cancelled);
    const batch = planBatch(targets, cursor, cellBytes, PAYLOAD_BUDGET, probe ? PROBE_ROWS : Infinity);
    probe = false;
    if (batch.length === 0) return false;
    const proxies = batch.map((span) => queueChunk(context, targets[span.target], span));
    try {
      await context.sync();
    } catch (e) {
      const code = errorCode(e);
      if (code !== "ResponsePayloadSizeLimitExceeded" && code !== "RequestPayloadSizeLimitExceeded") throw e;
      // Larger cells than assumed: halve the chunks and read the same rows again.
      if (batch.length === 1 && batch[0].r0 === batch[0].r1) throw new GatewayError("too-large", strings(lang).tooLarge);
      cellBytes *= 2;
      return true;
    }
    let bytes = 0;
    let cells = 0;
    for (const p of proxies) {
      const got = takeChunk(p, targets[p.span.target], accs[p.span.target]);
      bytes += got.bytes;
      cells += got.cells;
      cursor[p.span.target] = p.span.r1 + 1;
      done += p.span.r1 - p.span.r0 + 1;
    }
    cellBytes = learnCellBytes(cellBytes, bytes, cells);
    options.onProgress?.({ done, total });
    return true;
  };
  while (await step()) {
    /* one batch per step; each step ends with one sync */
  }

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
    const stateRange = loadState(probe);
    const visible = sheets.items.filter((s) => s.visibility === "Visible");
    const used = visible.map((s) => {
      const u = s.getUsedRangeOrNullObject(true);
      u.load("rowIndex,columnIndex,rowCount,columnCount,rowHidden");
      return { s, u };
    });
    await context.sync();
    const reportId = parseState(stateRange).meta[META_REPORT_ID];
    const out: Target[] = [];
    for (const { s, u } of used) {
      if (u.isNullObject || s.id === reportId) continue;
      out.push(target(s.name, rectOf(u), u.rowHidden !== false));
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
    const rect = used.isNullObject ? null : intersect(rectOf(sel), rectOf(used));
    if (!rect) throw new GatewayError("empty", S.emptySelection);
    return [target(ws.name, rect, used.rowHidden !== false)];
  }
  const ws = context.workbook.worksheets.getActiveWorksheet();
  ws.load("name");
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount,rowHidden");
  await context.sync();
  if (used.isNullObject) throw new GatewayError("empty", S.emptySheet(ws.name));
  return [target(ws.name, rectOf(used), used.rowHidden !== false)];
}

function rectOf(r: Excel.Range): CellRange {
  return { r0: r.rowIndex, c0: r.columnIndex, r1: r.rowIndex + r.rowCount - 1, c1: r.columnIndex + r.columnCount - 1 };
}

function target(sheet: string, rect: CellRange, mayHide: boolean): Target {
  return { sheet, rect, mayHide, rows: rect.r1 - rect.r0 + 1, cols: rect.c1 - rect.c0 + 1 };
}

function chunkRect(t: Target, span: Span): CellRange {
  return { r0: t.rect.r0 + span.r0, c0: t.rect.c0, r1: t.rect.r0 + span.r1, c1: t.rect.c1 };
}

function queueChunk(context: Excel.RequestContext, t: Target, span: Span): ChunkProxies {
  const ws = context.workbook.worksheets.getItem(t.sheet);
  const range = ws.getRange(localA1(chunkRect(t, span)));
  range.load("values,numberFormat");
  const merges = range.getMergedAreasOrNullObject();
  merges.load("address");
  let visible: Excel.RangeAreas | null = null;
  if (t.mayHide) {
    // Whole rows, so hidden columns do not hide a row; the answer is a short list like "5:9,12:40".
    visible = range.getEntireRow().getSpecialCellsOrNullObject("Visible");
    visible.load("address");
  }
  return { span, range, merges, visible };
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
  if (!p.merges.isNullObject) {
    for (const m of parseAreas(p.merges.address)) addMerge(acc, m, rect);
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

/** A merge cut at a chunk edge comes back in pieces in some hosts: join pieces that meet there. */
function addMerge(acc: Acc, m: CellRange, chunk: CellRange): void {
  for (const [k, o] of acc.merges) {
    if (o.c0 === m.c0 && o.c1 === m.c1 && o.r1 + 1 === m.r0 && m.r0 === chunk.r0) {
      acc.merges.delete(k);
      m = { ...m, r0: o.r0 };
      break;
    }
  }
  acc.merges.set(`${m.r0},${m.c0},${m.r1},${m.c1}`, m);
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

