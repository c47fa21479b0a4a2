/**
 * Rewrites one worksheet part of the annotated copy as it streams: a flagged cell's tag gets
 * its new style id (everything else in the tag as written), a flagged cell that is not in the
 * file is inserted empty with its style, and a <legacyDrawing> is added when the sheet gets
 * notes. Every other character of the part is copied as it was.
 */
import type { Severity } from "../core/findings";
import { a1 } from "../core/grid";
import { parseRef } from "./sheetXml";
import { XmlScanner, type Attrs, type XmlHandler } from "./xmlScan";

export interface Target {
  row: number;
  col: number;
  severity: Severity;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Worksheet children that come after <legacyDrawing> in the schema's order. */
const AFTER_LEGACY = new Set(["legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"]);

export class SheetRewriter implements XmlHandler {
  readonly scanner: XmlScanner;
  private readonly edits: Edit[] = [];
  private pending = "";
  private pendingBase = 0;
  private emitted = 0;
  private depth = 0;
  private prefix = "";
  private inSheetData = false;
  private next = 0; // next target
  private rowIndex = -1;
  private colIndex = -1;
  private rowOpen = false;
  private legacyDone: boolean;
  private readonly pos = { row: 0, col: 0 };

  constructor(
    part: string,
    private readonly targets: Target[],
    private readonly styleFor: (style: number, sev: Severity) => number,
    /** `<legacyDrawing r:id=…>` to add, when the sheet gets notes and has none. */
    private readonly legacyRelId: string | null,
    private readonly out: (text: string) => Promise<void>,
    /** The part is plain (no comments, CDATA, PIs): rows without targets are passed over untokenized. */
    private readonly skipRows = false
  ) {
    this.scanner = new XmlScanner(this, part);
    this.targets = [...targets].sort((a, b) => a.row - b.row || a.col - b.col);
    this.legacyDone = legacyRelId === null;
  }

  async write(chunk: Buffer): Promise<void> {
    const s = this.scanner.decode(chunk);
    this.pending += s;
    this.scanner.write(s);
    await this.flush(this.scanner.consumed);
  }

  async end(): Promise<void> {
    const tail = this.scanner.flush();
    this.pending += tail;
    this.scanner.end();
    await this.flush(this.pendingBase + this.pending.length);
  }

  private async flush(upTo: number): Promise<void> {
    let out = "";
    for (const e of this.edits) {
      out += this.pending.slice(this.emitted - this.pendingBase, e.start - this.pendingBase) + e.text;
      this.emitted = e.end;
    }
    this.edits.length = 0;
    if (upTo > this.emitted) {
      out += this.pending.slice(this.emitted - this.pendingBase, upTo - this.pendingBase);
      this.emitted = upTo;
    }
    this.pending = this.pending.slice(this.emitted - this.pendingBase);
    this.pendingBase = this.emitted;
    if (out) await this.out(out);
  }

  private tagText(): string {
    return this.pending.slice(this.scanner.tagStart - this.pendingBase, this.scanner.tagEnd - this.pendingBase);
  }

  private insert(at: number, text: string): void {
    if (text) this.edits.push({ start: at, end: at, text });
  }

  private cellXml(t: Target): string {
    return `<${this.prefix}c r="${a1(t.row, t.col)}" s="${this.styleFor(0, t.severity)}"/>`;
  }

  /** New rows for every target row before `row` (all remaining when row is Infinity). */
  private rowsBefore(row: number): string {
    let s = "";
    const t = this.targets;
    while (this.next < t.length && t[this.next].row < row) {
      const r = t[this.next].row;
      s += `<${this.prefix}row r="${r + 1}">`;
      while (this.next < t.length && t[this.next].row === r) s += this.cellXml(t[this.next++]);
      s += `</${this.prefix}row>`;
    }
    return s;
  }

