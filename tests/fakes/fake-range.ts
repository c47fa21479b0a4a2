/**
 * Range, RangeAreas, their format (fill, font) and cell properties in the fake Excel. Every
 * property is computed from the model at sync time; every write checks the sheet's protection.
 * Each proxy mirrors itself on office.js (see fake-context.ts) so requests are measured by
 * office.js's own serialiser.
 */
import type { Cell, CellRange } from "../../src/core/grid";
import { FakeClientResult, FakeContext, FakeObject, type Mirror } from "./fake-context";
import { FakeOfficeError, invalidArgument } from "./fake-errors";
import type { FillModel, HyperlinkModel, SheetModel } from "./fake-model";
import { MAX_COLS, MAX_ROWS, intersects, parseRect, qualified } from "./fake-model";
import { FakeWorksheet } from "./fake-worksheet";

export interface RangeTarget {
  sheet: SheetModel;
  rect: CellRange;
}

/** One or more rectangles of one sheet: what a format or fill proxy writes to. */
export interface CellsTarget {
  sheet: SheetModel;
  rects: CellRange[];
}

type Resolver = () => RangeTarget | null;

/**
 * Reading more cells than this in one property is refused: "a range is limited to five million
 * cells for get operations" (https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices).
 */
const MAX_READ_CELLS = 5_000_000;

/**
 * Merged areas per getMergedAreasOrNullObject call: "if the merged areas count in this range is
 * more than 512, then this method will fail to return the result"
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
 */
export const MAX_MERGED_AREAS = 512;

/**
 * Address strings of Worksheet.getRange / getRanges: "an address string limit of 8192
 * characters. When this limit is exceeded, the address string is truncated to 8192 characters"
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-troubleshooting#range-return-character-limit).
 */
export const MAX_ADDRESS_CHARS = 8192;

function cells(t: RangeTarget): number {
  return (t.rect.r1 - t.rect.r0 + 1) * (t.rect.c1 - t.rect.c0 + 1);
}

function grid<V>(t: RangeTarget, f: (r: number, c: number) => V): V[][] {
  if (cells(t) > MAX_READ_CELLS) throw new FakeOfficeError("RangeExceedsLimit", "The range is too large to read at once.");
  const out: V[][] = [];
  for (let r = t.rect.r0; r <= t.rect.r1; r++) {
    const row: V[] = [];
    for (let c = t.rect.c0; c <= t.rect.c1; c++) row.push(f(r, c));
    out.push(row);
  }
  return out;
}

function forEachCell(t: RangeTarget, f: (r: number, c: number, i: number, j: number) => void): void {
  for (let r = t.rect.r0; r <= t.rect.r1; r++) for (let c = t.rect.c0; c <= t.rect.c1; c++) f(r, c, r - t.rect.r0, c - t.rect.c0);
}

function forEachOf(t: CellsTarget, f: (r: number, c: number) => void): void {
  for (const rect of t.rects) forEachCell({ sheet: t.sheet, rect }, (r, c) => f(r, c));
}

/** A 2-D argument must match the range; a scalar applies to every cell (as Office.js allows). */
function cellArg(t: RangeTarget, v: unknown, where: string): (i: number, j: number) => unknown {
  if (!Array.isArray(v)) return () => v;
  const rows = t.rect.r1 - t.rect.r0 + 1;
  const cols = t.rect.c1 - t.rect.c0 + 1;
  if (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols))
    throw invalidArgument(where, `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}x${cols}).`);
  return (i, j) => (v as unknown[][])[i][j];
}

function shown(v: Cell): Cell {
  return v === null ? "" : v;
}

/** "A1:B2,C5" (a sheet part allowed) into rectangles; null when one is not an address. */
export function parseAreaList(address: string): CellRange[] | null {
  const out: CellRange[] = [];
  for (const part of address.split(",")) {
    const p = part.trim();
    const local = p.includes("!") ? p.slice(p.lastIndexOf("!") + 1) : p;
    const rect = parseRect(local);
    if (!rect) return null;
    out.push(rect);
  }
  return out;
}

export class FakeRange extends FakeObject<RangeTarget> {
  constructor(
    ctx: FakeContext,
    private readonly resolver: Resolver,
    nullable = false
  ) {
    super(ctx, "Range", nullable);
  }

