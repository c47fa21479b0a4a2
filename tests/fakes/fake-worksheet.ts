/**
 * Workbook, worksheets, protection, notes and tables of the fake Excel. Every proxy mirrors
 * itself on office.js (see fake-context.ts).
 */
import { FakeCollection, FakeContext, FakeObject } from "./fake-context";
import { FakeOfficeError, invalidArgument, itemNotFound } from "./fake-errors";
import type { SheetModel, TableModel } from "./fake-model";
import { MAX_COLS, MAX_ROWS, parseRect, rectA1, validateSheetName } from "./fake-model";
import { FakeRange, FakeRangeAreas, MAX_ADDRESS_CHARS, parseAreaList } from "./fake-range";

export class FakeWorksheet extends FakeObject<SheetModel> {
  constructor(
    ctx: FakeContext,
    private readonly resolver: () => SheetModel | null,
    nullable = false
  ) {
    super(ctx, "Worksheet", nullable);
  }
  protected resolve(): SheetModel | null {
    return this.resolver();
  }
  protected override scalars() {
    return {
      name: (s: SheetModel) => s.name,
      id: (s: SheetModel) => s.id,
      position: (s: SheetModel) => this.context.model.sheets.indexOf(s),
      visibility: (s: SheetModel) => s.visibility,
    };
  }
  protected override setters() {
    const model = this.context.model;
    return {
      name: (s: SheetModel, v: unknown) => {
        if (model.structureProtected) throw new FakeOfficeError("AccessDenied", "The workbook structure is protected.", "Worksheet.name");
        const n = String(v);
        validateSheetName(n);
        const other = model.sheetByKey(n);
        if (other && other !== s) throw new FakeOfficeError("ItemAlreadyExists", "The resource already exists.", "Worksheet.name");
        s.name = n;
      },
      visibility: (s: SheetModel, v: unknown) => {
        if (model.structureProtected) throw new FakeOfficeError("AccessDenied", "The workbook structure is protected.", "Worksheet.visibility");
        if (v !== "Visible" && model.sheets.filter((x) => x !== s && x.visibility === "Visible").length === 0)
          throw new FakeOfficeError("InvalidOperation", "A workbook must keep one visible sheet.", "Worksheet.visibility");
        s.visibility = v as SheetModel["visibility"];
      },
      position: (s: SheetModel, v: unknown) => {
        if (model.structureProtected) throw new FakeOfficeError("AccessDenied", "The workbook structure is protected.", "Worksheet.position");
        model.sheets = model.sheets.filter((x) => x !== s);
        model.sheets.splice(Math.min(Number(v), model.sheets.length), 0, s);
      },
    };
  }
  protected override navs() {
    return { protection: () => this.protection };
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.set("name", v);
  }
  get id(): string {
    return this.get("id");
  }
  get position(): number {
    return this.get("position");
  }
  set position(v: number) {
    this.set("position", v);
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(v: string) {
    this.set("visibility", v);
  }

  private protectionProxy?: FakeWorksheetProtection;
  get protection(): FakeWorksheetProtection {
    return (this.protectionProxy ??= new FakeWorksheetProtection(this.context, () => this.target("protection")).mirrored(() => this.shadow().protection));
  }
  private notesProxy?: FakeNoteCollection;
  /**
   * Notes (ExcelApi 1.18). On a host without that requirement set office.js throws ApiNotFound
   * as soon as the property is read (its throwIfApiNotSupported check), before any sync.
   */
  get notes(): FakeNoteCollection {
    if (!this.context.model.notesSupported)
      throw new FakeOfficeError("ApiNotFound", "The API you are trying to use could not be found: Worksheet.notes needs ExcelApi 1.18.", "Worksheet.notes");
    return (this.notesProxy ??= new FakeNoteCollection(this.context, () => this.target("notes")).mirrored(() => this.shadow().notes));
  }
  private tablesProxy?: FakeTableCollection;
  get tables(): FakeTableCollection {
    return (this.tablesProxy ??= new FakeTableCollection(this.context, () => this.target("tables")).mirrored(() => this.shadow().tables));
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.target("getRange");
      if (address === undefined) return { sheet, rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 } };
      const given = address.slice(0, MAX_ADDRESS_CHARS);
      const local = given.includes("!") ? given.slice(given.lastIndexOf("!") + 1) : given;
      const rect = parseRect(local);
      if (!rect) throw invalidArgument("Worksheet.getRange", `Not an address: ${address}`);
      return { sheet, rect };
    }).mirrored(() => (address === undefined ? this.shadow().getRange() : this.shadow().getRange(address)));
  }
  /**
   * Several areas (ExcelApi 1.9). The address is cut at 8192 characters, as Excel does (see
   * MAX_ADDRESS_CHARS): areas past the cut are silently lost, a cut area becomes another cell.
   */
  getRanges(address: string): FakeRangeAreas {
    this.context.model.longestAddress = Math.max(this.context.model.longestAddress, address.length);
    return new FakeRangeAreas(this.context, () => {
      const sheet = this.target("getRanges");
      const rects = parseAreaList(address.slice(0, MAX_ADDRESS_CHARS).replace(/,\s*$/, ""));
      if (!rects) throw invalidArgument("Worksheet.getRanges", `Not an address list: ${address.slice(0, 80)}…`);
      return { sheet, rects };
    }).mirrored(() => this.shadow().getRanges(address));
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.target("getUsedRangeOrNullObject");
        const rect = sheet.usedRange(valuesOnly);
        return rect ? { sheet, rect } : null;
      },
      true
    ).mirrored(() => this.shadow().getUsedRangeOrNullObject(valuesOnly));
  }
  activate(): void {
    this.call(
      "activate",
      null,
      (s) => {
        if (s.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "A hidden sheet cannot be activated.");
        this.context.model.activeSheetId = s.id;
      },
      []
    );
  }
  delete(): void {
    this.call("delete", null, (s) => this.context.model.deleteSheet(s), []);
  }
}

