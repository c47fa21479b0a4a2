/**
 * writeAnnotatedCopy (--out): a copy of the input with flagged cells filled, a note per flagged
 * cell and a report sheet, written in bounded memory by copying the package: every part that
 * does not change is copied as stored, byte for byte (zipWriter.ts); the flagged sheets are
 * rewritten as they stream (sheetRewrite.ts: only the flagged cells' style ids change); styles
 * get new formats appended (stylesEdit.ts); notes go to comments parts (notes.ts); the report
 * sheet, its relationship and content type are added. No cell value, type or formula of the
 * user's is touched. The input is never opened for writing; the copy goes to a temporary file
 * created exclusively beside the target and renamed (safeWrite.ts).
 */
import * as path from "path";
import type { AuditResult } from "../core/api";
import type { Finding, Severity } from "../core/findings";
import { severityRank } from "../core/findings";
import { GridReader, a1, parseA1 } from "../core/grid";
import type { Lang } from "../core/settings";
import { ruleTitle, severityLabel } from "../core/i18n/messages";
import { REPORT_LABELS, freeSheetName } from "../report/rows";
import { OutputError, WorkbookError } from "./errors";
import { LIMITS } from "./limits";
import { extendCommentsXml, extendVml, newCommentsXml, newVml, type Note } from "./notes";
import { REL_TYPE, readRels, relsPartOf, type Rel } from "./parts";
import { asWorkbookError, readWorkbookParts, type WorkbookRead } from "./read";
import { reportSheetXml } from "./reportSheet";
import { assertNotAnInput, commitTemp, discardTemp, openTemp } from "./safeWrite";
import { SheetRewriter, type Target } from "./sheetRewrite";
import { StylesEditor, xmlEscape } from "./stylesEdit";
import { XmlScanner, type Attrs } from "./xmlScan";
import { ZipPackage } from "./zip";
import { ZipWriter } from "./zipWriter";

export { sameFile } from "./safeWrite";

export interface AnnotateResult {
  /** Name of the report sheet added. */
  reportSheet: string;
  /** Cells filled. */
  flaggedCells: number;
}

export interface AnnotateOptions {
  /** The check's own read of the input (else it is read again, with the same limits and checks). */
  read?: WorkbookRead;
  /** Every input of the call: the copy may not be any of them. */
  inputs?: readonly string[];
  /** The file name shown on the report sheet (default: the input's base name). */
  fileLabel?: string;
}

const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
};
const REL = {
  worksheet: `${NS_REL}/worksheet`,
  comments: `${NS_REL}/comments`,
  vml: `${NS_REL}/vmlDrawing`,
  styles: `${NS_REL}/styles`,
};

interface FlaggedCell {
  row: number;
  col: number;
  list: Finding[];
}

