/**
 * The one piece of ExcelJS 4.4.0 the fast reader uses beyond its typed API: its SAX event
 * batching over saxes (exceljs's own XML parser). exceljs is pinned to 4.4.0 in package.json,
 * so the path is stable; the tests read real files (ExcelJS- and LibreOffice-written) through it.
 * Chunks must be whole strings: it decodes Buffers chunk by chunk, which splits characters.
 */

export interface SaxNode {
  name: string;
  attributes: Record<string, string>;
}
export type SaxEvent =
  | { eventType: "opentag"; value: SaxNode }
  | { eventType: "closetag"; value: SaxNode }
  | { eventType: "text"; value: string };

// eslint-disable-next-line @typescript-eslint/no-require-imports
const parseSaxImpl = require("exceljs/lib/utils/parse-sax") as (xml: AsyncIterable<unknown>) => AsyncIterable<SaxEvent[]>;

export function parseSax(xml: AsyncIterable<unknown>): AsyncIterable<SaxEvent[]> {
  return parseSaxImpl(xml);
}

/**
 * ExcelJS 4.4.0 hands each part's XML to JSZip as a string (in Node; in browsers it encodes first).
 * JSZip then encodes that string in 16 Ki-unit pieces one by one, so a character outside the BMP
 * (a surrogate pair, such as 𠮷 in a company name) that straddles two pieces is written as two
 * U+FFFD: the copy would change what the user typed. Handing JSZip the whole part already
 * encoded as UTF-8 (what ExcelJS does in browsers) avoids it. Installed once, before a write.
 */
interface ZipWriterProto {
  append(data: unknown, options: { name: string; base64?: boolean }): void;
  [UTF8_SAFE]?: true;
}
const UTF8_SAFE = Symbol.for("subsidy-audit.utf8-safe-zip-writer");

export function useWholeUtf8Parts(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const proto = (require("exceljs/lib/utils/zip-stream") as { ZipWriter: { prototype: ZipWriterProto } }).ZipWriter.prototype;
  if (proto[UTF8_SAFE]) return;
  const append = proto.append;
  proto.append = function (this: unknown, data: unknown, options: { name: string; base64?: boolean }): void {
    const whole = typeof data === "string" && !options.base64 ? Buffer.from(data, "utf8") : data;
    append.call(this, whole, options);
  };
  proto[UTF8_SAFE] = true;
}
