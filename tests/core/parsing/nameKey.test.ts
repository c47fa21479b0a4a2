/** The key names are compared by (payees against awards, duplicates by name). */
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
