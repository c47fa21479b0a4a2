/** The district picker's search and stored setting, over the add-in's own geography index. */
import * as fs from "fs";
import * as path from "path";
import { geoIndex } from "../../src/core/geo/geoIndex";
import { areaOf } from "../../src/core/geo/geography";
import type { GeoIndexJson } from "../../src/core/geo/types";
import { areaChoices, choiceByCode, choiceOf, choosable, searchAreas, settingFor } from "../../src/taskpane/district-search";

const index = geoIndex(JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "assets", "geo", "index.json"), "utf8")) as GeoIndexJson);

describe("searching for an area", () => {
  test.each(["闵行", "310112", "上海市闵行区", "闵行区", "上海闵行", "３１０１１２"])("%s finds 上海市闵行区 first", (q) => {
    const [first] = searchAreas(index, q);
    expect(first).toMatchObject({ level: "district", code: "310112", label: "上海市闵行区" });
  });

  test("a shared district name lists each district of that name, with the province and city that tell them apart", () => {
    const labels = searchAreas(index, "鼓楼").map((c) => c.label);
    for (const l of ["江苏省南京市鼓楼区", "福建省福州市鼓楼区", "江苏省徐州市鼓楼区", "河南省开封市鼓楼区"]) expect(labels).toContain(l);
  });

  test("a city or a province can be chosen for a city's or province's fund", () => {
    expect(searchAreas(index, "深圳")[0]).toMatchObject({ level: "city", code: "4403", label: "广东省深圳市" });
    expect(searchAreas(index, "广东省")[0]).toMatchObject({ level: "province", code: "44", label: "广东省" });
    // A municipality is its province: 上海 is offered once, as 上海市.
    expect(searchAreas(index, "上海")[0]).toMatchObject({ level: "province", code: "31" });
    expect(areaChoices(index).some((c) => c.level === "city" && c.code === "3101")).toBe(false);
  });

  test("digits match the six-digit code from its start", () => {
    const r = searchAreas(index, "3101", 100);
    expect(r.length).toBeGreaterThan(10);
    expect(r.every((c) => c.code6.startsWith("3101"))).toBe(true);
    expect(r.map((c) => c.code)).toContain("310112");
  });

  test("nothing typed, or nothing of that name, finds nothing; the list is capped", () => {
    expect(searchAreas(index, "  ")).toEqual([]);
    expect(searchAreas(index, "火星")).toEqual([]);
    expect(searchAreas(index, "区", 7)).toHaveLength(7);
  });
});

describe("the setting a choice is stored as", () => {
  test("the shortest name that reads back as the same area", () => {
    expect(settingFor(index, choiceByCode(index, "district", "310112")!)).toBe("闵行");
    expect(settingFor(index, choiceByCode(index, "district", "310101")!)).toBe("黄浦");
    expect(settingFor(index, choiceByCode(index, "district", "320106")!)).toBe("南京市鼓楼区");
    expect(settingFor(index, choiceByCode(index, "city", "4403")!)).toBe("深圳");
    expect(settingFor(index, choiceByCode(index, "province", "44")!)).toBe("广东");
  });

  test("every choosable area round-trips through the core's own reading of the setting", () => {
    let n = 0;
    for (const c of areaChoices(index)) {
      if (!choosable(index, c)) continue;
      const a = areaOf(settingFor(index, c), index);
      expect({ c: c.label, level: a.level, code: a.code }).toEqual({ c: c.label, level: c.level, code: c.code });
      n++;
    }
    // Nearly every area: only cities that are their own district (东莞市) are chosen as the district.
    expect(n).toBeGreaterThan(areaChoices(index).length - 20);
  });

  test("the stored setting of today (闵行) reads as 上海市闵行区; a bad one as nothing", () => {
    expect(choiceOf(index, "闵行")?.label).toBe("上海市闵行区");
    expect(choiceOf(index, "火星")).toBeNull();
    expect(choiceOf(index, "鼓楼")).toBeNull();
  });
});