  protected resolve(): RangeTarget | null {
    return this.resolver();
  }

  protected override scalars() {
    return {
      address: (t: RangeTarget) => qualified(t.sheet.name, t.rect),
      addressLocal: (t: RangeTarget) => qualified(t.sheet.name, t.rect),
      rowIndex: (t: RangeTarget) => t.rect.r0,
      columnIndex: (t: RangeTarget) => t.rect.c0,
      rowCount: (t: RangeTarget) => t.rect.r1 - t.rect.r0 + 1,
      columnCount: (t: RangeTarget) => t.rect.c1 - t.rect.c0 + 1,
      cellCount: (t: RangeTarget) => cells(t),
      values: (t: RangeTarget) => {
        if (t.sheet.failReads) throw new FakeOfficeError("GeneralException", "An internal error has occurred.", "Range.values");
        return grid(t, (r, c) => shown(t.sheet.value(r, c)));
      },
      formulas: (t: RangeTarget) => grid(t, (r, c) => t.sheet.formula(r, c) ?? shown(t.sheet.value(r, c))),
      numberFormat: (t: RangeTarget) => grid(t, (r, c) => t.sheet.format(r, c)),
      valueTypes: (t: RangeTarget) => grid(t, (r, c) => valueType(t.sheet.value(r, c))),
      rowHidden: (t: RangeTarget) => {
        let hidden = 0;
        for (const r of t.sheet.hiddenRows) if (r >= t.rect.r0 && r <= t.rect.r1) hidden++;
        const rows = t.rect.r1 - t.rect.r0 + 1;
        return hidden === 0 ? false : hidden === rows ? true : null;
      },
      hyperlink: (t: RangeTarget) => t.sheet.hyperlink(t.rect.r0, t.rect.c0),
    };
  }

  protected override setters() {
    return {
      values: (t: RangeTarget, v: unknown) => {
        t.sheet.assertWritable("Range.values");
        const at = cellArg(t, v, "Range.values");
        forEachCell(t, (r, c, i, j) => t.sheet.enter(r, c, at(i, j), false));
      },
      formulas: (t: RangeTarget, v: unknown) => {
        t.sheet.assertWritable("Range.formulas");
        const at = cellArg(t, v, "Range.formulas");
        forEachCell(t, (r, c, i, j) => t.sheet.enter(r, c, at(i, j), true));
      },
      numberFormat: (t: RangeTarget, v: unknown) => {
        t.sheet.assertWritable("Range.numberFormat");
        const at = cellArg(t, v, "Range.numberFormat");
        forEachCell(t, (r, c, i, j) => {
          const f = at(i, j);
          if (f !== null && f !== undefined) t.sheet.setFormat(r, c, String(f));
        });
      },
      hyperlink: (t: RangeTarget, v: unknown) => {
        t.sheet.assertWritable("Range.hyperlink");
        const h = v as HyperlinkModel | null;
        forEachCell(t, (r, c) => t.sheet.setHyperlink(r, c, h));
        if (h?.textToDisplay !== undefined) t.sheet.setRawValue(t.rect.r0, t.rect.c0, h.textToDisplay);
      },
      rowHidden: (t: RangeTarget, v: unknown) => {
        for (let r = t.rect.r0; r <= t.rect.r1; r++) {
          if (v) t.sheet.hiddenRows.add(r);
          else t.sheet.hiddenRows.delete(r);
        }
      },
    };
  }

