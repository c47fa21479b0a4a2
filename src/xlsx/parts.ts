/**
 * The package (the .xlsx zip, opened with JSZip, ExcelJS's own zip library) and the
 * workbook-level parts a sheet needs: the sheet list (workbook.xml and its relationships),
 * shared strings, and the number format of each cell style (styles.xml).
 */
import JSZip from "jszip";
import { parseSax, type SaxNode } from "./exceljsInternals";

/** The zip could not be opened; `encrypted` when its entries are password-protected. */
export class PackageError extends Error {
  constructor(
    message: string,
    readonly encrypted = false
  ) {
    super(message);
    this.name = "PackageError";
  }
}

/**
 * The parts of an .xlsx package by name. Each part is inflated and decoded whole (UTF-8 over the
 * complete bytes), so no character is ever split between chunks, then handed to the SAX parser.
 */
export class XlsxPackage {
  private constructor(private readonly parts: Map<string, JSZip.JSZipObject>) {}

  static async open(data: Buffer): Promise<XlsxPackage> {
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(data);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      // JSZip refuses zips with encrypted entries ("Encrypted zip are not supported").
      throw new PackageError(message, /encrypt/i.test(message));
    }
    const parts = new Map<string, JSZip.JSZipObject>();
    zip.forEach((name, file) => {
      if (!file.dir) parts.set(name.replace(/^\/+/, ""), file);
    });
    return new XlsxPackage(parts);
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  /** The whole part as text: inflated whole, then decoded by Node's UTF-8 decoder. */
  async text(name: string): Promise<string> {
    const file = this.parts.get(name);
    if (!file) throw new PackageError(`missing part ${name}`);
    return (await file.async("nodebuffer")).toString("utf8");
  }
}

export interface SheetRef {
  name: string;
  /** The worksheet part ("xl/worksheets/sheet1.xml"). */
  part: string;
  state: "visible" | "hidden" | "veryHidden";
}

export interface WorkbookParts {
  sheets: SheetRef[];
  date1904: boolean;
  sharedStrings: string[];
  /** Number format code per cellXfs index (null: General). */
  styleFormats: (string | null)[];
}

const REL_TYPE = {
  officeDocument: /\/officeDocument$/,
  worksheet: /\/worksheet$/,
  sharedStrings: /\/sharedStrings$/,
  styles: /\/styles$/,
};

/** Excel's built-in number formats (zh-CN for the locale-dependent ids). */
const BUILTIN_FORMATS: Record<number, string> = {
  1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
  14: "yyyy/m/d", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm",
  21: "h:mm:ss", 22: "yyyy/m/d h:mm", 27: 'yyyy"年"m"月"', 28: 'm"月"d"日"', 29: 'm"月"d"日"', 30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"', 32: 'h"时"mm"分"', 33: 'h"时"mm"分"ss"秒"', 34: '上午/下午 h"时"mm"分"',
  35: '上午/下午 h"时"mm"分"ss"秒"', 36: 'yyyy"年"m"月"', 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0",
  48: "##0.0E+0", 49: "@", 50: 'yyyy"年"m"月"', 51: 'm"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"',
  54: 'm"月"d"日"', 55: '上午/下午 h"时"mm"分"', 56: '上午/下午 h"时"mm"分"ss"秒"', 57: 'yyyy"年"m"月"', 58: 'm"月"d"日"',
};

function local(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

/** Relationship id attribute (`r:id`, whatever the prefix). */
function relId(a: Record<string, string>): string | undefined {
  for (const k of Object.keys(a)) if (k.includes(":") && local(k) === "id") return a[k];
  return undefined;
}

/** A decoded part in slices for the SAX parser (it carries a surrogate split between slices). */
export async function* slices(text: string): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += 1 << 16) yield text.slice(i, i + (1 << 16));
}

async function eachElement(chunks: AsyncIterable<string>, onOpen: (name: string, a: Record<string, string>) => void): Promise<void> {
  for await (const events of parseSax(chunks)) {
    for (const ev of events) if (ev.eventType === "opentag") onOpen(local((ev.value as SaxNode).name), (ev.value as SaxNode).attributes);
  }
}

interface Rel {
  id: string;
  type: string;
  target: string;
}

