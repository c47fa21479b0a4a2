/**
 * The country's provinces, cities and districts for the district picker: assets/geo/index.json,
 * fetched from the add-in's own host (beside the page, as geography.ts fetches it) only when the
 * picker opens, and kept for the session. A failed load is tried again on the next opening.
 */
import { geoIndex, type GeoIndex } from "../core/geo/geoIndex";
import type { GeoIndexJson } from "../core/geo/types";

export type JsonFetch = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

let loading: Promise<GeoIndex> | null = null;

export function geoIndexUrl(): string {
  return new URL("assets/geo/index.json", globalThis.location?.href ?? "https://localhost/").href;
}

export function loadGeoIndex(fetcher: JsonFetch = (u) => fetch(u)): Promise<GeoIndex> {
  loading ??= (async () => {
    const res = await fetcher(geoIndexUrl());
    if (!res.ok) throw new Error(`geography index: HTTP ${res.status}`);
    return geoIndex((await res.json()) as GeoIndexJson);
  })();
  const p = loading;
  p.catch(() => {
    if (loading === p) loading = null;
  });
  return p;
}
