/**
 * Text from cells, shown in the pane with its invisible characters made visible: C0 controls,
 * DEL, C1 controls and the bidirectional formatting characters (embeddings and overrides
 * U+202A–202E, isolates U+2066–2069, the marks U+200E/U+200F and U+061C). A right-to-left
 * override in an enterprise name would otherwise reorder the rest of a finding's message, and a
 * control character would vanish: each is replaced by a mark (␛ for ESC, \u202E for an
 * override), so it is seen and cannot act. Pure: the component that styles the marks is
 * components/SafeText.tsx.
 */

/** The characters that are replaced: every one the brief of issue 13 names, nothing else. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, "g");

export type TextPiece = { text: string } | { mark: string; code: string };

/** "U+202E" for a character. */
function codeOf(ch: string): string {
  return `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * The visible mark of an invisible character: C0 controls as their Control Pictures (U+2400–241F:
 * ␀ … ␛ … ␟), DEL as ␡, the others (C1, bidi) as their escape, \u202E.
 */
export function markOf(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c <= 0x1f) return String.fromCharCode(0x2400 + c);
  if (c === 0x7f) return "\u2421";
  return `\\u${c.toString(16).toUpperCase().padStart(4, "0")}`;
}

export function hasInvisible(s: string): boolean {
  return INVISIBLE.test(s);
}

/** The text cut into plain runs and marks, in order; plain text comes back as one piece. */
export function textPieces(s: string): TextPiece[] {
  if (!hasInvisible(s)) return [{ text: s }];
  const out: TextPiece[] = [];
  let last = 0;
  for (const m of s.matchAll(INVISIBLE_ALL)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ text: s.slice(last, at) });
    out.push({ mark: markOf(m[0]), code: codeOf(m[0]) });
    last = at + m[0].length;
  }
  if (last < s.length) out.push({ text: s.slice(last) });
  return out;
}

/** The text with each invisible character replaced by its mark: for places that take plain text only (an <option>, an attribute). */
export function visibleText(s: string): string {
  return hasInvisible(s) ? s.replace(INVISIBLE_ALL, markOf) : s;
}
