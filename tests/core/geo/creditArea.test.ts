import { creditCodeCheckChar, creditCodeProblem } from "../../../src/core/creditCode";
import { codeAreaVerdict, creditCodeArea, locationCodeMismatch } from "../../../src/core/geo/creditArea";
import { placeVerdict } from "../../../src/core/geo/place";
import { index, setup } from "./assets";

/** A valid code for an area: 9 + 1 (enterprise) + area + a fixed organisation part + check. */
function codeFor(area: string, body = "MA1GB0XX8"): string {
  const first17 = `91${area}${body}`;
  return first17 + creditCodeCheckChar(first17);
}
/** The same code with a wrong check character, as early pilot codes have. */
function pilotCodeFor(area: string): string {
  const good = codeFor(area);
  const wrong = good.endsWith("0") ? "1" : "0";
  return good.slice(0, 17) + wrong;
}

const minhang = setup("闵行");
const inside = (p: string) => placeVerdict(p, minhang.d, minhang.data, index());

describe("creditCodeArea", () => {
  test("characters 3–8 name the registering authority's district", () => {
    const a = creditCodeArea(codeFor("310112"), index());
    expect(a).toMatchObject({ code: "310112", level: "district", district: { name: "闵行区" }, city: { code: "3101" }, province: { name: "上海市" }, checkValid: true });
    expect(creditCodeArea(codeFor("320115"), index())).toMatchObject({ level: "district", district: { name: "江宁区" } });
  });

  test("municipal and provincial authorities are city- or province-level, not districts", () => {
    expect(creditCodeArea(codeFor("310000"), index())).toMatchObject({ level: "province", province: { code: "31" } });
    expect(creditCodeArea(codeFor("310100"), index())).toMatchObject({ level: "city", city: { code: "3101" } });
    expect(creditCodeArea(codeFor("440101"), index())).toMatchObject({ level: "city", city: { code: "4401" } });
  });

  test("a district merged away reads as today's district", () => {
    expect(creditCodeArea(codeFor("310108"), index())).toMatchObject({ level: "former", district: { code: "310106" } });
  });

  test("a pilot code failing the check character still gives its area, flagged", () => {
    const code = pilotCodeFor("310115");
    expect(creditCodeProblem(code)).toBe("check");
    expect(creditCodeArea(code, index())).toMatchObject({ level: "district", district: { code: "310115" }, checkValid: false });
  });

  test("nothing is read from codes that are not 18 characters or whose area is not an area", () => {
    expect(creditCodeArea("", index())).toBeNull();
    expect(creditCodeArea("91310112", index())).toBeNull();
    expect(creditCodeArea("91ABCDEF" + "MA1GB0XX8X", index())).toBeNull();
    expect(creditCodeArea(codeFor("990112"), index())).toBeNull();
  });

  test("lower case and spaces around are tolerated", () => {
    expect(creditCodeArea(` ${codeFor("310112").toLowerCase()} `, index())).toMatchObject({ code: "310112", checkValid: true });
  });
});

describe("codeAreaVerdict for 闵行区", () => {
  const verdict = (area: string) => codeAreaVerdict(creditCodeArea(codeFor(area), index())!, minhang.d);
  test.each([
    ["310112", "inside", "same-district"],
    ["310115", "outside", "other-district"],
    ["310101", "outside", "other-district"],
    ["310108", "outside", "other-district"],
    ["320115", "outside", "other-province"],
    ["320100", "outside", "other-province"],
    ["310000", "unknown", "authority-around"],
    ["310100", "unknown", "authority-around"],
    ["310141", "unknown", "unlisted"],
  ])("%s → %s (%s)", (area, v, reason) => {
    expect(verdict(area)).toMatchObject({ verdict: v, reason });
  });

  test("another city of the same province is outside; that province's own authority is not", () => {
    const jiangning = setup("南京市江宁区");
    const v = (area: string) => codeAreaVerdict(creditCodeArea(codeFor(area), index())!, jiangning.d);
    expect(v("320500")).toMatchObject({ verdict: "outside", reason: "other-city" });
    expect(v("320000")).toMatchObject({ verdict: "unknown", reason: "authority-around" });
    expect(v("320100")).toMatchObject({ verdict: "unknown", reason: "authority-around" });
    expect(v("320115")).toMatchObject({ verdict: "inside" });
  });
});

describe("locationCodeMismatch (register.location-code-mismatch)", () => {
  const mismatch = (code: string, ...places: string[]) =>
    locationCodeMismatch(code, places.map(inside), minhang.d, index());

  test("a 浦东 code on a row placed in 闵行 is a mismatch", () => {
    const m = mismatch(codeFor("310115"), "七宝镇");
    expect(m).toMatchObject({ area: { code: "310115", district: { name: "浦东新区" } }, reason: "other-district", place: { verdict: "inside" } });
    expect(mismatch(codeFor("310115"), "上海市闵行区莘庄镇", "浦东新区")).not.toBeNull();
  });

  test("a 闵行 code, a municipal or provincial code, or a row not placed inside is not", () => {
    expect(mismatch(codeFor("310112"), "七宝镇")).toBeNull();
    expect(mismatch(codeFor("310000"), "七宝镇")).toBeNull();
    expect(mismatch(codeFor("310100"), "莘庄工业区")).toBeNull();
    expect(mismatch(codeFor("310115"), "张江镇")).toBeNull();
    expect(mismatch(codeFor("310115"), "不详")).toBeNull();
    expect(mismatch(codeFor("310115"))).toBeNull();
  });

  test("a pilot code failing its check character still reports its area, flagged invalid", () => {
    const m = mismatch(pilotCodeFor("310115"), "七宝镇");
    expect(m).toMatchObject({ area: { code: "310115", checkValid: false } });
    // The area is remembered by its six digits; the flag is read per code.
    expect(mismatch(codeFor("310115"), "七宝镇")).toMatchObject({ area: { checkValid: true } });
  });

  test("codes with no readable area give nothing", () => {
    expect(mismatch("12345", "七宝镇")).toBeNull();
    expect(mismatch("91XXXXXXMA1GB0XX8X", "七宝镇")).toBeNull();
  });
});