/** A part's text (BOM dropped). */
async function partText(pkg: ZipPackage, name: string): Promise<string> {
  const b = await pkg.buffer(name);
  const s = b[0] === 0xff && b[1] === 0xfe ? b.subarray(2).toString("utf16le") : b.toString("utf8");
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** Where a relationship target is written from `fromPart`'s folder. */
function relativeTarget(fromPart: string, target: string): string {
  const from = path.posix.dirname(fromPart === "" ? "x" : fromPart);
  return path.posix.relative(from === "." ? "" : from, target) || target;
}

function freePart(pkg: ZipPackage, taken: Set<string>, make: (n: number) => string): string {
  for (let n = 1; ; n++) {
    const p = make(n);
    if (!pkg.has(p) && !taken.has(p)) {
      taken.add(p);
      return p;
    }
  }
}

/** Inserts text before the closing tag of the root element, or edits found by a scan. */
function insertBeforeRootClose(xml: string, text: string, part: string): string {
  let at = -1;
  let depth = 0;
  const s = new XmlScanner(
    {
      open(_n: string, _a: Attrs, sc: boolean) {
        if (!sc) depth++;
      },
      close() {
        depth--;
        if (depth === 0) at = s.tagStart;
      },
    },
    part
  );
  s.write(xml);
  s.end();
  if (at < 0) throw new WorkbookError("unreadable", `${part} has no root element to extend`, part, "damaged");
  return xml.slice(0, at) + text + xml.slice(at);
}

function relsXml(rels: { id: string; type: string; target: string }[]): string {
  return rels.map((r) => `<Relationship Id="${xmlEscape(r.id)}" Type="${r.type}" Target="${xmlEscape(r.target)}"/>`).join("");
}

const EMPTY_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

export async function writeAnnotatedCopy(
  inputPath: string,
  outPath: string,
  result: AuditResult,
  lang: Lang,
  opts: AnnotateOptions = {}
): Promise<AnnotateResult> {
  assertNotAnInput(outPath, [inputPath, ...(opts.inputs ?? [])]);
  const read = opts.read ?? (await readWorkbookParts(inputPath));
  let pkg: ZipPackage;
  try {
    pkg = await ZipPackage.open(inputPath);
  } catch (e) {
    throw asWorkbookError(e, inputPath);
  }
  const tmp = openTemp(outPath);
  try {
    const r = await copyWithAnnotations(pkg, tmp.fd, outPath, read, result, lang, opts.fileLabel ?? path.basename(inputPath));
    commitTemp(tmp, outPath);
    return r;
  } catch (e) {
    discardTemp(tmp);
    if (e instanceof OutputError || e instanceof WorkbookError) throw e;
    throw asWorkbookError(e, inputPath);
  } finally {
    pkg.close();
  }
}

async function copyWithAnnotations(
  pkg: ZipPackage,
  fd: number,
  outPath: string,
  read: WorkbookRead,
  result: AuditResult,
  lang: Lang,
  fileLabel: string
): Promise<AnnotateResult> {
  const parts = read.parts;
  const sheetByName = new Map(parts.sheets.map((s) => [s.name, s]));
  const gridByName = new Map(read.sheets.map((g) => [g.name, g]));
  const readers = new Map<string, GridReader>();

  // Flagged cells per sheet part, merged areas resolved to their top-left cell (what Excel shows).
  const flagged = new Map<string, Map<number, FlaggedCell>>();
  for (const f of result.findings) {
    const sheet = sheetByName.get(f.sheet);
    const pos = parseA1(f.cell);
    if (!sheet || !pos || pos.row >= LIMITS.maxRows || pos.col >= LIMITS.maxCols) continue; // still on the report sheet
    let { row, col } = pos;
    const grid = gridByName.get(f.sheet);
    if (grid) {
      let reader = readers.get(f.sheet);
      if (!reader) readers.set(f.sheet, (reader = new GridReader(grid)));
      const m = reader.merge(row, col);
      if (m) {
        row = m.r0;
        col = m.c0;
      }
    }
    let cells = flagged.get(sheet.part);
    if (!cells) flagged.set(sheet.part, (cells = new Map()));
    const key = row * LIMITS.maxCols + col;
    const entry = cells.get(key);
    if (entry) entry.list.push(f);
    else cells.set(key, { row, col, list: [f] });
  }

  const replaced = new Map<string, string>(); // part → new text
  const added = new Map<string, string>(); // new part → text
  const taken = new Set<string>();
  const ctOverrides: { part: string; type: string }[] = [];
  let needVmlDefault = false;

  const styles = new StylesEditor(parts.stylesPart ? await partText(pkg, parts.stylesPart) : null);
  const wbDir = path.posix.dirname(parts.workbook) === "." ? "" : path.posix.dirname(parts.workbook);
  const under = (p: string) => (wbDir ? `${wbDir}/${p}` : p);
  const wbRelsPart = relsPartOf(parts.workbook);
  const wbRels = await readRels(pkg, parts.workbook);
  const wbRelIds = new Set(wbRels.map((r) => r.id));
  const freeRelId = (ids: Set<string>): string => {
    for (let k = 1; ; k++) if (!ids.has(`rIdSA${k}`)) return ids.add(`rIdSA${k}`), `rIdSA${k}`;
  };
  const newWbRels: { id: string; type: string; target: string }[] = [];

  // Notes: a comments part per flagged sheet (extended when it has one), and its VML drawing.
  const legacyFor = new Map<string, string>();
  let vmlBlock = 100;
  const noteText = (list: Finding[]) =>
    list.map((f) => `[${severityLabel(f.severity, lang)}] ${ruleTitle(f.rule, lang)}: ${f.message}`).join("\n");
  for (const [part, cells] of flagged) {
    const notes: Note[] = [...cells.values()].map((c) => ({ row: c.row, col: c.col, ref: a1(c.row, c.col), text: noteText(c.list) }));
    const rels: Rel[] = await readRels(pkg, part);
    const ids = new Set(rels.map((r) => r.id));
    const relsPart = relsPartOf(part);
    const newRels: { id: string; type: string; target: string }[] = [];
    const commentsRel = rels.find((r) => REL_TYPE.comments.test(r.type) && !r.external && pkg.has(r.target));
    const vmlRel = rels.find((r) => REL_TYPE.vmlDrawing.test(r.type) && !r.external && pkg.has(r.target));
    let forShapes: Note[] = notes;
    if (commentsRel) {
      const ext = extendCommentsXml(await partText(pkg, commentsRel.target), notes);
      replaced.set(commentsRel.target, ext.xml);
      forShapes = ext.added;
    } else {
      const commentsPart = freePart(pkg, taken, (n) => under(`comments${n}.xml`));
      added.set(commentsPart, newCommentsXml(notes));
      ctOverrides.push({ part: commentsPart, type: CT.comments });
      newRels.push({ id: freeRelId(ids), type: REL.comments, target: relativeTarget(part, commentsPart) });
    }
    if (forShapes.length > 0) {
      if (vmlRel) replaced.set(vmlRel.target, extendVml(await partText(pkg, vmlRel.target), forShapes));
      else {
        const vmlPart = freePart(pkg, taken, (n) => under(`drawings/vmlDrawing${n}.vml`));
        added.set(vmlPart, newVml(forShapes, vmlBlock++));
        needVmlDefault = true;
        const id = freeRelId(ids);
        newRels.push({ id, type: REL.vml, target: relativeTarget(part, vmlPart) });
        legacyFor.set(part, id);
      }
    }
    if (newRels.length) {
      const base = pkg.has(relsPart) ? await partText(pkg, relsPart) : EMPTY_RELS;
      const text = insertBeforeRootClose(base, relsXml(newRels), relsPart);
      if (pkg.has(relsPart)) replaced.set(relsPart, text);
      else added.set(relsPart, text);
    }
  }

  // The report sheet: a new worksheet part, listed in the workbook, its relationships and content types.
  const wbXml = await partText(pkg, parts.workbook);
  const names: string[] = [];
  let maxSheetId = 0;
  let idAttr = "";
  new XmlScannerOnce(wbXml, parts.workbook, (n, a) => {
    if (n !== "sheet") return;
    names.push(a.get("name") ?? "");
    maxSheetId = Math.max(maxSheetId, Number(a.get("sheetId")) || 0);
    for (let i = 0; i < a.length; i++) if (a.names[i].endsWith(":id")) idAttr = a.names[i];
  });
  const reportSheet = freeSheetName(REPORT_LABELS[lang].sheet, names);
  const reportPart = freePart(pkg, taken, (n) => under(`worksheets/sheet${n}.xml`));
  const reportRelId = freeRelId(wbRelIds);
  newWbRels.push({ id: reportRelId, type: REL.worksheet, target: relativeTarget(parts.workbook, reportPart) });
  ctOverrides.push({ part: reportPart, type: CT.worksheet });
  const rid = idAttr ? `${idAttr}="${reportRelId}"` : `xmlns:r="${NS_REL}" r:id="${reportRelId}"`;
  replaced.set(parts.workbook, insertBeforeClose(wbXml, "sheets", `<sheet name="${xmlEscape(reportSheet)}" sheetId="${maxSheetId + 1}" ${rid}/>`, parts.workbook));

  let stylesPart = parts.stylesPart;
  if (!stylesPart) {
    stylesPart = freePart(pkg, taken, () => under("styles.xml"));
    newWbRels.push({ id: freeRelId(wbRelIds), type: REL.styles, target: relativeTarget(parts.workbook, stylesPart) });
    ctOverrides.push({ part: stylesPart, type: CT.styles });
  }
  const wbRelsBase = pkg.has(wbRelsPart) ? await partText(pkg, wbRelsPart) : EMPTY_RELS;
  replaced.set(wbRelsPart, insertBeforeRootClose(wbRelsBase, relsXml(newWbRels), wbRelsPart));

  const ctPart = "[Content_Types].xml";
  if (!pkg.has(ctPart)) throw new WorkbookError("not-a-workbook", `no [Content_Types].xml`, undefined, "zip-not-xlsx");
  let ct = await partText(pkg, ctPart);
  const hasVmlDefault = /<Default\s[^>]*Extension\s*=\s*["']vml["']/i.test(ct);
  const ctAdd =
    (needVmlDefault && !hasVmlDefault ? `<Default Extension="vml" ContentType="${CT.vml}"/>` : "") +
    ctOverrides.map((o) => `<Override PartName="/${xmlEscape(o.part)}" ContentType="${o.type}"/>`).join("");
  ct = insertBeforeRootClose(ct, ctAdd, ctPart);
  replaced.set(ctPart, ct);

  // Write: parts in their original order (copied as stored unless they change), then the new ones.
  const zip = new ZipWriter(fd, outPath);
  const styleFor = (s: number, sev: Severity) => styles.flagged(s, sev);
  let flaggedCells = 0;
  for (const [name, entry] of pkg.entries) {
    const cells = flagged.get(name);
    if (cells) {
      const targets: Target[] = [...cells.values()].map((c) => ({ row: c.row, col: c.col, severity: worst(c.list) }));
      flaggedCells += targets.length;
      const sink = zip.begin(name, entry.uncompressedSize > 8 * 1024 * 1024 ? 1 : 6, entry);
      const plain = parts.sheets.find((sh) => sh.part === name)?.plain === true;
      const rw = new SheetRewriter(name, targets, styleFor, legacyFor.get(name) ?? null, (t) => sink.write(t), plain);
      for await (const chunk of pkg.bytes(name)) await rw.write(chunk);
      await rw.end();
      await sink.end();
    } else if (name === stylesPart) {
      continue; // written last, once every flagged cell has its format
    } else if (replaced.has(name)) {
      const sink = zip.begin(name, 6, entry);
      await sink.write(replaced.get(name) as string);
      await sink.end();
    } else {
      await zip.copyRaw(entry, await pkg.rawStream(name));
    }
  }
  const report = zip.begin(reportPart, 6);
  for (const piece of reportSheetXml(result, lang, fileLabel, (s) => sheetByName.has(s), styles)) await report.write(piece);
  await report.end();
  for (const [name, text] of added) {
    const sink = zip.begin(name, 6);
    await sink.write(text);
    await sink.end();
  }
  const st = zip.begin(stylesPart, 6, pkg.entries.get(stylesPart));
  await st.write(styles.finish());
  await st.end();
  zip.close();
  return { reportSheet, flaggedCells };
}

function worst(list: readonly Finding[]): Severity {
  return list.reduce<Severity>((s, f) => (severityRank(f.severity) < severityRank(s) ? f.severity : s), "info");
}

/** Calls `onOpen` for every start tag of a small part. */
class XmlScannerOnce {
  constructor(xml: string, part: string, onOpen: (n: string, a: Attrs) => void) {
    const s = new XmlScanner({ open: (n, a) => onOpen(n, a), close() {} }, part);
    s.write(xml);
    s.end();
  }
}

/** Inserts text before the closing tag of the first `name` element (a self-closing one is opened). */
function insertBeforeClose(xml: string, name: string, text: string, part: string): string {
  let at = -1;
  let self: { start: number; end: number; raw: string } | null = null;
  const s = new XmlScanner(
    {
      open(n: string, _a: Attrs, sc: boolean) {
        if (n === name && sc && at < 0 && !self) self = { start: s.tagStart, end: s.tagEnd, raw: s.rawName };
      },
      close(n: string) {
        if (n === name && at < 0) at = s.tagStart;
      },
    },
    part
  );
  s.write(xml);
  s.end();
  if (at >= 0) return xml.slice(0, at) + text + xml.slice(at);
  const sc = self as { start: number; end: number; raw: string } | null;
  if (sc) return xml.slice(0, sc.start) + `<${sc.raw}>${text}</${sc.raw}>` + xml.slice(sc.end);
  throw new WorkbookError("unreadable", `${part} has no <${name}>`, part, "damaged");
}
