/**
 * Geography for the register rules and the district setting (see docs/geography.md):
 * resolveDistrict for the setting, placeVerdict for a place column, creditCodeArea and
 * locationCodeMismatch for the credit code's area. The data comes from two assets built by
 * `npm run geo`: assets/geo/index.json (GeoIndex) and assets/geo/cities/<city code>.json (DistrictData, one per city).
 */
export { GeoIndex, geoIndex } from "./geoIndex";
export { DistrictData, districtData, cityAssetPath } from "./districtData";
export { resolveDistrict, type DistrictResolution } from "./resolve";
export { settleDistrict, type SettledDistrict } from "./settle";
export { placeVerdict, type PlaceVerdict, type PlaceReason, type Verdict } from "./place";
export {
  creditCodeArea,
  codeAreaVerdict,
  locationCodeMismatch,
  type CreditCodeArea,
  type CodeAreaVerdict,
  type CodeAreaReason,
  type LocationCodeMismatch,
} from "./creditArea";
export { geoKey, shortName } from "./names";
export type { City, CityDataJson, District, GeoIndexJson, Province, Town, Unit, Zone } from "./types";
export { type Geography, DistrictError, districtOf, areaOf, geographyFor, placeInArea, codeAreaOutside } from "./geography";
