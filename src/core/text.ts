/**
 * Text normalisation shared by header matching, item matching and amount parsing.
 * Staff type the same words with full- or half-width characters, curly or straight quotes,
 * stray spaces and line breaks inside header cells.
 */

/** Full-width ASCII (！-～) and the ideographic space become their half-width forms. */
export function toHalfWidth(s: string): string {
  // Most text has no full-width character: find the first one before building anything.
  let i = 0;
  for (; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if ((code >= 0xff01 && code <= 0xff5e) || code === 0x3000) break;
  }
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else out += s[i];
  }
  return out;
}

const QUOTES = /[“”"'‘’「」『』〝〞„‟]/g;
const SPACES = /[\s\u00a0\u3000]+/g;
/** Text nameKey leaves unchanged: CJK ideographs, ASCII digits, lower-case letters and round brackets. */
const PLAIN_NAME = /^[\u4e00-\u9fff0-9a-z()]*$/;

/**
 * The key two names are compared by: half-width, no quotes, no spaces, lower case,
 * Chinese brackets and punctuation folded to ASCII.
 */
export function nameKey(s: string): string {
  // Most names are ideographs alone, which the key keeps as they are: no new string (a ledger's
  // payee names are keyed by the hundred thousand).
  if (typeof s === "string" && PLAIN_NAME.test(s)) return s;
  return toHalfWidth(String(s))
    .replace(QUOTES, "")
    .replace(SPACES, "")
    .replace(/[【\[]/g, "(")
    .replace(/[】\]]/g, ")")
    .replace(/[、，]/g, ",")
    .replace(/[；]/g, ";")
    .replace(/[。.]$/, "")
    .toLowerCase();
}

/** Header text folded for matching: half-width, no spaces or line breaks, no quotes. */
export function headerKey(s: string): string {
  return toHalfWidth(String(s)).replace(QUOTES, "").replace(SPACES, "").toLowerCase();
}

/** Dashes and words that stand for "no value here" in a number or date cell. */
const NOTHING_TEXT = new Set(["-", "—", "——", "–", "－", "―", "/", "无", "n/a", "na", "none", "nil", "不适用"]);

/** The longest of them: longer text is not lowered to be looked up (a register's every credit code passes here). */
const NOTHING_LONGEST = Math.max(...[...NOTHING_TEXT].map((t) => t.length));

/** True for `—`, `-`, `/`, `无`, `n/a` … (trimmed, half-width text): the cell states nothing. */
export function meansNothing(text: string): boolean {
  return text.length <= NOTHING_LONGEST && NOTHING_TEXT.has(text.toLowerCase());
}
