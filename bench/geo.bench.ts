/**
 * Geography throughput: placeVerdict and locationCodeMismatch over a 1,000,000-row register's
 * place and credit-code columns, against the substring test the register rule used before
 * (`place.includes("闵行")`) in the same run. Cold: distinct addresses, each read once.
 */
import * as fs from "fs";
import * as path from "path";
import { creditCodeCheckChar } from "../src/core/creditCode";
import { cityAssetPath, districtData } from "../src/core/geo/districtData";
import { geoIndex } from "../src/core/geo/geoIndex";
import { locationCodeMismatch } from "../src/core/geo/creditArea";
import { placeVerdict, type PlaceVerdict } from "../src/core/geo/place";
import type { CityDataJson, GeoIndexJson } from "../src/core/geo/types";
import { section, timeMs } from "./registry";

const ROWS = 1_000_000;
const GEO = path.join(__dirname, "..", "assets", "geo");

section("geo", async (ctx) => {
  const read = <T>(rel: string): T => JSON.parse(fs.readFileSync(path.join(GEO, rel), "utf8")) as T;
  let index = geoIndex(read<GeoIndexJson>("index.json"));
  const loadIndexMs = await timeMs(() => {
    index = geoIndex(JSON.parse(fs.readFileSync(path.join(GEO, "index.json"), "utf8")) as GeoIndexJson);
  });
  const district = index.district("310112")!;
  const data = districtData(read<CityDataJson>(cityAssetPath(district.code)), district.code, index);

  // A register's places: the district's towns and areas, some neighbours, full addresses.
  // Mostly the district's own towns, as a register of its fund has them; some neighbours.
  const shanghai = read<CityDataJson>("cities/3101.json");
  const towns = data.towns.map((t) => t.name);
  const others = shanghai.districts.filter(([c]) => c !== district.code).flatMap(([, ts]) => ts.map(([, name]) => name));
  const forms = [
    ...towns,
    ...towns.map((t) => `上海市闵行区${t}`),
    ...towns.map((t) => `闵行区${t}${t.length}号`),
    ...others.slice(0, 40),
    "闵行区", "上海闵行", "紫竹高新区", "浦东新区", "江苏省苏州市", "不详",
  ];
  const places = Array.from({ length: ROWS }, (_, i) => forms[i % forms.length]);
  const addresses = Array.from({ length: 100_000 }, (_, i) => `上海市闵行区${towns[i % towns.length]}${(i % 997) + 1}号${i}室`);
  const code = (area: string, i: number) => {
    const first17 = `91${area}MA1${String(i % 100000).padStart(5, "0")}X`;
    return first17 + creditCodeCheckChar(first17);
  };
  const areas = ["310112", "310112", "310112", "310115", "310000", "310104"];
  const codes = Array.from({ length: ROWS }, (_, i) => code(areas[i % areas.length], i));

  const best = async (fn: () => void): Promise<number> => Math.min(await timeMs(fn), await timeMs(fn), await timeMs(fn));
  let inside = 0;
  const substringMs = await best(() => {
    inside = 0;
    for (const p of places) if (p.includes("闵行")) inside++;
  });
  const verdicts: PlaceVerdict[] = new Array(ROWS);
  const verdictMs = await best(() => {
    for (let i = 0; i < ROWS; i++) verdicts[i] = placeVerdict(places[i], district, data, index);
  });
  const coldMs = await timeMs(() => {
    for (const a of addresses) placeVerdict(a, district, data, index);
  });
  let mismatches = 0;
  const mismatchMs = await best(() => {
    mismatches = 0;
    for (let i = 0; i < ROWS; i++) if (locationCodeMismatch(codes[i], [verdicts[i]], district, index)) mismatches++;
  });
  ctx.log(`geo: ${forms.length} distinct places, ${inside} rows contain 闵行, ${verdicts.filter((v) => v.verdict === "inside").length} inside, ${mismatches} code mismatches`);
  return [
    { metric: "load and index assets/geo/index.json", value: Math.round(loadIndexMs), unit: "ms" },
    { metric: `placeVerdict, ${ROWS.toLocaleString("en-US")} rows of ${forms.length} distinct places`, value: Math.round(ROWS / (verdictMs / 1000)), unit: "rows/s", note: `best of 3: ${verdictMs.toFixed(0)} ms` },
    { metric: "placeVerdict vs substring test, same rows", value: Number((verdictMs / substringMs).toFixed(1)), unit: "ratio", note: `substring ${substringMs.toFixed(0)} ms` },
    { metric: "placeVerdict, distinct addresses (cold)", value: Math.round(addresses.length / (coldMs / 1000)), unit: "places/s", note: `${addresses.length.toLocaleString("en-US")} addresses` },
    { metric: `locationCodeMismatch, ${ROWS.toLocaleString("en-US")} rows`, value: Math.round(ROWS / (mismatchMs / 1000)), unit: "rows/s", note: `best of 3: ${mismatchMs.toFixed(0)} ms` },
  ];
});
