import { resolveDistrict } from "../../../src/core/geo/resolve";
import { index } from "./assets";

const codeOf = (q: string): string => {
  const r = resolveDistrict(q, index());
  return r.kind === "district" ? r.district.code : `(${r.kind})`;
};

describe("resolveDistrict", () => {
  test.each(["闵行", "闵行区", "上海市闵行区", "上海闵行", "上海 闵行区", "310112", "３１０１１２", "上海市，闵行区"])("%s is 闵行区 310112", (q) => {
    expect(codeOf(q)).toBe("310112");
  });

  test.each([
    ["黄浦", "310101"],
    ["黄浦区", "310101"],
    ["上海市黄浦区", "310101"],
    ["310101", "310101"],
    ["浦东新区", "310115"],
    ["浦东", "310115"],
    ["南京市江宁区", "320115"],
    ["江宁区", "320115"],
    ["320115", "320115"],
    ["北京市朝阳区", "110105"],
    ["长春市朝阳区", "220104"],
    ["吉林省长春市朝阳区", "220104"],
    ["南京市鼓楼区", "320106"],
    ["福州鼓楼", "350102"],
    ["东莞", "441900"],
    ["东莞市", "441900"],
    ["石林彝族自治县", "530126"],
    ["石林", "530126"],
  ])("%s is %s", (q, code) => {
    expect(codeOf(q)).toBe(code);
  });

  test("a name shared by districts of several cities is ambiguous, with the candidates", () => {
    const r = resolveDistrict("鼓楼区", index());
    expect(r.kind).toBe("ambiguous");
    if (r.kind !== "ambiguous") return;
    expect(r.candidates.map((d) => index().label(d)).sort()).toEqual(
      ["江苏省南京市鼓楼区", "江苏省徐州市鼓楼区", "福建省福州市鼓楼区", "河南省开封市鼓楼区"].sort(),
    );
  });

  test("朝阳区 is in 北京 and 长春: ambiguous until the province or city is given", () => {
    const r = resolveDistrict("朝阳区", index());
    expect(r.kind === "ambiguous" && r.candidates.map((d) => d.code).sort()).toEqual(["110105", "220104"]);
    const narrowed = resolveDistrict("江苏鼓楼", index());
    expect(narrowed.kind === "ambiguous" && narrowed.candidates.map((d) => d.city).sort()).toEqual(["3201", "3203"]);
  });

  test("a province or city is not a district", () => {
    for (const q of ["上海", "上海市", "310000", "江苏省", "南京市"]) {
      const r = resolveDistrict(q, index());
      expect(r).toMatchObject({ kind: "unknown", reason: "not-a-district" });
    }
  });

  test("an autonomous prefecture written X州 (昌吉州, 大理州) is its city, not a district", () => {
    for (const [q, code] of [["昌吉州", "6523"], ["大理州", "5329"], ["新疆昌吉州", "6523"], ["伊犁州", "6540"]]) {
      const r = resolveDistrict(q, index());
      expect(r).toMatchObject({ kind: "unknown", reason: "not-a-district" });
      expect(r.kind === "unknown" && r.units.map((u) => (u.level === "zone" ? u.name : u.code))).toEqual([code]);
    }
    expect(codeOf("昌吉州木垒县")).toBe("652328");
    expect(codeOf("木垒县")).toBe("652328");
  });

  test("unknown names and codes say so clearly", () => {
    expect(resolveDistrict("", index())).toMatchObject({ kind: "unknown", reason: "empty" });
    expect(resolveDistrict("火星区", index())).toMatchObject({ kind: "unknown", reason: "no-match" });
    expect(resolveDistrict("999999", index())).toMatchObject({ kind: "unknown", reason: "no-match" });
    expect(resolveDistrict("闵行区经委", index())).toMatchObject({ kind: "unknown", reason: "trailing-text" });
  });

  test("a district merged away resolves to the one that holds it now, saying so", () => {
    expect(resolveDistrict("闸北区", index())).toMatchObject({ kind: "district", district: { code: "310106" }, former: "闸北区" });
    expect(resolveDistrict("310108", index())).toMatchObject({ kind: "district", district: { code: "310106" }, former: "310108" });
    expect(resolveDistrict("卢湾区", index())).toMatchObject({ kind: "district", district: { code: "310101" } });
  });

  test("the label names province, city and district", () => {
    expect(index().label(index().district("310112")!)).toBe("上海市闵行区");
    expect(index().label(index().district("320115")!)).toBe("江苏省南京市江宁区");
    expect(index().label(index().district("441900")!)).toBe("广东省东莞市");
  });
});