  protected override navs() {
    return { format: () => this.format };
  }

  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(v: unknown[][]) {
    this.set("values", v);
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(v: unknown[][]) {
    this.set("formulas", v);
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.set("numberFormat", v);
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get rowHidden(): boolean | null {
    return this.get("rowHidden");
  }
  set rowHidden(v: boolean | null) {
    this.set("rowHidden", v);
  }
  get hyperlink(): HyperlinkModel | null {
    return this.get("hyperlink");
  }
  set hyperlink(v: HyperlinkModel | null) {
    this.set("hyperlink", v);
  }

  private formatProxy?: FakeRangeFormat;
  get format(): FakeRangeFormat {
    return (this.formatProxy ??= new FakeRangeFormat(this.context, () => {
      const t = this.target("format");
      return { sheet: t.sheet, rects: [t.rect] };
    }).mirrored(() => this.shadow().format));
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.target("worksheet").sheet).mirrored(() => this.shadow().worksheet);
  }

  private derive(method: string, args: unknown[], f: (t: RangeTarget) => CellRange | null, nullable = false): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const t = nullable ? this.resolve() : this.target("derive");
        if (!t) return null;
        const rect = f(t);
        return rect ? { sheet: t.sheet, rect } : null;
      },
      nullable
    ).mirrored(() => this.shadow()[method](...args));
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive("getCell", [row, column], (t) => inSheet({ r0: t.rect.r0 + row, c0: t.rect.c0 + column, r1: t.rect.r0 + row, c1: t.rect.c0 + column }));
  }
  getEntireRow(): FakeRange {
    return this.derive("getEntireRow", [], (t) => ({ r0: t.rect.r0, c0: 0, r1: t.rect.r1, c1: MAX_COLS - 1 }));
  }

  /**
   * Merged areas of the range; a null object when there are none. As Excel does: only merges
   * whose top-left cell lies in the range are returned (https://github.com/OfficeDev/office-js/issues/3611),
   * whole; and more than 512 merged areas in the range fail the request (see MAX_MERGED_AREAS).
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      () => {
        const t = this.target("getMergedAreasOrNullObject");
        const touching = t.sheet.merges.filter((m) => intersects(m, t.rect));
        if (touching.length > MAX_MERGED_AREAS)
          throw new FakeOfficeError("GeneralException", `More than ${MAX_MERGED_AREAS} merged areas in the range.`, "Range.getMergedAreasOrNullObject");
        const hits = touching.filter((m) => m.r0 >= t.rect.r0 && m.r0 <= t.rect.r1 && m.c0 >= t.rect.c0 && m.c0 <= t.rect.c1);
        return hits.length ? { sheet: t.sheet, rects: hits } : null;
      },
      true
    ).mirrored(() => this.shadow().getMergedAreasOrNullObject());
  }

  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => this.special(cellType), true).mirrored(() => this.shadow().getSpecialCellsOrNullObject(cellType));
  }

  private special(cellType: string): CellsTarget | null {
    if (cellType !== "Visible") throw new FakeOfficeError("NotImplemented", `The fake models only "Visible" special cells.`);
    const t = this.target("getSpecialCells");
    const rects: CellRange[] = [];
    let start = -1;
    for (let r = t.rect.r0; r <= t.rect.r1 + 1; r++) {
      const visible = r <= t.rect.r1 && !t.sheet.hiddenRows.has(r);
      if (visible && start < 0) start = r;
      if (!visible && start >= 0) {
        rects.push({ r0: start, c0: t.rect.c0, r1: r - 1, c1: t.rect.c1 });
        start = -1;
      }
    }
    return rects.length ? { sheet: t.sheet, rects } : null;
  }

  select(): void {
    this.call(
      "select",
      null,
      (t) => {
        this.context.model.activeSheetId = t.sheet.id;
        this.context.model.selection = { sheetId: t.sheet.id, rect: t.rect };
      },
      []
    );
  }

  clear(applyTo: "All" | "Contents" | "Formats" | "Hyperlinks" = "All"): void {
    this.call(
      "clear",
      applyTo,
      (t) => {
        t.sheet.assertWritable("Range.clear");
        t.sheet.clear(t.rect, applyTo);
      },
      [applyTo]
    );
  }

  /**
   * Per-cell properties (ExcelApi 1.9): the requested parts of format.fill, format.font.bold and
   * hyperlink, for every cell of the range, in one answer.
   */
  getCellProperties(options: CellPropertiesLoad): FakeClientResult<CellProps[][]> {
    const result = new FakeClientResult<CellProps[][]>();
    this.onMirror((m) => m.getCellProperties(options));
    this.context.queue({
      request: { call: "getCellProperties", options },
      run: () => {
        const t = this.target("getCellProperties");
        const none = this.context.model.noFillPattern;
        const value = grid(t, (r, c) => cellProps(t.sheet, r, c, options, none));
        return { response: value, commit: () => result.deliver(value) };
      },
    });
    return result;
  }

  /** Writes per-cell properties (ExcelApi 1.9); the array must match the range. */
  setCellProperties(data: CellProps[][]): void {
    const copy = JSON.parse(JSON.stringify(data)) as CellProps[][];
    this.call(
      "setCellProperties",
      copy,
      (t) => {
        t.sheet.assertWritable("Range.setCellProperties");
        const at = cellArg(t, copy, "Range.setCellProperties");
        if (!Array.isArray(copy)) throw invalidArgument("Range.setCellProperties", "A 2-D array is required.");
        forEachCell(t, (r, c, i, j) => applyCellProps(t.sheet, r, c, at(i, j) as CellProps));
      },
      [copy]
    );
  }
}