/** A part's relationships, targets resolved against the part's folder. */
async function rels(pkg: XlsxPackage, part: string): Promise<Rel[]> {
  const slash = part.lastIndexOf("/");
  const dir = slash < 0 ? "" : part.slice(0, slash);
  const relsPart = `${dir ? dir + "/" : ""}_rels/${part.slice(slash + 1)}.rels`;
  if (!pkg.has(relsPart)) return [];
  const out: Rel[] = [];
  await eachElement(slices(await pkg.text(relsPart)), (n, a) => {
    if (n === "Relationship" && a.Target && a.TargetMode !== "External") {
      out.push({ id: a.Id, type: a.Type ?? "", target: resolve(dir, a.Target) });
    }
  });
  return out;
}

function resolve(dir: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = dir ? dir.split("/") : [];
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** Finds the workbook part, or null when the zip is no spreadsheet. */
export async function workbookPart(pkg: XlsxPackage): Promise<string | null> {
  const root = await rels(pkg, "");
  const doc = root.find((r) => REL_TYPE.officeDocument.test(r.type));
  if (doc && pkg.has(doc.target)) return doc.target;
  return pkg.has("xl/workbook.xml") ? "xl/workbook.xml" : null;
}

export async function readParts(pkg: XlsxPackage, wbPart: string): Promise<WorkbookParts> {
  const wbRels = await rels(pkg, wbPart);
  const byId = new Map(wbRels.map((r) => [r.id, r]));
  const sheets: SheetRef[] = [];
  let date1904 = false;
  await eachElement(slices(await pkg.text(wbPart)), (n, a) => {
    if (n === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
    else if (n === "sheet") {
      const rel = byId.get(relId(a) ?? "");
      // Chart sheets, dialog and macro sheets have no cells to check.
      if (!rel || !REL_TYPE.worksheet.test(rel.type) || !pkg.has(rel.target)) return;
      const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
      sheets.push({ name: a.name ?? rel.target, part: rel.target, state });
    }
  });

  const ssPart = wbRels.find((r) => REL_TYPE.sharedStrings.test(r.type))?.target;
  const stylesPart = wbRels.find((r) => REL_TYPE.styles.test(r.type))?.target;
  return {
    sheets,
    date1904,
    sharedStrings: ssPart && pkg.has(ssPart) ? await readSharedStrings(slices(await pkg.text(ssPart))) : [],
    styleFormats: stylesPart && pkg.has(stylesPart) ? await readStyleFormats(await pkg.text(stylesPart)) : [],
  };
}

/** Each <si>: its <t> texts joined (rich text runs), phonetic guides (<rPh>) left out. */
async function readSharedStrings(chunks: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  let current = "";
  let inT = false;
  let inPhonetic = false;
  for await (const events of parseSax(chunks)) {
    for (const ev of events) {
      if (ev.eventType === "text") {
        if (inT) current += ev.value as string;
      } else {
        const n = local((ev.value as SaxNode).name);
        const open = ev.eventType === "opentag";
        if (n === "t") inT = open && !inPhonetic;
        else if (n === "rPh") inPhonetic = open;
        else if (n === "si") {
          if (open) current = "";
          else out.push(current);
        }
      }
    }
  }
  return out;
}

/** cellXfs index → number format code. */
async function readStyleFormats(xml: string): Promise<(string | null)[]> {
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let inCellXfs = false;
  for await (const events of parseSax(slices(xml))) {
    for (const ev of events) {
      if (ev.eventType === "text") continue;
      const node = ev.value as SaxNode;
      const n = local(node.name);
      if (ev.eventType === "closetag") {
        if (n === "cellXfs") inCellXfs = false;
        continue;
      }
      if (n === "numFmt") custom.set(Number(node.attributes.numFmtId), node.attributes.formatCode ?? "");
      else if (n === "cellXfs") inCellXfs = true;
      else if (n === "xf" && inCellXfs) xfIds.push(Number(node.attributes.numFmtId ?? 0));
    }
  }
  return xfIds.map((id) => {
    const code = custom.get(id) ?? BUILTIN_FORMATS[id] ?? null;
    return code === null || code === "" || /^general$/i.test(code) ? null : code;
  });
}
