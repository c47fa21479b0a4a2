import { CatalogIndex, capLimit, capLimitValue, rateBinds } from "../../../src/core/catalog/match";
import { BUILTIN_CATALOG } from "../../../src/core/catalog/builtin";
import type { CatalogItem } from "../../../src/core/catalog/types";

function item(v: Partial<CatalogItem> & { name: string }): CatalogItem {
  return { code: null, category: null, capType: null, capAmount: null, rate: null, year: null, document: null, ...v };
}

describe("CatalogIndex.find", () => {
  const idx = new CatalogIndex(BUILTIN_CATALOG);

  it("finds by code, full- or half-width", () => {
    expect(idx.find({ code: "1.3" })?.capAmount).toBe(500_000);
    expect(idx.find({ code: "１．３" })?.capAmount).toBe(500_000);
    expect(idx.find({ code: " 1.3 " })?.capAmount).toBe(500_000);
  });

  it("finds by name whatever the quotes, spaces and widths", () => {
    for (const n of [
      "市级“专精特新”中小企业（新申报）",
      '市级"专精特新"中小企业(新申报)',
      "市级专精特新中小企业（新申报）",
      " 市级 「专精特新」 中小企业 （新申报） ",
    ]) {
      expect(idx.find({ name: n })?.code).toBe("1.2");
    }
  });

  it("falls back to the name when the code is unknown, and gives null for an unknown item", () => {
    expect(idx.find({ code: "99", name: "示范平台" })?.code).toBe("1.5");
    expect(idx.find({ code: "99", name: "不存在" })).toBeNull();
    expect(idx.find({})).toBeNull();
    expect(idx.find({ name: "" })).toBeNull();
  });

  it("gives the same answer from the cache as the first time", () => {
    const first = idx.find({ name: "示范平台" });
    expect(idx.find({ name: "示范平台" })).toBe(first);
  });

  it("prefers the exact year, then the entry for every year, then the latest earlier year", () => {
    const all = item({ name: "项目", capType: "max", capAmount: 1 });
    const y2019 = item({ name: "项目", capType: "max", capAmount: 2019, year: 2019 });
    const y2020 = item({ name: "项目", capType: "max", capAmount: 2020, year: 2020 });
    const y2022 = item({ name: "项目", capType: "max", capAmount: 2022, year: 2022 });
    const withAll = new CatalogIndex({ items: [y2022, y2019, all, y2020] });
    expect(withAll.find({ name: "项目" }, 2020)).toBe(y2020);
    expect(withAll.find({ name: "项目" }, 2021)).toBe(all);
    expect(withAll.find({ name: "项目" }, null)).toBe(all);

    const years = new CatalogIndex({ items: [y2022, y2019, y2020] });
    expect(years.find({ name: "项目" }, 2021)).toBe(y2020);
    expect(years.find({ name: "项目" }, 2030)).toBe(y2022);
    expect(years.find({ name: "项目" }, 2018)).toBeNull();
    expect(years.find({ name: "项目" })).toBe(y2022);
    expect(years.knows({ name: "项目" })).toBe(true);

    const single = new CatalogIndex({ items: [y2020] });
    expect(single.find({ name: "项目" }, 2019)).toBeNull();
    expect(single.find({ name: "项目" }, 2021)).toBe(y2020);
  });

  it("gives every year's entry of an item the same key", () => {
    const a = item({ name: "项目", year: 2020 });
    const b = item({ name: "“项目”", year: 2021 });
    const idx2 = new CatalogIndex({ items: [a, b] });
    expect(idx2.keyOf(a)).toBe(idx2.keyOf(b));
  });
});

describe("capLimit", () => {
  it("fixed and maximum caps are their amount", () => {
    expect(capLimit(item({ name: "a", capType: "fixed", capAmount: 50_000 }), null)).toEqual({
      limit: 50_000,
      by: "amount",
    });
    expect(capLimit(item({ name: "a", capType: "max", capAmount: 10 }), 1e9)).toEqual({ limit: 10, by: "amount" });
  });

  it("a rate cap is rate x base, capped by its amount when that is smaller", () => {
    const r = item({ name: "r", capType: "rate", rate: 0.1, capAmount: 3_000_000 });
    expect(capLimit(r, 10_000_000)).toEqual({ limit: 1_000_000, by: "rate" });
    expect(capLimit(r, 50_000_000)).toEqual({ limit: 3_000_000, by: "amount" });
    expect(capLimit(r, null)).toEqual({ limit: 3_000_000, by: "amount" });
    expect(capLimit(item({ name: "r", capType: "rate", rate: 0.3 }), 0.1)).toEqual({ limit: 0.03, by: "rate" });
    expect(capLimit(item({ name: "r", capType: "rate", rate: 0.2 }), null)).toEqual({ limit: null, by: "none" });
  });

  it("an item with no cap has no limit", () => {
    expect(capLimit(item({ name: "n" }), 100)).toEqual({ limit: null, by: "none" });
  });

  it("the register loop's capLimitValue and rateBinds give capLimit's limit and whether the rate binds", () => {
    const items = [
      item({ name: "f", capType: "fixed", capAmount: 50_000 }),
      item({ name: "r", capType: "rate", rate: 0.1, capAmount: 3_000_000 }),
      // The cap amount equal to rate x base: the rate binds, as capLimit says.
      item({ name: "e", capType: "rate", rate: 0.1, capAmount: 1_000_000 }),
      item({ name: "o", capType: "rate", rate: 0.2 }),
      item({ name: "n" }),
    ];
    for (const it of items)
      for (const base of [null, 0, 10_000_000, 50_000_000]) {
        const { limit, by } = capLimit(it, base);
        expect(capLimitValue(it, base)).toBe(limit);
        expect(rateBinds(it, base)).toBe(by === "rate");
      }
    expect(capLimit(items[2], 10_000_000).by).toBe("rate");
  });
});

