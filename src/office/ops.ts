/**
 * Every operation the gateway queues in bulk, each with what it costs in a request. Excel on
 * the web refuses a request above 5 MB, and what counts is the body office.js builds: object
 * paths and actions with ids, a few hundred bytes per operation before its arguments. The costs
 * below are that overhead measured with office.js's own serialiser (rounded up) plus the JSON of
 * the arguments; tests/office/request-size.test.ts builds each operation with office.js and
 * fails when a constant is below what office.js produces, or far above it.
 */
import { utf8Length } from "./address";

/** Bytes of office.js's object paths and actions per operation, beyond the arguments' JSON. */
export const OP_OVERHEAD = {
  /** worksheet.getRanges(address).format.fill: color + pattern. */
  fillAreas: 750,
  /** worksheet.getRanges(address).format.fill.clear(). */
  clearAreas: 640,
  /** worksheet.getRanges(address).format.fill: color, pattern, patternColor, tints. */
  restoreAreas: 1100,
  /** worksheet.getRanges(address).format.font.bold = true. */
  boldAreas: 640,
  /** worksheet.getRange(address).getCellProperties(options). */
  cellProps: 320,
  /** worksheet.getRange(address).setCellProperties(data). */
  setCellProps: 320,
  /** worksheet.getRange(address): numberFormat then values. */
  writeBlock: 420,
  /** worksheet.getRange(address).load(properties). */
  loadRange: 320,
  /** worksheet.notes.getItemOrNullObject(cell).load("content"). */
  noteLookup: 320,
  /** worksheet.notes.add(cell, content). */
  noteAdd: 200,
  /** note.content = text (on a note looked up earlier). */
  noteUpdate: 320,
  /** note.delete() (on a note looked up earlier). */
  noteDelete: 320,
  /** Any other single call: column widths, activate, sheet add. */
  other: 700,
} as const;

export type OpKind = keyof typeof OP_OVERHEAD;

/** UTF-8 bytes of the JSON of the arguments, as office.js writes them into the body. */
export function argBytes(...args: unknown[]): number {
  let n = 0;
  for (const a of args) n += a === undefined ? 4 : utf8Length(JSON.stringify(a)) + 1;
  return n;
}

/** The request cost of one operation of a kind with these arguments. */
export function opCost(kind: OpKind, ...args: unknown[]): number {
  return OP_OVERHEAD[kind] + argBytes(...args);
}

/** The fill properties the add-in saves and restores. */
export interface FillProps {
  color: string;
  pattern: string | null;
  patternColor: string | null;
  tintAndShade: number | null;
  patternTintAndShade: number | null;
}

export const CELL_FILL_LOAD = { format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true } } } as const;

/** Bytes of getCellProperties' answer per cell for CELL_FILL_LOAD (a generous bound of its JSON). */
export const CELL_FILL_RESPONSE_BYTES = 140;

export const ops = {
  fillAreas(ws: Excel.Worksheet, address: string, color: string): void {
    const fill = ws.getRanges(address).format.fill;
    fill.color = color;
    fill.pattern = "Solid";
  },
  clearAreas(ws: Excel.Worksheet, address: string): void {
    ws.getRanges(address).format.fill.clear();
  },
  restoreAreas(ws: Excel.Worksheet, address: string, f: FillProps): void {
    const fill = ws.getRanges(address).format.fill;
    fill.color = f.color;
    if (f.pattern) fill.pattern = f.pattern as Excel.FillPattern;
    if (f.patternColor && f.pattern && f.pattern !== "Solid" && f.pattern !== "None") fill.patternColor = f.patternColor;
    if (f.tintAndShade !== null) fill.tintAndShade = f.tintAndShade;
    if (f.patternTintAndShade !== null && f.pattern && f.pattern !== "Solid") fill.patternTintAndShade = f.patternTintAndShade;
  },
  boldAreas(ws: Excel.Worksheet, address: string): void {
    ws.getRanges(address).format.font.bold = true;
  },
  cellFills(ws: Excel.Worksheet, address: string): OfficeExtension.ClientResult<Excel.CellProperties[][]> {
    return ws.getRange(address).getCellProperties(CELL_FILL_LOAD);
  },
  setCellProps(ws: Excel.Worksheet, address: string, data: Excel.SettableCellProperties[][]): void {
    ws.getRange(address).setCellProperties(data);
  },
  /** Text-safe write: the number formats first, so "=…" stays text under "@". */
  writeBlock(ws: Excel.Worksheet, address: string, formats: string[][], values: (string | number | boolean)[][]): void {
    const range = ws.getRange(address);
    range.numberFormat = formats;
    range.values = values;
  },
  noteLookup(ws: Excel.Worksheet, cell: string): Excel.Note {
    const note = ws.notes.getItemOrNullObject(cell);
    note.load("content");
    return note;
  },
  noteAdd(ws: Excel.Worksheet, cell: string, content: string): void {
    ws.notes.add(cell, content);
  },
  noteUpdate(note: Excel.Note, content: string): void {
    note.content = content;
  },
  noteDelete(note: Excel.Note): void {
    note.delete();
  },
};
