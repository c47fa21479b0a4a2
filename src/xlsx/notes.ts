/**
 * Notes (comments) of the annotated copy: a comments part and the VML drawing that shows each
 * note, new or extended. A cell that already has a note keeps it, with the findings added below
 * it; a new note gets a new VML shape. Text is escaped for XML and, for control characters, as
 * Excel's _xHHHH_.
 */
import { xmlEscape } from "./stylesEdit";
import { XmlScanner, type Attrs } from "./xmlScan";

export interface Note {
  row: number;
  col: number;
  ref: string;
  text: string;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const AUTHOR = "subsidy-audit";

/** Text as Excel stores it: control characters as _xHHHH_, a literal "_x0041_" protected as _x005F_x0041_. */
export function excelText(s: string): string {
  return xmlEscape(
    s
      .replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_")
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`)
  );
}

function run(text: string): string {
  return `<r><t xml:space="preserve">${excelText(text)}</t></r>`;
}

export function newCommentsXml(notes: readonly Note[]): string {
  const list = notes.map((n) => `<comment ref="${n.ref}" authorId="0"><text>${run(n.text)}</text></comment>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}"><authors><author>${AUTHOR}</author></authors><commentList>${list}</commentList></comments>`;
}

/** Adds the notes to an existing comments part; returns it and the notes that need a new shape. */
export function extendCommentsXml(xml: string, notes: readonly Note[]): { xml: string; added: Note[] } {
  const byRef = new Map(notes.map((n) => [n.ref.toUpperCase(), n]));
  const edits: { at: number; end: number; text: string }[] = [];
  let authors = 0;
  let authorsClose = -1;
  let authorsSelf: { start: number; end: number } | null = null;
  let listClose = -1;
  let listSelf: { start: number; end: number } | null = null;
  let currentRef: string | null = null;
  let depth = 0;
  let prefix = "";
  const s = new XmlScanner(
    {
      open(n: string, a: Attrs, selfClosing: boolean) {
        depth++;
        if (depth === 1) prefix = s.rawName.includes(":") ? s.rawName.slice(0, s.rawName.indexOf(":") + 1) : "";
        if (n === "author" && depth === 3) authors++;
        else if (n === "authors" && selfClosing) authorsSelf = { start: s.tagStart, end: s.tagEnd };
        else if (n === "commentList" && selfClosing) listSelf = { start: s.tagStart, end: s.tagEnd };
        else if (n === "comment" && depth === 3) currentRef = (a.get("ref") ?? "").toUpperCase();
        if (selfClosing) depth--;
      },
      close(n: string) {
        if (n === "authors") authorsClose = s.tagStart;
        else if (n === "commentList") listClose = s.tagStart;
        else if (n === "text" && depth === 4 && currentRef !== null) {
          const note = byRef.get(currentRef);
          if (note) {
            edits.push({ at: s.tagStart, end: s.tagStart, text: `<${prefix}r><${prefix}t xml:space="preserve">${excelText(`\n——\n${note.text}`)}</${prefix}t></${prefix}r>` });
            byRef.delete(currentRef);
          }
        } else if (n === "comment") currentRef = null;
        depth--;
      },
    },
    "comments"
  );
  s.write(xml);
  s.end();
  const added = notes.filter((n) => byRef.has(n.ref.toUpperCase()));
  const authorId = authors;
  const authorXml = `<${prefix}author>${AUTHOR}</${prefix}author>`;
  if (added.length > 0) {
    if (authorsClose >= 0) edits.push({ at: authorsClose, end: authorsClose, text: authorXml });
    else if (authorsSelf) edits.push({ at: (authorsSelf as { start: number }).start, end: (authorsSelf as { end: number }).end, text: `<${prefix}authors>${authorXml}</${prefix}authors>` });
    const list = added.map((n) => `<${prefix}comment ref="${n.ref}" authorId="${authorId}"><${prefix}text>${run(n.text).replace(/<(\/?)(r|t)\b/g, `<$1${prefix}$2`)}</${prefix}text></${prefix}comment>`).join("");
    if (listClose >= 0) edits.push({ at: listClose, end: listClose, text: list });
    else if (listSelf) edits.push({ at: (listSelf as { start: number }).start, end: (listSelf as { end: number }).end, text: `<${prefix}commentList>${list}</${prefix}commentList>` });
  }
  edits.sort((a, b) => a.at - b.at);
  let out = "";
  let from = 0;
  for (const e of edits) {
    out += xml.slice(from, e.at) + e.text;
    from = e.end;
  }
  return { xml: out + xml.slice(from), added };
}

const SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function shape(n: Note, id: number): string {
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:240pt;height:90pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${n.col + 1}, 15, ${n.row}, 2, ${n.col + 5}, 15, ${n.row + 6}, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${n.row}</x:Row><x:Column>${n.col}</x:Column></x:ClientData></v:shape>`
  );
}

/** A new VML drawing for the notes; `block` makes its shape ids unique in the workbook. */
export function newVml(notes: readonly Note[], block: number): string {
  const shapes = notes.map((n, i) => shape(n, block * 1024 + 1 + i)).join("");
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>${SHAPETYPE}${shapes}</xml>`
  );
}

/** Adds shapes for new notes to an existing VML drawing (it is not strict XML: edited as text). */
export function extendVml(vml: string, notes: readonly Note[]): string {
  let max = 0;
  for (const m of vml.matchAll(/_x0000_s(\d+)/g)) max = Math.max(max, Number(m[1]));
  const type = /id\s*=\s*"_x0000_t202"/.test(vml) ? "" : SHAPETYPE;
  const shapes = notes.map((n, i) => shape(n, max + 1 + i)).join("");
  const close = vml.lastIndexOf("</xml>");
  return close < 0 ? vml + type + shapes : vml.slice(0, close) + type + shapes + vml.slice(close);
}
