/**
 * The geography assets as they ship (assets/geo, built by `npm run geo`), for the geo tests.
 * Tests read these files, not the npm package, so they test what the add-in and the CLI load.
 */
import * as fs from "fs";
import * as path from "path";
import { geoIndex, type GeoIndex } from "../../../src/core/geo/geoIndex";
import { cityAssetPath, districtData, type DistrictData } from "../../../src/core/geo/districtData";
import { resolveDistrict } from "../../../src/core/geo/resolve";
import type { CityDataJson, District, GeoIndexJson } from "../../../src/core/geo/types";

export const GEO_DIR = path.resolve(__dirname, "../../../assets/geo");

export function readAsset<T>(rel: string): T {
  return JSON.parse(fs.readFileSync(path.join(GEO_DIR, rel), "utf8")) as T;
}

let cached: GeoIndex | null = null;
export function index(): GeoIndex {
  cached ??= geoIndex(readAsset<GeoIndexJson>("index.json"));
  return cached;
}

/** A district by any name form the setting accepts; fails the test when it does not resolve to one. */
export function district(query: string): District {
  const r = resolveDistrict(query, index());
  if (r.kind !== "district") throw new Error(`${query} did not resolve to one district: ${JSON.stringify(r)}`);
  return r.district;
}

/** The district and its data, loaded from its city's file as the pane and the CLI will. */
export function setup(query: string): { d: District; data: DistrictData } {
  const d = district(query);
  return { d, data: districtData(readAsset<CityDataJson>(cityAssetPath(d.code)), d.code, index()) };
}
