/** The core's public API: what the add-in, the custom functions and the command line use. */
export * from "./grid";
export * from "./text";
export * from "./units";
export * from "./amount";
export * from "./dates";
export * from "./creditCode";
export * from "./measures";
export * from "./findings";
export * from "./settings";
export * from "./api";
export * from "./tables/types";
export * from "./tables/recognise";
export * from "./catalog/types";
export * from "./catalog/builtin";
export * from "./catalog/match";
export * from "./catalog/json";
export * from "./catalog/fromTables";
export * from "./audit";
export * from "./views";
export * from "./i18n/messages";
export {
  geoIndex,
  GeoIndex,
  districtData,
  DistrictData,
  cityAssetPath,
  resolveDistrict,
  placeVerdict,
  creditCodeArea,
  DistrictError,
  districtOf,
  areaOf,
  geographyFor,
  placeInArea,
  type Geography,
  type DistrictResolution,
  type PlaceVerdict,
  type GeoIndexJson,
  type CityDataJson,
  type District,
} from "./geo/index";
export { KINDS, TABLE_KINDS, kindLabel, fieldLabel, fieldsOf, type AnyKind } from "./kinds/index";
export * from "./explain";
export * from "./mappingsJson";
export { both, tr, type Localised } from "./i18n/localised";
