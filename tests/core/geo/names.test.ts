import { autonomousVariants, geoKey, shortName, townVariants } from "../../../src/core/geo/names";

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
    // Xinjiang's autonomous areas name the people without 族.
    ["伊犁哈萨克自治州", "city", "伊犁"],
    ["博尔塔拉蒙古自治州", "city", "博尔塔拉"],
    ["克孜勒苏柯尔克孜自治州", "city", "克孜勒苏"],
    ["木垒哈萨克自治县", "district", "木垒"],
    ["塔什库尔干塔吉克自治县", "district", "塔什库尔干"],
    ["音河达斡尔鄂温克民族乡", "town", "音河"],
    ["海西蒙古族藏族自治州", "city", "海西"],
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

describe("autonomousVariants", () => {
  test("an autonomous area is written by its stem and the plain unit (昌吉州, 木垒县)", () => {
    expect(autonomousVariants("昌吉回族自治州")).toEqual(["昌吉州"]);
    expect(autonomousVariants("延边朝鲜族自治州")).toEqual(["延边州"]);
    expect(autonomousVariants("伊犁哈萨克自治州")).toEqual(["伊犁州"]);
    expect(autonomousVariants("木垒哈萨克自治县")).toEqual(["木垒县"]);
    expect(autonomousVariants("莫力达瓦达斡尔族自治旗")).toEqual(["莫力达瓦旗"]);
    expect(autonomousVariants("苏州市")).toEqual([]);
    expect(autonomousVariants("大兴安岭地区")).toEqual([]);
  });
});
