import { catalogFromJson, CatalogError } from "../../../src/core/catalog/json";
import { catalogFromTables } from "../../../src/core/catalog/fromTables";
import type { CatalogTable, RecognisedTable } from "../../../src/core/tables/types";

const ok = (items: unknown[]) => catalogFromJson(JSON.stringify({ items }), "caps.json");

function errorOf(text: string): CatalogError {
  try {
    catalogFromJson(text, "caps.json");
  } catch (e) {
    if (e instanceof CatalogError) return e;
    throw e;
  }
  throw new Error("no error thrown");
}

describe("catalogFromJson", () => {
  it("reads items with English or Chinese cap types, units and years", () => {
    const c = ok([
      {
        code: "1.1",
        name: "区级“专精特新”中小企业",
        category: "支持企业专精特新化发展",
        capType: "定额",
        capAmount: 5,
        unit: "万元",
        document: "闵经委规发〔2021〕3号",
      },
      {
        code: 6.1,
        name: "技术改造项目新增设备补贴",
        capType: "比例",
        rate: "10%",
        capAmount: "300",
        unit: "万元",
        year: 2022,
      },
      { name: "最高项", capType: "最高", capAmount: "1,000,000" },
      { name: "fixed", capType: "fixed", capAmount: 1 },
      { name: "只有比例", rate: 0.2 },
      { name: "只有金额", capAmount: 100 },
      { name: "无上限" },
    ]);
    expect(c.origin).toBe("file");
    expect(c.name).toBe("caps.json");
    expect(c.items.map((i) => [i.code, i.capType, i.capAmount, i.rate, i.year])).toEqual([
      ["1.1", "fixed", 50_000, null, null],
      ["6.1", "rate", 3_000_000, 0.1, 2022],
      [null, "max", 1_000_000, null, null],
      [null, "fixed", 1, null, null],
      [null, "rate", null, 0.2, null],
      [null, "max", 100, null, null],
      [null, null, null, null, null],
    ]);
    expect(c.items[0]).toMatchObject({ category: "支持企业专精特新化发展", document: "闵经委规发〔2021〕3号" });
  });

  it("keeps a rate item's base as the policy names it, as a catalog table does (产值同比增量, 研发费用)", () => {
    const c = ok([
      { name: "达产增产奖励", capType: "rate", rate: 0.01, capAmount: 50, unit: "万元", base: "产值同比增量" },
      { name: "研发投入补助", rate: "10%", base: " 上一年度研发费用 " },
      { name: "无基数", rate: 0.2 },
    ]);
    expect(c.items.map((i) => i.base ?? null)).toEqual(["产值同比增量", "上一年度研发费用", null]);
    expect(errorOf('{"items": [{"name": "a", "rate": 0.1, "base": 5}]}').path).toBe("items[0].base");
  });

  it("reads a percent text above 100% as a rate (a double award, 双倍奖励: \"200%\" of another award)", () => {
    const c = catalogFromJson(
      JSON.stringify({ items: [{ name: "双倍奖励", rate: "200%", base: "省级奖励" }, { name: "配套奖励", capType: "比例", rate: "150%" }] }),
      "caps.json",
    );
    expect(c.items.map((i) => [i.capType, i.rate])).toEqual([
      ["rate", 2],
      ["rate", 1.5],
    ]);
  });

  it("accepts a byte-order mark and an empty list", () => {
    expect(catalogFromJson('\uFEFF{"items": []}', "x.json").items).toEqual([]);
  });

  it.each([
    ["{items: []}", null, /不是有效的 JSON/],
    ['{"things": []}', null, /应为 \{ "items"/],
    ["[]", null, /应为 \{ "items"/],
    ['{"items": [42]}', "items[0]", /items\[0\] 应为对象/],
    ['{"items": [{"capAmount": 5}]}', "items[0].name", /name（政策项）缺失/],
    [
      '{"items": [{"name": "a"}, {"name": "b", "capType": "huge"}]}',
      "items[1].capType",
      /items\[1\]\.capType 应为 fixed\/max\/rate/,
    ],
    ['{"items": [{"name": "a", "capType": "fixed"}]}', "items[0].capAmount", /缺少 capAmount/],
    ['{"items": [{"name": "a", "capType": "rate", "capAmount": 5}]}', "items[0].rate", /缺少 rate/],
    ['{"items": [{"name": "a", "capAmount": "lots"}]}', "items[0].capAmount", /应为金额，实为 "lots"/],
    ['{"items": [{"name": "a", "capAmount": -5}]}', "items[0].capAmount", /不能为负数/],
    ['{"items": [{"name": "a", "rate": 10}]}', "items[0].rate", /应为小数/],
    ['{"items": [{"name": "a", "rate": 2}]}', "items[0].rate", /"200%"/],
    ['{"items": [{"name": "a", "rate": "0%"}]}', "items[0].rate", /应为小数/],
    ['{"items": [{"name": "a", "unit": "美元", "capAmount": 1}]}', "items[0].unit", /unit 应为/],
    ['{"items": [{"name": "a", "year": 21}]}', "items[0].year", /四位年份/],
    ['{"items": [{"name": "a", "cap": 5}]}', "items[0].cap", /未知字段 "cap"/],
    ['{"items": [{"name": 5}]}', "items[0].name", /name 应为文本/],
  ])("rejects %s with one clear message", (text, path, message) => {
    const e = errorOf(text);
    expect(e.message).toMatch(/^目录文件 caps\.json 有误：/);
    expect(e.message).toMatch(message);
    expect(e.path).toBe(path);
  });
});

describe("catalogFromTables", () => {
  it("takes the first catalog table, named after its sheet", () => {
    const cat = (sheet: string, name: string): CatalogTable => ({
      kind: "catalog",
      sheet,
      range: { r0: 0, c0: 0, r1: 1, c1: 3 },
      headerRows: 1,
      unit: "元",
      unitSource: "default",
      columns: [],
      hiddenRows: [],
      items: [
        { code: null, name, category: null, capType: "max", capAmount: 1, rate: null, year: null, document: null },
      ],
    });
    const tables: RecognisedTable[] = [cat("目录一", "甲"), cat("目录二", "乙")];
    const c = catalogFromTables(tables);
    expect(c).toMatchObject({ origin: "workbook", name: "目录一" });
    expect(c!.items.map((i) => i.name)).toEqual(["甲"]);
    expect(catalogFromTables([])).toBeNull();
  });
});
