/**
 * Places judged by the district's geography (the assets as they ship): a register whose places are
 * the district's towns, streets and development areas gives no location finding; a place in another
 * district still does; the setting takes a name or a code; the credit code's area is compared.
 */
import { audit } from "../../../src/core/audit";
import { geographyFor } from "../../../src/core/geo/geography";
import type { SheetGrid } from "../../../src/core/grid";
import type { CityDataJson } from "../../../src/core/geo/types";
import { index, readAsset } from "../geo/assets";

const load = (p: string): CityDataJson | null => readAsset<CityDataJson>(p);

/** A valid credit code for an area (GB 32100 check character computed). */
function code(area: string, serial: string): string {
  const chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const body = `91${area}${serial}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += chars.indexOf(body[i]) * weights[i];
  return body + chars[(31 - (sum % 31)) % 31];
}

function register(rows: [string, string, string, string][]): SheetGrid {
  return {
    name: "名单",
    top: 0,
    left: 0,
    merges: [],
    values: [["企业名称", "统一社会信用代码", "注册地", "税务登记地", "扶持项目", "核定金额"], ...rows.map((r) => [...r, "区级“专精特新”中小企业", 50000])],
  };
}

const towns = register([
  ["上海甲科技有限公司", code("310112", "MA1GAAAA1"), "七宝镇", "七宝镇"],
  ["上海乙科技有限公司", code("310112", "MA1GAAAA2"), "莘庄工业区", "闵行区"],
  ["上海丙科技有限公司", code("310112", "MA1GAAAA3"), "江川路街道", "上海市闵行区江川路街道"],
  ["上海丁科技有限公司", code("310112", "MA1GAAAA4"), "上海市闵行区七宝镇漕宝路1号", "闵行"],
  ["上海戊科技有限公司", code("310115", "MA1GAAAA5"), "浦东新区张江镇", "浦东新区"],
  ["上海己科技有限公司", code("310115", "MA1GAAAA6"), "虹桥镇", "闵行区"],
]);

function locations(district: string, grid: SheetGrid) {
  const r = audit({ sheets: [grid], settings: { today: "2021-09-09", district }, geography: geographyFor(district, index(), load) });
  return r.findings.filter((f) => f.rule.startsWith("register.location") || f.rule === "register.ineligible-location");
}

describe("register places with the district's geography", () => {
  it.each(["闵行", "闵行区", "上海市闵行区", "310112"])("towns, streets and areas of the district are inside (%s)", (district) => {
    const f = locations(district, towns);
    expect(f.filter((x) => x.rule === "register.ineligible-location").map((x) => x.cell)).toEqual(["C6", "D6"]);
  });

  it("a credit code from another district on a row placed inside gives a warning, not an error", () => {
    const f = locations("闵行", towns).filter((x) => x.rule === "register.location-code-mismatch");
    expect(f.map((x) => [x.cell, x.severity])).toEqual([["B7", "warning"]]);
    expect(f[0].message).toContain("浦东新区");
  });

  it("another district's reviewer: 黄浦 and its streets are inside, 闵行's towns are not", () => {
    const grid = register([
      ["上海庚有限公司", code("310101", "MA1GAAAA7"), "南京东路街道", "黄浦区"],
      ["上海辛有限公司", code("310101", "MA1GAAAA8"), "外滩街道", "上海市黄浦区"],
      ["上海壬有限公司", code("310112", "MA1GAAAA9"), "七宝镇", "闵行区"],
    ]);
    for (const d of ["黄浦", "310101"]) {
      const f = locations(d, grid).filter((x) => x.rule === "register.ineligible-location");
      expect(f.map((x) => x.cell)).toEqual(["C4", "D4"]);
      expect(f[0].message).toContain("黄浦区");
    }
  });

  it("what the data cannot place is no finding (unknown is not outside)", () => {
    const grid = register([["上海癸有限公司", code("310112", "MA1GAAAB1"), "本区某产业园", "见附件"]]);
    expect(locations("闵行", grid)).toEqual([]);
  });

  it("a district setting that names no district, or several, is one clear error", () => {
    expect(() => geographyFor("鼓楼", index(), load)).toThrow(/不止一个/);
    expect(() => geographyFor("不存在区", index(), load)).toThrow(/找不到/);
  });
});