describe("CatalogIndex.itemIn: the item a title names", () => {
  const idx = new CatalogIndex({
    items: [item({ name: "国家高新技术企业奖励" }), item({ name: "高标准农田建设项目预拨资金" }), item({ name: "技术改造奖励" })],
  });

  it("finds a name the title holds whole, or with a batch inside it", () => {
    expect(idx.itemIn("2023年国家高新技术企业奖励名单", null)?.name).toBe("国家高新技术企业奖励");
    expect(idx.itemIn("2021年高标准农田建设项目第一批预拨资金汇总表", null)?.name).toBe("高标准农田建设项目预拨资金");
  });

  it("finds a name the title splits with a few words of its own, and no name spread further apart", () => {
    expect(idx.itemIn("2022年度金华市区国家高新技术企业先期拟兑付奖励资金明细表", null)?.name).toBe("国家高新技术企业奖励");
    expect(idx.itemIn("2022年国家高新技术企业培育库入库企业名单及市级财政专项奖励", null)).toBeNull();
    // Whole names win over split ones.
    expect(idx.itemIn("技术改造奖励及国家高新技术企业名单", null)?.name).toBe("技术改造奖励");
  });
});

describe("CatalogIndex.itemIn: a long stem in the short form offices give it", () => {
  const one = new CatalogIndex({ items: [item({ name: "农业产业化省级重点龙头企业贷款贴息" }), item({ name: "技术改造奖励" })] });

  it("finds the item when the list's headings name its support, and not without them", () => {
    expect(one.itemIn("2023年支持农业龙头企业发展资金使用计划表", null, "企业名称 实际产生利息 拟贴息")?.name).toBe("农业产业化省级重点龙头企业贷款贴息");
    expect(one.itemIn("2023年支持农业龙头企业发展资金使用计划表", null, "企业名称 奖励金额")).toBeNull();
    expect(one.itemIn("2023年支持农业龙头企业发展资金使用计划表", null)).toBeNull();
  });

  it("gives none when two items shorten alike, or a stem is too short to shorten", () => {
    const two = new CatalogIndex({ items: [item({ name: "农业产业化省级重点龙头企业贷款贴息" }), item({ name: "农业产业化国家重点龙头企业贷款贴息" })] });
    expect(two.itemIn("支持农业龙头企业资金分配表", null, "贴息金额")).toBeNull();
    const short = new CatalogIndex({ items: [item({ name: "小微企业创业贷款贴息" })] });
    expect(short.itemIn("小微创业资金分配表", null, "贴息金额")).toBeNull();
  });
});

describe("CatalogIndex.itemIn: a fund's part named after the fund in the title's own words", () => {
  const idx = new CatalogIndex({
    items: [item({ name: "中央引导地方科技发展专项资金（企业项目）" }), item({ name: "中央引导地方科技发展专项资金（高校项目）" }), item({ name: "省级工业转型升级专项资金（技术改造项目）" })],
  });

  it("finds the part when the title names the fund and the qualifier's words after it", () => {
    expect(idx.itemIn("河北省2018年度中央引导地方科技发展专项资金拟支持企业项目名单", null)?.name).toBe("中央引导地方科技发展专项资金（企业项目）");
    expect(idx.itemIn("2019年中央引导地方科技发展专项资金高校项目安排表", null)?.name).toBe("中央引导地方科技发展专项资金（高校项目）");
    expect(idx.itemIn("2020年省级工业转型升级专项资金技术改造项目拟安排计划", null)?.name).toBe("省级工业转型升级专项资金（技术改造项目）");
  });

  it("gives none for the fund named without the part, or with another part", () => {
    expect(idx.itemIn("2018年度中央引导地方科技发展专项资金拟支持名单", null)).toBeNull();
    expect(idx.itemIn("2020年省级工业转型升级专项资金智能化项目名单", null)).toBeNull();
  });
});

describe("CatalogIndex.itemIn: what an item supports, its paying level and support word in the list's headings (learn l9)", () => {
  const idx = new CatalogIndex({ items: [item({ name: "农业数字工厂省级补助" }), item({ name: "技术改造奖励" })] });

  it("finds the item when the headings name its level and support, and not otherwise", () => {
    expect(idx.itemIn("铜鼓县2026年农业数字工厂储备项目汇总表", null, "项目名称 项目总投资（万元） 申请省级补助资金（万元）")?.name).toBe("农业数字工厂省级补助");
    expect(idx.itemIn("铜鼓县2026年农业数字工厂储备项目汇总表", null, "项目名称 申请县级补助资金")).toBeNull();
    expect(idx.itemIn("铜鼓县2026年农业数字工厂储备项目汇总表", null)).toBeNull();
  });

  it("gives none when two items support the same with that level and support, or the stem is too short", () => {
    const two = new CatalogIndex({ items: [item({ name: "农业数字工厂省级补助" }), item({ name: "农业数字工厂省级补助资金" })] });
    expect(two.itemIn("2026年农业数字工厂储备项目汇总表", null, "申请省级补助资金")).toBeNull();
    const short = new CatalogIndex({ items: [item({ name: "数字工厂省级补助" })] });
    expect(short.itemIn("2026年数字工厂储备表", null, "申请省级补助资金")).toBeNull();
  });
});