/** What getCellProperties is asked for (the parts the add-in uses). */
export interface CellPropertiesLoad {
  format?: { fill?: Partial<Record<keyof FillModel, boolean>>; font?: { bold?: boolean } };
  hyperlink?: boolean;
  address?: boolean;
}

export interface CellProps {
  format?: { fill?: Partial<Record<keyof FillModel, unknown>>; font?: { bold?: boolean } };
  hyperlink?: HyperlinkModel | null;
  address?: string;
}

function cellProps(sheet: SheetModel, r: number, c: number, o: CellPropertiesLoad, noFill: "None" | null): CellProps {
  const out: CellProps = {};
  if (o.address) out.address = qualified(sheet.name, { r0: r, c0: c, r1: r, c1: c });
  if (o.format?.fill) {
    const f = sheet.fill(r, c);
    const all: Record<keyof FillModel, unknown> = f
      ? { ...f }
      : { color: "#FFFFFF", pattern: noFill, patternColor: "#000000", tintAndShade: null, patternTintAndShade: null };
    const fill: Partial<Record<keyof FillModel, unknown>> = {};
    for (const k of Object.keys(o.format.fill) as (keyof FillModel)[]) if (o.format.fill[k]) fill[k] = all[k];
    out.format = { ...out.format, fill };
  }
  if (o.format?.font?.bold) out.format = { ...out.format, font: { bold: sheet.isBold(r, c) } };
  if (o.hyperlink) out.hyperlink = sheet.hyperlink(r, c);
  return out;
}

function applyCellProps(sheet: SheetModel, r: number, c: number, p: CellProps | null | undefined): void {
  if (!p) return;
  const fill = p.format?.fill;
  if (fill) {
    let f = sheet.fill(r, c);
    if (fill.pattern === "None") f = null;
    else {
      if (fill.pattern !== undefined) {
        if (fill.pattern === "LinearGradient" || fill.pattern === "RectangularGradient")
          throw new FakeOfficeError("UnsupportedFillType", "Gradient fills cannot be set.");
        f = { ...(f ?? SOLID_WHITE), pattern: String(fill.pattern) };
      }
      if (fill.color !== undefined) f = { ...(f ?? SOLID_WHITE), color: normalizeColor(String(fill.color)) };
      if (fill.patternColor !== undefined) f = { ...(f ?? SOLID_WHITE), patternColor: normalizeColor(String(fill.patternColor)) };
      if (fill.tintAndShade !== undefined) f = { ...(f ?? SOLID_WHITE), tintAndShade: Number(fill.tintAndShade) };
      if (fill.patternTintAndShade !== undefined) f = { ...(f ?? SOLID_WHITE), patternTintAndShade: Number(fill.patternTintAndShade) };
    }
    sheet.setFill(r, c, f);
  }
  if (p.format?.font?.bold !== undefined) sheet.setBold(r, c, Boolean(p.format.font.bold));
  if (p.hyperlink !== undefined) {
    sheet.setHyperlink(r, c, p.hyperlink);
    if (p.hyperlink?.textToDisplay !== undefined) sheet.setRawValue(r, c, p.hyperlink.textToDisplay);
  }
}

function inSheet(rect: CellRange): CellRange {
  if (rect.r0 < 0 || rect.c0 < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLS || rect.r1 < rect.r0 || rect.c1 < rect.c0)
    throw invalidArgument("Range", "The range is outside the worksheet.");
  return rect;
}

