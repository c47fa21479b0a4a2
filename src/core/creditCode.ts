/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
 * 0-9 and A-Y without I, O, S, V, Z; the last is a check character over the first 17.
 */
export const CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** Character code → value (−1 when not allowed): an array lookup, as registers run to a million codes. */
const VALUE_AT = new Int8Array(128).fill(-1);
for (let i = 0; i < CREDIT_CODE_CHARSET.length; i++) VALUE_AT[CREDIT_CODE_CHARSET.charCodeAt(i)] = i;

export type CreditCodeProblem = "length" | "character" | "check";

/** The check character for the first 17 characters, or null when one is not allowed. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = VALUE_AT[first17.charCodeAt(i)] ?? -1;
    if (v < 0) return null;
    sum += v * WEIGHTS[i];
  }
  const check = 31 - (sum % 31);
  return CREDIT_CODE_CHARSET[check === 31 ? 0 : check];
}

/** Why a code is not valid, or null when it is. Lower case and surrounding spaces are tolerated. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  // Registers hold codes already trimmed and upper case: check those without building a copy.
  const c = code.length === 18 ? code : code.trim();
  if (c.length !== 18) return "length";
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = valueAt(c.charCodeAt(i));
    if (v < 0) return "character";
    sum += v * WEIGHTS[i];
  }
  const last = valueAt(c.charCodeAt(17));
  if (last < 0) return "character";
  const check = 31 - (sum % 31);
  return (check === 31 ? 0 : check) === last ? null : "check";
}

/** Value of a code character, lower case accepted; −1 when the character is not allowed. */
function valueAt(ch: number): number {
  const up = ch >= 97 && ch <= 122 ? ch - 32 : ch;
  return up < 128 ? VALUE_AT[up] : -1;
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(code) === null;
}

/**
 * Digits and capitals only, as almost every code is written: such a code is its own key, with no
 * folding. A loop, cheaper than an expression on the million rows of a register or ledger.
 */
export function isPlainCode(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return false;
  }
  return true;
}
