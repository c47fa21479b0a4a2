/**
 * Table recognition: finds composition, execution, register and catalog tables anywhere on each
 * sheet and reads them into typed tables with every amount in 元.
 *
 * A sheet is scanned top to bottom. Only the first rows after a blank row (or after a table) are
 * tried as headers, so a million-row register costs one header test and one tight read loop.
 * Caption-like single-cell rows do not use up that allowance, so a title paragraph may sit
 * above a table.
 */
import { GridReader, isBlank, parseRangeA1, type CellRange, type SheetGrid } from "../grid";
import type { Unit } from "../units";
import { walkBody } from "./body";
import { approvedBudgetIn, captionAbove, captionYear, type Caption } from "./caption";
import { readCatalog } from "./catalog";
import { acceptsFields, applyColumns, mappedColumns, resolveDuplicates } from "./columns";
import { readComposition } from "./composition";
import { readExecution } from "./execution";
import type { ReadContext } from "./figures";
import { detectHeader, headerTexts, readColumns, type TableSpec } from "./header";
import { readRegister } from "./register";
import {
  TABLE_KINDS,
  type ColumnMapping,
  type Field,
  type RecognisedTable,
  type RecognitionResult,
  type TableBase,
} from "./types";
import { fieldsOf } from "./vocabulary";

/** Multi-cell rows tried as a header after a blank row or a table before giving up. */
const LEAD = 12;

const AMOUNT_FIELDS = new Set<Field>([
  "amount",
  "unitAmount",
  "initialBudget",
  "budget",
  "actual",
  "requested",
  "approved",
  "base",
  "capAmount",
]);

export function recognise(sheets: SheetGrid[], mappings: ColumnMapping[] = []): RecognitionResult {
  const tables: RecognisedTable[] = [];
  const unreadable: RecognitionResult["unreadable"] = [];
  for (const grid of sheets) {
    const ctx: ReadContext = { sheet: grid.name, unreadable };
    const own = mappings.filter((m) => m.sheet === grid.name);
    tables.push(...recogniseSheet(new GridReader(grid), own, ctx));
  }
  return { tables, unreadable };
}

interface Picked {
  range: CellRange;
  mapping: ColumnMapping;
}

function pickedRanges(mappings: ColumnMapping[]): Picked[] {
  const out: Picked[] = [];
  for (const m of mappings) {
    if (m.range === undefined) continue;
    const where = `sheet "${m.sheet}"`;
    const range = parseRangeA1(m.range);
    if (!range) throw new Error(`Column mapping on ${where}: "${m.range}" is not a cell range.`);
    if (!m.kind || !TABLE_KINDS.includes(m.kind)) {
      throw new Error(`Column mapping on ${where}: the range ${m.range} needs a table kind (${TABLE_KINDS.join(", ")}).`);
    }
    out.push({ range, mapping: m });
  }
  return out.sort((a, b) => a.range.r0 - b.range.r0);
}

function recogniseSheet(reader: GridReader, mappings: ColumnMapping[], ctx: ReadContext): RecognisedTable[] {
  const picked = pickedRanges(mappings);
  const fixes = mappings.filter((m) => m.range === undefined);
  for (const m of fixes) mappedColumns(m.columns, `sheet "${m.sheet}"`); // a bad letter is an error even with no table
  const tables: RecognisedTable[] = [];
  let floor = reader.firstRow;
  let budget = LEAD;
  let r = reader.firstRow;
  let next = 0; // next picked range
  while (r <= reader.lastRow) {
    if (next < picked.length && picked[next].range.r0 <= r) {
      const p = picked[next++];
      tables.push(build(pickedSpec(reader, p), floor, ctx, []));
      r = p.range.r1 + 1;
      floor = r;
      budget = LEAD;
      continue;
    }
    const filled = filledCells(reader, r);
    if (filled === 0) {
      budget = LEAD;
      r++;
      continue;
    }
    if (budget > 0 || filled === 1) {
      const spec = detectHeader(reader, r);
      if (spec) {
        if (next < picked.length) spec.limit = Math.min(spec.limit, picked[next].range.r0 - 1);
        const table = build(spec, floor, ctx, fixes);
        tables.push(table);
        r = table.range.r1 + 1;
        floor = r;
        budget = LEAD;
        continue;
      }
      if (filled > 1) budget--;
    }
    r++;
  }
  return tables;
}

function filledCells(reader: GridReader, row: number): number {
  const values = reader.grid.values[row - reader.grid.top];
  if (!values) return 0;
  let n = 0;
  for (const v of values) if (!isBlank(v)) n++;
  return n;
}

