/**
 * The styles part of the annotated copy: the original, with fills, fonts and cell formats
 * appended (never changed or removed, so every existing style id keeps its meaning). A flagged
 * cell gets a copy of its own format with the severity's fill; the report sheet gets its own
 * few formats (text "@", amounts, rates, bold, title, wrap, link).
 */
import type { Severity } from "../core/findings";
import { SEVERITY_RGB } from "../report/colors";
import { XmlScanner, type Attrs } from "./xmlScan";

/** What a report cell looks like. */
export interface ReportStyle {
  numFmtId: number; // 0 General, 4 #,##0.00, 10 0.00%, 49 @
  font: "normal" | "bold" | "title" | "link";
  fill?: Severity;
  wrap?: boolean;
}

const SECTION_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

const DEFAULT_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

interface Section {
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  children: { start: number; end: number }[];
  selfClosing: boolean;
}

export const xmlEscape = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export class StylesEditor {
  private readonly xml: string;
  private readonly sections = new Map<string, Section>();
  private rootClose = -1;
  private font0 = { sz: "11", name: "Calibri", family: "", charset: "", scheme: "" };
  private readonly newFonts: string[] = [];
  private readonly newFills: string[] = [];
  private readonly newXfs: string[] = [];
  private readonly fillIds = new Map<Severity, number>();
  private readonly fontIds = new Map<string, number>();
  private readonly flaggedIds = new Map<string, number>();
  private readonly reportIds = new Map<string, number>();

  constructor(original: string | null) {
    this.xml = original ?? DEFAULT_STYLES;
    this.parse();
    // A styles part without fonts, fills or cell formats (hand-made files) gets Excel's defaults first.
    if (this.count("fonts") === 0) this.newFonts.push('<font><sz val="11"/><name val="Calibri"/></font>');
    if (this.count("fills") === 0) this.newFills.push('<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>');
    if (this.count("cellXfs") === 0) this.newXfs.push('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
  }

  private parse(): void {
    const sections = this.sections;
    let depth = 0;
    let current: Section | null = null;
    let currentName = "";
    let childStart = -1;
    let inFont0 = false;
    const s = new XmlScanner(
      {
        open: (n: string, a: Attrs, selfClosing: boolean) => {
          depth++;
          if (depth === 2) {
            current = { start: s.tagStart, openEnd: s.tagEnd, closeStart: s.tagStart, end: s.tagEnd, children: [], selfClosing };
            currentName = n;
            if (!sections.has(n)) sections.set(n, current);
            if (selfClosing) current = null;
          } else if (depth === 3 && current) {
            childStart = s.tagStart;
            if (selfClosing) current.children.push({ start: s.tagStart, end: s.tagEnd });
            inFont0 = currentName === "fonts" && current.children.length === 0 && !selfClosing;
          } else if (depth === 4 && inFont0) {
            const v = a.get("val") ?? "";
            if (n === "sz") this.font0.sz = v;
            else if (n === "name") this.font0.name = v;
            else if (n === "family") this.font0.family = v;
            else if (n === "charset") this.font0.charset = v;
            else if (n === "scheme") this.font0.scheme = v;
          }
          if (selfClosing) depth--;
        },
        close: () => {
          if (depth === 3 && current) {
            current.children.push({ start: childStart, end: s.tagEnd });
            inFont0 = false;
          } else if (depth === 2 && current) {
            current.closeStart = s.tagStart;
            current.end = s.tagEnd;
            current = null;
          } else if (depth === 1) this.rootClose = s.tagStart;
          depth--;
        },
      },
      "xl/styles.xml"
    );
    s.write(this.xml);
    s.end();
  }

  private count(name: string): number {
    return this.sections.get(name)?.children.length ?? 0;
  }

  private fill(sev: Severity): number {
    let id = this.fillIds.get(sev);
    if (id === undefined) {
      const argb = "FF" + SEVERITY_RGB[sev];
      id = this.count("fills") + this.newFills.length;
      this.newFills.push(`<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor rgb="${argb}"/></patternFill></fill>`);
      this.fillIds.set(sev, id);
    }
    return id;
  }

  private font(kind: ReportStyle["font"]): number {
    if (kind === "normal") return 0;
    let id = this.fontIds.get(kind);
    if (id === undefined) {
      const f = this.font0;
      const attr = (n: string, v: string) => (v ? `<${n} val="${xmlEscape(v)}"/>` : "");
      const b = kind === "bold" || kind === "title" ? "<b/>" : "";
      const u = kind === "link" ? "<u/>" : "";
      const sz = kind === "title" ? "14" : f.sz || "11";
      const color = kind === "link" ? '<color rgb="FF0563C1"/>' : "";
      id = this.count("fonts") + this.newFonts.length;
      this.newFonts.push(`<font>${b}${u}<sz val="${xmlEscape(sz)}"/>${color}${attr("name", f.name)}${attr("family", f.family)}${attr("charset", f.charset)}${attr("scheme", f.scheme)}</font>`);
      this.fontIds.set(kind, id);
    }
    return id;
  }

  /** The format of a flagged cell: its own format (style id) with the severity's fill. */
  flagged(style: number, sev: Severity): number {
    const xfs = this.sections.get("cellXfs")?.children ?? [];
    const base = style >= 0 && style < xfs.length ? style : 0;
    const key = `${base}:${sev}`;
    let id = this.flaggedIds.get(key);
    if (id === undefined) {
      const fillId = this.fill(sev);
      const range = xfs[base];
      let xf = range ? this.xml.slice(range.start, range.end) : '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
      xf = xf.replace(/^<([A-Za-z_][\w.-]*:)?xf\b([^>]*?)(\/?)>/, (_m, prefix: string | undefined, attrs: string, slash: string) => {
        let a = attrs.replace(/\s(fillId|applyFill)\s*=\s*("[^"]*"|'[^']*')/g, "");
        a += ` fillId="${fillId}" applyFill="1"`;
        return `<${prefix ?? ""}xf${a}${slash}>`;
      });
      id = xfs.length + this.newXfs.length;
      this.newXfs.push(xf);
      this.flaggedIds.set(key, id);
    }
    return id;
  }

  /** A format for a report cell. */
  report(st: ReportStyle): number {
    const key = `${st.numFmtId}|${st.font}|${st.fill ?? ""}|${st.wrap ? 1 : 0}`;
    let id = this.reportIds.get(key);
    if (id === undefined) {
      const fontId = this.font(st.font);
      const fillId = st.fill ? this.fill(st.fill) : 0;
      const align = st.wrap ? '<alignment wrapText="1" vertical="top"/>' : "";
      id = this.count("cellXfs") + this.newXfs.length;
      this.newXfs.push(
        `<xf numFmtId="${st.numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"${st.fill ? ' applyFill="1"' : ""}${st.wrap ? ' applyAlignment="1"' : ""}${align ? `>${align}</xf>` : "/>"}`
      );
      this.reportIds.set(key, id);
    }
    return id;
  }

  get changed(): boolean {
    return this.newXfs.length > 0;
  }

  /** The styles part with everything appended. */
  finish(): string {
    const edits: { at: number; end: number; text: string }[] = [];
    const extend = (name: string, added: string[]): void => {
      if (added.length === 0) return;
      const sec = this.sections.get(name);
      const total = this.count(name) + added.length;
      if (sec && !sec.selfClosing) {
        const open = this.xml.slice(sec.start, sec.openEnd).replace(/\scount\s*=\s*("[^"]*"|'[^']*')/, "").replace(/>$/, ` count="${total}">`);
        edits.push({ at: sec.start, end: sec.openEnd, text: open });
        edits.push({ at: sec.closeStart, end: sec.closeStart, text: added.join("") });
        return;
      }
      const text = `<${name} count="${total}">${added.join("")}</${name}>`;
      if (sec) {
        edits.push({ at: sec.start, end: sec.end, text });
        return;
      }
      // Missing: insert before the first section that follows it in the schema's order.
      const later = SECTION_ORDER.slice(SECTION_ORDER.indexOf(name) + 1)
        .map((n) => this.sections.get(n)?.start)
        .filter((x): x is number => x !== undefined);
      const at = later.length ? Math.min(...later) : this.rootClose;
      edits.push({ at, end: at, text });
    };
    extend("fonts", this.newFonts);
    extend("fills", this.newFills);
    extend("cellXfs", this.newXfs);
    edits.sort((a, b) => a.at - b.at || a.end - b.end);
    let out = "";
    let from = 0;
    for (const e of edits) {
      out += this.xml.slice(from, e.at) + e.text;
      from = e.end;
    }
    return out + this.xml.slice(from);
  }
}
