/** The keys names and credit codes are compared by (payees against awards, duplicates). */
import { isPlainCode } from "../../../src/core/creditCode";
import { nameKey } from "../../../src/core/text";

describe("nameKey", () => {
  it.each([
    ["甲公司", "甲公司"],
    ["上海 甲（集团）有限公司", "上海甲(集团)有限公司"],
    ["ABC科技有限公司", "abc科技有限公司"],
    ["ＡＢＣ科技有限公司", "abc科技有限公司"],
    ["“甲”公司", "甲公司"],
    ["甲公司。", "甲公司"],
    ["甲【乙】公司", "甲(乙)公司"],
    ["甲\u3000公司", "甲公司"],
    ["企业123", "企业123"],
    ["abc(1)", "abc(1)"],
  ])("%s → %s", (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it("is its own key: a key keyed again is unchanged", () => {
    for (const n of ["上海 甲（集团）有限公司", "ＡＢＣ科技", "“甲”公司。", "甲、乙；丙", "企业7"]) expect(nameKey(nameKey(n))).toBe(nameKey(n));
  });
});

describe("isPlainCode", () => {
  it("takes digits and capitals as a code's own key, anything else as needing folding", () => {
    expect(isPlainCode("91310112MA1GAAAA1X")).toBe(true);
    expect(isPlainCode("91310112ma1gaaaa1x")).toBe(false);
    expect(isPlainCode("９１310112MA1GAAAA1X")).toBe(false);
    expect(isPlainCode("91310112 MA1GAAAA1X")).toBe(false);
  });
});
