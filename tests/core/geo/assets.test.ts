import * as fs from "fs";
import * as path from "path";
import { build } from "../../../scripts/geo/build";
import type { CityDataJson, GeoIndexJson } from "../../../src/core/geo/types";
import { GEO_DIR, index, readAsset } from "./assets";

interface AreaEntry {
  name: string;
  aliases: string[];
  districts: string[];
  source: { title: string; url: string };
}
const areas = (
  JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../../scripts/geo/development-areas.json"), "utf8")) as { areas: AreaEntry[] }
).areas;

describe("geography assets", () => {
  test("are what `npm run geo` builds from the pinned package (reproducible)", () => {
    const { index: built, cities } = build();
    expect(readAsset<GeoIndexJson>("index.json")).toEqual(built);
    const onDisk = fs.readdirSync(path.join(GEO_DIR, "cities")).sort();
    expect(onDisk).toEqual(cities.map((c) => `${c.code}.json`).sort());
    for (const c of cities) expect(readAsset<CityDataJson>(`cities/${c.code}.json`)).toEqual(c);
  });

  test("hold the 2023 codes: 闵行's 13 towns and streets and 莘庄工业区, 浦东's 川沙新镇 and 张江镇", () => {
    const shanghai = readAsset<CityDataJson>("cities/3101.json");
    const towns = (code: string) => (shanghai.districts.find(([c]) => c === code)?.[1] ?? []).map(([, name]) => name);
    expect(towns("310112").sort()).toEqual(
      ["江川路街道", "古美街道", "新虹街道", "浦锦街道", "莘庄镇", "七宝镇", "颛桥镇", "华漕镇", "虹桥镇", "梅陇镇", "吴泾镇", "马桥镇", "浦江镇", "莘庄工业区"].sort(),
    );
    expect(towns("310115")).toEqual(expect.arrayContaining(["川沙新镇", "张江镇", "南汇新城镇"]));
    // Changes of recent years: 杭州's 下城区 and 江干区 merged (2021), 三明's 梅列区 gone, 米林市 (2023).
    expect(index().district("330103")).toBeUndefined();
    expect(index().district("350402")).toBeUndefined();
    expect(index().district("540481")?.name).toBe("米林市");
  });

  test("do not carry villages", () => {
    const shanghai = readAsset<CityDataJson>("cities/3101.json");
    const codes = shanghai.districts.flatMap(([, towns]) => towns.map(([code]) => code));
    expect(codes.every((c) => /^\d{9}$/.test(c))).toBe(true);
  });

  test("every development area names its districts and a public source, and reaches its city's file", () => {
    expect(areas.length).toBeGreaterThanOrEqual(30);
    const shanghaiDistricts = index().districtsOf("3101").map((d) => d.code);
    for (const a of areas) {
      expect(a.source.title.length).toBeGreaterThan(4);
      expect(a.source.url).toMatch(/^https?:\/\/[^/]+\//);
      for (const d of a.districts) {
        expect(index().district(d)).toBeDefined();
        const city = readAsset<CityDataJson>(`cities/${d.slice(0, 4)}.json`);
        expect(city.zones.map(([name]) => name)).toContain(a.name);
      }
    }
    // The 16 districts of 上海 each have at least one listed area (or their towns cover them).
    const covered = new Set(areas.flatMap((a) => a.districts));
    for (const d of shanghaiDistricts) expect(covered.has(d)).toBe(true);
  });

  test("the picker index lists every province, with each city's districts", () => {
    const idx = index();
    expect(idx.provinces).toHaveLength(34);
    expect(idx.citiesOf("31").map((c) => c.name)).toEqual(["上海市"]);
    expect(idx.districtsOf("3101")).toHaveLength(16);
    expect(idx.districtsOf("3201").map((d) => d.short)).toContain("江宁");
  });
});