function valueType(v: Cell): string {
  if (v === null || v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/.test(v) ? "Error" : "String";
}

export class FakeRangeFormat extends FakeObject<CellsTarget> {
  constructor(
    ctx: FakeContext,
    private readonly resolver: () => CellsTarget
  ) {
    super(ctx, "RangeFormat");
  }
  protected resolve(): CellsTarget {
    return this.resolver();
  }
  protected override scalars() {
    return { wrapText: () => false };
  }
  protected override setters() {
    return {
      wrapText: (t: CellsTarget) => t.sheet.assertWritable("RangeFormat.wrapText"),
      columnWidth: (t: CellsTarget) => t.sheet.assertWritable("RangeFormat.columnWidth"),
      verticalAlignment: (t: CellsTarget) => t.sheet.assertWritable("RangeFormat.verticalAlignment"),
    };
  }
  protected override navs() {
    return { fill: () => this.fill, font: () => this.font };
  }
  set wrapText(v: boolean) {
    this.set("wrapText", v);
  }
  set columnWidth(v: number) {
    this.set("columnWidth", v);
  }
  set verticalAlignment(v: string) {
    this.set("verticalAlignment", v);
  }
  private fillProxy?: FakeRangeFill;
  get fill(): FakeRangeFill {
    return (this.fillProxy ??= new FakeRangeFill(this.context, this.resolver).mirrored(() => this.shadow().fill));
  }
  private fontProxy?: FakeRangeFont;
  get font(): FakeRangeFont {
    return (this.fontProxy ??= new FakeRangeFont(this.context, this.resolver).mirrored(() => this.shadow().font));
  }
  autofitColumns(): void {
    this.call("autofitColumns", null, (t) => t.sheet.assertWritable("RangeFormat.autofitColumns"), []);
  }
}

const NAMED: Record<string, string> = {
  yellow: "#FFFF00",
  red: "#FF0000",
  white: "#FFFFFF",
  black: "#000000",
  orange: "#FFA500",
  blue: "#0000FF",
  green: "#008000",
  pink: "#FFC0CB",
};

export function normalizeColor(c: string): string {
  const named = NAMED[c.toLowerCase()];
  if (named) return named;
  const hex = c.startsWith("#") ? c.slice(1) : c;
  if (!/^[0-9A-Fa-f]{6}$/.test(hex)) throw invalidArgument("RangeFill.color", `Not a color: ${c}`);
  return `#${hex.toUpperCase()}`;
}

const SOLID_WHITE: FillModel = { color: "#FFFFFF", pattern: "Solid", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 };

/** Reads per cell, as Excel does: a property that differs between cells reads null. */
export class FakeRangeFill extends FakeObject<CellsTarget> {
  constructor(
    ctx: FakeContext,
    private readonly resolver: () => CellsTarget
  ) {
    super(ctx, "RangeFill");
  }
  protected resolve(): CellsTarget {
    return this.resolver();
  }
  private uniform(t: CellsTarget, f: (fill: FillModel | null) => unknown): unknown {
    let first: unknown;
    let seen = false;
    let same = true;
    forEachOf(t, (r, c) => {
      if (!same) return;
      const v = f(t.sheet.fill(r, c));
      if (!seen) {
        first = v;
        seen = true;
      } else if (v !== first) same = false;
    });
    return same ? first : null;
  }
  protected override scalars() {
    const none = () => this.context.model.noFillPattern;
    return {
      color: (t: CellsTarget) => this.uniform(t, (f) => (f ? f.color : "#FFFFFF")),
      pattern: (t: CellsTarget) => this.uniform(t, (f) => (f ? f.pattern : none())),
      patternColor: (t: CellsTarget) => this.uniform(t, (f) => (f ? f.patternColor : "#000000")),
      tintAndShade: (t: CellsTarget) => this.uniform(t, (f) => (f ? f.tintAndShade : null)),
      patternTintAndShade: (t: CellsTarget) => this.uniform(t, (f) => (f ? f.patternTintAndShade : null)),
    };
  }
  protected override setters() {
    const each = (where: string, g: (f: FillModel | null, v: unknown) => FillModel | null) => (t: CellsTarget, v: unknown) => {
      t.sheet.assertWritable(where);
      forEachOf(t, (r, c) => t.sheet.setFill(r, c, g(t.sheet.fill(r, c), v)));
    };
    return {
      color: each("RangeFill.color", (f, v) => ({ ...(f ?? SOLID_WHITE), color: normalizeColor(String(v)) })),
      pattern: each("RangeFill.pattern", (f, v) => {
        if (v === "None") return null;
        if (v === "LinearGradient" || v === "RectangularGradient") throw new FakeOfficeError("UnsupportedFillType", "Gradient fills cannot be set.");
        return { ...(f ?? SOLID_WHITE), pattern: String(v) };
      }),
      patternColor: each("RangeFill.patternColor", (f, v) => ({ ...(f ?? SOLID_WHITE), patternColor: normalizeColor(String(v)) })),
      tintAndShade: each("RangeFill.tintAndShade", (f, v) => ({ ...(f ?? SOLID_WHITE), tintAndShade: Number(v) })),
      patternTintAndShade: each("RangeFill.patternTintAndShade", (f, v) => ({ ...(f ?? SOLID_WHITE), patternTintAndShade: Number(v) })),
    };
  }
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    this.set("color", v);
  }
  get pattern(): string | null {
    return this.get("pattern");
  }
  set pattern(v: string | null) {
    this.set("pattern", v);
  }
  get patternColor(): string {
    return this.get("patternColor");
  }
  set patternColor(v: string) {
    this.set("patternColor", v);
  }
  get tintAndShade(): number | null {
    return this.get("tintAndShade");
  }
  set tintAndShade(v: number | null) {
    this.set("tintAndShade", v);
  }
  get patternTintAndShade(): number | null {
    return this.get("patternTintAndShade");
  }
  set patternTintAndShade(v: number | null) {
    this.set("patternTintAndShade", v);
  }
  clear(): void {
    this.call(
      "clear",
      null,
      (t) => {
        t.sheet.assertWritable("RangeFill.clear");
        forEachOf(t, (r, c) => t.sheet.setFill(r, c, null));
      },
      []
    );
  }
}