export class FakeWorksheetProtection extends FakeObject<SheetModel> {
  constructor(
    ctx: FakeContext,
    private readonly resolver: () => SheetModel
  ) {
    super(ctx, "WorksheetProtection");
  }
  protected resolve(): SheetModel {
    return this.resolver();
  }
  protected override scalars() {
    return { protected: (s: SheetModel) => s.protected };
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

export class FakeWorksheetCollection extends FakeCollection<SheetModel, FakeWorksheet> {
  constructor(ctx: FakeContext) {
    super(ctx, "WorksheetCollection");
  }
  protected members(): SheetModel[] {
    return this.context.model.sheets;
  }
  /** A loaded item: office.js addresses it through the collection by the id Excel returned. */
  protected itemProxy(s: SheetModel): FakeWorksheet {
    const id = s.id;
    return new FakeWorksheet(this.context, () => this.context.model.sheets.find((x) => x === s) ?? null).mirrored(() => this.shadow().getItem(id));
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.model.active()).mirrored(() => this.shadow().getActiveWorksheet());
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.model.sheet(key)).mirrored(() => this.shadow().getItem(key));
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.model.sheetByKey(key) ?? null, true).mirrored(() => this.shadow().getItemOrNullObject(key));
  }
  add(name?: string): FakeWorksheet {
    let created: SheetModel | null = null;
    const proxy = new FakeWorksheet(this.context, () => {
      if (!created) throw itemNotFound("Worksheets.add");
      return created;
    }).mirrored(() => this.shadow().add(name));
    proxy.shadow(); // the add call itself is part of this request
    this.context.queue({ request: { call: "add", name }, run: () => void (created = this.context.model.addSheet(name)) });
    return proxy;
  }
}

