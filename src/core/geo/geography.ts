/**
 * The geography an audit judges places by: the district chosen in the settings, resolved, with
 * its city's towns and development areas. Adapters load the assets (the CLI from disk, the pane
 * from the add-in's own host) and hand this to audit(); the core reads no file.
 */
import { districtData, cityAssetPath, type DistrictData } from "./districtData";
import type { GeoIndex } from "./geoIndex";
import { resolveDistrict, type DistrictResolution } from "./resolve";
import type { CityDataJson, District } from "./types";
import { both, type Localised } from "../i18n/localised";

export interface Geography {
  index: GeoIndex;
  district: District;
  /** The district's towns, streets and development areas (its city's file); null when not loaded. */
  data: DistrictData | null;
}

/** Why a district setting could not be used, for one clear message in either language. */
export class DistrictError extends Error {
  constructor(
    readonly text: Localised,
    readonly resolution: DistrictResolution,
  ) {
    super(text["zh-CN"]);
    this.name = "DistrictError";
  }
}

/** Resolves a district setting against the index; throws a DistrictError naming what is wrong. */
export function districtOf(setting: string, index: GeoIndex): District {
  const r = resolveDistrict(setting, index);
  if (r.kind === "district") return r.district;
  if (r.kind === "ambiguous") {
    const names = r.candidates.map((d) => index.label(d)).join("、");
    throw new DistrictError(
      both(
        `区县“${setting}”不止一个：${names}；请写上省或市，或用六位代码`,
        `more than one district is called "${setting}": ${names}; add the province or city, or use the six-digit code`,
      ),
      r,
    );
  }
  throw new DistrictError(
    both(
      `找不到区县“${setting}”（可写“闵行”“闵行区”“上海市闵行区”或六位代码 310112）`,
      `no district "${setting}" (write 闵行, 闵行区, 上海市闵行区 or the six-digit code 310112)`,
    ),
    r,
  );
}

/**
 * The geography for a district setting: `loadCity` reads a city file by its asset path
 * (`cities/3101.json`) and returns null when it has none.
 */
export function geographyFor(setting: string, index: GeoIndex, loadCity: (path: string) => CityDataJson | null): Geography {
  const district = districtOf(setting, index);
  const json = loadCity(cityAssetPath(district.code));
  return { index, district, data: json ? districtData(json, district.code, index) : null };
}
