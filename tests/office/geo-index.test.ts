/** The district picker's index: assets/geo/index.json from the add-in's own host, once a session, again after a failure. */
import * as fs from "fs";
import * as path from "path";
import { geoIndexUrl, loadGeoIndex } from "../../src/office/geo-index";

const INDEX = path.join(__dirname, "..", "..", "assets", "geo", "index.json");

test("fetched from beside the page, once; a failed load is tried again", async () => {
  const asked: string[] = [];
  let up = false;
  const fetcher = async (url: string) => {
    asked.push(url);
    return { ok: up, status: up ? 200 : 503, json: async () => JSON.parse(fs.readFileSync(INDEX, "utf8")) as unknown };
  };
  await expect(loadGeoIndex(fetcher)).rejects.toThrow("HTTP 503");
  up = true;
  const index = await loadGeoIndex(fetcher);
  expect(index.district("310112")?.name).toBe("闵行区");
  await loadGeoIndex(fetcher);
  expect(asked).toEqual([geoIndexUrl(), geoIndexUrl()]);
  expect(geoIndexUrl()).toBe(new URL("assets/geo/index.json", globalThis.location?.href ?? "https://localhost/").href);
});
