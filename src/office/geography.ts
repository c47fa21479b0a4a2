/**
 * The district's geography in the add-in: the JSON assets the build copies beside the page
 * (assets/geo/index.json and one city's file), fetched from the add-in's own host on first use
 * and kept for the session. Nothing outside the add-in's host is asked.
 */
import { areaOf, cityAssetPath, geographyFor, type Geography } from "../core/geo/index";
import type { CityDataJson } from "../core/geo/types";
import { loadGeoIndex } from "./geo-index";

type Fetch = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

/** The assets' folder, beside the page that runs the add-in (the pane or the functions' page). */
function assetsBase(): string {
  return new URL("assets/geo/", globalThis.location?.href ?? "https://localhost/").href;
}

const cities = new Map<string, Promise<CityDataJson | null>>();
const byDistrict = new Map<string, Promise<Geography>>();

async function getJson<T>(fetcher: Fetch, file: string): Promise<T> {
  const res = await fetcher(assetsBase() + file);
  if (!res.ok) throw new Error(`geography asset ${file}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/**
 * The geography for a district setting (闵行, 310112, 上海市…). Rejects with the core's
 * DistrictError when the name is no area, so the caller can word it for the user.
 */
export function loadGeography(district: string, fetcher: Fetch = (u) => fetch(u)): Promise<Geography> {
  let g = byDistrict.get(district);
  if (!g) {
    g = (async () => {
      // One index for the session, shared with the district picker (a failed load is tried again).
      const idx = await loadGeoIndex(fetcher);
      const files = [...new Set(areaOf(district, idx).districts.map((d) => cityAssetPath(d.code)))];
      const loaded = new Map<string, CityDataJson | null>();
      await Promise.all(
        files.map(async (f) => {
          let p = cities.get(f);
          // Without its city's file a district still judges by the index (towns read as unknown, never outside).
          if (!p)
            cities.set(
              f,
              (p = getJson<CityDataJson>(fetcher, f).catch(() => {
                cities.delete(f);
                return null;
              })),
            );
          loaded.set(f, await p);
        }),
      );
      return geographyFor(district, idx, (f) => loaded.get(f) ?? null);
    })();
    byDistrict.set(district, g);
    g.catch(() => byDistrict.delete(district));
  }
  return g;
}