export class FakeNote extends FakeObject<{ sheet: SheetModel; cell: string }> {
  constructor(
    ctx: FakeContext,
    private readonly resolver: () => { sheet: SheetModel; cell: string } | null,
    nullable = false
  ) {
    super(ctx, "Note", nullable);
  }
  protected resolve() {
    return this.resolver();
  }
  protected override scalars() {
    return { content: (t: { sheet: SheetModel; cell: string }) => t.sheet.notes.get(t.cell) ?? "" };
  }
  protected override setters() {
    return {
      content: (t: { sheet: SheetModel; cell: string }, v: unknown) => {
        t.sheet.assertWritable("Note.content");
        t.sheet.notes.set(t.cell, String(v));
      },
    };
  }
  get content(): string {
    return this.get("content");
  }
  set content(v: string) {
    this.set("content", v);
  }
  delete(): void {
    this.call(
      "delete",
      null,
      (t) => {
        t.sheet.assertWritable("Note.delete");
        t.sheet.notes.delete(t.cell);
      },
      []
    );
  }
}

/** Notes (ExcelApi 1.18): keyed by cell address. */
export class FakeNoteCollection extends FakeCollection<string, FakeNote> {
  constructor(
    ctx: FakeContext,
    private readonly sheetOf: () => SheetModel
  ) {
    super(ctx, "NoteCollection");
  }
  private sheet(): SheetModel {
    return this.sheetOf();
  }
  protected members(): string[] {
    return [...this.sheet().notes.keys()];
  }
  protected itemProxy(cell: string): FakeNote {
    return new FakeNote(this.context, () => ({ sheet: this.sheet(), cell })).mirrored(() => this.shadow().getItem(cell));
  }
  private key(address: string): string {
    const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
    const rect = parseRect(local);
    if (!rect || rect.r0 !== rect.r1 || rect.c0 !== rect.c1)
      throw new FakeOfficeError("InvalidCellAddress", "A note needs a single cell.", "NoteCollection");
    return rectA1(rect);
  }
  add(cellAddress: string, content: string): FakeNote {
    const proxy = new FakeNote(this.context, () => ({ sheet: this.sheet(), cell: this.key(cellAddress) })).mirrored(() => this.shadow().add(cellAddress, content));
    proxy.shadow();
    this.context.queue({
      request: { call: "notes.add", cellAddress, content },
      run: () => {
        const s = this.sheet();
        s.assertWritable("NoteCollection.add");
        const k = this.key(cellAddress);
        if (s.notes.has(k)) throw new FakeOfficeError("InvalidArgument", "The cell already has a note.", "NoteCollection.add");
        s.notes.set(k, content);
      },
    });
    return proxy;
  }
  getItem(key: string): FakeNote {
    return new FakeNote(this.context, () => {
      const s = this.sheet();
      const k = this.key(key);
      if (!s.notes.has(k)) throw itemNotFound("NoteCollection.getItem");
      return { sheet: s, cell: k };
    }).mirrored(() => this.shadow().getItem(key));
  }
  getItemOrNullObject(key: string): FakeNote {
    return new FakeNote(
      this.context,
      () => {
        const s = this.sheet();
        const k = this.key(key);
        return s.notes.has(k) ? { sheet: s, cell: k } : null;
      },
      true
    ).mirrored(() => this.shadow().getItemOrNullObject(key));
  }
}

