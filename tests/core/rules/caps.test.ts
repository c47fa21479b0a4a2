import { checkCaps } from "../../../src/core/kinds/register/caps";
import { CatalogIndex } from "../../../src/core/catalog/match";
import { BUILTIN_CATALOG } from "../../../src/core/catalog/builtin";
import type { Catalog } from "../../../src/core/catalog/types";
import { withDefaults } from "../../../src/core/settings";
import { regRow, register } from "./handTables";

const settings = withDefaults({ today: "2021-09-09" });
const en = withDefaults({ today: "2021-09-09", lang: "en-US" });

const catalog: Catalog = {
  origin: "file",
  name: "caps.json",
  items: [
    ...BUILTIN_CATALOG.items,
    {
      code: "6.1",
      name: "技术改造项目新增设备补贴",
      category: "企业技术改造项目",
      capType: "rate",
      capAmount: 3_000_000,
      rate: 0.1,
      year: 2021,
      document: "闵府规发〔2020〕5号",
    },
    {
      code: "X.1",
      name: "按比例无上限",
      category: null,
      capType: "rate",
      capAmount: null,
      rate: 0.2,
      year: null,
      document: null,
    },
    {
      code: "Y.1",
      name: "仅 2023 年",
      category: null,
      capType: "max",
      capAmount: 100,
      rate: null,
      year: 2023,
      document: null,
    },
  ],
};
const run = (rows: Parameters<typeof register>[0], s = settings) =>
  checkCaps(register(rows), new CatalogIndex(catalog), catalog.name, s);

describe("cap rules", () => {
  it("flags an approved amount above a fixed standard, on the approved cell", () => {
    const f = run([
      regRow(1, { enterprise: "上海甲公司", item: "区级“专精特新”中小企业", requested: 40_000, approved: 80_000 }),
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: "cap.exceeded",
      severity: "error",
      cell: "H2",
      actual: 80_000,
      expected: 50_000,
    });
    expect(f[0].message).toBe(
      "上海甲公司 区级“专精特新”中小企业 核定金额 80,000 元，超过补贴上限 50,000 元（定额，闵经委规发〔2021〕3号）",
    );
  });

  it("uses the requested amount when nothing is approved yet", () => {
    const f = run([regRow(1, { item: "示范平台", requested: 700_000 })]);
    expect(f.map((x) => [x.rule, x.cell, x.actual, x.expected])).toEqual([["cap.exceeded", "G2", 700_000, 600_000]]);
  });

  it("accepts amounts at or below the cap, and names written with other quotes or widths", () => {
    const f = run([
      regRow(1, { item: '区级"专精特新"中小企业', approved: 50_000 }),
      regRow(2, { item: "区级专精特新中小企业", approved: 49_999.99 }),
      regRow(3, { item: "工信部专精特新 “小巨人” 企业", approved: 500_000.004 }),
      regRow(4, { itemCode: "１.５", approved: 600_000 }),
    ]);
    expect(f).toEqual([]);
  });

  it("checks a rate item against rate x base, and against its maximum when that binds", () => {
    const f = run([
      regRow(1, {
        itemCode: "6.1",
        item: "技术改造项目新增设备补贴",
        approved: 1_500_000,
        base: 10_000_000,
        year: 2021,
      }),
      regRow(2, { itemCode: "6.1", approved: 3_500_000, base: 50_000_000, year: 2021 }),
      regRow(3, { itemCode: "6.1", approved: 900_000, base: 10_000_000, year: 2021 }),
      regRow(4, { itemCode: "6.1", approved: 3_500_000, year: 2021 }),
    ]);
    expect(f.map((x) => [x.rule, x.cell, x.actual, x.expected])).toEqual([
      ["cap.rate-exceeded", "H2", 1_500_000, 1_000_000],
      ["cap.exceeded", "H3", 3_500_000, 3_000_000],
      ["cap.exceeded", "H5", 3_500_000, 3_000_000], // no base: the maximum still applies
    ]);
    expect(f[0].message).toBe(
      "技术改造项目新增设备补贴 核定金额 1,500,000 元，超过计算基数 10,000,000 元 × 10.00% = 1,000,000 元（闵府规发〔2020〕5号）",
    );
  });

  it("reports an unknown item (warning, item cell) and an item with no cap (info)", () => {
    const f = run([
      regRow(1, { enterprise: "乙公司", item: "不存在的政策", approved: 10 }),
      regRow(2, { item: "优质企业扶持", approved: 1_000_000 }),
      regRow(3, { itemCode: "X.1", approved: 10 }),
    ]);
    // Per-row findings first, then one unknown-policy or no-cap per item, on its first row (the
    // audit orders them by cell): a whole list of one unknown item is one warning, not one a row.
    expect(f.map((x) => [x.rule, x.severity, x.cell])).toEqual([
      ["cap.no-cap", "info", "I4"], // rate item without a base: the base cell is what is missing
      ["cap.unknown-policy", "warning", "F2"],
      ["cap.no-cap", "info", "H3"],
    ]);
    expect(f[1].message).toBe("乙公司 政策项 不存在的政策 不在政策目录（caps.json）中，无法核对补贴上限");
    expect(f[0].params.reason).toBe("base");
    expect(f[2].message).toBe("优质企业扶持 在政策目录（caps.json）中未设补贴上限，金额未核对");
  });

  it("reports an uncapped item once per register, on its first row, with the rows it covers", () => {
    const f = run([
      regRow(1, { item: "成长企业补贴", approved: 1 }),
      regRow(2, { item: "优质企业扶持", approved: 2 }),
      regRow(3, { item: "优质企业扶持", requested: 3 }),
      regRow(4, { itemCode: "2.1", approved: 4 }),
      regRow(5, { item: "优质企业扶持" }), // no amount: nothing to leave unchecked
    ]);
    expect(f.map((x) => [x.rule, x.cell, x.params.rows])).toEqual([
      ["cap.no-cap", "H2", 1],
      ["cap.no-cap", "H3", 3],
    ]);
    expect(f[1].message).toBe("优质企业扶持 在政策目录（caps.json）中未设补贴上限，本表 3 行金额均未核对");
  });

  it("treats an item whose entries are all for later years as having no cap that year", () => {
    const f = run([regRow(1, { itemCode: "Y.1", approved: 1_000, year: 2021 })]);
    expect(f.map((x) => [x.rule, x.params.reason])).toEqual([["cap.no-cap", "year"]]);
  });

  it("skips empty rows; an amount without an item is reported on the item cell", () => {
    const f = run([regRow(1, {}), regRow(2, { enterprise: "丙公司" }), regRow(3, { approved: 5 })]);
    expect(f.map((x) => [x.rule, x.cell])).toEqual([["cap.unknown-policy", "F4"]]);
    expect(f[0].message).toBe("未填写政策项，无法核对补贴上限");
  });

  it("speaks English when asked", () => {
    const f = run([regRow(1, { enterprise: "Acme", item: "示范平台", approved: 650_000 })], en);
    expect(f[0].message).toBe(
      "Acme: 示范平台: approved amount 650,000 yuan is above the cap of 600,000 yuan (fixed standard, 闵经委规发〔2021〕3号)",
    );
  });
});
