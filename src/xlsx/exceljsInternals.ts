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