export class FakeTable extends FakeObject<TableModel> {
  constructor(
    ctx: FakeContext,
    private readonly resolver: () => TableModel | null,
    nullable = false
  ) {
    super(ctx, "Table", nullable);
  }
  protected resolve() {
    return this.resolver();
  }
  protected override scalars() {
    return { name: (t: TableModel) => t.name, style: (t: TableModel) => t.style };
  }
  protected override setters() {
    const model = this.context.model;
    return {
      name: (t: TableModel, v: unknown) => {
        const n = String(v);
        if (!/^[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(n)) throw invalidArgument("Table.name", `Invalid table name: ${n}`);
        if (model.tables.some((x) => x !== t && x.name.toLowerCase() === n.toLowerCase()))
          throw new FakeOfficeError("ItemAlreadyExists", "A table with this name already exists.", "Table.name");
        t.name = n;
      },
      style: (t: TableModel, v: unknown) => void (t.style = String(v)),
    };
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.set("name", v);
  }
  set style(v: string) {
    this.set("style", v);
  }
}

/** A sheet's tables (add) or, with no sheet, the workbook's tables (load names). */
export class FakeTableCollection extends FakeCollection<TableModel, FakeTable> {
  constructor(
    ctx: FakeContext,
    private readonly sheetOf: (() => SheetModel) | null
  ) {
    super(ctx, "TableCollection");
  }
  protected members(): TableModel[] {
    const s = this.sheetOf?.();
    return this.context.model.tables.filter((t) => !s || t.sheetId === s.id);
  }
  protected itemProxy(t: TableModel): FakeTable {
    const name = t.name;
    return new FakeTable(this.context, () => t).mirrored(() => this.shadow().getItem(name));
  }
  getItemOrNullObject(name: string): FakeTable {
    return new FakeTable(this.context, () => this.context.model.tables.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null, true).mirrored(() =>
      this.shadow().getItemOrNullObject(name)
    );
  }
  add(address: string, hasHeaders: boolean): FakeTable {
    let created: TableModel | null = null;
    const proxy = new FakeTable(this.context, () => {
      if (!created) throw itemNotFound("TableCollection.add");
      return created;
    }).mirrored(() => this.shadow().add(address, hasHeaders));
    proxy.shadow();
    this.context.queue({
      request: { call: "tables.add", address, hasHeaders },
      run: () => {
        if (!this.sheetOf) throw new FakeOfficeError("NotImplemented", "Add tables through a worksheet in this fake.");
        const s = this.sheetOf();
        s.assertWritable("TableCollection.add");
        const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
        const rect = parseRect(local);
        if (!rect) throw invalidArgument("TableCollection.add", address);
        if (this.context.model.tables.some((t) => t.sheetId === s.id && overlap(t.range, rect)))
          throw new FakeOfficeError("InvalidOperation", "A table can't overlap another table.");
        let i = this.context.model.tables.length + 1;
        while (this.context.model.tables.some((t) => t.name === `Table${i}`)) i++;
        created = { name: `Table${i}`, sheetId: s.id, range: rect, hasHeaders, style: "TableStyleMedium2" };
        this.context.model.tables.push(created);
      },
    });
    return proxy;
  }
}

function overlap(a: { r0: number; c0: number; r1: number; c1: number }, b: typeof a): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export class FakeWorkbookProtection extends FakeObject<null> {
  constructor(ctx: FakeContext) {
    super(ctx, "WorkbookProtection");
  }
  protected resolve(): null {
    return null;
  }
  override target(): null {
    return null;
  }
  protected override scalars() {
    return { protected: () => this.context.model.structureProtected };
  }
  override loadQuiet(spec?: string | string[] | { select?: string; expand?: string }): this {
    // resolve() is null by design here (no model object); load reads the workbook flag.
    const props = (typeof spec === "string" ? spec.split(",") : Array.isArray(spec) ? spec : ["protected"]).map((s) => s.trim());
    this.context.queue({
      request: { load: props },
      run: () => {
        const v = this.context.model.structureProtected;
        return { response: { protected: v }, commit: () => this.loaded.set("protected", v) };
      },
    });
    return this;
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

export class FakeApplication {
  constructor(private readonly ctx: FakeContext) {}
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.mirror?.application.suspendScreenUpdatingUntilNextSync();
    this.ctx.queue({ request: { call: "suspendScreenUpdatingUntilNextSync" }, run: () => void this.ctx.model.screenUpdatingSuspensions++ });
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly protection: FakeWorkbookProtection;
  readonly tables: FakeTableCollection;
  readonly application: FakeApplication;
  constructor(private readonly ctx: FakeContext) {
    const root = () => ctx.mirror?.workbook;
    this.worksheets = new FakeWorksheetCollection(ctx).mirrored(() => root().worksheets);
    this.protection = new FakeWorkbookProtection(ctx).mirrored(() => root().protection);
    this.tables = new FakeTableCollection(ctx, null).mirrored(() => root().tables);
    this.application = new FakeApplication(ctx);
  }
  getSelectedRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sel = this.ctx.model.selection;
      const sheet = sel ? this.ctx.model.sheet(sel.sheetId) : this.ctx.model.active();
      return { sheet, rect: sel?.rect ?? { r0: 0, c0: 0, r1: 0, c1: 0 } };
    }).mirrored(() => this.ctx.mirror?.workbook.getSelectedRange());
  }
}