  /** New cells of the current row before column `col`. */
  private cellsBefore(col: number): string {
    let s = "";
    const t = this.targets;
    while (this.next < t.length && t[this.next].row === this.rowIndex && t[this.next].col < col) s += this.cellXml(t[this.next++]);
    return s;
  }

  open(n: string, a: Attrs, selfClosing: boolean): void {
    this.depth++;
    const sc = this.scanner;
    if (this.depth === 1) {
      const raw = sc.rawName;
      this.prefix = raw.includes(":") ? raw.slice(0, raw.indexOf(":") + 1) : "";
    } else if (this.depth === 2) {
      if (n === "sheetData") {
        if (selfClosing) {
          const rows = this.rowsBefore(Infinity);
          if (rows) this.edits.push({ start: sc.tagStart, end: sc.tagEnd, text: `<${sc.rawName}>${rows}</${sc.rawName}>` });
        } else this.inSheetData = true;
      } else if (!this.legacyDone && AFTER_LEGACY.has(n)) {
        this.insert(sc.tagStart, this.legacyXml());
      }
    } else if (this.inSheetData && n === "row" && this.depth === 3) {
      const rs = a.get("r");
      let r = this.rowIndex + 1;
      if (rs !== undefined && /^\d+$/.test(rs)) r = Number(rs) - 1;
      this.insert(sc.tagStart, this.rowsBefore(r));
      this.rowIndex = r;
      this.colIndex = -1;
      const t = this.targets;
      const has = this.next < t.length && t[this.next].row === r;
      if (has) {
        // A row given a cell it did not have: its spans hint would be stale, so it goes.
        const tag = this.tagText().replace(/\sspans\s*=\s*("[^"]*"|'[^']*')/, "");
        if (selfClosing) {
          const cells = this.cellsBefore(Infinity);
          this.edits.push({ start: sc.tagStart, end: sc.tagEnd, text: tag.replace(/\s*\/>$/, ">") + cells + `</${sc.rawName}>` });
        } else this.edits.push({ start: sc.tagStart, end: sc.tagEnd, text: tag });
      } else if (this.skipRows && !selfClosing) {
        // Nothing to change in this row: copied as it is, without tokenizing its cells.
        sc.skipTo(`</${sc.rawName}`);
      }
      this.rowOpen = !selfClosing;
    } else if (this.rowOpen && n === "c" && this.depth === 4) {
      const ref = a.get("r");
      const col = ref !== undefined && parseRef(ref, this.pos) ? this.pos.col : this.colIndex + 1;
      this.colIndex = col;
      this.insert(sc.tagStart, this.cellsBefore(col));
      const t = this.targets;
      if (this.next < t.length && t[this.next].row === this.rowIndex && t[this.next].col === col) {
        const target = t[this.next++];
        const style = Number(a.get("s") ?? "0") || 0;
        const id = this.styleFor(style, target.severity);
        const tag = this.tagText().replace(/\ss\s*=\s*("[^"]*"|'[^']*')/, "");
        const nameEnd = 1 + sc.rawName.length;
        this.edits.push({ start: sc.tagStart, end: sc.tagEnd, text: `${tag.slice(0, nameEnd)} s="${id}"${tag.slice(nameEnd)}` });
      }
    }
    if (selfClosing) this.depth--;
  }

  close(n: string): void {
    const sc = this.scanner;
    if (this.depth === 3 && this.rowOpen && n === "row") {
      this.insert(sc.tagStart, this.cellsBefore(Infinity));
      this.rowOpen = false;
    } else if (this.depth === 2 && n === "sheetData") {
      this.insert(sc.tagStart, this.rowsBefore(Infinity));
      this.inSheetData = false;
    } else if (this.depth === 1 && !this.legacyDone) {
      this.insert(sc.tagStart, this.legacyXml());
    }
    this.depth--;
  }

  private legacyXml(): string {
    this.legacyDone = true;
    const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    return `<${this.prefix}legacyDrawing xmlns:r="${R}" r:id="${this.legacyRelId}"/>`;
  }
}
