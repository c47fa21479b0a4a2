/**
 * The `district` argument of FUND.INDISTRICT and the geographies it names, each loaded once per
 * call (and kept for the session by the loader). A district that names no area is that element's
 * #VALUE! with the core's DistrictError text; assets that cannot be fetched are #N/A (a service
 * not available, tried again at the next calculation).
 */
import { DistrictError, type Geography } from "../core/geo/geography";
import { isEmptyCell } from "./args";
import { naError, valueError, type FnError } from "./errors";

export type GeographyLoader = (district: string) => Promise<Geography>;

/** A district element: its text (闵行, 闵行区, 310112, 上海市…), or null when blank (the setting serves). */
export function districtName(v: unknown): string | null {
  if (isEmptyCell(v)) return null;
  return String(v).trim();
}

/** Each named district's geography, or the error value it gives. */
export async function loadDistricts(names: Iterable<string>, load: GeographyLoader): Promise<Map<string, Geography | FnError>> {
  const out = new Map<string, Geography | FnError>();
  await Promise.all(
    [...new Set(names)].map(async (name) => {
      try {
        out.set(name, await load(name));
      } catch (e) {
        out.set(name, loadError(e));
      }
    }),
  );
  return out;
}

function loadError(e: unknown): FnError {
  if (e instanceof DistrictError) {
    const en = e.text["en-US"];
    return valueError("badDistrict", { zh: e.text["zh-CN"], en: en.charAt(0).toUpperCase() + en.slice(1) });
  }
  return naError("geoUnavailable", { detail: e instanceof Error ? e.message : String(e) });
}
