import { BUILTIN_CATALOG } from "../../../src/core/catalog/builtin";

// Table C's 政策项数 per category, as the seed states them.
const TABLE_C_COUNTS = [5, 3, 4, 4, 3, 1, 1, 1, 1];

describe("the built-in catalog", () => {
  const items = BUILTIN_CATALOG.items;

  it("holds 23 items, as many per category as Table C counts", () => {
    expect(items).toHaveLength(TABLE_C_COUNTS.reduce((a, b) => a + b, 0));
    const perCategory = TABLE_C_COUNTS.map((_, c) => items.filter((i) => i.code!.startsWith(`${c + 1}.`)).length);
    expect(perCategory).toEqual(TABLE_C_COUNTS);
    expect(new Set(items.map((i) => i.code)).size).toBe(items.length);
    expect(new Set(items.map((i) => i.name)).size).toBe(items.length);
  });

  it("caps category 1 at the fixed standards of 闵经委规发〔2021〕3号", () => {
    const cat1 = items.filter((i) => i.code!.startsWith("1."));
    expect(cat1.map((i) => [i.code, i.name, i.capType, i.capAmount])).toEqual([
      ["1.1", "区级“专精特新”中小企业", "fixed", 50_000],
      ["1.2", "市级“专精特新”中小企业（新申报）", "fixed", 200_000],
      ["1.3", "工信部专精特新“小巨人”企业", "fixed", 500_000],
      ["1.4", "公共服务机构", "fixed", 350_000],
      ["1.5", "示范平台", "fixed", 600_000],
    ]);
    expect(new Set(cat1.map((i) => i.document))).toEqual(new Set(["闵经委规发〔2021〕3号"]));
    expect(new Set(cat1.map((i) => i.category))).toEqual(new Set(["支持企业专精特新化发展"]));
  });

  it("lists categories 2–9 split on ； with no cap", () => {
    const rest = items.filter((i) => !i.code!.startsWith("1."));
    expect(rest.every((i) => i.capType === null && i.capAmount === null && i.rate === null)).toBe(true);
    expect(rest.filter((i) => i.code!.startsWith("3.")).map((i) => i.name)).toEqual([
      "创新产品产业化项目补贴",
      "企业技术中心和创新中心资助",
      "信息化智能化建设投入扶持",
      "智能工厂培育",
    ]);
    expect(items.find((i) => i.code === "9.1")!.name).toBe(
      "鼓励企业上云上平台、推动人工智能企业集聚发展、推进平台载体建设等资金",
    );
  });

  it("names the documents: 5号 for 2–5, 7号 for the digital-transformation items 8–9", () => {
    const doc = (c: number) => new Set(items.filter((i) => i.code!.startsWith(`${c}.`)).map((i) => i.document));
    for (const c of [2, 3, 4, 5]) expect(doc(c)).toEqual(new Set(["闵府规发〔2020〕5号"]));
    for (const c of [8, 9]) expect(doc(c)).toEqual(new Set(["闵经委规发〔2021〕7号"]));
    for (const c of [6, 7]) expect(doc(c).size).toBe(1);
    expect(items.every((i) => i.year === null)).toBe(true);
    expect(BUILTIN_CATALOG.origin).toBe("builtin");
  });
});
