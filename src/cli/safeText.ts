/**
 * Text from a workbook shown on a terminal: control characters (C0, DEL, C1) and the bidi
 * overrides are written as visible escapes (`\x1B`, `\u202E`), so a cell cannot move the
 * cursor, recolour the screen, plant a hyperlink or reorder what the reviewer reads.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function escapeControls(s: string): string {
  return s.replace(UNSAFE, (c) => {
    const n = c.charCodeAt(0);
    return n < 0x100 ? `\\x${n.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${n.toString(16).toUpperCase().padStart(4, "0")}`;
  });
}

/** One line: line breaks and tabs become spaces, controls are escaped. */
export function safeLine(s: string): string {
  return escapeControls(s.replace(/\s*[\r\n]+\s*/g, " ").replace(/\t/g, " ")).trim();
}

/** JSON is safe by itself for C0; DEL, C1 and bidi controls are escaped too (still valid JSON). */
export function safeJson(json: string): string {
  return json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
