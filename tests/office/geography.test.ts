/** The add-in's geography: assets fetched from its own host, one city's file, kept for the session. */
import * as fs from "fs";
import * as path from "path";
import { loadGeography } from "../../src/office/geography";
import { DistrictError, placeInArea } from "../../src/core/geo/index";

const ASSETS = path.join(__dirname, "..", "..", "assets", "geo");

function fakeFetch(failCities = false) {
  const asked: string[] = [];
  const fetcher = async (url: string) => {
    asked.push(url);
    const rel = url.replace(/^.*\/assets\/geo\//, "");
    const file = path.join(ASSETS, rel);
    const ok = fs.existsSync(file) && !(failCities && rel.startsWith("cities/"));
    return { ok, status: ok ? 200 : 404, json: async () => JSON.parse(fs.readFileSync(file, "utf8")) as unknown };
  };
  return { asked, fetcher };
}

describe("loadGeography in the add-in", () => {
  it("asks its own host for the index and the one city's file, once", async () => {
    const { asked, fetcher } = fakeFetch();
    const g = await loadGeography("310112", fetcher);
    expect(g.scope.name).toBe("闵行区");
    expect(placeInArea("七宝镇", g).verdict).toBe("inside");
    expect(placeInArea("南京东路街道", g).verdict).toBe("outside");
    await loadGeography("310112", fetcher);
    expect(asked.map((u) => u.replace(/^.*\/assets\/geo\//, ""))).toEqual(["index.json", "cities/3101.json"]);
    expect(asked.every((u) => u.startsWith(new URL("assets/geo/", globalThis.location?.href ?? "https://localhost/").href))).toBe(true);
  });

  it("a name that is no area rejects with the core's DistrictError", async () => {
    const { fetcher } = fakeFetch();
    await expect(loadGeography("火星", fetcher)).rejects.toBeInstanceOf(DistrictError);
  });

  it("without its city's file, a district judges no town outside (unknown), and tries the file again later", async () => {
    const failing = fakeFetch(true);
    const g = await loadGeography("南京市鼓楼区", failing.fetcher);
    expect(placeInArea("七宝镇", g).verdict).not.toBe("outside");
    const { asked, fetcher } = fakeFetch();
    await loadGeography("320106", fetcher);
    expect(asked.some((u) => u.endsWith("cities/3201.json"))).toBe(true);
  });
});
