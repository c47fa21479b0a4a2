/**
 * The district's geography for one run of the checks, as the pane and the ribbon commands need
 * it: loaded from the add-in's own host (geography.ts), or the reason it is not there. A district
 * setting that names no area is the user's to fix: one clear message in their language
 * (DistrictError.text), and no check that would judge every place by a wrong name. Assets that
 * cannot be loaded are the host's problem: the checks run without the geography (places are then
 * judged by the district's name alone) and the user is told.
 */
import { DistrictError, type Geography } from "../core/geo/geography";
import { both, type Localised } from "../core/i18n/localised";
import { loadGeography } from "./geography";

export type GeographyOutcome =
  | { kind: "loaded"; geography: Geography }
  | { kind: "bad-district"; error: DistrictError }
  | { kind: "unavailable"; text: Localised };

export type GeographyLoader = (district: string) => Promise<Geography>;

/** What the user is told when the place data cannot be loaded (the run goes on without it). */
export function unavailableText(district: string): Localised {
  return both(
    `地名数据未能加载，本次按区名“${district}”的文字核对注册地和税务登记地（镇、街道和园区无法识别）。`,
    `The place data could not be loaded: registration places are checked against the name "${district}" alone this time (towns, streets and development areas are not recognised).`,
  );
}

/** Never rejects: a bad district and missing assets are outcomes the caller words. */
export async function geographyForRun(district: string, load: GeographyLoader = loadGeography): Promise<GeographyOutcome> {
  try {
    return { kind: "loaded", geography: await load(district) };
  } catch (e) {
    if (e instanceof DistrictError) return { kind: "bad-district", error: e };
    return { kind: "unavailable", text: unavailableText(district) };
  }
}