export class FakeRangeFont extends FakeObject<CellsTarget> {
  constructor(
    ctx: FakeContext,
    private readonly resolver: () => CellsTarget
  ) {
    super(ctx, "RangeFont");
  }
  protected resolve(): CellsTarget {
    return this.resolver();
  }
  protected override scalars() {
    return { bold: (t: CellsTarget) => t.sheet.isBold(t.rects[0].r0, t.rects[0].c0) };
  }
  protected override setters() {
    return {
      bold: (t: CellsTarget, v: unknown) => {
        t.sheet.assertWritable("RangeFont.bold");
        forEachOf(t, (r, c) => t.sheet.setBold(r, c, Boolean(v)));
      },
      size: (t: CellsTarget) => t.sheet.assertWritable("RangeFont.size"),
      color: (t: CellsTarget) => t.sheet.assertWritable("RangeFont.color"),
    };
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(v: boolean) {
    this.set("bold", v);
  }
  set size(v: number) {
    this.set("size", v);
  }
  set color(v: string) {
    this.set("color", v);
  }
}

/** RangeAreas (ExcelApi 1.9): several rectangles of one sheet, with one format for all. */
export class FakeRangeAreas extends FakeObject<CellsTarget> {
  constructor(
    ctx: FakeContext,
    private readonly resolver: () => CellsTarget | null,
    nullable = false
  ) {
    super(ctx, "RangeAreas", nullable);
  }
  protected resolve(): CellsTarget | null {
    return this.resolver();
  }
  protected override scalars() {
    return {
      address: (t: CellsTarget) => t.rects.map((r) => qualified(t.sheet.name, r)).join(","),
      areaCount: (t: CellsTarget) => t.rects.length,
      cellCount: (t: CellsTarget) => t.rects.reduce((n, r) => n + (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1), 0),
    };
  }
  protected override navs() {
    return { format: () => this.format };
  }
  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  private formatProxy?: FakeRangeFormat;
  get format(): FakeRangeFormat {
    return (this.formatProxy ??= new FakeRangeFormat(this.context, () => this.target("format")).mirrored(() => this.shadow().format));
  }
}

export type { Mirror };