/** The spec of a range the user picked, its header rows at the top. */
function pickedSpec(reader: GridReader, p: Picked): TableSpec {
  const kind = p.mapping.kind as NonNullable<ColumnMapping["kind"]>;
  const rows = Math.max(0, Math.min(2, p.mapping.headerRows ?? 1));
  const { top, bottom } = headerTexts(reader, p.range.r0, rows);
  const { columns, periods } = readColumns(kind, top, bottom, reader.firstCol, p.range.c0, p.range.c1);
  const spec: TableSpec = {
    reader,
    kind,
    headerTop: p.range.r0,
    headerRows: rows,
    c0: p.range.c0,
    c1: p.range.c1,
    columns,
    periods,
    headerUnit: null,
    limit: Math.min(p.range.r1, reader.lastRow),
    manual: true,
  };
  const map = mappedColumns(p.mapping.columns, `sheet "${p.mapping.sheet}"`);
  const allowed = new Set(fieldsOf(kind));
  for (const f of map.values()) {
    if (f !== null && !allowed.has(f)) {
      throw new Error(`Column mapping on sheet "${p.mapping.sheet}": "${f}" is not a field of a ${kind} table.`);
    }
  }
  resolveDuplicates(spec);
  applyColumns(spec, map);
  return spec;
}

/** Applies the user's letter → field corrections to a detected table that holds their columns. */
function applyFixes(spec: TableSpec, fixes: ColumnMapping[]): void {
  for (const m of fixes) {
    const map = mappedColumns(m.columns, `sheet "${m.sheet}"`);
    if (map.size === 0) continue;
    const inside = [...map.keys()].every((c) => c >= spec.c0 && c <= spec.c1);
    if (inside && acceptsFields(spec, map.values())) applyColumns(spec, map);
  }
}

function tableUnit(spec: TableSpec, caption: Caption | null): { unit: Unit; source: TableBase["unitSource"] } {
  for (const c of spec.columns) if (c.unit && c.field && AMOUNT_FIELDS.has(c.field)) return { unit: c.unit, source: "header" };
  if (spec.headerUnit) return { unit: spec.headerUnit, source: "header" };
  if (caption?.unit) return { unit: caption.unit, source: "caption" };
  return { unit: "元", source: "default" };
}

function build(spec: TableSpec, floor: number, ctx: ReadContext, fixes: ColumnMapping[]): RecognisedTable {
  const { reader } = spec;
  if (!spec.manual) {
    resolveDuplicates(spec);
    applyFixes(spec, fixes);
  }
  const caption = captionAbove(reader, spec.headerTop, floor);
  const { unit, source } = tableUnit(spec, caption);
  const base = (end: number): TableBase => {
    const t: TableBase = {
      kind: spec.kind,
      sheet: reader.name,
      range: { r0: spec.headerTop, c0: spec.c0, r1: Math.max(end, spec.headerTop), c1: spec.c1 },
      headerRows: spec.headerRows,
      unit,
      unitSource: source,
      columns: spec.columns,
      hiddenRows: hiddenIn(reader, spec.headerTop + spec.headerRows, end),
    };
    if (caption) t.caption = caption.text;
    if (spec.manual) t.manual = true;
    return t;
  };
  if (spec.kind === "register") {
    const read = readRegister(spec, unit, ctx);
    return { ...base(spec.manual ? spec.limit : read.end), kind: "register", rows: read.rows, col: read.col };
  }
  const body = walkBody(spec);
  const end = spec.manual ? spec.limit : body.end;
  switch (spec.kind) {
    case "composition": {
      const { lines, totals } = readComposition(spec, body, unit, ctx);
      const t = { ...base(end), kind: "composition" as const, lines, totals };
      const approved = caption ? approvedBudgetIn(caption.text) : null;
      return approved ? { ...t, approvedBudget: approved } : t;
    }
    case "execution": {
      const read = readExecution(spec, body, unit, ctx, caption ? captionYear(caption.text) : null);
      return { ...base(end), kind: "execution", ...read };
    }
    case "catalog":
      return { ...base(end), kind: "catalog", items: readCatalog(spec, body, unit, ctx) };
  }
}

function hiddenIn(reader: GridReader, from: number, to: number): number[] {
  const hidden = reader.grid.hiddenRows;
  if (!hidden || hidden.length === 0) return [];
  return hidden.filter((r) => r >= from && r <= to).sort((a, b) => a - b);
}
