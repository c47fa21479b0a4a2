import fc from "fast-check";
import { readAmount, periodInText } from "../../../src/core/amount";
import type { Cell } from "../../../src/core/grid";

/** Groups an integer string with thousands separators: 1234567 → 1,234,567. */
function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** ASCII to full-width (what an IME types): 1 → １, , → ，, % → ％. */
function fullWidth(s: string): string {
  return s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

const written = fc.record({
  whole: fc.maxSafeNat().map((n) => String(Math.floor(n / 1000))),
  fraction: fc.stringMatching(/^\d{0,4}$/),
  negative: fc.boolean(),
  separators: fc.boolean(),
  wide: fc.boolean(),
  suffix: fc.constantFrom("", "元", "万元", "亿元", "%", " 万元", " %"),
  spaces: fc.boolean(),
});

describe("readAmount (property)", () => {
  it("reads back any number written with separators, full-width digits, a unit or a percent", () => {
    fc.assert(
      fc.property(written, (w) => {
        const plain = w.whole + (w.fraction ? "." + w.fraction : "");
        let text = (w.negative ? "-" : "") + (w.separators ? group(w.whole) : w.whole) + (w.fraction ? "." + w.fraction : "");
        if (w.wide) text = fullWidth(text);
        text += w.suffix;
        if (w.spaces) text = ` ${text} `;
        const r = readAmount(text);
        expect(r.kind).toBe("number");
        if (r.kind !== "number") return;
        const percent = w.suffix.trim() === "%";
        const expected = (w.negative ? -1 : 1) * Number(plain) / (percent ? 100 : 1);
        expect(r.value).toBe(expected);
        expect(r.percent).toBe(percent);
        expect(r.decimals).toBe(w.fraction.length);
        const unit = w.suffix.trim();
        expect(r.unit).toBe(unit === "" || unit === "%" ? undefined : unit);
      }),
      { numRuns: 500 },
    );
  });

  it("reads a period annotation after a number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.nat(1e9), (a, b, n) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const r = readAmount(`${group(String(n))}.28 (${from}-${to} 月)`);
        expect(r).toMatchObject({ kind: "number", value: Number(`${n}.28`), period: { fromMonth: from, toMonth: to } });
        expect(periodInText(`${from}-${to} 月实际支出`)).toEqual({ fromMonth: from, toMonth: to });
      }),
    );
  });

  it("numbers pass through with the decimals their format shows", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(null, "#,##0.00", "0.00%", "General"), (v, f) => {
        const r = readAmount(v, f);
        expect(r).toMatchObject({ kind: "number", value: v, percent: f === "0.00%" });
        if (f === "#,##0.00" || f === "0.00%") expect(r.kind === "number" && r.decimals).toBe(2);
      }),
    );
  });

  it("never throws on junk, and anything it calls a number is finite", () => {
    const cell: fc.Arbitrary<Cell> = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({ unit: fc.constantFrom(..."0123456789,.，．%％-—()（）万元亿 月#NA/abc１２３") }),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(cell, fc.option(fc.string()), (v, f) => {
        const r = readAmount(v, f);
        expect(["number", "nothing", "unreadable"]).toContain(r.kind);
        if (r.kind === "number") expect(Number.isFinite(r.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("readAmount (examples)", () => {
  it.each([
    ["—", "nothing"],
    ["-", "nothing"],
    ["", "nothing"],
    ["  ", "nothing"],
    ["无", "nothing"],
    ["abc", "unreadable"],
    ["#N/A", "unreadable"],
    ["#DIV/0!", "unreadable"],
    ["1,23", "unreadable"],
    ["1e5", "unreadable"],
  ])("%j is %s", (text, kind) => {
    expect(readAmount(text).kind).toBe(kind);
  });

  it("reads accounting negatives and trailing notes", () => {
    expect(readAmount("(1,234.00)")).toMatchObject({ kind: "number", value: -1234, decimals: 2 });
    expect(readAmount("（1,234.00）")).toMatchObject({ kind: "number", value: -1234 });
    expect(readAmount("100（暂定）")).toMatchObject({ kind: "number", value: 100 });
    expect(readAmount("¥1,000")).toMatchObject({ kind: "number", value: 1000 });
  });

  it("booleans and non-finite numbers are unreadable", () => {
    expect(readAmount(true)).toEqual({ kind: "unreadable", text: "TRUE" });
    expect(readAmount(Number.NaN).kind).toBe("unreadable");
    expect(readAmount(Infinity).kind).toBe("unreadable");
  });
});
