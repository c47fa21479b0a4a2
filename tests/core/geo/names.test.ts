import { geoKey, shortName, townVariants } from "../../../src/core/geo/names";

describe("shortName", () => {
  test.each([
    ["闵行区", "district", "闵行"],
    ["浦东新区", "district", "浦东"],
    ["石林彝族自治县", "district", "石林"],
    ["积石山保安族东乡族撒拉族自治县", "district", "积石山"],
    ["长阳土家族自治县", "district", "长阳"],
    ["沙县区", "district", "沙县"],
    ["城区", "district", null],
    ["上海市", "province", "上海"],
    ["广西壮族自治区", "province", "广西"],
    ["新疆维吾尔自治区", "province", "新疆"],
    ["内蒙古自治区", "province", "内蒙古"],
    ["香港特别行政区", "province", "香港"],
    ["延边朝鲜族自治州", "city", "延边"],
    ["大兴安岭地区", "city", "大兴安岭"],
    ["锡林郭勒盟", "city", "锡林郭勒"],
    ["七宝镇", "town", "七宝"],
    ["川沙新镇", "town", "川沙"],
    ["真如镇街道", "town", "真如"],
    ["江川路街道", "town", "江川路"],
    ["唐镇", "town", null],
    ["莘庄工业区", "town", null],
  ] as const)("%s (%s) → %s", (name, level, short) => {
    expect(shortName(name, level)).toBe(short);
  });
});

describe("townVariants", () => {
  test("新镇, 镇街道 and 路街道 forms", () => {
    expect(townVariants("川沙新镇")).toContain("川沙镇");
    expect(townVariants("真如镇街道")).toContain("真如镇");
    expect(townVariants("古美街道")).toContain("古美路街道");
    expect(townVariants("江川路街道")).toContain("江川街道");
    expect(townVariants("七宝镇")).toEqual([]);
  });
});

describe("geoKey", () => {
  test("folds width, case, spaces, brackets and quotes", () => {
    expect(geoKey(" 上海市　闵行区（七宝镇） ")).toBe("上海市闵行区七宝镇");
    expect(geoKey("中国（上海）自由贸易试验区")).toBe(geoKey("中国(上海)自由贸易试验区"));
    expect(geoKey("３１０１１２")).toBe("310112");
    expect(geoKey("“张江”片区")).toBe("张江片区");
  });
});
