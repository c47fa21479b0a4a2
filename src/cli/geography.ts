/**
 * The district's geography for the command line: assets/geo/index.json and the one city file the
 * district needs, read from the package's own folder (never the network) and kept per process,
 * so a batch's workers each read them once.
 */
import * as fs from "fs";
import * as path from "path";
import { geoIndex, geographyFor, type GeoIndex, type Geography } from "../core/geo/index";
import type { CityDataJson, GeoIndexJson } from "../core/geo/types";
import type { SheetGrid } from "../core/grid";

// lib/cli/ once built, src/cli/ under ts-jest: both two folders below the package.
const GEO_DIR = path.join(__dirname, "..", "..", "assets", "geo");

let index: GeoIndex | null = null;
const byDistrict = new Map<string, Geography>();

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(GEO_DIR, file), "utf8")) as T;
  } catch {
    return null;
  }
}

/**
 * The geography for a district setting; throws the core's DistrictError when the name is no area.
 * With the workbook's sheets, a name several districts share (宝山区) is settled by what the
 * workbook points to; that geography depends on the workbook, so it is not kept.
 */
export function loadGeography(district: string, sheets?: readonly SheetGrid[]): Geography {
  const known = byDistrict.get(district);
  if (known) return known;
  if (!index) {
    const json = readJson<GeoIndexJson>("index.json");
    if (!json) throw new Error(`the geography assets are missing (${path.join(GEO_DIR, "index.json")}); reinstall the package`);
    index = geoIndex(json);
  }
  const g = geographyFor(district, index, (file) => readJson<CityDataJson>(file), sheets);
  if (!g.settled) byDistrict.set(district, g);
  return g;
}
