/**
 * The workbook-level parts a sheet needs, read from the package (zip.ts) with the strict
 * tokenizer (xmlScan.ts): the sheet list (workbook.xml and its relationships), shared strings,
 * and the number format of each cell style (styles.xml).
 */
import { LIMITS, LimitError } from "./limits";
import { scanPart, type Attrs } from "./xmlScan";
import type { ZipPackage } from "./zip";

export interface SheetRef {
  name: string;
  /** The worksheet part ("xl/worksheets/sheet1.xml"). */
  part: string;
  state: "visible" | "hidden" | "veryHidden";
  /** Set by the read: the part has no comments, CDATA or processing instructions (see XmlScanner.skipTo). */
  plain?: boolean;
}

export interface WorkbookParts {
  /** The workbook part ("xl/workbook.xml"). */
  workbook: string;
  sheets: SheetRef[];
  date1904: boolean;
  sharedStrings: string[];
  /** Number format code per cellXfs index (null: General). */
  styleFormats: (string | null)[];
  /** The styles and shared-strings parts, when the workbook has them. */
  stylesPart?: string;
  sharedStringsPart?: string;
}

export const REL_TYPE = {
  officeDocument: /\/officeDocument$/,
  worksheet: /\/worksheet$/,
  sharedStrings: /\/sharedStrings$/,
  styles: /\/styles$/,
  comments: /\/comments$/,
  vmlDrawing: /\/vmlDrawing$/,
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

export interface Rel {
  id: string;
  type: string;
  /** Target resolved against the part's folder (package path without a leading slash). */
  target: string;
  external: boolean;
}

/** The relationships part of a part: "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  const dir = slash < 0 ? "" : part.slice(0, slash);
  return `${dir ? dir + "/" : ""}_rels/${part.slice(slash + 1)}.rels`;
}

function dirOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return slash < 0 ? "" : part.slice(0, slash);
}

/** A part's relationships, targets resolved against the part's folder. */
export async function readRels(pkg: ZipPackage, part: string): Promise<Rel[]> {
  const relsPart = relsPartOf(part);
  if (!pkg.has(relsPart)) return [];
  const dir = dirOf(part);
  const out: Rel[] = [];
  await scanPart(pkg.bytes(relsPart), relsPart, {
    open(n: string, a: Attrs) {
      if (n !== "Relationship") return;
      const target = a.get("Target");
      if (!target) return;
      const external = a.get("TargetMode") === "External";
      out.push({ id: a.get("Id") ?? "", type: a.get("Type") ?? "", target: external ? target : resolveTarget(dir, target), external });
    },
    close() {},
  });
  return out;
}

export function resolveTarget(dir: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = dir ? dir.split("/") : [];
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** Finds the workbook part, or null when the zip is no spreadsheet. */
export async function workbookPart(pkg: ZipPackage): Promise<string | null> {
  const root = await readRels(pkg, "");
  const doc = root.find((r) => REL_TYPE.officeDocument.test(r.type) && !r.external);
  if (doc && pkg.has(doc.target)) return doc.target;
  return pkg.has("xl/workbook.xml") ? "xl/workbook.xml" : null;
}

export async function readParts(pkg: ZipPackage, wbPart: string): Promise<WorkbookParts> {
  const wbRels = await readRels(pkg, wbPart);
  const byId = new Map(wbRels.map((r) => [r.id, r]));
  const sheets: SheetRef[] = [];
  let date1904 = false;
  await scanPart(pkg.bytes(wbPart), wbPart, {
    open(n: string, a: Attrs) {
      if (n === "workbookPr") {
        const d = a.get("date1904");
        date1904 = d === "1" || d === "true";
      } else if (n === "sheet") {
        const rel = byId.get(a.getLocal("id") ?? "");
        // Chart sheets, dialog and macro sheets have no cells to check.
        if (!rel || rel.external || !REL_TYPE.worksheet.test(rel.type) || !pkg.has(rel.target)) return;
        const st = a.get("state");
        const state = st === "hidden" || st === "veryHidden" ? st : "visible";
        sheets.push({ name: a.get("name") ?? rel.target, part: rel.target, state });
      }
    },
    close() {},
  });

  const ssPart = wbRels.find((r) => REL_TYPE.sharedStrings.test(r.type) && !r.external && pkg.has(r.target))?.target;
  const stylesPart = wbRels.find((r) => REL_TYPE.styles.test(r.type) && !r.external && pkg.has(r.target))?.target;
  return {
    workbook: wbPart,
    sheets,
    date1904,
    sharedStrings: ssPart ? await readSharedStrings(pkg, ssPart) : [],
    styleFormats: stylesPart ? await readStyleFormats(pkg, stylesPart) : [],
    stylesPart,
    sharedStringsPart: ssPart,
  };
}

/** Excel escapes control characters in strings as _xHHHH_ (and a literal "_x" as _x005F_x). */
export function decodeExcelEscapes(s: string): string {
  return s.indexOf("_x") < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Each <si>: its <t> texts joined (rich text runs), phonetic guides (<rPh>) left out. */
async function readSharedStrings(pkg: ZipPackage, part: string): Promise<string[]> {
  const out: string[] = [];
  let current = "";
  let inT = false;
  let inPhonetic = false;
  await scanPart(pkg.bytes(part), part, {
    open(n: string, _a: Attrs, selfClosing: boolean) {
      if (selfClosing) {
        if (n === "si") out.push("");
        return;
      }
      if (n === "t") inT = !inPhonetic;
      else if (n === "rPh") inPhonetic = true;
      else if (n === "si") {
        current = "";
        if (out.length >= LIMITS.maxSharedStrings) throw new LimitError("shared-strings", LIMITS.maxSharedStrings, part);
      }
    },
    close(n: string) {
      if (n === "t") inT = false;
      else if (n === "rPh") inPhonetic = false;
      else if (n === "si") out.push(decodeExcelEscapes(current));
    },
    text(t: string) {
      if (inT) current += t;
    },
  });
  return out;
}

/** cellXfs index → number format code. */
async function readStyleFormats(pkg: ZipPackage, part: string): Promise<(string | null)[]> {
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let inCellXfs = false;
  await scanPart(pkg.bytes(part), part, {
    open(n: string, a: Attrs, selfClosing: boolean) {
      if (n === "numFmt") custom.set(Number(a.get("numFmtId")), a.get("formatCode") ?? "");
      else if (n === "cellXfs") inCellXfs = !selfClosing;
      else if (n === "xf" && inCellXfs) xfIds.push(Number(a.get("numFmtId") ?? 0));
    },
    close(n: string) {
      if (n === "cellXfs") inCellXfs = false;
    },
  });
  return xfIds.map((id) => {
    const code = custom.get(id) ?? BUILTIN_FORMATS[id] ?? null;
    return code === null || code === "" || /^general$/i.test(code) ? null : code;
  });
}
