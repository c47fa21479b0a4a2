import fc from "fast-check";
import {
  CREDIT_CODE_CHARSET,
  creditCodeCheckChar,
  creditCodeProblem,
  isValidCreditCode,
} from "../../../src/core/creditCode";

const CHARS = [...CREDIT_CODE_CHARSET];
const first17 = fc.array(fc.constantFrom(...CHARS), { minLength: 17, maxLength: 17 }).map((a) => a.join(""));
const validCode = first17.map((s) => s + creditCodeCheckChar(s));

describe("credit code (property)", () => {
  it("a code completed with its check character validates, in any case and with spaces around", () => {
    fc.assert(
      fc.property(validCode, (code) => {
        expect(isValidCreditCode(code)).toBe(true);
        expect(isValidCreditCode(` ${code.toLowerCase()} `)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("changing any one character to another charset character never validates", () => {
    fc.assert(
      fc.property(validCode, fc.nat(17), fc.integer({ min: 1, max: CHARS.length - 1 }), (code, at, shift) => {
        const replaced = CHARS[(CHARS.indexOf(code[at]) + shift) % CHARS.length];
        const changed = code.slice(0, at) + replaced + code.slice(at + 1);
        expect(changed).not.toBe(code);
        expect(isValidCreditCode(changed)).toBe(false);
        expect(creditCodeProblem(changed)).toBe("check");
      }),
      { numRuns: 2000 },
    );
  });

  it("wrong lengths and characters outside the charset are named as such", () => {
    fc.assert(
      fc.property(validCode, fc.nat(17), fc.constantFrom("I", "O", "S", "V", "Z", "-", "中"), (code, at, bad) => {
        expect(creditCodeProblem(code.slice(0, at) + bad + code.slice(at + 1))).toBe("character");
        expect(creditCodeProblem(code.slice(0, 17))).toBe("length");
        expect(creditCodeProblem(code + "0")).toBe("length");
      }),
    );
  });

  it("the check character needs exactly 17 allowed characters", () => {
    expect(creditCodeCheckChar("9131011")).toBeNull();
    expect(creditCodeCheckChar("9131011200000000I")).toBeNull();
  });

  it("checks a known code (GB 32100-2015 example form)", () => {
    // 91350100M000100Y4 + check: computed by hand from the weights in the standard.
    const body = "91350100M000100Y4";
    const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    const sum = [...body].reduce((s, c, i) => s + CREDIT_CODE_CHARSET.indexOf(c) * weights[i], 0);
    const check = CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31];
    expect(creditCodeCheckChar(body)).toBe(check);
    expect(isValidCreditCode(body + check)).toBe(true);
  });
});
